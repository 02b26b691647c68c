import { readFile } from 'node:fs/promises';
import { osloDate } from '@vern/domain';
import { describe, expect, it } from 'vitest';
import { expectAxeClean, expectNoHorizontalScroll } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts says why, once per run.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { signIn, syntheticFodselsnummer } from './support/staff.js';

/**
 * Issue 6's journey: a neighbour reports concern for a child through the public form without
 * signing in and anonymously, reloads the page halfway (everything is still there), pastes text,
 * sends, and downloads the receipt as a PDF with the reference number; nothing is left in the
 * browser. The intake clerk (Mona) finds the report in the inbox, matches it to the child, whose
 * case is still with intake, and registers it there; the team leader gives the case to Sara, who
 * then has the one-week review deadline of the new melding, counted from when the report arrived.
 * Mona finds the report and its suggested child on the inbox page and registers it there with
 * «Registrer som melding»; the team leader's assignment goes through the API. Axe on each page, and
 * the form and receipt at phone width.
 */

const GIVEN = 'Oskar';
const FAMILY = `Nabogutt${Date.now() % 100_000}`;
const CHILD = `${GIVEN} ${FAMILY}`;
const PASTED = 'Limt inn fra notatene mine: «Det smalt i veggen klokka to i natt, og gutten gråt lenge.»';

describe.skipIf(skipE2e)('the public concern-report form', () => {
  const journey = useJourney();
  let sakId = '';
  let saraId = '';
  let unitId = '';
  let reference = '';

  it('setup: the child already has a case, opened a month ago and not yet given to a caseworker', async () => {
    await journey.page('report: setup', async (page) => {
      await signIn(page, /Frode Fagleder/);
      const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': session.csrfToken };
      const staff = (await (await page.request.get('/api/staff')).json()) as {
        items: { id: string; name: string; unit: { id: string } | null }[];
      };
      const sara = staff.items.find((s) => s.name === 'Sara Saksbehandler');
      saraId = sara?.id ?? '';
      unitId = sara?.unit?.id ?? '';
      const person = await page.request.post('/api/persons', {
        headers,
        data: { fodselsnummer: syntheticFodselsnummer('2017-05-06'), givenName: GIVEN, familyName: FAMILY },
      });
      expect(person.status(), await person.text()).toBe(201);
      const created = await page.request.post('/api/cases', {
        headers,
        data: {
          childPersonId: ((await person.json()) as { id: string }).id,
          caseworkerId: null,
          melding: {
            receivedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
            channel: 'telefon',
            content: 'Tidligere bekymring meldt på telefon.',
          },
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      sakId = ((await created.json()) as { sakId: string }).sakId;
    });
  });

  it('a reporter writes anonymously, reloads halfway, pastes, sends and downloads the receipt', async () => {
    await journey.page(
      'report: reporter',
      async (page) => {
        await page.goto('/portal/bekymring');
        await page.getByRole('heading', { level: 1, name: 'Send en bekymringsmelding' }).waitFor();
        await page.getByText('Meldingen går til Barneverntjenesten i Demo kommune.').waitFor();
        await expectAxeClean(page, 'the empty report form');

        // Sending nothing: every problem in one summary that takes focus and links to its field.
        await page.getByRole('button', { name: 'Send meldingen' }).click();
        const summary = page.getByRole('link', { name: 'Hvem er du?: Fyll ut dette.' });
        await summary.waitFor();
        await summary.click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-kind');

        await page.getByRole('radio', { name: 'Jeg melder som privatperson' }).check();
        await page.getByRole('checkbox', { name: 'Jeg vil være anonym' }).check();
        await page.getByLabel('Barnets navn').fill(CHILD);
        await page.getByLabel('Hvor gammelt er barnet, omtrent? (valgfritt)').fill('8');
        const concern = page.getByLabel('Hva er du bekymret for?');
        await concern.fill('Jeg hører roping fra leiligheten over meg nesten hver natt.\n');
        // The draft is saved as one types; give the page a moment, then reload halfway.
        await page.waitForFunction(() =>
          (sessionStorage.getItem('vern.bekymring.utkast') ?? '').includes('roping'),
        );
        await page.reload();
        await page.getByText('Vi har tatt vare på det du skrev tidligere i denne fanen.').waitFor();
        expect(await page.getByLabel('Barnets navn').inputValue()).toBe(CHILD);
        expect(await page.getByRole('checkbox', { name: 'Jeg vil være anonym' }).isChecked()).toBe(true);
        expect(await concern.inputValue()).toContain('roping fra leiligheten');

        // Paste from the clipboard at the end of the text (a real Ctrl+V, nothing blocks it).
        await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
        await concern.focus();
        await page.keyboard.press('ControlOrMeta+End');
        await page.keyboard.press('ControlOrMeta+V');
        expect(await concern.inputValue()).toContain(PASTED);

        // A field-level problem: a malformed postcode is named at the field and in the summary.
        await page.getByLabel('Postnummer (valgfritt)').first().fill('12');
        await page.getByRole('button', { name: 'Send meldingen' }).click();
        await page.getByRole('link', { name: 'Barn 1: Postnummer: Postnummeret har fire sifre.' }).waitFor();
        await expectAxeClean(page, 'the form with a problem');
        await page.getByLabel('Postnummer (valgfritt)').first().fill('9999');

        await expectNoHorizontalScroll(page);
        await page.setViewportSize({ width: 1280, height: 800 });

        await page.getByRole('button', { name: 'Send meldingen' }).click();
        const received = page.getByRole('heading', { level: 2, name: 'Meldingen er mottatt' });
        await received.waitFor();
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Meldingen er mottatt');
        reference = (await page.getByTestId('reference').innerText()).trim();
        expect(reference).toMatch(/^BM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        // The receipt shows what was received, pasted text and all; nothing is left in the tab.
        const main = await page.getByRole('main').innerText();
        expect(main).toContain(PASTED);
        expect(main).toContain(CHILD);
        expect(main).toContain('Anonym');
        expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
        await expectAxeClean(page, 'the receipt');
        await expectNoHorizontalScroll(page);

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Last ned kvitteringen (PDF)' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`kvittering-${reference}.pdf`);
        const pdf = await readFile((await download.path()) ?? '');
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.toString('latin1')).toContain(reference);
      },
      { context: { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] } },
    );
  });

  it('intake matches the report to the child and registers it in the case; the caseworker has the review deadline', async () => {
    expect(reference).not.toBe('');
    let reviewDue = '';
    await journey.page('report: intake', async (page) => {
      await signIn(page, /Mona Mottak/);
      // The inbox page: the report is there as a form report with its review day, and the
      // suggestions name the child and the case it already has.
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Meldingsmottak' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Meldingsmottak' }).waitFor();
      const row = page.getByRole('listitem').filter({ hasText: CHILD }).filter({ hasText: 'Vern-skjema' });
      await row.waitFor();
      await row.getByRole('button', { name: 'Vis forslag til barn og sak' }).click();
      const suggestion = row
        .getByRole('region', { name: 'Forslag' })
        .getByRole('listitem')
        .filter({ hasText: CHILD });
      const openCase = suggestion.getByRole('link', { name: /^Åpne sak / });
      await openCase.waitFor();
      const journalnummer = ((await openCase.textContent()) ?? '').replace('Åpne sak ', '').trim();
      expect(journalnummer).not.toBe('');
      await expectAxeClean(page, 'the inbox with the report and its suggestions');

      // The item as the server has it, before it is registered: a form report without a melder.
      const inbox = (await (await page.request.get('/api/intake/items?limit=200')).json()) as {
        items: {
          id: string;
          channel: string;
          childNames: string[];
          melderName: string | null;
          reviewDueDate: string;
        }[];
      };
      const item = inbox.items.find((i) => i.childNames.includes(CHILD));
      expect(item).toMatchObject({ channel: 'digitalt_skjema', melderName: null });
      reviewDue = item?.reviewDueDate ?? '';
      expect(reviewDue).toBe(osloDate(new Date(Date.now() + 7 * 86_400_000)));

      // Mona registers it in the child's case from the suggestion; the page says so and the report
      // leaves the list of those to be handled.
      // At phone width and from the keyboard.
      await expectNoHorizontalScroll(page);
      await suggestion.getByRole('button', { name: 'Registrer som melding' }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Meldingen er registrert i sak ${journalnummer}.` })
        .waitFor();
      await expect
        .poll(async () =>
          page.getByRole('listitem').filter({ hasText: CHILD }).filter({ hasText: 'Vern-skjema' }).count(),
        )
        .toBe(0);
      await expectAxeClean(page, 'the inbox after the report is registered');
      const after = (await (await page.request.get(`/api/intake/items/${item?.id}`)).json()) as {
        status: string;
        registrations: { sakId: string; kind: string }[];
      };
      expect(after).toMatchObject({
        status: 'registered',
        registrations: [{ sakId, kind: 'existing_case' }],
      });
    });
    await journey.page('report: team leader assigns', async (page) => {
      await signIn(page, /Frode Fagleder/);
      const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
      const assigned = await page.request.post(`/api/cases/${sakId}/assign`, {
        headers: { 'x-csrf-token': session.csrfToken },
        data: { unitId, caseworkerId: saraId },
      });
      expect(assigned.status(), await assigned.text()).toBe(204);
    });
    await journey.page('report: caseworker', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      const mine = (await (
        await page.request.get('/api/worklists/mine?ruleId=melding-gjennomgang&limit=500')
      ).json()) as { items: { sakId: string; dueDate: string; childName: string }[] };
      expect(mine.items).toContainEqual(
        expect.objectContaining({ sakId, dueDate: reviewDue, childName: CHILD }),
      );
      // And on her start page, among her melding reviews: a week from when the report arrived.
      const work = page.getByRole('region', { name: 'Mitt arbeid' });
      await work.getByLabel('Frist', { exact: true }).selectOption({ label: 'Gjennomgang av melding' });
      await work
        .getByRole('listitem')
        .filter({ hasText: CHILD })
        .filter({ hasText: 'Gjennomgang av melding' })
        .filter({ hasText: '7 dager igjen' })
        .waitFor();
      await expectAxeClean(page, 'the caseworker’s start page');
    });
    // No name or words of the report reached the server's log.
    expect(journey.vern.output()).not.toContain(FAMILY);
    expect(journey.vern.output()).not.toContain('leiligheten');
  });
});
