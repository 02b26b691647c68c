import {
  addWeeks,
  codesValidOn,
  generateIdentityNumber,
  osloDate,
  SAKSINNHOLD,
  seededRandom,
  type CaseHistory,
} from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, type World } from '../../../test/support/world.js';

/**
 * One case walked through every step the API offers (all 20 step types), with an illegal step
 * tried at each stage: refused with a code and a Norwegian message, and nothing changed by it.
 */
describe('the case process through the API', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let sakId = '';
  let version = 0;
  const today = osloDate(new Date());
  const saksinnhold = codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '';
  const hjemmel = (kapittel: string, paragraf: string) => ({
    lov: 'BVL2021',
    kapittel,
    paragraf,
    ledd: [],
    bokstav: [],
    punktum: [],
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    await t.database.withTenant(w.tenantId, async (trx) => {
      await trx
        .insertInto('vedtak_delegation')
        .values([
          {
            tenant_id: w.tenantId,
            lov: 'BVL2021',
            kapittel: null,
            paragraf: null,
            role: 'barnevernleder',
            staff_user_id: null,
            granted_by: null,
          },
          {
            tenant_id: w.tenantId,
            lov: 'BVL2021',
            kapittel: '3',
            paragraf: null,
            role: 'fagleder',
            staff_user_id: null,
            granted_by: null,
          },
        ])
        .execute();
    });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  async function call(who: string, method: 'GET' | 'POST', url: string, payload?: object) {
    const headers = await sessionHeaders(t, w, who, method);
    return app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  }

  async function step(command: Record<string, unknown>, who = 'sara', extra: object = {}) {
    const res = await call(who, 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version,
      command: { dato: today, ...command },
      ...extra,
    });
    if (res.statusCode !== 201) throw new Error(`${String(command.type)}: ${res.statusCode} ${res.body}`);
    const body = res.json<{ version: number; command: Record<string, string> }>();
    version = body.version;
    return body.command;
  }

  /** Tries a step that must be refused; checks status, code and that the case did not change. */
  async function refused(command: Record<string, unknown>, status: number, code: string, who = 'sara') {
    const before = await caseView();
    const res = await call(who, 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version,
      command: { dato: today, ...command },
    });
    expect(res.statusCode, res.body).toBe(status);
    const error = res.json<{
      error: { code: string; message: string; details?: { code?: string; field: string; reason: string }[] };
    }>().error;
    expect([error.code, ...(error.details ?? []).map((d) => d.code)], res.body).toContain(code);
    expect(error.message.length).toBeGreaterThan(5);
    const after = await caseView();
    expect(after.process.version).toBe(before.process.version);
    expect(after.process.history).toEqual(before.process.history);
    return error;
  }

  async function caseView() {
    const res = await call('sara', 'GET', `/api/cases/${sakId}`);
    expect(res.statusCode).toBe(200);
    return res.json<{
      status: string;
      process: {
        version: number;
        history: CaseHistory;
        events: { type: string; actorName: string }[];
        meldinger: { content: string }[];
        findings: { severity: string; controlId: string }[];
        journalnummer: string;
      };
    }>();
  }

  it('walks one case from the first melding to closing and reopening', async () => {
    const birth = `${Number(today.slice(0, 4)) - 17}-01-15`;
    const child = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('person')
        .values({
          tenant_id: w.tenantId,
          given_name: 'Ola',
          family_name: 'Prosessen',
          birth_date: birth,
          kjonn: '1',
          fodselsnummer: generateIdentityNumber(birth, 'male', 'fodselsnummer', seededRandom(7), {
            synthetic: 'skatteetaten',
          }),
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );

    // 1. The melding opens the case.
    const created = await call('sara', 'POST', '/api/cases', {
      childPersonId: child.id,
      melding: {
        receivedAt: new Date().toISOString(),
        channel: 'telefon',
        content: 'Skolen ringer om fravær.',
        melderName: 'Rektor',
      },
      melder: [{ kode: '11' }],
      saksinnhold: [{ kode: saksinnhold }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{
      sakId: string;
      journalnummer: string;
      version: number;
      command: { meldingId: string };
    }>();
    sakId = c.sakId;
    version = c.version;
    expect(c.journalnummer).toMatch(new RegExp(`^${today.slice(0, 4)}/\\d+$`));
    const m1 = c.command.meldingId;

    // The case view carries the case's deadlines computed today: here the one-week review (§ 2-1).
    const opened = await call('sara', 'GET', `/api/cases/${sakId}`);
    expect(opened.json<{ deadlines: object[] }>().deadlines).toEqual([
      expect.objectContaining({
        ruleId: 'melding-gjennomgang',
        elementId: m1,
        legalReference: 'barnevernsloven § 2-1',
        status: 'open',
        dueDate: addWeeks(today, 1),
        explanation: expect.stringContaining('senest innen én uke'),
      }),
    ]);

    // A second case for the same child is refused.
    const again = await call('sara', 'POST', '/api/cases', {
      childPersonId: child.id,
      melding: { receivedAt: new Date().toISOString(), channel: 'brev', content: 'x' },
    });
    expect(again.statusCode).toBe(409);

    await refused({ type: 'conclude-undersokelse', undersokelseId: 'nope', kode: '3' }, 422, 'NOT_FOUND');
    await refused({ type: 'close-sak' }, 422, 'OPEN_ELEMENT');
    const future = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    await refused({ type: 'open-undersokelse', meldingId: m1, dato: future }, 422, 'DATE_IN_FUTURE');

    // 2. A second melding, concluded henlagt; 3. the first opens an undersøkelse.
    const m2 = (
      await step(
        { type: 'receive-melding', melder: [{ kode: '2' }], saksinnhold: [{ kode: saksinnhold }] },
        'sara',
        {
          melding: { receivedAt: new Date().toISOString(), channel: 'e-post', content: 'Mor ber om hjelp.' },
        },
      )
    ).meldingId;
    await step({ type: 'conclude-melding', meldingId: m2, kode: '10' });
    const u = (await step({ type: 'open-undersokelse', meldingId: m1 })).undersokelseId;
    await refused({ type: 'open-undersokelse', meldingId: m1 }, 422, 'ALREADY_CONCLUDED');
    await step({ type: 'add-plan', plantype: '7', fra: { type: 'Undersokelse', id: u } });
    await step({ type: 'extend-undersokelse', undersokelseId: u, innvilget: '1' });
    await step({
      type: 'conclude-undersokelse',
      undersokelseId: u,
      kode: '1',
      vedtaksgrunnlag: [{ kode: saksinnhold }],
      barnetsMedvirkning: { startDato: today, medvirkningType: '1.1' },
    });

    // The caseworker has no authority to decide: refused, then proposed and decided by the leader.
    const vedtak = { lovhjemmel: hjemmel('3', '1'), jmfrLovhjemmel: [], status: '1', undersokelseId: u };
    await refused({ type: 'decide-vedtak', ...vedtak }, 403, 'NO_DELEGATION');
    const proposed = await call('sara', 'POST', `/api/cases/${sakId}/vedtak-proposals`, {
      command: { dato: today, ...vedtak },
      begrunnelse: 'Familien trenger veiledning.',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const pid = proposed.json<{ id: string }>().id;
    const bySara = await call('sara', 'POST', `/api/cases/${sakId}/vedtak-proposals/${pid}/decide`, {
      expectedVersion: version,
    });
    expect(bySara.statusCode).toBe(403);
    const decided = await call('frode', 'POST', `/api/cases/${sakId}/vedtak-proposals/${pid}/decide`, {
      expectedVersion: version,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    version = decided.json<{ version: number }>().version;
    const v = decided.json<{ command: { vedtakId: string } }>().command.vedtakId;
    const again2 = await call('frode', 'POST', `/api/cases/${sakId}/vedtak-proposals/${pid}/decide`, {
      expectedVersion: version,
    });
    expect(again2.statusCode).toBe(409);

    // 4. Tiltak with its plan, evaluated; a krav; ended.
    await refused({ type: 'start-tiltak', vedtakId: 'nope', kategori: { kode: '3.2' } }, 422, 'NOT_FOUND');
    const tiltak = (
      await step({
        type: 'start-tiltak',
        vedtakId: v,
        kategori: { kode: '3.2' },
        tiltaksgrunnlag: [{ kode: saksinnhold }],
      })
    ).tiltakId;
    const plan = (await step({ type: 'add-plan', plantype: '1', fra: { type: 'Tiltak', id: tiltak } }))
      .planId;
    await step({ type: 'evaluate-plan', planId: plan });
    const krav = (await step({ type: 'receive-krav', vedtakId: v })).kravId;
    await step({ type: 'conclude-krav', vedtakId: v, kravId: krav, kode: '2' });
    await step({ type: 'end-tiltak', tiltakId: tiltak, opphevelse: { kode: '1' } });
    await step({ type: 'end-plan', planId: plan });
    await step({ type: 'change-vedtak-status', vedtakId: v, kode: '4' });

    // 5. A care order through the board (§ 5-1): sent, decided, a placement with visits and a move.
    const v2cmd = await step(
      { type: 'decide-vedtak', lovhjemmel: hjemmel('5', '1'), jmfrLovhjemmel: [], status: '2' },
      'berit',
    );
    await step({ type: 'change-vedtak-status', vedtakId: v2cmd.vedtakId, kode: '1' }, 'berit');
    const followUp = { hyppighet: [{ id: 'h1', startDato: today, kode: '4' }], utfort: [] };
    const placement = (
      await step({
        type: 'start-tiltak',
        vedtakId: v2cmd.vedtakId,
        kategori: { kode: '2.2' },
        tiltaksgrunnlag: [{ kode: saksinnhold }],
        tilsyn: { ansvarlig: [{ id: 'a1', startDato: today, kommunenummer: '0301' }], ...followUp },
        oppfolging: { hyppighet: [{ id: 'h2', startDato: today, kode: '4' }], utfort: [] },
      })
    ).tiltakId;
    await step({ type: 'add-plan', plantype: '4', fra: { type: 'Vedtak', id: v2cmd.vedtakId } });
    await step({ type: 'record-visit', tiltakId: placement, besok: 'tilsyn' });
    await step({ type: 'record-visit', tiltakId: placement, besok: 'oppfolging' });
    await step({ type: 'register-flytting', arsakFra: { kode: '2.1' }, flyttingTil: { kode: '6' } });

    // 6. Ettervern offered and concluded, everything ended, the case closed.
    const e = (await step({ type: 'offer-ettervern' })).ettervernId;
    await step({ type: 'conclude-ettervern', ettervernId: e, kode: '2' });
    const view = await caseView();
    for (const p of view.process.history.planer.filter((x) => !x.konklusjon))
      await step({ type: 'end-plan', planId: p.id });
    await step({ type: 'end-tiltak', tiltakId: placement, opphevelse: { kode: '1' } });
    await step({ type: 'change-vedtak-status', vedtakId: v2cmd.vedtakId, kode: '4' });
    await step({ type: 'close-sak' });
    expect((await caseView()).status).toBe('closed');
    await refused({ type: 'offer-ettervern' }, 422, 'SAK_CLOSED');

    // 7. A new melding reopens it.
    await step(
      { type: 'reopen-sak', melder: [{ kode: '23' }], saksinnhold: [{ kode: saksinnhold }] },
      'sara',
      {
        melding: {
          receivedAt: new Date().toISOString(),
          channel: 'sms',
          content: 'Ny bekymring.',
          anonymous: true,
        },
      },
    );
    const final = await caseView();
    expect(final.status).toBe('open');
    const types = new Set(final.process.events.map((x) => x.type));
    expect(types.size).toBe(20);
    expect(final.process.events.length).toBe(final.process.version);
    expect(final.process.meldinger.map((m) => m.content)).toEqual([
      'Skolen ringer om fravær.',
      'Mor ber om hjelp.',
      'Ny bekymring.',
    ]);
    expect(final.process.findings.filter((f) => f.severity === 'FATAL')).toEqual([]);
  });

  it('refuses a stale version, an unknown step and ids the server gives, changing nothing', async () => {
    const stale = await call('sara', 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version - 1,
      command: { type: 'close-sak', dato: today },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0].code).toBe('STALE_VERSION');
    const unknown = await call('sara', 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version,
      command: { type: 'fly-away' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('command.type');
    const givenId = await call('sara', 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version,
      command: { type: 'offer-ettervern', dato: today, ettervernId: 'mine' },
    });
    expect(givenId.statusCode).toBe(400);
    expect(givenId.json().error.details[0].field).toBe('command.ettervernId');
    const badCode = await call('sara', 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version,
      command: {
        type: 'register-flytting',
        dato: today,
        arsakFra: { kode: '99' },
        flyttingTil: { kode: '6' },
      },
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.details[0].field).toBe('command.arsakFra.kode');
    const noDetail = await call('sara', 'POST', `/api/cases/${sakId}/steps`, {
      expectedVersion: version,
      command: { type: 'receive-melding', dato: today },
    });
    expect(noDetail.statusCode).toBe(400);
    const { rows } = await t.database.withTenant(w.tenantId, (trx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM case_event WHERE sak_id = ${sakId}`.execute(trx),
    );
    expect(rows[0]?.n).toBe(version);
  });

  it('takes concurrent steps one at a time: one wins, the other is told the case changed', async () => {
    const results = await Promise.all(
      ['sara', 'frode'].map((who) =>
        call(who, 'POST', `/api/cases/${sakId}/steps`, {
          expectedVersion: version,
          command: { type: 'offer-ettervern', dato: today },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    version += 1;
    expect(actor(w, 'sara').roles).toContain('saksbehandler');
  });
});

describe('the registry findings of a case', () => {
  it('are remembered per version, day and personalia, and computed again when one changes', async () => {
    const t = await createTestDatabase();
    try {
      const w = await buildWorld(t.database);
      const { app } = await buildTestApp(t);
      const sakId = w.cases['assigned']?.id ?? '';
      const open = async () => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/cases/${sakId}`,
          headers: await sessionHeaders(t, w, 'sara'),
        });
        return res.json<{ process: { findings: { controlId: string }[] } }>().process.findings;
      };
      const first = await open();
      expect(first.map((f) => f.controlId)).toContain('personalia-11'); // no identity number yet
      const planted = [{ controlId: 'planted', severity: 'INFO', message: 'x', field: 'sak' }];
      await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .updateTable('sak')
          .set({ findings: JSON.stringify(planted) })
          .where('id', '=', sakId)
          .execute(),
      );
      expect((await open()).map((f) => f.controlId)).toEqual(['planted']);
      await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .updateTable('person')
          .set({
            fodselsnummer: generateIdentityNumber('2015-03-04', 'female', 'fodselsnummer', seededRandom(3), {
              synthetic: 'skatteetaten',
            }),
            kjonn: '2',
          })
          .where('id', '=', w.cases['assigned']?.childId ?? '')
          .execute(),
      );
      const after = (await open()).map((f) => f.controlId);
      expect(after).not.toContain('planted');
      expect(after).not.toContain('personalia-11');
      await app.close();
    } finally {
      await t.close();
    }
  });
});
