import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts says why, once per run.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { signIn, syntheticFodselsnummer } from './support/staff.js';

/**
 * Issue 4's journey through the staff app: a caseworker registers a melding for a new child,
 * concludes it with an undersøkelse, plans and concludes that with barnets medvirkning and kode 1,
 * proposes a vedtak on hjelpetiltak (BVL2021 § 3-1); a fagleder with delegated authority (the demo
 * delegation table: chapter 3 to fagleder) decides it; the caseworker starts the tiltak, adds and
 * evaluates a tiltaksplan, ends it all and closes the case. Axe on every page; one step at 375 px.
 */

/** Opens the next step whose link starts with `title`, checks its form with axe, and returns. */
async function openStep(page: Page, title: string): Promise<void> {
  await page
    .getByRole('region', { name: 'Neste steg' })
    .getByRole('link', { name: new RegExp(`^${title} –`) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await expectAxeClean(page, `form ${title}`);
}

/** Saves the open form and waits for the case overview to confirm it. */
async function save(page: Page, title: string, button = 'Lagre'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByText(`«${title}» er registrert.`, { exact: true }).waitFor({ timeout: 15_000 });
}

describe.skipIf(skipE2e)('the case process in the staff app', () => {
  const journey = useJourney();
  let caseUrl = '';

  it('a caseworker registers a melding, investigates with a plan and barnets medvirkning, and proposes a vedtak', async () => {
    await journey.page('case process: caseworker', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      await expectAxeClean(page, 'front page with Mine saker');
      await page.setViewportSize({ width: 375, height: 800 });
      await expectAxeClean(page, 'front page with Mine saker at 375 px');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.setViewportSize({ width: 1280, height: 800 });

      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Registrer melding' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Registrer melding' }).waitFor();
      await page.getByText('Registrer en ny person').click();
      await page.getByLabel('Fødselsnummer eller D-nummer').fill('12345678901');
      await page.getByLabel('Fornavn').fill('Tiril');
      await page.getByLabel('Etternavn').fill('Journeysen');
      await page.getByRole('button', { name: 'Registrer personen' }).click();
      // The server says why the number is not valid, at the field.
      const fnrError = page.locator('.ds-validation-message').first();
      await fnrError.waitFor();
      expect((await fnrError.innerText()).length).toBeGreaterThan(5);
      await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticFodselsnummer('2015-03-10'));
      await page.getByRole('button', { name: 'Registrer personen' }).click();
      await page.getByText('Barnet: Tiril Journeysen').waitFor();
      await expectAxeClean(page, 'register melding');

      // Nothing filled in: the summary lists what is missing, in Norwegian, linked to the fields.
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      const summary = page.getByText('Rett opp dette for å gå videre');
      await summary.waitFor();
      expect(await page.getByRole('link', { name: /^Kanal: Dette må fylles ut\./ }).count()).toBe(1);

      await page.getByLabel('Kanal').selectOption('telefon');
      await page.getByLabel('Melder', { exact: true }).selectOption('11');
      await page.getByText('1 BARNETS UTVIKLING').click();
      await page.getByLabel('1.2.03 Trivsel i barnehage og skole').check();
      await page.getByLabel('Hva ble meldt').fill('Skolen melder at Tiril ofte er alene og sliten.');
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      await page.getByText('«Registrer ny melding» er registrert.').waitFor({ timeout: 15_000 });
      caseUrl = new URL(page.url()).pathname;
      expect(caseUrl).toMatch(/^\/saker\/[0-9a-f-]{36}$/);
      await page.getByText('Skolen melder at Tiril ofte er alene og sliten.').waitFor();
      // The melding's review deadline (§ 2-1) is on the case from the start.
      await page.getByRole('heading', { level: 2, name: 'Frister' }).waitFor();
      await page.getByText('Gjennomgang av melding', { exact: true }).waitFor();
      await expectAxeClean(page, 'case overview with one melding');

      // A journal note and a document on the case.
      const notes = page.getByRole('region', { name: 'Journalnotater' });
      await notes.getByText('Skriv journalnotat').click();
      await notes.getByLabel('Tittel').fill('Samtale med skolen');
      await notes.getByLabel('Notat').fill('Kontaktlæreren bekrefter bekymringen.');
      await notes.getByRole('button', { name: 'Lagre' }).click();
      await page.getByText('Journalnotatet er lagret.').waitFor();
      await notes.getByText('Samtale med skolen').waitFor();
      const docs = page.getByRole('region', { name: 'Dokumenter' });
      await docs.locator('summary').click();
      await docs.getByLabel('Fil').setInputFiles({
        name: 'referat.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Referat fra samtalen med skolen.\n'),
      });
      await docs.getByLabel('Tittel på dokumentet').fill('Referat');
      await docs.getByRole('button', { name: 'Last opp dokument' }).click();
      await page.getByText('Dokumentet er lastet opp.').waitFor();
      await docs
        .getByText(/Referat/)
        .first()
        .waitFor();
      await expectAxeClean(page, 'case overview with a note and a document');

      // One step on a phone: a date after today is refused by the state machine, next to the date.
      await page.setViewportSize({ width: 375, height: 800 });
      await openStep(page, 'Start undersøkelse');
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const dato = page.getByLabel('Dato', { exact: true });
      const today = await dato.inputValue();
      await dato.fill(tomorrow);
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      await page.locator('#felt-dato-error').getByText('Datoen kan ikke være etter i dag.').waitFor();
      expect(await dato.getAttribute('aria-invalid')).toBe('true');
      await expectAxeClean(page, 'start undersøkelse with an error at 375 px');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await dato.fill(today);
      await save(page, 'Start undersøkelse');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectAxeClean(page, 'case overview at 375 px');
      await page.setViewportSize({ width: 1280, height: 800 });

      await openStep(page, 'Lag plan');
      expect(await page.getByLabel('Plantype').inputValue()).toBe('7');
      await save(page, 'Lag plan');

      await openStep(page, 'Konkluder undersøkelse');
      await page.getByLabel('Konklusjon', { exact: true }).selectOption('1');
      await page.getByText('2 FORELDRENES OMSORG').click();
      await page.getByLabel('2.1.01', { exact: false }).first().check();
      await page.getByLabel('Barnets medvirkning', { exact: false }).first().selectOption('1.1');
      await save(page, 'Konkluder undersøkelse');
      await page.getByText(/konkludert .*: 1 Barneverntjenesten fatter vedtak om tiltak/).waitFor();

      await openStep(page, 'Foreslå vedtak');
      await page.getByLabel('Kapittel').fill('3');
      await page.getByLabel('Paragraf').fill('1');
      await page.getByLabel('Begrunnelse').fill('Familien trenger hjemmekonsulent for å styrke omsorgen.');
      await page.getByRole('button', { name: 'Send forslaget' }).click();
      await page.getByText('Forslaget er sendt til en som har myndighet til å fatte vedtaket.').waitFor();
      await page.getByText('Venter på vedtak', { exact: false }).waitFor();
      // One proposal at a time, and a caseworker cannot decide: no second proposal, no decide button.
      expect(await page.getByRole('link', { name: /^Foreslå vedtak/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Fatt vedtaket' }).count()).toBe(0);
      await expectAxeClean(page, 'case overview with a pending proposal');
    });
  });

  it('a fagleder with delegated authority decides the proposed vedtak', async () => {
    expect(caseUrl).not.toBe('');
    await journey.page('case process: leader', async (page) => {
      await signIn(page, /Frode Fagleder/);
      await page.goto(caseUrl);
      await page.getByRole('button', { name: 'Fatt vedtaket' }).waitFor();
      await expectAxeClean(page, 'case overview for the leader');
      await page.getByRole('button', { name: 'Fatt vedtaket' }).click();
      await page.getByText('Vedtaket er fattet.').waitFor({ timeout: 15_000 });
      await page.getByText('Status: 1 Godkjent').waitFor();
    });
  });

  it('the caseworker starts the tiltak, plans and evaluates it, ends it and closes the case', async () => {
    await journey.page('case process: tiltak and closing', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      // Search and open the person, then the case from the filtered list.
      const search = page.getByRole('search');
      await search.getByRole('searchbox').fill('Journeysen');
      await search.getByRole('button', { name: 'Søk' }).click();
      await page.getByRole('button', { name: 'Åpne Tiril Journeysen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tiril Journeysen' }).waitFor();
      await page.getByRole('link', { name: 'Registrer melding om Tiril Journeysen' }).waitFor();
      await expectAxeClean(page, 'person page');
      await page.goBack();
      await page.getByLabel('Filtrer sakene').fill('tiril journ');
      await page.getByText('1 saker').waitFor();
      await page.getByRole('link', { name: 'Tiril Journeysen' }).click();
      await page.getByRole('heading', { level: 1, name: /Tiril Journeysen/ }).waitFor();

      await openStep(page, 'Start tiltak');
      await page.getByLabel('Tiltakskategori').selectOption('3.10');
      await save(page, 'Start tiltak');

      await page
        .getByRole('region', { name: 'Neste steg' })
        .getByRole('link', { name: /^Lag plan – Tiltak startet/ })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Lag plan' }).waitFor();
      expect(await page.getByLabel('Plantype').inputValue()).toBe('1');
      await save(page, 'Lag plan');

      for (const [title, plan] of [
        ['Evaluer plan', 'plantype 1'],
        ['Avslutt plan', 'plantype 1'],
        ['Avslutt plan', 'plantype 7'],
      ] as const) {
        await page
          .getByRole('region', { name: 'Neste steg' })
          .getByRole('link', { name: new RegExp(`^${title} – Plan fra .*\\(${plan}\\)`) })
          .click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await expectAxeClean(page, `form ${title} ${plan}`);
        await save(page, title);
      }
      await page.getByText(/Evaluert: \d{4}-\d{2}-\d{2}/).waitFor();

      await openStep(page, 'Avslutt tiltak');
      await save(page, 'Avslutt tiltak');

      await openStep(page, 'Avslutt saken');
      await save(page, 'Avslutt saken');
      await page.getByRole('definition').getByText('Avsluttet', { exact: true }).waitFor();
      const timeline = page.getByRole('region', { name: 'Tidslinje' });
      expect(await timeline.getByRole('listitem').count()).toBe(12);
      await expectAxeClean(page, 'closed case');
    });
  });
});
