import { addWeeks, osloDate } from '@vern/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean, expectNoHorizontalScroll } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts says why, once per run.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { signIn, syntheticFodselsnummer } from './support/staff.js';

/**
 * Issue 5's journey: a team leader (Frode) registers the sick leave of a caseworker in his unit
 * (Anders Aasen, a demo colleague without a sign-in of his own), sees Anders's cases with a
 * deadline inside the absence, moves two of them together to Sara and one on its own to Ingrid;
 * Sara signs in and finds the two at the top of «Mitt arbeid», told why they are hers, and is
 * notified. The head of service filters the service's list and reads the caseload; intake sees
 * the hours left of the one-week review. Axe on every new page, and each at 360 px.
 *
 * Two meldinger for Anders are registered first through the API (as Frode, who may open cases for
 * his unit), received 40 and 41 days ago and never reviewed: the most overdue deadlines in the
 * demo service, so they lead both Anders's list of affected cases and, once moved, Sara's.
 */

const TODAY = osloDate(new Date());
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

interface Setup {
  sakId: string;
  journalnummer: string;
  childName: string;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

/** The rows of a worklist region, top first, as their visible text. */
async function rowTexts(list: Locator): Promise<string[]> {
  return list.getByRole('listitem').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
}

describe.skipIf(skipE2e)('deadlines, worklists and absence in the staff app', () => {
  const journey = useJourney();
  const moved: Setup[] = [];
  let oneByOne = '';

  it('setup: two meldinger received weeks ago and never reviewed lie with Anders Aasen', async () => {
    await journey.page('worklists: setup', async (page) => {
      await signIn(page, /Frode Fagleder/);
      const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': session.csrfToken };
      const staff = (await (await page.request.get('/api/staff')).json()) as {
        items: { id: string; name: string }[];
      };
      const anders = staff.items.find((s) => s.name === 'Anders Aasen');
      expect(anders).toBeDefined();
      const children = [
        ['Oline', 'Fristbrudd', '2016-04-12', 41],
        ['Petter', 'Fristbrudd', '2014-09-03', 40],
      ] as const;
      for (const [givenName, familyName, born, age] of children) {
        const person = await page.request.post('/api/persons', {
          headers,
          data: { fodselsnummer: syntheticFodselsnummer(born), givenName, familyName },
        });
        expect(person.status(), await person.text()).toBe(201);
        const created = await page.request.post('/api/cases', {
          headers,
          data: {
            childPersonId: ((await person.json()) as { id: string }).id,
            caseworkerId: anders?.id,
            melding: { receivedAt: daysAgo(age), channel: 'telefon', content: 'Bekymring meldt på telefon.' },
          },
        });
        expect(created.status(), await created.text()).toBe(201);
        const c = (await created.json()) as { sakId: string; journalnummer: string };
        moved.push({
          sakId: c.sakId,
          journalnummer: c.journalnummer,
          childName: `${givenName} ${familyName}`,
        });
      }
    });
  });

  it('a team leader registers a caseworker’s sick leave, sees the affected cases and redistributes them', async () => {
    expect(moved).toHaveLength(2);
    await journey.page('worklists: team leader', async (page) => {
      await signIn(page, /Frode Fagleder/);
      // The start page: the risk at a glance, and the team's deadlines with the setup's overdue first.
      await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();
      const team = page.getByRole('region', { name: 'Teamets frister' });
      await team.getByText(/^Viser \d+ av \d+ frister\.$/).waitFor();
      const teamTop = await rowTexts(team);
      expect(teamTop[0]).toContain('Anders Aasen');
      expect(teamTop[0]).toMatch(/Overskredet med \d+ dager/);
      await expectAxeClean(page, 'start page of a team leader');

      await menu(page).getByRole('link', { name: 'Fravær' }).click();
      await page.getByRole('heading', { level: 1, name: 'Fravær' }).waitFor();
      await page
        .getByLabel('Hvem er borte?')
        .selectOption({ label: 'Anders Aasen (Mottak og undersøkelse)' });
      await page.getByRole('radio', { name: 'Sykefravær' }).check();
      await page.getByLabel('Første dag').fill(TODAY);
      await page.getByLabel('Forventet siste dag (valgfritt)').fill(addWeeks(TODAY, 2));
      await page.getByRole('button', { name: 'Registrer fraværet' }).click();
      await page.getByText(/^Fraværet er registrert: Anders Aasen, sykefravær /).waitFor();

      const absence = page.getByRole('region', { name: 'Anders Aasen: Sykefravær' });
      await absence.getByText(/^\d+ saker hos Anders Aasen har frist i fraværet\.$/).waitFor();
      const boxes = absence.getByRole('checkbox');
      const names = await boxes.evaluateAll((els) =>
        els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''),
      );
      expect(names.length).toBeGreaterThan(2);
      // Most urgent first: the two meldinger overdue by weeks.
      expect(names.slice(0, 2).sort()).toEqual(
        moved.map((c) => `${c.childName}, sak ${c.journalnummer}`).sort(),
      );
      await expectAxeClean(page, 'absence page with the affected cases');

      // In bulk, by keyboard: choose the two (Space), one colleague, one press (Enter).
      for (const c of moved) {
        await absence.getByRole('checkbox', { name: `${c.childName}, sak ${c.journalnummer}` }).focus();
        await page.keyboard.press('Space');
      }
      await absence
        .getByLabel('Flytt de valgte sakene til')
        .selectOption({ label: 'Sara Saksbehandler (Mottak og undersøkelse)' });
      await absence.getByRole('button', { name: 'Flytt valgte saker (2)' }).focus();
      await page.keyboard.press('Enter');
      await absence
        .getByText('2 saker er flyttet til Sara Saksbehandler. Anders Aasen beholder tilgangen til dem.')
        .waitFor();
      for (const c of moved) {
        await absence
          .getByRole('checkbox', { name: `${c.childName}, sak ${c.journalnummer}` })
          .waitFor({ state: 'detached' });
      }

      // One by one: the next case to Ingrid.
      const next =
        (await boxes.first().evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? '')) ?? '';
      oneByOne = /sak (\d{4}\/\d+)$/.exec(next)?.[1] ?? '';
      expect(oneByOne).not.toBe('');
      await absence
        .getByLabel(`Flytt sak ${oneByOne} til`)
        .selectOption({ label: 'Ingrid Øvrebø (Mottak og undersøkelse)' });
      await absence.getByRole('button', { name: `Flytt sak ${oneByOne}`, exact: true }).click();
      await absence
        .getByText('1 sak er flyttet til Ingrid Øvrebø. Anders Aasen beholder tilgangen til den.')
        .waitFor();

      // The server agrees: Sara holds the case now, and Anders is still on it.
      const view = (await (await page.request.get(`/api/cases/${moved[0]?.sakId}`)).json()) as {
        caseworker: { name: string } | null;
      };
      expect(view.caseworker?.name).toBe('Sara Saksbehandler');

      // Anders will be back a week sooner: his leader changes the last day.
      await page.getByRole('button', { name: 'Endre siste dag' }).click();
      await page.getByLabel('Forventet siste dag', { exact: true }).fill(addWeeks(TODAY, 1));
      await page.getByRole('button', { name: 'Lagre siste dag' }).click();
      await page.getByRole('button', { name: 'Endre siste dag' }).waitFor();
      const affected = (await (await page.request.get('/api/absences/affected')).json()) as {
        items: { staffName: string; expectedEndOn: string | null }[];
      };
      expect(affected.items.find((a) => a.staffName === 'Anders Aasen')?.expectedEndOn).toBe(
        addWeeks(TODAY, 1),
      );

      await expectNoHorizontalScroll(page);
      await expectAxeClean(page, 'absence page at 360 px');
      await page.setViewportSize({ width: 1280, height: 800 });

      // The risk view names what is still with the absent caseworker.
      await menu(page).getByRole('link', { name: 'Risiko' }).click();
      await page.getByRole('heading', { level: 1, name: 'Risikooversikt' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Overskredne frister \(\d+\)$/ }).waitFor();
      const absent = page.getByRole('heading', {
        level: 2,
        name: /^Saker der saksbehandleren er borte \((\d+)\)$/,
      });
      await absent.waitFor();
      await page.getByRole('heading', { level: 3, name: /^Anders Aasen: \d+ saker$/ }).waitFor();
      for (const c of moved)
        expect(await page.getByText(`sak ${c.journalnummer}`, { exact: true }).count()).toBeGreaterThan(0);
      await expectAxeClean(page, 'risk view');
      await expectNoHorizontalScroll(page);
    });
  });

  it('the colleague finds them at the top of «Mitt arbeid», told why they are hers, and notified', async () => {
    expect(moved).toHaveLength(2);
    await journey.page('worklists: caseworker', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      const mine = page.getByRole('region', { name: 'Mitt arbeid' });
      await mine.getByText(/^Viser \d+ av \d+ frister\.$/).waitFor();
      const top = await rowTexts(mine);
      for (const c of moved) {
        expect(
          top.slice(0, 2).some((row) => row.includes(`sak ${c.journalnummer}`) && row.includes(c.childName)),
        ).toBe(true);
      }
      for (const row of top.slice(0, 2)) {
        expect(row).toMatch(/Overskredet med \d+ dager/);
        expect(row).toContain('Gjennomgang av melding');
        expect(row).toContain('barnevernsloven § 2-1');
      }
      const first = mine.getByRole('listitem').first();
      await first.getByText('Hvorfor er dette min frist?').click();
      await first
        .getByText('Du er saksbehandler for saken, og fristene i saken følger saksbehandleren.')
        .waitFor();
      await first.getByText(/senest innen én uke \(barnevernsloven § 2-1\)/).waitFor();
      await expectAxeClean(page, '«Mitt arbeid» with the moved cases');

      // Only her overdue ones: the two moved cases among them, and nothing that is not overdue.
      await mine.getByRole('radio', { name: /^Overskredet \(\d+\)$/ }).check();
      await mine.getByText(/^Viser (\d+) av \1 frister\.$/).waitFor();
      const overdue = await rowTexts(mine);
      for (const c of moved) expect(overdue.some((row) => row.includes(`sak ${c.journalnummer}`))).toBe(true);
      for (const row of overdue) expect(row).toMatch(/Overskredet med \d+ dag/);

      // Notified of both, named from her own list; reading one lowers the count.
      const bell = menu(page).getByRole('link', { name: /^Varsler \(\d+\)$/ });
      const before = Number(/\((\d+)\)/.exec((await bell.textContent()) ?? '')?.[1]);
      expect(before).toBeGreaterThanOrEqual(2);
      await bell.click();
      await page.getByRole('heading', { level: 1, name: 'Varsler' }).waitFor();
      for (const c of moved) {
        const notice = page
          .getByRole('listitem')
          .filter({ hasText: `${c.childName}, sak ${c.journalnummer}.` });
        await notice.getByText('Du har fått en sak').waitFor();
      }
      await expectAxeClean(page, 'notifications');
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Du har fått en sak' })
        .filter({ hasText: `sak ${moved[0]?.journalnummer}.` })
        .getByRole('button', { name: 'Merk som lest' })
        .click();
      await menu(page)
        .getByRole('link', { name: before - 1 === 0 ? 'Varsler' : `Varsler (${before - 1})`, exact: true })
        .waitFor();
      await expectNoHorizontalScroll(page);
      await page.setViewportSize({ width: 1280, height: 800 });

      // One click from the list to the case.
      await menu(page).getByRole('link', { name: 'Forside' }).click();
      await mine
        .getByRole('link', { name: `Åpne sak ${moved[1]?.journalnummer}` })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: new RegExp(moved[1]?.childName ?? '-') }).waitFor();
      // The case tells the same deadline, and why.
      const deadlines = page.getByRole('region', { name: 'Frister' });
      await deadlines.getByText('Gjennomgang av melding', { exact: true }).waitFor();
      await deadlines.getByText(/^Overskredet med \d+ dager$/).waitFor();
      await expectAxeClean(page, 'case page with its deadlines');

      // On a phone the start page reflows.
      await page.goto('/');
      await mine.getByText(/^Viser \d+ av \d+ frister\.$/).waitFor();
      await expectNoHorizontalScroll(page);
      await expectAxeClean(page, '«Mitt arbeid» at 360 px');
    });
  });

  it('the head of service filters the service list and reads the caseload; intake sees the hours left', async () => {
    await journey.page('worklists: head of service', async (page) => {
      await signIn(page, /Berit Barnevernleder/);
      const service = page.getByRole('region', { name: 'Tjenestens frister' });
      await service.getByText(/^Viser \d+ av \d+ frister\.$/).waitFor();
      await service.getByRole('table', { name: 'Frister per enhet' }).waitFor();
      await service.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Mottak og undersøkelse' });
      await service
        .getByLabel('Saksbehandler', { exact: true })
        .selectOption({ label: 'Sara Saksbehandler' });
      await service.getByRole('radio', { name: /^Overskredet \(\d+\)$/ }).check();
      await service.getByText(/^Viser (\d+) av \1 frister\.$/).waitFor();
      const rows = await rowTexts(service);
      for (const c of moved) expect(rows.some((row) => row.includes(`sak ${c.journalnummer}`))).toBe(true);
      for (const row of rows) {
        expect(row).toContain('Saksbehandler: Sara Saksbehandler');
        expect(row).toMatch(/Overskredet med \d+ dag/);
      }
      await expectAxeClean(page, 'service list, filtered');

      await menu(page).getByRole('link', { name: 'Saksmengde' }).click();
      await page.getByRole('heading', { level: 1, name: 'Saksmengde' }).waitFor();
      const unit = page.getByRole('table', { name: 'Saksmengde i Mottak og undersøkelse' });
      await unit.getByRole('rowheader', { name: 'Sara Saksbehandler' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Utvikling siste 30 dager' }).waitFor();
      await expectAxeClean(page, 'caseload');
      await expectNoHorizontalScroll(page);
    });

    await journey.page('worklists: intake', async (page) => {
      await signIn(page, /Mona Mottak/);
      const intake = page.getByRole('region', { name: 'Meldinger som ikke er fordelt' });
      await intake.getByText(/^\d+ meldinger venter på gjennomgang\.$/).waitFor();
      const rows = await rowTexts(intake);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/(timer igjen|Overskredet med)/);
      // A caseworker's own list is not offered to intake, nor the leaders' pages.
      expect(await page.getByRole('region', { name: 'Mitt arbeid' }).count()).toBe(0);
      expect(await menu(page).getByRole('link', { name: 'Risiko' }).count()).toBe(0);
      await expectAxeClean(page, 'intake list');
      await expectNoHorizontalScroll(page);
    });
  });
});
