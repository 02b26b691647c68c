import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts prints the reason
// ("e2e skipped: Chromium not found at ... (set CHROMIUM_PATH)") once per run, and fails in CI.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { checkEveryPage, STAFF_PAGES } from './support/pages.js';

describe.skipIf(skipE2e)('staff app', () => {
  const journey = useJourney();

  it('the front page shows the service status, a sign-in link and passes axe', async () => {
    await journey.page('staff front page', async (page) => {
      await page.goto('/');
      expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([
        'Saksbehandling i barneverntjenesten',
      ]);
      expect(await page.title()).toMatch(/Vern/);
      expect(await page.locator('html').getAttribute('lang')).toBe('nb');
      const login = page.getByRole('link', { name: 'Logg inn', exact: true });
      expect(await login.getAttribute('href')).toBe('/api/auth/staff/login');
      // The page asks /api/health itself and says what it heard.
      await page.getByText('Tjenesten er tilgjengelig', { exact: true }).waitFor({ timeout: 10_000 });
      await expectAxeClean(page, 'staff front page');
    });
    expect(journey.vern.output()).toMatch(
      new RegExp(`Vern is running at http://(127\\.0\\.0\\.1|localhost):${journey.vern.port}/`),
    );
  });

  it('language choice changes the h1 and <html lang>, and survives a reload', async () => {
    await journey.page('staff language', async (page) => {
      await page.goto('/');
      const h1 = page.getByRole('heading', { level: 1 });
      const languages = page.getByRole('group', { name: /Språk|Language/ });
      const expectLanguage = async (lang: string, heading: string) => {
        await page.waitForFunction(
          ([l, h]) => document.documentElement.lang === l && document.querySelector('h1')?.textContent === h,
          [lang, heading] as const,
          { timeout: 5_000 },
        );
        expect(await h1.innerText()).toBe(heading);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      };

      await languages.getByRole('button', { name: 'English' }).click();
      await expectLanguage('en', 'Case management for child welfare services');
      expect(await languages.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await page.getByRole('link', { name: 'Sign in', exact: true }).getAttribute('href')).toBe(
        '/api/auth/staff/login',
      );
      await expectAxeClean(page, 'staff front page in English');

      await languages.getByRole('button', { name: 'Nynorsk' }).click();
      await expectLanguage('nn', 'Saksbehandling i barnevernstenesta');
      await expectAxeClean(page, 'staff front page in nynorsk');

      await page.reload();
      await expectLanguage('nn', 'Saksbehandling i barnevernstenesta');

      await languages.getByRole('button', { name: 'Bokmål' }).click();
      await expectLanguage('nb', 'Saksbehandling i barneverntjenesten');
    });
  });

  it('an English-speaking browser gets English without choosing', async () => {
    await journey.page(
      'staff browser language',
      async (page) => {
        await page.goto('/');
        await page
          .getByRole('heading', { level: 1, name: 'Case management for child welfare services' })
          .waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      },
      { locale: 'en-GB' },
    );
  });

  it('the first Tab reaches the skip link, and Enter moves focus to main', async () => {
    await journey.page('staff skip link', async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return {
          tag: el?.tagName,
          text: el?.textContent?.trim(),
          visible: el ? el.getBoundingClientRect().width > 1 : false,
        };
      });
      expect(focused).toEqual({ tag: 'A', text: 'Hopp til hovedinnhold', visible: true });
      await page.keyboard.press('Enter');
      const after = await page.evaluate(() => document.activeElement?.tagName);
      expect(after).toBe('MAIN');
      // The next Tab continues inside main, not back at the top of the page.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });
  });

  it('an unknown path shows the not-found page with a way home', async () => {
    await journey.page('staff not found', async (page) => {
      await page.goto('/finnes-ikke-e2e');
      await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
      expect(await page.getByRole('main').innerText()).toContain('/finnes-ikke-e2e');
      expect(
        await page.getByRole('main').getByRole('link', { name: 'Gå til forsiden' }).getAttribute('href'),
      ).toBe('/');
    });
  });

  it('responses carry the security headers', async () => {
    for (const path of ['/', '/portal/', '/finnes-ikke-e2e', '/api/health']) {
      const response = await fetch(journey.url(path));
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map(([name, ...values]) => [name ?? '', values]),
      );
      expect(directives.get('frame-ancestors'), `${path} CSP: ${csp}`).toEqual(["'none'"]);
      const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
      expect(scriptSrc, `${path} CSP has no script-src or default-src: ${csp}`).toBeDefined();
      expect(scriptSrc, `${path} CSP: ${csp}`).not.toContain("'unsafe-inline'");
      expect(scriptSrc, `${path} CSP: ${csp}`).not.toContain("'unsafe-eval'");
      expect(scriptSrc, `${path} CSP: ${csp}`).not.toContain('*');
      if (!path.startsWith('/api/'))
        expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toMatch(
        /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      );
      await response.arrayBuffer();
    }
  });

  describe('every public page', () => {
    checkEveryPage(journey, STAFF_PAGES);
  });
});
