import { randomUUID } from 'node:crypto';
import { codesValidOn, generateIdentityNumber, osloDate, SAKSINNHOLD } from '@vern/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { recordStep } from '../case-process/record-step.js';
import { parseStep } from '../case-process/step-input.js';
import { giveHistory } from '../../../test/support/case-history.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { deliveryFromFiles } from '../../cli/import-fiks.js';
import { findMatches } from './find-matches.js';
import { example, PDF } from './fiks/test-messages.js';
import { manualBody } from './test-items.js';
import { receiveFiksMessage } from './receive-fiks-message.js';
import { registerManualItem, type ManualItemBody } from './register-manual-item.js';
import { recordNotMelding, registerMelding } from './register-melding.js';

const RULES = { allowSynthetic: true };

describe('intake: matching, registration through the case process, durability', () => {
  let t: TestDatabase;
  let w: World;
  let fnr = '';
  const as = <T>(who: string, fn: Parameters<typeof withStaffAccess<T>>[3]) =>
    withStaffAccess(t.database, actor(w, who), {}, fn);
  const manual = (who: string, body: ManualItemBody) => as(who, (a) => registerManualItem(a, body));
  const manualId = (who: string, body: ManualItemBody) => manual(who, body).then((r) => r.id);

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    fnr = generateIdentityNumber('2015-03-04', 'female', 'fodselsnummer', () => 0.42, {
      synthetic: 'skatteetaten',
    });
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .updateTable('person')
        .set({ fodselsnummer: fnr })
        .where('id', '=', caseOf(w, 'assigned').childId)
        .execute(),
    );
    await giveHistory(t, w, 'assigned');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function fiksAbout(childFnr: string, text: string) {
    const m = example('no.ks.fiks.bekymringsmelding.offentlig.v2');
    const barn = m['offentligBarn'] as Record<string, unknown>[];
    m['offentligBarn'] = [{ ...barn[0], fnr: childFnr }];
    (m['melding'] as Record<string, unknown>)['melding'] = text;
    const r = await receiveFiksMessage(
      t.database,
      w.tenantId,
      deliveryFromFiles({ json: Buffer.from(JSON.stringify(m)), pdf: PDF }, { now: new Date() }),
    );
    expect(r.status).toBe('new');
    return r.itemId;
  }

  it('finds the child by fødselsnummer across the service, showing the case only to who may open it', async () => {
    const itemId = await fiksAbout(fnr, 'Eleven har mye fravær og virker redd.');
    const forIntake = await as('mona', (a) => findMatches(a, itemId, RULES));
    expect(forIntake.children[0]?.fodselsnummerValid).toBe(true);
    // KS's example is addressed to Bergen (1201); the test service is 9997.
    expect(forIntake.addressedTo).toEqual({ kommunenummer: '1201', bydelsnummer: '02', thisService: false });
    expect(forIntake.children[0]?.candidates[0]).toMatchObject({
      personId: caseOf(w, 'assigned').childId,
      matchedBy: ['fodselsnummer'],
      case: { visible: false, sakId: null, activeUndersokelse: null },
    });
    const forHead = await as('berit', (a) => findMatches(a, itemId, RULES));
    expect(forHead.children[0]?.candidates[0]).toMatchObject({
      matchedBy: ['fodselsnummer', 'name'],
      case: { visible: true, sakId: caseOf(w, 'assigned').id, activeUndersokelse: true, activeTiltak: false },
    });
  });

  it("registers the report in the child's case through the case process, with the receipt time and words", async () => {
    const itemId = await fiksAbout(fnr, 'Barnet forteller om vold hjemme.');
    const before = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('inbox_item').select('received_at').where('id', '=', itemId).executeTakeFirstOrThrow(),
    );
    const result = await as('berit', (a) =>
      registerMelding(
        a,
        itemId,
        {
          children: [{ personId: caseOf(w, 'assigned').childId, sakId: caseOf(w, 'assigned').id }],
          melder: [],
          saksinnhold: [],
        },
        RULES,
      ),
    );
    expect(result.registrations).toMatchObject([{ sakId: caseOf(w, 'assigned').id, kind: 'existing_case' }]);
    const meldingId = result.registrations[0]?.meldingId ?? '';
    const detail = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('melding_detail')
        .selectAll()
        .where('melding_id', '=', meldingId)
        .executeTakeFirstOrThrow(),
    );
    expect(detail.received_at.getTime()).toBe(before.received_at.getTime());
    expect(detail.channel).toBe('fiks_io');
    expect(detail.content).toContain('Barnet forteller om vold hjemme.');
    expect(detail.melder_name).toBe('Navnesen Navn Mellomnavn');
    const steps = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('case_event')
        .select(['type', 'seq'])
        .where('sak_id', '=', caseOf(w, 'assigned').id)
        .execute(),
    );
    expect(steps).toEqual([{ type: 'receive-melding', seq: 1 }]);
    const item = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('inbox_item')
        .select(['status', 'resolved_by'])
        .where('id', '=', itemId)
        .executeTakeFirstOrThrow(),
    );
    expect(item).toEqual({ status: 'registered', resolved_by: actor(w, 'berit').staffUserId });
  });

  it('a report about a child whose case is closed reopens the case (reopen-sak)', async () => {
    const sak = caseOf(w, 'otherUnit');
    const register = (itemId: string) =>
      as('berit', (a) =>
        registerMelding(
          a,
          itemId,
          { children: [{ personId: sak.childId, sakId: sak.id }], melder: [], saksinnhold: [] },
          RULES,
        ),
      );
    const first = await register(await manualId('berit', manualBody('Skolen ringte om fravær.')));
    const meldingId = first.registrations[0]?.meldingId ?? '';
    const today = osloDate(new Date());
    for (const [version, raw] of [
      [
        1,
        {
          type: 'conclude-melding',
          meldingId,
          kode: '10',
          dato: today,
          melder: [{ kode: '23' }],
          saksinnhold: [{ kode: codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '' }],
        },
      ],
      [2, { type: 'close-sak', dato: today }],
    ] as const) {
      await as('berit', (a) =>
        recordStep(a, sak.id, { expectedVersion: version, command: parseStep({ ...raw }) }),
      );
    }
    // Received now, after the case was closed (an hour ago could be yesterday in Oslo, before the close).
    await register(
      await manualId(
        'berit',
        manualBody('Ny bekymring fra naboen.', { channel: 'sms', receivedAt: new Date() }),
      ),
    );
    const row = await t.database.withTenant(w.tenantId, async (trx) => ({
      sak: await trx
        .selectFrom('sak')
        .select(['status', 'version'])
        .where('id', '=', sak.id)
        .executeTakeFirstOrThrow(),
      steps: await trx
        .selectFrom('case_event')
        .select('type')
        .where('sak_id', '=', sak.id)
        .orderBy('seq')
        .execute(),
    }));
    expect(row.sak).toEqual({ status: 'open', version: 4 });
    expect(row.steps.map((x) => x.type)).toEqual([
      'receive-melding',
      'conclude-melding',
      'close-sak',
      'reopen-sak',
    ]);
  });

  it('two staff registering the same item at once make one melding; the second gets the same answer', async () => {
    const itemId = await manualId('mona', manualBody('Helsesykepleier ringte.'));
    const body = {
      children: [{ newPerson: { givenName: 'Samtidig', familyName: 'Testesen' }, unitId: w.units.a }],
      melder: [],
      saksinnhold: [],
    };
    const results = await Promise.allSettled(
      ['mona', 'frode'].map((who) => as(who, (a) => registerMelding(a, itemId, body, RULES))),
    );
    const answers = results.map((r) => (r.status === 'fulfilled' ? r.value.registrations : r.reason));
    expect(answers[0]).toEqual(answers[1]);
    const persons = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('person').select('id').where('given_name', '=', 'Samtidig').execute(),
    );
    expect(persons).toHaveLength(1);
  });

  it('registers all children or none: a refusal for the second child leaves no person, case or resolution', async () => {
    const itemId = await manualId('mona', manualBody('To søsken nevnt i samtalen.'));
    const counts = () =>
      t.database.withTenant(w.tenantId, async (trx) => {
        const { rows } = await sql<{
          p: number;
          s: number;
        }>`SELECT (SELECT count(*)::int FROM person) AS p, (SELECT count(*)::int FROM sak) AS s`.execute(trx);
        return rows[0];
      });
    const before = await counts();
    await expect(
      as('mona', (a) =>
        registerMelding(
          a,
          itemId,
          {
            children: [
              { newPerson: { givenName: 'Første', familyName: 'Søsken' }, unitId: w.units.a },
              { personId: caseOf(w, 'unassigned').childId, sakId: caseOf(w, 'otherUnit').id },
            ],
            melder: [],
            saksinnhold: [],
          },
          RULES,
        ),
      ),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const item = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('inbox_item').select('status').where('id', '=', itemId).executeTakeFirstOrThrow(),
    );
    expect(item.status).toBe('new');
  });

  it('shows reports of likely the same event: same child, within a week, similar words', async () => {
    const child = { name: 'Barn-unassigned Testesen', fodselsnummer: null, birthDate: null, address: null };
    const text = 'Naboen hørte høylytt krangling og et barn som gråt sent i går kveld i oppgangen.';
    const a = await manualId('mona', manualBody(text, { children: [child] }));
    const b = await manualId(
      'mona',
      manualBody(`${text} Hun ringte politiet.`, { children: [child], channel: 'e-post' }),
    );
    await manualId('mona', manualBody('Helt annen sak om skolemat.', { children: [child] }));
    const m = await as('mona', (x) => findMatches(x, b, RULES));
    expect(m.duplicates.map((d) => d.itemId)).toEqual([a]);
    expect(m.duplicates[0]?.similarity).toBeGreaterThan(0.5);
  });

  it('a retried manual registration, even concurrent, makes one item', async () => {
    const body = manualBody('Rektor ringte.');
    const results = await Promise.all([1, 2, 3].map(() => manual('mona', body)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('the app role cannot change what arrived, nor resolve an item twice', async () => {
    const itemId = (await manual('mona', manualBody('Lærer ringte.'))).id;
    const attempt = (q: ReturnType<typeof sql>) =>
      t.database
        .withTenant(w.tenantId, (trx) => q.execute(trx))
        .then(
          () => 'ok',
          (e: { code?: string }) => e.code,
        );
    expect(await attempt(sql`UPDATE inbox_item SET raw_content = '\\x00' WHERE id = ${itemId}`)).toBe(
      '42501',
    );
    expect(await attempt(sql`UPDATE inbox_item SET received_at = now() WHERE id = ${itemId}`)).toBe('42501');
    expect(await attempt(sql`DELETE FROM inbox_item WHERE id = ${itemId}`)).toBe('42501');
    await as('mona', (a) => recordNotMelding(a, itemId, 'Ikke en bekymring'));
    expect(
      await attempt(
        sql`UPDATE inbox_item SET status = 'new', resolved_at = NULL, resolved_by = NULL, not_melding_reason = NULL WHERE id = ${itemId}`,
      ),
    ).toBe('23001');
  });

  it('audit rows and refusals carry ids and field names, never the report or the child', async () => {
    const rows = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('audit_event').selectAll().execute(),
    );
    const text = JSON.stringify(rows);
    for (const canary of [
      fnr,
      'Barn Barnesen',
      'vold hjemme',
      'Navnesen',
      'Rektor ringte',
      'Ikke en bekymring',
    ]) {
      expect(text).not.toContain(canary);
    }
    expect(rows.filter((r) => r.object_type === 'inbox_item').length).toBeGreaterThan(5);
  });

  it('a receipt time later than now is refused, naming the field', async () => {
    await expect(
      manual('mona', {
        ...manualBody('x'),
        clientKey: randomUUID(),
        receivedAt: new Date(Date.now() + 86_400_000),
      }),
    ).rejects.toMatchObject({ details: [{ field: 'body.receivedAt' }] });
  });
});
