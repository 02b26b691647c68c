import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.js';
import { buildWorld, type World } from '../../test/support/world.js';
import { reportLines, resolveTenant } from './export-registry.js';

describe('vern export registry: choosing the service and reporting', () => {
  let t: TestDatabase;
  let first: World;
  beforeAll(async () => {
    t = await createTestDatabase();
    first = await buildWorld(t.database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes the only service, and asks which when there are several', async () => {
    expect(await resolveTenant(t.database)).toBe(first.tenantId);
    const second = await buildWorld(t.database);
    await expect(resolveTenant(t.database)).rejects.toThrow(/there are 2 services: say which with --tenant/);
    expect(await resolveTenant(t.database, second.tenantId)).toBe(second.tenantId);
    await expect(resolveTenant(t.database, 'nowhere')).rejects.toThrow('no service with id or slug nowhere');
  });

  it('prints counts and problems with file, line and element, never content', () => {
    const lines = reportLines({
      id: 'e1',
      status: 'refused',
      fileCount: 2,
      elementCounts: { Sak: 2, Melding: 3 },
      findingCounts: { WARNING: 1 },
      validation: 'failed',
      problems: [{ file: 'a.xml', line: 2, element: 'Sak', reason: "Element 'Sak': bad" }],
      zipBytes: null,
      dir: '/out',
    });
    expect(lines).toEqual([
      'export e1: refused, 2 file(s)',
      'elements: Sak 2, Melding 3',
      'findings: WARNING 1',
      'schema validation: failed',
      "  a.xml:2 Sak: Element 'Sak': bad",
    ]);
  });
});
