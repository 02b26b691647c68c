import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accessSuite, type SuiteContext } from '../../../test/support/access-suite.js';
import { buildPersonsWorld, syntheticFnr, type PersonsWorld } from '../../../test/support/persons-world.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../test/support/world.js';

describe('person routes: access', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let p: PersonsWorld;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    p = await buildPersonsWorld(t.database, w);
    // The head of service of another tenant, signed in to their own service.
    w.staff.outsider = actor(await buildWorld(t.database), 'berit');
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });
  const ctx = (): SuiteContext => ({ t, app, w });
  const ids = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id).sort();
  const child = (key: string) => caseOf(w, key).childId;

  // "Testesen": the five children of the world and the mother, who is related to two of them.
  const search = () => ({ method: 'GET' as const, url: '/api/persons?q=Testesen' });
  accessSuite('GET /api/persons', ctx, search, [
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 3 },
      name: 'a caseworker finds the children of her cases and their relatives only',
      check: (b) => expect(ids(b)).toEqual([child('assigned'), child('protected'), p.mother.id].sort()),
    },
    {
      who: 'frode',
      status: 200,
      audit: { allowed: 4 },
      name: "the unit leader finds the unit's children, not the blocked one",
      check: (b) =>
        expect(ids(b)).toEqual(
          [child('assigned'), child('unassigned'), child('protected'), p.mother.id].sort(),
        ),
    },
    {
      who: 'berit',
      status: 200,
      audit: { allowed: 5 },
      name: 'the head of service finds all but the blocked child',
      check: (b) => expect(ids(b)).not.toContain(child('blocked')),
    },
    {
      who: 'fia',
      status: 200,
      audit: { allowed: 2 },
      name: "another unit's leader finds only her unit's child and its mother",
      check: (b) => expect(ids(b)).toEqual([child('otherUnit'), p.mother.id].sort()),
    },
    { who: 'sindre', status: 200, audit: {}, check: (b) => expect(ids(b)).toEqual([]) },
    { who: 'outsider', status: 200, audit: {}, name: 'another tenant finds nothing of this one' },
    { who: 'anonymous', status: 401 },
  ]);

  const read = (id: (w: World) => string) => (w: World) => ({
    method: 'GET' as const,
    url: `/api/persons/${id(w)}`,
  });
  accessSuite(
    'GET /api/persons/{id}',
    ctx,
    read(() => p.father.id),
    [
      {
        who: 'sara',
        status: 200,
        name: "the caseworker reads a parent of her case's child",
        check: (b) => expect(b).toMatchObject({ givenName: 'Per', familyName: 'Fjeld' }),
      },
      { who: 'frode', status: 200, name: 'the unit leader reads the parent' },
      { who: 'berit', status: 200, name: 'the head of service reads the parent' },
      { who: 'siv', status: 404, name: 'a caseworker of the unit without the case gets 404' },
      { who: 'fia', status: 404, name: "another unit's leader gets 404" },
      { who: 'mona', status: 404, name: 'intake gets 404 on an assigned case' },
      { who: 'sindre', status: 404 },
      {
        who: 'berit',
        status: 404,
        request: read(() => p.blockedParent.id),
        name: 'a parent in a blocked case: 404',
      },
      {
        who: 'outsider',
        status: 404,
        audit: {},
        name: 'another tenant gets 404 (audited in its own tenant)',
      },
      {
        who: 'sara',
        status: 200,
        request: read(() => p.mother.id),
        name: 'the fødselsnummer is shown where the person is visible',
        check: (b) => expect(b).toMatchObject({ fodselsnummer: p.mother.fodselsnummer }),
      },
      { who: 'anonymous', status: 401 },
    ],
  );

  const register = (givenName: string) => () => ({
    method: 'POST' as const,
    url: '/api/persons',
    payload: { givenName, familyName: 'Nyregistrert', birthDate: '2019-05-05' },
  });
  accessSuite('POST /api/persons', ctx, register('Ny'), [
    { who: 'sara', status: 201, name: 'a caseworker registers a person' },
    { who: 'mona', status: 201, name: 'intake registers a person' },
    { who: 'berit', status: 201, name: 'the head of service registers a person' },
    { who: 'sindre', status: 403, name: 'the system administrator may not' },
    { who: 'anonymous', status: 401 },
  ]);

  const lookup = (fnr: () => string) => () => ({
    method: 'POST' as const,
    url: '/api/persons/lookup',
    payload: { fodselsnummer: fnr() },
  });
  accessSuite(
    'POST /api/persons/lookup',
    ctx,
    lookup(() => p.mother.fodselsnummer),
    [
      {
        who: 'mona',
        status: 200,
        name: 'intake learns that the mother is registered, minimally',
        check: (b) =>
          expect(b).toEqual({
            match: {
              id: p.mother.id,
              givenName: 'Kari',
              familyName: 'Testesen',
              birthDate: null,
              hasCase: false,
            },
          }),
      },
      { who: 'vilde', status: 200, name: 'out-of-hours duty may look up too' },
      {
        who: 'mona',
        status: 200,
        request: lookup(() => syntheticFnr('2011-11-11', 'male')),
        name: 'an unknown number: no match, still audited',
        check: (b) => expect(b).toEqual({ match: null }),
      },
      { who: 'sindre', status: 403 },
      { who: 'outsider', status: 200, audit: {}, check: (b) => expect(b).toEqual({ match: null }) },
      { who: 'anonymous', status: 401 },
    ],
  );

  const patch = (id: () => string) => () => ({
    method: 'PATCH' as const,
    url: `/api/persons/${id()}`,
    payload: { familyName: 'Fjeld' },
  });
  accessSuite(
    'PATCH /api/persons/{id}',
    ctx,
    patch(() => p.father.id),
    [
      {
        who: 'sara',
        status: 200,
        audit: { allowed: 2 },
        name: 'the caseworker changes a parent (update + read)',
      },
      { who: 'frode', status: 200, audit: { allowed: 2 } },
      { who: 'berit', status: 200, audit: { allowed: 2 } },
      { who: 'siv', status: 404 },
      { who: 'fia', status: 404 },
      { who: 'mona', status: 404 },
      { who: 'sindre', status: 403, name: 'no capability: 403 before any lookup' },
      { who: 'berit', status: 404, request: patch(() => p.blockedParent.id), name: 'blocked: 404' },
      { who: 'outsider', status: 404, audit: {} },
      { who: 'anonymous', status: 401 },
    ],
  );

  const relations = (id: () => string) => () => ({
    method: 'GET' as const,
    url: `/api/persons/${id()}/relations`,
  });
  // The assigned child's relations: mother, father and four spares, each an audit row, plus the child.
  accessSuite(
    'GET /api/persons/{id}/relations',
    ctx,
    relations(() => child('assigned')),
    [
      { who: 'sara', status: 200, audit: { allowed: 7 } },
      { who: 'frode', status: 200, audit: { allowed: 7 } },
      { who: 'berit', status: 200, audit: { allowed: 7 } },
      { who: 'siv', status: 404 },
      { who: 'fia', status: 404 },
      { who: 'berit', status: 404, request: relations(() => child('blocked')), name: 'blocked: 404' },
      {
        who: 'sara',
        status: 200,
        audit: { allowed: 2 },
        request: relations(() => p.mother.id),
        name: "the mother's relations show only the child the caseworker may see",
        check: (b) =>
          expect((b as { items: { other: { id: string } }[] }).items.map((i) => i.other.id)).toEqual([
            child('assigned'),
          ]),
      },
      { who: 'outsider', status: 404, audit: {} },
      { who: 'anonymous', status: 401 },
    ],
  );

  const relate = (i: number) => () => ({
    method: 'POST' as const,
    url: `/api/persons/${child('assigned')}/relations`,
    payload: { relatedPersonId: p.unattached[i], kind: 'besteforelder' },
  });
  accessSuite('POST /api/persons/{id}/relations', ctx, relate(0), [
    { who: 'sara', status: 201, audit: { allowed: 2 }, name: 'the caseworker relates a new person' },
    { who: 'frode', status: 201, audit: { allowed: 2 }, request: relate(1) },
    { who: 'berit', status: 201, audit: { allowed: 2 }, request: relate(2) },
    { who: 'siv', status: 404, request: relate(3) },
    { who: 'fia', status: 404, request: relate(3) },
    { who: 'mona', status: 404, request: relate(3) },
    { who: 'sindre', status: 403, request: relate(3) },
    { who: 'outsider', status: 404, audit: {}, request: relate(3) },
    { who: 'anonymous', status: 401, request: relate(3) },
  ]);

  const end = (i: number) => () => ({
    method: 'POST' as const,
    url: `/api/persons/${child('assigned')}/relations/${p.spareRelations[i]}/end`,
    payload: { endDate: '2025-12-31' },
  });
  accessSuite('POST /api/persons/{id}/relations/{relationId}/end', ctx, end(0), [
    {
      who: 'sara',
      status: 200,
      audit: { allowed: 2 },
      check: (b) => expect(b).toMatchObject({ endDate: '2025-12-31', kind: 'annen', direction: 'outgoing' }),
    },
    { who: 'frode', status: 200, audit: { allowed: 2 }, request: end(1) },
    { who: 'berit', status: 200, audit: { allowed: 2 }, request: end(2) },
    { who: 'siv', status: 404, request: end(3) },
    { who: 'fia', status: 404, request: end(3) },
    { who: 'sindre', status: 403, request: end(3) },
    { who: 'outsider', status: 404, audit: {}, request: end(3) },
    { who: 'anonymous', status: 401, request: end(3) },
  ]);
});
