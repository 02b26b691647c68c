import {
  addWeeks,
  codesValidOn,
  generateIdentityNumber,
  osloDate,
  SAKSINNHOLD,
  seededRandom,
} from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, type World } from '../../../test/support/world.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { recordStep } from '../case-process/record-step.js';
import { parseStep } from '../case-process/step-input.js';

/**
 * Every write path that can change a deadline (conclude, extend, reopen, add visit, reassign, a
 * corrected birth date) rewrites the case's deadline rows in the same transaction as the change.
 */
describe('deadline rows follow every change of a case', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let sakId = '';
  let version = 0;
  let childId = '';
  const today = osloDate(new Date());
  const saksinnhold = codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '';
  const hjemmel = { lov: 'BVL2021', kapittel: '5', paragraf: '1', ledd: [], bokstav: [], punktum: [] };

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app } = await buildTestApp(t));
    await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('vedtak_delegation')
        .values({
          tenant_id: w.tenantId,
          lov: 'BVL2021',
          kapittel: null,
          paragraf: null,
          role: 'barnevernleder',
          staff_user_id: null,
          granted_by: null,
        })
        .execute(),
    );
    const child = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('person')
        .values({
          tenant_id: w.tenantId,
          given_name: 'Frist',
          family_name: 'Barnesen',
          birth_date: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    childId = child.id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  async function call(who: string, method: 'POST' | 'PATCH', url: string, payload: object) {
    return app.inject({ method, url, headers: await sessionHeaders(t, w, who, method), payload });
  }

  async function step(command: Record<string, unknown>, who = 'berit', extra: object = {}) {
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

  async function rows() {
    return t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('deadline')
        .select(['id', 'item_id', 'rule_id', 'due_date', 'status', 'owner_id', 'unit_id', 'explanation'])
        .where('sak_id', '=', sakId)
        .orderBy('item_id')
        .execute(),
    );
  }
  const byRule = async (rule: string) => (await rows()).filter((r) => r.rule_id === rule);

  it('keeps the rows in step through conclude, extend, visits, reassignment and reopening', async () => {
    const receivedAt = new Date();
    const created = await call('sara', 'POST', '/api/cases', {
      childPersonId: childId,
      melding: { receivedAt: receivedAt.toISOString(), channel: 'telefon', content: 'Bekymring.' },
      melder: [{ kode: '11' }],
      saksinnhold: [{ kode: saksinnhold }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ sakId: string; version: number; command: { meldingId: string } }>();
    sakId = c.sakId;
    version = c.version;
    const [review] = await byRule('melding-gjennomgang');
    expect(review).toMatchObject({
      status: 'open',
      due_date: addWeeks(osloDate(receivedAt), 1),
      owner_id: actor(w, 'sara').staffUserId,
      unit_id: w.units.a,
    });

    // A step whose transaction fails after the rows were rewritten leaves the rows as they were.
    const before = await rows();
    await expect(
      withStaffAccess(t.database, actor(w, 'sara'), {}, async (access) => {
        await recordStep(access, sakId, {
          expectedVersion: version,
          command: parseStep({ type: 'open-undersokelse', dato: today, meldingId: c.command.meldingId }),
        });
        const inside = await access.trx
          .selectFrom('deadline')
          .select('rule_id')
          .where('sak_id', '=', sakId)
          .execute();
        expect(inside.map((r) => r.rule_id)).toContain('undersokelse-konklusjon');
        throw new Error('the step fails after its deadlines were written');
      }),
    ).rejects.toThrow('the step fails after');
    expect(await rows()).toEqual(before);

    // Conclude the review: the melding deadline is met and the undersøkelse's starts to run.
    const u = (await step({ type: 'open-undersokelse', meldingId: c.command.meldingId })).undersokelseId;
    expect((await byRule('melding-gjennomgang'))[0]?.status).toBe('met');
    const [running] = await byRule('undersokelse-konklusjon');
    expect(running?.status).toBe('open');
    expect((await rows()).find((r) => r.item_id === review?.item_id)?.id).toBe(review?.id);

    // Extend: the same row, a later due day.
    await step({ type: 'extend-undersokelse', undersokelseId: u, innvilget: '1' });
    const [extended] = await byRule('undersokelse-konklusjon');
    expect(extended?.id).toBe(running?.id);
    expect(extended && running && extended.due_date > running.due_date).toBe(true);

    // Conclude (after its plan): met.
    const plan = (await step({ type: 'add-plan', plantype: '7', fra: { type: 'Undersokelse', id: u } }))
      .planId;
    await step({
      type: 'conclude-undersokelse',
      undersokelseId: u,
      kode: '1',
      vedtaksgrunnlag: [{ kode: saksinnhold }],
      barnetsMedvirkning: { startDato: today, medvirkningType: '1.1' },
    });
    expect((await byRule('undersokelse-konklusjon'))[0]?.status).toBe('met');

    // A placement with follow-up visits; a visit done changes what remains.
    const v = (await step({ type: 'decide-vedtak', lovhjemmel: hjemmel, jmfrLovhjemmel: [], status: '2' }))
      .vedtakId;
    await step({ type: 'change-vedtak-status', vedtakId: v, kode: '1' });
    const placement = (
      await step({
        type: 'start-tiltak',
        vedtakId: v,
        kategori: { kode: '2.2' },
        tiltaksgrunnlag: [{ kode: saksinnhold }],
        oppfolging: { hyppighet: [{ id: 'h2', startDato: today, kode: '4' }], utfort: [] },
      })
    ).tiltakId;
    const [visits] = await byRule('oppfolgingsbesok');
    expect(visits?.status).toBe('open');
    await step({ type: 'record-visit', tiltakId: placement, besok: 'oppfolging' });
    const [afterVisit] = await byRule('oppfolgingsbesok');
    expect(afterVisit?.id).toBe(visits?.id);
    expect(afterVisit?.explanation).not.toBe(visits?.explanation);

    // Reassign: every row moves with the case to the new caseworker.
    const siv = actor(w, 'siv').staffUserId;
    const moved = await call('frode', 'POST', `/api/cases/${sakId}/assign`, {
      unitId: w.units.a,
      caseworkerId: siv,
    });
    expect(moved.statusCode, moved.body).toBe(204);
    const all = await rows();
    expect(all.length).toBeGreaterThan(2);
    expect(new Set(all.map((r) => r.owner_id))).toEqual(new Set([siv]));

    // Siv falls ill; her leader moves the case back in bulk: the rows follow, siv stays a co-worker.
    const absence = await call('siv', 'POST', `/api/staff/${siv}/absences`, {
      kind: 'sick_leave',
      startsOn: today,
      expectedEndOn: null,
    });
    expect(absence.statusCode, absence.body).toBe(201);
    const sara = actor(w, 'sara').staffUserId;
    const back = await call(
      'frode',
      'POST',
      `/api/absences/${absence.json<{ id: string }>().id}/redistribute`,
      {
        moves: [{ sakId, caseworkerId: sara }],
      },
    );
    expect(back.statusCode, back.body).toBe(200);
    expect(new Set((await rows()).map((r) => r.owner_id))).toEqual(new Set([sara]));
    const team = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('case_co_worker').select('staff_user_id').where('sak_id', '=', sakId).execute(),
    );
    expect(team.map((r) => r.staff_user_id)).toContain(siv);

    // Close and reopen: a new melding brings a new open review deadline.
    await step({ type: 'end-tiltak', tiltakId: placement, opphevelse: { kode: '1' } });
    await step({ type: 'change-vedtak-status', vedtakId: v, kode: '4' });
    await step({ type: 'end-plan', planId: plan });
    await step({ type: 'close-sak' });
    expect((await rows()).filter((r) => r.status === 'open')).toEqual([]);
    await step(
      { type: 'reopen-sak', melder: [{ kode: '23' }], saksinnhold: [{ kode: saksinnhold }] },
      'berit',
      {
        melding: { receivedAt: new Date().toISOString(), channel: 'sms', content: 'Ny bekymring.' },
      },
    );
    const reviews = await byRule('melding-gjennomgang');
    expect(reviews.map((r) => r.status).sort()).toEqual(['met', 'open']);
  });

  it('a corrected birth date (a new fødselsnummer) moves the ettervern deadline in the same change', async () => {
    const child = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .insertInto('person')
        .values({
          tenant_id: w.tenantId,
          given_name: 'Etter',
          family_name: 'Vernesen',
          birth_date: '2015-05-05',
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    const created = await call('berit', 'POST', '/api/cases', {
      childPersonId: child.id,
      melding: { receivedAt: new Date().toISOString(), channel: 'telefon', content: 'Bekymring.' },
      melder: [{ kode: '11' }],
      saksinnhold: [{ kode: saksinnhold }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ sakId: string; version: number; command: { meldingId: string } }>();
    sakId = c.sakId;
    version = c.version;
    const u = (await step({ type: 'open-undersokelse', meldingId: c.command.meldingId })).undersokelseId;
    await step({ type: 'add-plan', plantype: '7', fra: { type: 'Undersokelse', id: u } });
    await step({
      type: 'conclude-undersokelse',
      undersokelseId: u,
      kode: '1',
      vedtaksgrunnlag: [{ kode: saksinnhold }],
      barnetsMedvirkning: { startDato: today, medvirkningType: '1.1' },
    });
    const v = (
      await step({
        type: 'decide-vedtak',
        lovhjemmel: { ...hjemmel, kapittel: '3' },
        jmfrLovhjemmel: [],
        status: '1',
        undersokelseId: u,
      })
    ).vedtakId;
    await step({
      type: 'start-tiltak',
      vedtakId: v,
      kategori: { kode: '3.2' },
      tiltaksgrunnlag: [{ kode: saksinnhold }],
    });
    expect((await byRule('ettervern-tilbud'))[0]?.due_date).toBe('2033-05-04');

    const fodselsnummer = generateIdentityNumber('2014-02-03', 'female', 'fodselsnummer', seededRandom(11), {
      synthetic: 'skatteetaten',
    });
    const patch = await call('berit', 'PATCH', `/api/persons/${child.id}`, { fodselsnummer });
    expect(patch.statusCode, patch.body).toBe(200);
    expect((await byRule('ettervern-tilbud'))[0]?.due_date).toBe('2032-02-02');
  });
});
