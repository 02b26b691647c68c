import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { auditVerify } from '../../cli/audit-verify.js';
import { getCase } from '../../modules/cases/get-case.js';
import { withStaffAccess } from '../access/gateway.js';
import { openPGlite } from '../db/database.js';

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
    for (let i = 0; i < 5; i++) {
      await withStaffAccess(t.database, actor(w, 'sara'), {}, (a) => getCase(a, caseOf(w, 'assigned').id));
    }
  });
  afterEach(async () => t?.close());

  it('is intact after normal use', async () => {
    const report = await auditVerify(t.database);
    expect(report.ok).toBe(true);
    expect(report.lines.join('\n')).toMatch(/5 audit rows, chain intact/);
  });

  it('numbers rows 1..n per tenant and links each to the previous one', async () => {
    const rows = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('audit_event').select(['seq']).orderBy('seq').execute(),
    );
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
  });

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

  it('ignores forged seq and hash values: the trigger sets them', async () => {
    await t.database.withTenant(w.tenantId, (trx) =>
      sql`INSERT INTO audit_event (tenant_id, seq, actor_kind, action, object_type, prev_hash, hash, occurred_at)
          VALUES (${w.tenantId}, 999, 'system', 'forged', 'sak', '\\x00', '\\x00', '2000-01-01')`.execute(
        trx,
      ),
    );
    const report = await auditVerify(t.database);
    expect(report.ok).toBe(true);
    const last = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['seq', 'occurred_at'])
        .where('action', '=', 'forged')
        .executeTakeFirstOrThrow(),
    );
    expect(Number(last.seq)).toBe(6);
    expect(last.occurred_at.getFullYear()).toBeGreaterThan(2000);
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
