import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './support/checks.js';
// skipE2e: see support/env.ts (Chromium missing outside CI).
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { checkEveryPage, PORTAL_PAGES } from './support/pages.js';

describe.skipIf(skipE2e)('citizen portal', () => {
  const journey = useJourney();

  it('the front page leads to the concern report page', async () => {
    await journey.page('portal front page', async (page) => {
      await page.goto('/portal/');
      expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([
        'Barnevernet i kommunen din',
      ]);
      expect(await page.locator('html').getAttribute('lang')).toBe('nb');
      // Someone in an emergency must see where to call before anything else.
      expect(await page.getByRole('main').innerText()).toContain('112');
      await expectAxeClean(page, 'portal front page');

      await page.getByRole('main').getByRole('link', { name: 'Send en bekymringsmelding' }).click();
      await page.waitForURL('**/portal/bekymring');
      await page.getByRole('heading', { level: 1, name: 'Send en bekymringsmelding' }).waitFor();
      // A client-side navigation moves focus to the new page's h1 for screen-reader users.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await expectAxeClean(page, '/portal/bekymring after navigation');
    });
  });

  it('the accessibility statement is linked from every page footer', async () => {
    await journey.page('portal accessibility link', async (page) => {
      await page.goto('/portal/bekymring');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
      await page.waitForURL('**/portal/tilgjengelighet');
      await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' }).waitFor();
      expect(await page.getByRole('main').innerText()).toContain('WCAG 2.1');
      await expectAxeClean(page, '/portal/tilgjengelighet');
    });
  });

  it('English changes the h1 and <html lang>', async () => {
    await journey.page('portal language', async (page) => {
      await page.goto('/portal/');
      await page
        .getByRole('group', { name: /Språk|Language/ })
        .getByRole('button', { name: 'English' })
        .click();
      await page
        .getByRole('heading', { level: 1, name: 'Child welfare services in your municipality' })
        .waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });

  it('the first Tab reaches the skip link, and Enter moves focus to main', async () => {
    await journey.page('portal skip link', async (page) => {
      await page.goto('/portal/bekymring');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        'Hopp til hovedinnhold',
      );
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    });
  });

  describe('every public page', () => {
    checkEveryPage(journey, PORTAL_PAGES);
  });
});
