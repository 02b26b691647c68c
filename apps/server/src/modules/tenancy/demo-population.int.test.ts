import {
  applyCommand,
  CaseCommand,
  CaseHistory,
  createCaseHistory,
  mayDecideVedtak,
  osloDate,
  StaffRole,
  type VedtakDelegation,
} from '@vern/domain';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { DEMO_CHILDREN } from './demo-cases.js';
import { PHASES } from './demo-case-steps.js';
import { generateDemoPopulation } from './demo-population.js';
import { DEMO_POPULATION, DEMO_SEED, seedDemo } from './seed-demo.js';
import { DEMO_TENANT } from './demo-tenant.js';

// A fixed seeding moment, so the test sees the same population on every run.
const NOW = new Date('2026-11-24T10:00:00Z');
const TODAY = osloDate(NOW);

describe('the demo population in the database', () => {
  let t: TestDatabase;
  let seconds = 0;
  beforeAll(async () => {
    t = await createTestDatabase();
    const started = performance.now();
    expect((await seedDemo(t.database, { now: NOW })).seeded).toBe(true);
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(() => t.close());

  const inTenant = <T>(fn: (trx: Transaction<DB>) => Promise<T>) => t.database.withTenant(DEMO_TENANT.id, fn);

  it('seeds quickly and only once', async () => {
    expect(seconds).toBeLessThan(20);
    expect((await seedDemo(t.database, { now: NOW })).seeded).toBe(false);
  });

  it('stores every case so that replaying its steps gives the stored history', async () => {
    const { saks, events } = await inTenant(async (trx) => ({
      saks: await trx
        .selectFrom('sak')
        .select(['id', 'journalnummer', 'start_date', 'end_date', 'status', 'version', 'history'])
        .where('history', 'is not', null)
        .execute(),
      events: await trx
        .selectFrom('case_event')
        .select(['sak_id', 'seq', 'command'])
        .orderBy('seq')
        .execute(),
    }));
    expect(saks).toHaveLength(DEMO_POPULATION);
    const bySak = new Map<string, typeof events>();
    for (const e of events) bySak.set(e.sak_id, [...(bySak.get(e.sak_id) ?? []), e]);
    for (const sak of saks) {
      const steps = bySak.get(sak.id) ?? [];
      expect(steps.map((e) => e.seq)).toEqual(steps.map((_, i) => i + 1));
      expect(sak.version).toBe(steps.length);
      let history = createCaseHistory({
        sakId: sak.id,
        journalnummer: sak.journalnummer,
        startDato: sak.start_date,
      });
      for (const e of steps) {
        const result = applyCommand(history, CaseCommand.parse(e.command), TODAY);
        if (!result.ok) throw new Error(`${sak.id} step ${e.seq}: ${JSON.stringify(result.errors)}`);
        history = result.history;
      }
      expect(CaseHistory.parse(sak.history)).toEqual(history);
      expect(sak.status).toBe(history.sak.sluttDato === undefined ? 'open' : 'closed');
      expect(sak.end_date).toBe(history.sak.sluttDato ?? null);
      expect(sak.journalnummer.startsWith(sak.start_date.slice(0, 4))).toBe(true);
    }
  });

  it('gives each melding its details and each decided vedtak a proposal decided with delegated authority', async () => {
    const rows = await inTenant(async (trx) => ({
      meldinger: await trx
        .selectFrom('case_event')
        .select(['sak_id', 'command'])
        .where('type', 'in', ['receive-melding', 'reopen-sak'])
        .execute(),
      details: await trx
        .selectFrom('melding_detail')
        .select(['sak_id', 'melding_id', 'received_at'])
        .execute(),
      vedtak: await trx
        .selectFrom('case_event')
        .select(['sak_id', 'seq', 'actor_id', 'command'])
        .where('type', '=', 'decide-vedtak')
        .execute(),
      proposals: await trx.selectFrom('vedtak_proposal').selectAll().execute(),
      delegations: await trx
        .selectFrom('vedtak_delegation')
        .select(['lov', 'kapittel', 'paragraf', 'role', 'staff_user_id'])
        .execute(),
      roles: await trx.selectFrom('staff_role').select(['staff_user_id', 'role']).execute(),
    }));
    const delegations: VedtakDelegation[] = rows.delegations.map((d) => ({
      lov: d.lov,
      kapittel: d.kapittel,
      paragraf: d.paragraf,
      role: d.role === null ? null : StaffRole.parse(d.role),
      staffUserId: d.staff_user_id,
    }));
    expect(rows.details).toHaveLength(rows.meldinger.length);
    for (const d of rows.details) expect(osloDate(d.received_at) <= TODAY).toBe(true);
    expect(rows.proposals).toHaveLength(rows.vedtak.length);
    const rolesOf = (id: string) =>
      rows.roles.filter((r) => r.staff_user_id === id).map((r) => StaffRole.parse(r.role));
    for (const p of rows.proposals) {
      const event = rows.vedtak.find((v) => v.sak_id === p.sak_id && v.seq === p.event_seq);
      expect(event?.actor_id).toBe(p.decided_by);
      expect(p.status).toBe('decided');
      expect(rolesOf(p.proposed_by)).toEqual(['saksbehandler']);
      const command = CaseCommand.parse(p.command);
      if (command.type !== 'decide-vedtak' || !p.decided_by) throw new Error('not a decided vedtak');
      const actor = { staffUserId: p.decided_by, roles: rolesOf(p.decided_by) };
      expect(mayDecideVedtak(actor, delegations, command.lovhjemmel)).toBe(true);
    }
    const saksbehandler = rows.roles.find((r) => r.role === 'saksbehandler')?.staff_user_id ?? '';
    const hjelpetiltak = { lov: 'BVL2021', kapittel: '3', paragraf: '1' } as const;
    expect(
      mayDecideVedtak({ staffUserId: saksbehandler, roles: ['saksbehandler'] }, delegations, hjelpetiltak),
    ).toBe(false);
  });

  it('relates each child to its parents and keeps the hand-made access demo cases first in lists', async () => {
    const { relations, newest } = await inTenant(async (trx) => ({
      relations: await trx.selectFrom('person_relation').select(['kind']).execute(),
      newest: await trx
        .selectFrom('sak')
        .innerJoin('person', 'person.id', 'sak.child_person_id')
        .select('person.given_name')
        .orderBy('sak.created_at', 'desc')
        .limit(DEMO_CHILDREN.length)
        .execute(),
    }));
    expect(relations.filter((r) => r.kind === 'mor')).toHaveLength(DEMO_POPULATION);
    expect(relations.some((r) => r.kind === 'far')).toBe(true);
    expect(newest.map((n) => n.given_name).sort()).toEqual(DEMO_CHILDREN.map((c) => c.given).sort());
  });

  it('writes what the generator made: the same seed gives the same ids and numbers', async () => {
    const expected = generateDemoPopulation({ seed: DEMO_SEED, count: DEMO_POPULATION, today: TODAY });
    expect(new Set(expected.map((c) => c.phase))).toEqual(new Set(PHASES));
    const stored = await inTenant((trx) =>
      trx
        .selectFrom('sak')
        .innerJoin('person', 'person.id', 'sak.child_person_id')
        .select(['sak.id', 'person.fodselsnummer'])
        .execute(),
    );
    const byId = new Map(stored.map((s) => [s.id, s.fodselsnummer]));
    for (const c of expected) expect(byId.get(c.sakId)).toBe(c.child.fodselsnummer);
  });
});
