import { describe, expect, it } from 'vitest';
import { PHONE } from './support/browser.js';
import { expectAxeClean, expectNoHorizontalScroll } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts says why, once per run.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { signIn } from './support/staff.js';

/**
 * Issue 6, item 4's optional sign-in: a teacher starts the public form at phone width without
 * signing in, writes half the report, signs in with ID-porten (the development IdP) from the form,
 * and comes back to the form with the text still there and the name and fødselsnummer shown as
 * verified (no anonymity offered); sends; the receipt says it was sent signed in and leads to
 * «Min side», which lists the report with its status. The intake clerk sees the melder as
 * identified through ID-porten. Axe on each page.
 */

const PETTER = '14838512470';
const CHILD = `Elev Innlogget${Date.now() % 100_000}`;
const FIRST_HALF = 'Eleven har kommet sulten på skolen hver dag de siste tre ukene.';

describe.skipIf(skipE2e)('the public form, signed in with ID-porten halfway', () => {
  const journey = useJourney();
  let reference = '';

  it('a professional starts the form, signs in halfway, finds the text still there, sends, and sees it on Min side', async () => {
    await journey.page(
      'signed-in report: teacher',
      async (page) => {
        await page.goto('/portal/bekymring');
        await page.getByRole('heading', { level: 1, name: 'Send en bekymringsmelding' }).waitFor();
        await page.getByRole('radio', { name: 'Jeg melder i jobben min' }).check();
        await page.getByRole('heading', { level: 2, name: 'Vil du logge inn med ID-porten?' }).waitFor();
        await page.getByLabel('Barnets navn').fill(CHILD);
        await page.getByLabel('Hva er du bekymret for?').fill(FIRST_HALF);
        await page.getByLabel('Rollen din').fill('Kontaktlærer');
        await expectAxeClean(page, 'the form before signing in');
        await expectNoHorizontalScroll(page);

        // Halfway: sign in from the form. The page leaves for ID-porten and comes back.
        await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click();
        await page.getByRole('heading', { level: 1, name: 'Logg inn på Min side' }).waitFor();
        await page.getByRole('button', { name: /Petter Forelder/ }).click();
        await page.waitForURL('**/portal/bekymring', { timeout: 15_000 });
        await page.getByText('Du er logget inn. Det du skrev, er tatt vare på.').waitFor();

        // The text is still there; the identity is shown as verified and cannot be changed.
        expect(await page.getByLabel('Barnets navn').inputValue()).toBe(CHILD);
        const concern = page.getByLabel('Hva er du bekymret for?');
        expect(await concern.inputValue()).toBe(FIRST_HALF);
        expect(await page.getByLabel('Rollen din').inputValue()).toBe('Kontaktlærer');
        const name = page.getByLabel('Navnet ditt, bekreftet av ID-porten');
        expect(await name.inputValue()).toBe('Petter Forelder');
        expect(await name.getAttribute('readonly')).not.toBeNull();
        expect(await page.getByLabel('Fødselsnummeret ditt, bekreftet av ID-porten').inputValue()).toBe(
          '148385*****',
        );
        await page.getByRole('heading', { level: 2, name: 'Du er logget inn med ID-porten' }).waitFor();
        expect(await page.getByRole('main').innerText()).toContain('kan du ikke være anonym');
        expect(await page.getByRole('checkbox', { name: 'Jeg vil være anonym' }).count()).toBe(0);
        expect(await page.content()).not.toContain(PETTER);
        await expectAxeClean(page, 'the form, signed in');
        await expectNoHorizontalScroll(page);

        // The rest of the report, then send.
        await concern.fill(`${FIRST_HALF}\nHan sier det ikke er mat hjemme.`);
        await page.getByLabel('Telefonnummeret ditt').fill('99 99 99 99');
        await page.getByLabel('E-postadressen din i jobben').fill('petter@skole.no');
        await page.getByLabel('Arbeidsstedet ditt').fill('Demo skole');
        await page.getByLabel('Adressen til arbeidsstedet').fill('Skoleveien 1');
        await page
          .getByRole('group', { name: 'Vet barnet at du melder fra?' })
          .getByRole('radio', { name: 'Ja' })
          .check();
        await page.getByRole('button', { name: 'Send meldingen' }).click();
        await page.getByRole('heading', { level: 2, name: 'Meldingen er mottatt' }).waitFor();
        reference = (await page.getByTestId('reference').innerText()).trim();
        expect(reference).toMatch(/^BM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        const main = await page.getByRole('main').innerText();
        expect(main).toContain('Du sendte meldingen innlogget med ID-porten.');
        expect(main).toContain('Petter Forelder');
        expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
        await expectAxeClean(page, 'the receipt, signed in');
        await expectNoHorizontalScroll(page);

        // «Min side» shows the report and its status without the reference number and code.
        await page.getByRole('link', { name: 'Gå til Min side' }).click();
        await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
        const mine = page.getByRole('region', { name: 'Meldingene dine' });
        const item = mine.getByRole('listitem').filter({ hasText: reference });
        await item.waitFor();
        expect(await item.innerText()).toContain('Barnevernet har ikke konkludert ennå.');
        expect(await mine.innerText()).not.toContain('sulten');
        await expectAxeClean(page, 'Min side with the report');
        await expectNoHorizontalScroll(page);
      },
      { viewport: PHONE },
    );
    expect(journey.vern.output()).not.toContain(PETTER);
  });

  it('the intake clerk sees the melder as identified through ID-porten', async () => {
    expect(reference).not.toBe('');
    await journey.page('signed-in report: intake', async (page) => {
      await signIn(page, /Mona Mottak/);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Meldingsmottak' })
        .click();
      const row = page.getByRole('listitem').filter({ hasText: CHILD });
      await row.waitFor();
      expect(await row.innerText()).toContain('Melder: Petter Forelder');
      expect(await row.innerText()).toContain('Identifisert gjennom ID-porten');
      await expectAxeClean(page, 'the inbox with an identified melder');
    });
  });
});
