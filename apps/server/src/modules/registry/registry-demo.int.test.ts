import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.js';
import { testConfig } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { DEMO_TENANT } from '../tenancy/demo-tenant.js';
import { seedDemo } from '../tenancy/seed-demo.js';
import { runExport, type RunExportInput } from './run-export.js';
import { schemaCheckAvailable } from './xml-validation.js';

const schema = testConfig().registry;
const check = schemaCheckAvailable(schema);
if (!check.available) console.warn(`skipping the demo export test: ${check.reason}`);

/**
 * The demo service (seedDemo: a few hundred generated children in every phase of the case
 * process) exported as the CLI does: every file of the total export and of a change export after
 * edits validates with xmllint, and the controls find no FATAL or ERROR in the demo's data.
 */
describe.skipIf(!check.available)('the registry export of the demo service', () => {
  let t: TestDatabase;
  let out: string;
  const tenantId = DEMO_TENANT.id;
  const input = (extra: Partial<RunExportInput>): RunExportInput => ({
    tenantId,
    kind: 'total',
    via: 'cli',
    auditActor: SYSTEM_ACTOR(tenantId),
    requestId: null,
    now: new Date(),
    schema,
    target: { kind: 'folder', dir: out },
    allowSyntheticNumbers: true,
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.database);
    out = await mkdtemp(path.join(tmpdir(), 'vern-demo-export-'));
  });
  afterAll(async () => {
    await t?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('a total export: one valid file per case with steps, no FATAL or ERROR findings', async () => {
    const cases = await t.database.withTenant(tenantId, (trx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM sak WHERE history IS NOT NULL`.execute(trx),
    );
    const result = await runExport(
      t.database,
      input({ target: { kind: 'folder', dir: path.join(out, 'total') } }),
    );
    expect(result.problems.filter((p) => p.element !== 'Avgiver')).toEqual([]);
    expect(result).toMatchObject({ status: 'ready', validation: 'passed' });
    expect(result.fileCount).toBe(cases.rows[0]?.n);
    expect(result.fileCount).toBeGreaterThanOrEqual(10);
    expect(result.findingCounts.FATAL ?? 0).toBe(0);
    expect(result.findingCounts.ERROR ?? 0).toBe(0);
    expect(await readdir(path.join(out, 'total'))).toHaveLength(result.fileCount);
  });

  it('a change export after edits: only the edited children, each with ForrigeId, all valid', async () => {
    const children = await t.database.withTenant(tenantId, (trx) =>
      trx
        .selectFrom('sak')
        .select(['id', 'child_person_id'])
        .where('history', 'is not', null)
        .orderBy('id')
        .limit(2)
        .execute(),
    );
    await t.database.withTenant(tenantId, async (trx) => {
      for (const [i, c] of children.entries())
        await trx
          .updateTable('person')
          .set({ duf_nummer: `20230000000${i}` })
          .where('id', '=', c.child_person_id)
          .execute();
    });
    const dir = path.join(out, 'changes');
    const result = await runExport(t.database, input({ kind: 'changes', target: { kind: 'folder', dir } }));
    expect(result).toMatchObject({ status: 'ready', validation: 'passed', fileCount: 2 });
    expect((await readdir(dir)).sort()).toEqual(children.map((c) => `${c.id}.xml`).sort());
    for (const c of children) {
      const xml = await readFile(path.join(dir, `${c.id}.xml`), 'utf8');
      expect(xml).toMatch(/ForrigeId="[0-9a-f-]{36}"/);
      expect(xml).toMatch(/DUFnummer="20230000000\d"/);
    }
  });
});
