import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPGlite } from '../../platform/db/database.js';
import { testConfig } from '../../../test/support/test-app.js';
import { testEngine } from '../../../test/support/test-db.js';
import { startServer } from '../../server.js';
import { DEMO_COLLEAGUES, DEMO_STAFF, DEMO_TENANT } from './demo-tenant.js';

// Embedded data folders only; runs once, in the PGlite pass of `npm test`.
describe.skipIf(testEngine() === 'postgres')('demo service on an embedded data folder', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vern-seed-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is created on the first start, kept on restart and not seeded twice', async () => {
    const env = { VERN_DATA_DIR: dataDir, VERN_SEED_DEMO: 'true', LOG_LEVEL: 'silent' };
    const first = await startServer(testConfig(env), { staticApps: false });
    expect(first.seeded).toBe(true);
    const health = await fetch(`http://127.0.0.1:${new URL(first.url).port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    // data written between starts must survive
    await first.database.withTenant(DEMO_TENANT.id, (trx) =>
      trx.insertInto('unit').values({ tenant_id: DEMO_TENANT.id, name: 'Lagt til før omstart' }).execute(),
    );
    await first.close();

    const second = await startServer(testConfig(env), { staticApps: false });
    expect(second.seeded).toBe(false);
    const counts = await second.database.withTenant(DEMO_TENANT.id, async (trx) => ({
      tenants: (await trx.selectFrom('tenant').select('id').execute()).length,
      staff: (await trx.selectFrom('staff_user').select('username').execute()).map((s) => s.username).sort(),
      units: (await trx.selectFrom('unit').select('name').execute()).map((u) => u.name),
      roles: [
        ...new Set((await trx.selectFrom('staff_role').select('role').execute()).map((r) => r.role)),
      ].sort(),
      // The seed computes the population's deadline rows, so the worklists are filled at once.
      openDeadlines: (await trx.selectFrom('deadline').select('id').where('status', '=', 'open').execute())
        .length,
      unsyncedCases: (
        await trx
          .selectFrom('sak')
          .select('id')
          .where('history', 'is not', null)
          .where((eb) => eb('deadlines_version', 'is distinct from', eb.ref('version')))
          .execute()
      ).length,
    }));
    await second.close();
    expect(counts.tenants).toBe(1);
    expect(counts.staff).toEqual([...DEMO_STAFF, ...DEMO_COLLEAGUES].map((s) => s.username).sort());
    expect(counts.units).toContain('Lagt til før omstart');
    expect(counts.openDeadlines).toBeGreaterThan(100);
    expect(counts.unsyncedCases).toBe(0);
    expect(counts.roles).toEqual([
      'barnevernleder',
      'barnevernvakt',
      'fagleder',
      'mottak',
      'saksbehandler',
      'systemansvarlig',
    ]);
  });

  it('refuses a second process on the same data folder', async () => {
    const { database } = await openPGlite({ dataDir });
    try {
      // simulate another live process holding the lock
      const { writeFileSync } = await import('node:fs');
      const { spawn } = await import('node:child_process');
      const sleeper = spawn(process.execPath, ['-e', 'setTimeout(()=>{}, 20000)']);
      await database.close();
      writeFileSync(path.join(dataDir, '.vern.lock'), String(sleeper.pid));
      await expect(openPGlite({ dataDir })).rejects.toThrow(/in use by another Vern process/);
      sleeper.kill();
    } finally {
      rmSync(path.join(dataDir, '.vern.lock'), { force: true });
    }
  });
});
