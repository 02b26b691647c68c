import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './support/checks.js';
// skipE2e is true when Chromium is missing outside CI; support/env.ts says why, once per run.
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';
import { signIn } from './support/staff.js';

/**
 * Issue 7's journey: a caseworker writes a vedtak letter from its template, sees it as the
 * recipient will (the letter and the notification), sends it, and follows it on the case's
 * communication log from sent to delivered to opened; a confidential request for information to
 * the demo's foster care provider, which never opens its mail, stays unopened and is escalated:
 * first the sender is told, then it goes out again on paper.
 *
 * The local fakes of the channels (apps/server/src/modules/forsendelse) put a letter in the
 * recipient's mailbox after 1 s and have it read after 6 s, the server asks for statuses every
 * second, and escalation comes after 0.0002 days (17 s) instead of 7 and 3 days, so the journey
 * sees in seconds what takes days in life.
 */

interface LetterOptions {
  persons: { personId: string; name: string; relation: string | null; hasFodselsnummer: boolean }[];
  vedtak: { id: string }[];
}

const FOSTER_CARE_PROVIDER = '910000039'; // FAKE_ORGANISATIONS.fosterhjem: never opens its mail

/** A case of Sara's with a vedtak and a parent who has a fødselsnummer (the demo has several). */
async function caseForVedtakLetter(page: Page): Promise<{ sakId: string; parent: string; relation: string }> {
  const cases = (await (await page.request.get('/api/cases?limit=200')).json()) as {
    items: { id: string }[];
  };
  for (const c of cases.items) {
    const o = (await (await page.request.get(`/api/cases/${c.id}/letter-options`)).json()) as LetterOptions;
    const parent = o.persons.find((p) => p.relation !== null && p.hasFodselsnummer);
    if (o.vedtak.length > 0 && parent?.relation)
      return { sakId: c.id, parent: parent.name, relation: parent.relation };
  }
  throw new Error('no case of Sara with a vedtak and a parent with a fødselsnummer in the demo');
}

/** The communication log's entry of a letter, by its title. */
const logEntry = (page: Page, title: string) =>
  page
    .getByRole('region', { name: 'Kommunikasjon' })
    .getByRole('listitem')
    .filter({ hasText: `Brev ut – ${title}` });

/** Reloads the case page until the letter's entry shows `status` (the poller runs every second). */
async function waitForStatus(page: Page, title: string, status: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.reload();
    const entry = logEntry(page, title);
    await entry.first().waitFor();
    if ((await entry.first().getByText(status, { exact: true }).count()) > 0) return;
    await page.waitForTimeout(1000);
  }
  throw new Error(`the letter «${title}» did not reach «${status}»`);
}

describe.skipIf(skipE2e)('letters from templates, sent and followed', () => {
  const journey = useJourney({
    env: {
      VERN_FORSENDELSE_FAKE_FAULTS: 'deliverAfterMs=1000,readAfterMs=6000',
      VERN_FORSENDELSE_POLL_EVERY_MS: '1000',
      VERN_FORSENDELSE_ESCALATE_DAYS: '0.0002',
      VERN_FORSENDELSE_RESEND_DAYS: '0.0002',
    },
  });

  it('a caseworker writes a vedtak letter, previews it as the recipient, sends it, and sees it delivered and opened', async () => {
    await journey.page('letters: vedtak letter', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      const { sakId, parent, relation } = await caseForVedtakLetter(page);
      await page.goto(`/saker/${sakId}`);
      const letters = page.getByRole('region', { name: 'Brev' });
      await letters.getByRole('link', { name: 'Skriv nytt brev' }).click();

      await page.getByRole('heading', { level: 1, name: 'Nytt brev' }).waitFor();
      await page.getByRole('group', { name: 'Brevmal' }).getByLabel('Vedtak', { exact: true }).check();
      await page.getByRole('group', { name: 'Mottaker' }).getByLabel(`${parent} (${relation})`).check();
      const vedtak = page.getByLabel('Vedtaket brevet gjelder');
      await vedtak.selectOption({ index: 1 });
      await expectAxeClean(page, 'new letter');
      await page.getByRole('button', { name: 'Lag utkast' }).click();

      await page.getByRole('heading', { level: 1, name: `Vedtak til ${parent}` }).waitFor();
      await page.getByLabel('Vedtaket', { exact: true }).fill('Barnet skal få hjelpetiltak i hjemmet.');
      await page.getByLabel('Begrunnelse').fill('Familien trenger veiledning i hverdagen.');
      await page.getByRole('button', { name: 'Lagre utkastet' }).click();
      await page.getByText('Utkastet er lagret.').waitFor();

      // What the recipient gets: the letter as a sheet and the notice, which carries no case content.
      const preview = page.getByRole('region', { name: 'Slik får mottakeren det' });
      await preview.getByText('Barnet skal få hjelpetiltak i hjemmet.').waitFor();
      await preview.getByRole('link', { name: 'Last ned brevet som PDF' }).waitFor();
      expect(
        await preview.getByText('Familien trenger veiledning', { exact: false }).count(),
      ).toBeGreaterThan(0);
      await expectAxeClean(page, 'letter with the recipient preview');

      await page.getByLabel('Jeg har sett gjennom brevet og varselet slik mottakeren får dem').check();
      await page.getByRole('button', { name: 'Send brevet' }).click();
      await page.getByText('Brevet er sendt.').waitFor({ timeout: 15_000 });

      await page.goto(`/saker/${sakId}`);
      await logEntry(page, 'Vedtak').first().waitFor();
      await waitForStatus(page, 'Vedtak', 'Levert');
      await waitForStatus(page, 'Vedtak', 'Åpnet');
      await expectAxeClean(page, 'case with the communication log');
      await page.setViewportSize({ width: 375, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  });

  it('a confidential letter that is never opened is escalated: the sender is told, then it goes on paper', async () => {
    await journey.page('letters: unopened letter', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      const { sakId } = await caseForVedtakLetter(page);
      await page.goto(`/saker/${sakId}/brev/ny`);
      await page.getByRole('heading', { level: 1, name: 'Nytt brev' }).waitFor();
      await page
        .getByRole('group', { name: 'Brevmal' })
        .getByLabel('Anmodning om opplysninger', { exact: true })
        .check();
      await page
        .getByRole('group', { name: 'Mottaker' })
        .getByLabel(/^En virksomhet/)
        .check();
      await page.getByLabel('Organisasjonsnummer').fill(FOSTER_CARE_PROVIDER);
      await page.getByRole('button', { name: 'Slå opp i Enhetsregisteret' }).click();
      await page.getByText(/^Registrert i Enhetsregisteret som /).waitFor();
      await page.getByRole('button', { name: 'Lag utkast' }).click();
      await page.getByRole('heading', { level: 1, name: /^Anmodning om opplysninger til / }).waitFor();
      await page.getByLabel('Hvilke opplysninger dere ber om').fill('Rapport fra siste oppfølgingsbesøk.');
      const inThreeWeeks = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('Svarfrist').fill(inThreeWeeks);
      await page.getByRole('button', { name: 'Lagre utkastet' }).click();
      await page.getByText('Utkastet er lagret.').waitFor();
      await page.getByLabel('Jeg har sett gjennom brevet og varselet slik mottakeren får dem').check();
      await page.getByRole('button', { name: 'Send brevet' }).click();
      await page.getByText('Brevet er sendt.').waitFor({ timeout: 15_000 });

      await page.goto(`/saker/${sakId}`);
      const title = 'Anmodning om opplysninger';
      await waitForStatus(page, title, 'Levert');
      // Unopened past the time the vedtak letter was read, and past the escalation: Sara is told.
      await page.goto('/varsler');
      const notice = page.getByText('Et taushetsbelagt brev du sendte er ikke åpnet');
      for (let i = 0; i < 40 && (await notice.count()) === 0; i++) {
        await page.waitForTimeout(1000);
        await page.reload();
      }
      await notice.first().waitFor();
      await expectAxeClean(page, 'notifications with the unopened letter');
      // Still unopened after the next period: it goes out again on paper, never silently dropped.
      await page.goto(`/saker/${sakId}`);
      await waitForStatus(page, title, 'Sendt på papir');
      expect(await logEntry(page, title).first().getByText('Åpnet', { exact: true }).count()).toBe(0);
    });
  });

  it('the sender follows her letters on «Mine sendinger»: status, escalation and history', async () => {
    await journey.page('letters: mine sendinger', async (page) => {
      await signIn(page, /Sara Saksbehandler/);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Mine sendinger' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Mine sendinger' }).waitFor();
      const item = (title: string) => page.getByRole('listitem').filter({ hasText: title }).first();
      // The vedtak letter was read; the request that was never opened went out again on paper.
      await item('Vedtak').getByText('Åpnet', { exact: true }).waitFor();
      const request = item('Anmodning om opplysninger');
      await request.getByText('Sendt på papir', { exact: true }).waitFor();
      await request.getByText('Ikke åpnet: sendt på nytt på papir').waitFor();
      await request.getByText(/^Historikk for /).click();
      await request.getByText(/Ikke åpnet, du ble varslet/).waitFor();
      await request.getByText(/Ikke åpnet, sendt på nytt på papir/).waitFor();
      await expectAxeClean(page, 'mine sendinger');

      // Neither is unopened on the channel any more: one was read, the other went on paper.
      await page.getByRole('group', { name: 'Vis' }).getByLabel('Ikke åpnet').check();
      await page.getByText('Ingen av brevene dine ligger uåpnet.').waitFor();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.getByRole('group', { name: 'Vis' }).getByLabel('Alle').check();
      await item('Vedtak').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  });
});
