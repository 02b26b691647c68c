import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts says why, once per run.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';

const SESSION_COOKIE = '__Host-vern_session';
const PETTER = '14838512470';

// Sign-in through the bundled development IdP, in a real browser: the OpenID Connect redirects,
// the IdP's own login pages, the session cookie, and sign-out (security.md S1).
describe.skipIf(skipE2e)('sign-in journeys', () => {
  // The dev IdP on any free port: PORT+1 may be taken on a busy machine.
  const journey = useJourney({ env: { DEV_IDP_PORT: '0' } });
  // Vern's public address is http://localhost:PORT; the redirect URIs and cookies are on that host.
  const site = () => `http://localhost:${journey.vern.port}/`;

  it('a caseworker signs in as Sara through the dev IdP, sees her name, and signs out', async () => {
    await journey.page(
      'staff sign-in',
      async (page) => {
        // a session cookie planted before sign-in must not become the session (fixation)
        const planted = 'P'.repeat(43);
        await page.goto('/');
        await page.getByRole('link', { name: 'Logg inn', exact: true }).waitFor();
        await page.evaluate((value) => {
          document.cookie = `__Host-vern_session=${value}; Path=/; Secure; SameSite=Lax`;
        }, planted);
        expect((await page.context().cookies(site())).find((c) => c.name === SESSION_COOKIE)?.value).toBe(
          planted,
        );
        await page.getByRole('link', { name: 'Logg inn', exact: true }).click();

        await page.getByRole('heading', { level: 1, name: 'Logg inn som ansatt' }).waitFor();
        const idp = new URL(page.url());
        expect(idp.port).not.toBe(String(journey.vern.port));
        expect(idp.pathname).toMatch(/^\/interaction\//);
        expect(await page.locator('html').getAttribute('lang')).toBe('nb');
        await expectAxeClean(page, 'dev IdP staff login page');

        await page.getByRole('button', { name: /Sara Saksbehandler/ }).click();
        await page
          .getByText('Innlogget som Sara Saksbehandler', { exact: true })
          .waitFor({ timeout: 15_000 });
        expect(page.url()).toBe(site());
        await page.getByText('Tjeneste: Barneverntjenesten i Demo kommune', { exact: true }).waitFor();

        const session = (await page.context().cookies(site())).find((c) => c.name === SESSION_COOKIE);
        expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
        expect(session?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(session?.value).not.toBe(planted);
        await expectAxeClean(page, 'staff front page, signed in');

        await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
        await page.getByText('Du er logget ut.', { exact: true }).waitFor();
        await page.getByRole('link', { name: 'Logg inn', exact: true }).waitFor();
        expect((await page.context().cookies(site())).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
        // the old cookie is dead on the server, not just forgotten by the browser
        const replay = await page.request.get('/api/auth/session', {
          headers: { cookie: `${SESSION_COOKIE}=${session?.value}` },
        });
        expect(replay.status()).toBe(401);
        await page.reload();
        await page.getByRole('link', { name: 'Logg inn', exact: true }).waitFor();
      },
      { baseURL: site() },
    );
  });

  it('a citizen signs in from the portal with ID-porten (test) and lands on Min side', async () => {
    await journey.page(
      'citizen sign-in',
      async (page) => {
        await page.goto('/portal/');
        await page.getByRole('link', { name: 'Logg inn på Min side', exact: true }).click();

        await page.getByRole('heading', { level: 1, name: 'Logg inn på Min side' }).waitFor();
        expect(new URL(page.url()).searchParams.get('acr_values')).toBeNull(); // the IdP's own page
        await expectAxeClean(page, 'dev IdP citizen login page');
        await page.getByRole('button', { name: /Petter Forelder/ }).click();

        await page.getByText('Du er logget inn.', { exact: true }).waitFor({ timeout: 15_000 });
        expect(page.url()).toBe(`${site()}portal/min-side`);
        expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['Min side']);
        await page.getByText('Fødselsnummer: 148385*****', { exact: true }).waitFor();
        expect(await page.content()).not.toContain(PETTER);
        await expectAxeClean(page, 'Min side, signed in');

        await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
        await page.getByText('Du er logget ut.', { exact: true }).waitFor();
        await expectAxeClean(page, 'Min side, signed out');
      },
      { baseURL: site() },
    );
    expect(journey.vern.output()).not.toContain(PETTER);
  });

  it('prints the dev IdP in the start banner', () => {
    expect(journey.vern.output()).toMatch(
      /Dev IdP: +http:\/\/localhost:\d+\/ +\(development sign-in, no passwords\)/,
    );
  });
});
