import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { auditVerify } from '../../cli/audit-verify.js';
import { getCase } from '../../modules/cases/get-case.js';
import { withStaffAccess } from '../access/gateway.js';
import { openPGlite } from '../db/database.js';
import { pendingAudit, recordAudit, sealAuditChains, SYSTEM_ACTOR, verifyAuditChain } from './audit.js';
import { startAuditSealer } from './audit-sealer.js';

/** Runs SQL as the database owner, the way an intruder with direct database access would. */
async function asOwner(
  t: TestDatabase,
  pglite: Awaited<ReturnType<typeof openPGlite>>['pglite'] | undefined,
  text: string,
) {
  if (t.engine === 'postgres') {
    const c = new pg.Client({ connectionString: t.adminUrl });
    await c.connect();
    await c.query(text);
    await c.end();
  } else {
    if (!pglite) throw new Error('no pglite');
    await pglite.exec(`RESET ROLE; ${text}; SET ROLE vern_app;`);
  }
}

describe('audit hash chain', () => {
  let t: TestDatabase;
  let w: World;
  let pglite: Awaited<ReturnType<typeof openPGlite>>['pglite'] | undefined;

  beforeEach(async () => {
    if (process.env.VERN_TEST_ENGINE === 'postgres') {
      t = await createTestDatabase();
    } else {
      const opened = await openPGlite({});
      pglite = opened.pglite;
      t = { database: opened.database, engine: 'pglite', close: () => opened.database.close() };
    }
    w = await buildWorld(t.database);
    await readCase(5);
    await sealAuditChains(t.database.db);
  });
  afterEach(async () => t?.close());

  const readCase = async (times: number) => {
    for (let i = 0; i < times; i++) {
      await withStaffAccess(t.database, actor(w, 'sara'), {}, (a) => getCase(a, caseOf(w, 'assigned').id));
    }
  };
  const seqs = async () =>
    (
      await t.database.withTenant(w.tenantId, (trx) =>
        trx.selectFrom('audit_event').select(['seq']).orderBy('occurred_at').execute(),
      )
    ).map((r) => (r.seq === null ? null : Number(r.seq)));
  const write = (action: string) => (trx: Parameters<Parameters<typeof t.database.withTenant>[1]>[0]) =>
    recordAudit(trx, SYSTEM_ACTOR(w.tenantId), { action, objectType: 'sak' });

  it('is intact after normal use', async () => {
    const report = await auditVerify(t.database);
    expect(report.ok).toBe(true);
    expect(report.lines.join('\n')).toMatch(/5 audit rows, chain intact/);
  });

  it('numbers rows 1..n per tenant and links each to the previous one', async () => {
    expect(await seqs()).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes rows pending and seals them later, continuing the chain', async () => {
    await readCase(3);
    expect(await seqs()).toEqual([1, 2, 3, 4, 5, null, null, null]);
    const before = await t.database.withTenant(w.tenantId, (trx) => verifyAuditChain(trx, w.tenantId));
    expect(before).toEqual({ rows: 5, pending: 3 });
    expect(await pendingAudit(t.database.db)).toMatchObject({ rows: 3 });
    expect(await sealAuditChains(t.database.db)).toBe(3);
    expect(await seqs()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await sealAuditChains(t.database.db)).toBe(0);
    const report = await auditVerify(t.database);
    expect(report.lines.join('\n')).toMatch(/8 audit rows, chain intact$/);
  });

  it('seals in batches without a gap between them', async () => {
    await readCase(5);
    const { rows } = await sql<{ n: number }>`SELECT vern_audit_seal(${w.tenantId}::uuid, 2) AS n`.execute(
      t.database.db,
    );
    expect(Number(rows[0]?.n)).toBe(2);
    expect(await seqs()).toEqual([1, 2, 3, 4, 5, 6, 7, null, null, null]);
    expect(await sealAuditChains(t.database.db, { batch: 2 })).toBe(3);
    expect((await auditVerify(t.database)).lines.join('\n')).toMatch(/10 audit rows, chain intact$/);
  });

  it('leaves no trace and no gap for a transaction that rolls back', async () => {
    await expect(
      t.database.withTenant(w.tenantId, async (trx) => {
        await write('list')(trx);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    await t.database.withTenant(w.tenantId, write('read'));
    await sealAuditChains(t.database.db);
    expect(await seqs()).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await auditVerify(t.database)).ok).toBe(true);
  });

  it('is sealed by the background sealer within moments, and on stop', async () => {
    const sealer = startAuditSealer(t.database.db, { error: () => {}, debug: () => {} }, { intervalMs: 20 });
    try {
      await readCase(2);
      await expect.poll(async () => (await pendingAudit(t.database.db)).rows, { timeout: 5000 }).toBe(0);
      await readCase(1);
    } finally {
      await sealer.stop();
    }
    expect(await seqs()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.skipIf(process.env.VERN_TEST_ENGINE !== 'postgres')(
    "never makes a request wait for another request's audit rows (PostgreSQL: PGlite has one connection)",
    async () => {
      // The first transaction writes an audit row and then waits for the second to commit its own.
      // Under a chain lock taken at insert (the design before migration 0015) the second would wait
      // for the first, which waits for the second: this test would hang and time out.
      let release: () => void = () => {};
      const secondDone = new Promise<void>((resolve) => (release = resolve));
      const first = t.database.withTenant(w.tenantId, async (trx) => {
        await write('read')(trx);
        const second = t.database.withTenant(w.tenantId, write('list')).then(release);
        await secondDone;
        // The second is committed; a seal now takes it and leaves the first (uncommitted) pending.
        expect(await sealAuditChains(t.database.db)).toBe(1);
        await second;
      });
      await first;
      expect(await sealAuditChains(t.database.db)).toBe(1);
      const actions = await t.database.withTenant(w.tenantId, (trx) =>
        trx.selectFrom('audit_event').select(['seq', 'action']).where('seq', '>', 5).orderBy('seq').execute(),
      );
      expect(actions.map((a) => [Number(a.seq), a.action])).toEqual([
        [6, 'list'],
        [7, 'read'],
      ]);
      expect((await auditVerify(t.database)).ok).toBe(true);
    },
    10_000,
  );

  it('cannot be changed or deleted by the app role', async () => {
    await expect(
      t.database.withTenant(w.tenantId, (trx) => sql`UPDATE audit_event SET action = 'x'`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.withTenant(w.tenantId, (trx) => sql`DELETE FROM audit_event`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.withTenant(w.tenantId, (trx) => sql`TRUNCATE audit_event`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      t.database.withTenant(w.tenantId, (trx) => sql`UPDATE audit_chain_head SET seq = 0`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
  });

  it.each([
    ['seq', '999'],
    ['prev_hash', "'\\x00'"],
    ['hash', "'\\x00'"],
    ['occurred_at', "'2000-01-01'"],
  ])('refuses a forged %s from the app role, writing nothing', async (column, value) => {
    await expect(
      t.database.withTenant(w.tenantId, (trx) =>
        sql
          .raw(
            `INSERT INTO audit_event (tenant_id, actor_kind, action, object_type, ${column})
             VALUES ('${w.tenantId}', 'system', 'forged', 'sak', ${value})`,
          )
          .execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await seqs()).toEqual([1, 2, 3, 4, 5]);
  });

  it('cannot be sealed out of turn by the app role', async () => {
    await readCase(1);
    await expect(
      t.database.withTenant(w.tenantId, (trx) =>
        sql`UPDATE audit_event SET seq = 6 WHERE seq IS NULL`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('names the first broken row when a row is edited directly in the database', async () => {
    await asOwner(
      t,
      pglite,
      `UPDATE audit_event SET action = 'list' WHERE tenant_id = '${w.tenantId}' AND seq = 3`,
    );
    const report = await auditVerify(t.database);
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toMatch(/BROKEN at seq 3 \(audit row [0-9a-f-]{36}\): hash mismatch/);
  });

  it('names the first broken row when a row is deleted', async () => {
    await asOwner(t, pglite, `DELETE FROM audit_event WHERE tenant_id = '${w.tenantId}' AND seq = 2`);
    const report = await auditVerify(t.database);
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toMatch(/BROKEN at seq 3 .*seq gap/);
  });

  it('detects a deleted tail through the chain head', async () => {
    await asOwner(t, pglite, `DELETE FROM audit_event WHERE tenant_id = '${w.tenantId}' AND seq = 5`);
    const report = await auditVerify(t.database);
    expect(report.ok).toBe(false);
    expect(report.lines.join('\n')).toMatch(/BROKEN at seq 5 .*tail missing/);
  });

  it('detects a row whose hash was recomputed but whose successor still links to the old hash', async () => {
    const where = `tenant_id = '${w.tenantId}' AND seq = 2`;
    await asOwner(
      t,
      pglite,
      `UPDATE audit_event SET action = 'list' WHERE ${where}; UPDATE audit_event a SET hash = vern_audit_hash(a) WHERE ${where}`,
    );
    const report = await auditVerify(t.database);
    expect(report.lines.join('\n')).toMatch(/BROKEN at seq 3 .*prev hash mismatch/);
  });
});
