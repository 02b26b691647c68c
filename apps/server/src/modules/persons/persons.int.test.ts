import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildPersonsWorld, syntheticFnr, type PersonsWorld } from '../../../test/support/persons-world.js';
import { buildTestApp } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { buildWorld, caseOf, type World } from '../../../test/support/world.js';

describe('persons: validation, duplicates, search', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let w: World;
  let p: PersonsWorld;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    p = await buildPersonsWorld(t.database, w);
    ({ app } = await buildTestApp(t));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const call = async (who: string, req: InjectOptions) =>
    app.inject({ ...req, headers: await sessionHeaders(t, w, who, String(req.method ?? 'GET')) });
  const count = async () =>
    t.database.withTenant(w.tenantId, async (trx) => {
      const { rows } = await sql<{ persons: number; relations: number }>`
        SELECT (SELECT count(*)::int FROM person) AS persons,
               (SELECT count(*)::int FROM person_relation) AS relations`.execute(trx);
      return rows[0];
    });
  const register = (body: object, who = 'sara') =>
    call(who, { method: 'POST', url: '/api/persons', payload: body });
  const details = (res: { json(): unknown }) =>
    (res.json() as { error: { details: { field: string; reason: string; code?: string }[] } }).error.details;

  describe('registering: each bad input is 400 with the field and reason, and nothing is written', () => {
    const base = { givenName: 'Ola', familyName: 'Nordmann' };
    const boyFnr = syntheticFnr('2016-08-20', 'male');
    it.each([
      ['a wrong check digit', { fodselsnummer: '15070512309' }, 'body.fodselsnummer', 'CHECK_DIGIT_2'],
      ['too few digits', { fodselsnummer: '1507051230' }, 'body.fodselsnummer', 'LENGTH'],
      ['letters', { fodselsnummer: '1507051230x' }, 'body.fodselsnummer', 'NOT_DIGITS'],
      ['a date that does not exist', { fodselsnummer: '31020012345' }, 'body.fodselsnummer', undefined],
      [
        'a birth date that disagrees',
        { fodselsnummer: boyFnr, birthDate: '2016-08-21' },
        'body.birthDate',
        'BIRTH_DATE_MISMATCH',
      ],
      ['a kjønn that disagrees', { fodselsnummer: boyFnr, kjonn: '2' }, 'body.kjonn', 'KJONN_MISMATCH'],
      ['a short DUF-nummer', { dufNummer: '2019123' }, 'body.dufNummer', 'LENGTH'],
      ['a future birth date', { birthDate: '2099-01-01' }, 'body.birthDate', 'FUTURE'],
      ['an empty name', { givenName: ' ' }, 'body.givenName', undefined],
      [
        'a bad postal code',
        { address: { street: 'Gata 1', postalCode: '12', postalPlace: 'By' } },
        'body.address.postalCode',
        undefined,
      ],
      ['an unknown field', { nickname: 'O' }, 'body.nickname', undefined],
    ])('%s', async (_name, extra, field, code) => {
      const before = await count();
      const res = await register({ ...base, ...extra });
      expect(res.statusCode, res.body).toBe(400);
      const detail = details(res).find((d) => d.field === field);
      expect(detail, JSON.stringify(details(res))).toBeDefined();
      expect(detail?.reason.length).toBeGreaterThan(5);
      if (code) expect(detail?.code).toBe(code);
      expect(await count()).toEqual(before);
    });

    it('derives birth date and kjønn from the number, and keeps the unborn form 99999', async () => {
      const res = await register({ ...base, fodselsnummer: boyFnr });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ fodselsnummer: boyFnr, birthDate: '2016-08-20', kjonn: '1' });
      const unborn = await register({
        givenName: 'Ufødt',
        familyName: 'Nordmann',
        fodselsnummer: '01019999999',
      });
      expect(unborn.json()).toMatchObject({ kjonn: '0' });
    });
  });

  describe('a number registered twice', () => {
    it('answers 409 with the id to someone who may see the person', async () => {
      const res = await register({ givenName: 'K', familyName: 'T', fodselsnummer: p.mother.fodselsnummer });
      expect(res.statusCode).toBe(409);
      expect(details(res)[0]).toMatchObject({
        code: 'PERSON_EXISTS',
        reason: `is registered as person ${p.mother.id}`,
      });
    });
    it('answers a neutral 409 to someone who may not, and audits the attempt', async () => {
      const res = await register(
        { givenName: 'K', familyName: 'T', fodselsnummer: p.mother.fodselsnummer },
        'mona',
      );
      expect(res.statusCode).toBe(409);
      expect(res.body).not.toContain(p.mother.id);
      expect(details(res)[0]).toMatchObject({ code: 'PERSON_EXISTS', reason: 'is already registered' });
      const audit = await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .selectFrom('audit_event')
          .select(['outcome', 'object_id', 'fields'])
          .where('person_id', '=', p.mother.id)
          .where('action', '=', 'create')
          .execute(),
      );
      expect(audit).toContainEqual({ outcome: 'failed', object_id: null, fields: ['fodselsnummer'] });
    });
    it('changing a number to one that is taken is 409 too', async () => {
      const res = await call('sara', {
        method: 'PATCH',
        url: `/api/persons/${p.father.id}`,
        payload: { fodselsnummer: p.mother.fodselsnummer },
      });
      expect(res.statusCode).toBe(409);
    });
  });

  describe('changing', () => {
    it('a new number sets birth date and kjønn; a bad one is refused with the reason', async () => {
      const fnr = syntheticFnr('1979-02-03', 'male');
      const ok = await call('sara', {
        method: 'PATCH',
        url: `/api/persons/${p.father.id}`,
        payload: { fodselsnummer: fnr, dufNummer: '201912345678' },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({
        fodselsnummer: fnr,
        birthDate: '1979-02-03',
        kjonn: '1',
        dufNummer: '201912345678',
      });
      const bad = await call('sara', {
        method: 'PATCH',
        url: `/api/persons/${p.father.id}`,
        payload: { kjonn: '2' },
      });
      expect(bad.statusCode).toBe(400);
      expect(details(bad)[0]).toMatchObject({ field: 'body.kjonn', code: 'KJONN_MISMATCH' });
    });
    it('only staff who may see protected addresses change a strengt fortrolig one', async () => {
      const url = `/api/persons/${caseOf(w, 'protected').childId}`;
      const payload = { addressProtection: 'ingen' };
      expect((await call('sara', { method: 'PATCH', url, payload })).statusCode).toBe(403);
      expect(
        (await call('berit', { method: 'PATCH', url, payload: { addressProtection: 'strengt_fortrolig' } }))
          .statusCode,
      ).toBe(200);
    });
  });

  describe('relations', () => {
    it('refuses a related person the actor may not see, and one named by an unknown number', async () => {
      const url = `/api/persons/${caseOf(w, 'assigned').childId}/relations`;
      const hidden = await call('sara', {
        method: 'POST',
        url,
        payload: { relatedPersonId: caseOf(w, 'otherUnit').childId, kind: 'sosken' },
      });
      expect(hidden.statusCode).toBe(404);
      const unknown = await call('sara', {
        method: 'POST',
        url,
        payload: { relatedFodselsnummer: syntheticFnr('1990-01-01', 'male'), kind: 'far' },
      });
      expect(unknown.statusCode).toBe(400);
      expect(details(unknown)[0]).toMatchObject({
        field: 'body.relatedFodselsnummer',
        code: 'NOT_REGISTERED',
      });
      const before = await count();
      const bad = await call('sara', {
        method: 'POST',
        url,
        payload: { relatedPersonId: p.unattached[5], kind: 'sosken', parentalResponsibility: true },
      });
      expect(bad.statusCode).toBe(400);
      expect(details(bad)[0]?.field).toBe('body.parentalResponsibility');
      expect(await count()).toEqual(before);
    });
    it('by fødselsnummer links a person known by number, who then becomes visible', async () => {
      const url = `/api/persons/${caseOf(w, 'assigned').childId}/relations`;
      const res = await call('sara', {
        method: 'POST',
        url,
        payload: {
          relatedFodselsnummer: p.mother.fodselsnummer,
          kind: 'foresatt',
          parentalResponsibility: true,
          livesWith: true,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        kind: 'foresatt',
        direction: 'outgoing',
        other: { id: p.mother.id },
        livesWith: true,
      });
      const again = await call('sara', {
        method: 'POST',
        url,
        payload: {
          relatedFodselsnummer: p.mother.fodselsnummer,
          kind: 'foresatt',
          parentalResponsibility: true,
        },
      });
      expect(again.statusCode).toBe(409);
    });
  });

  describe('search tolerance', () => {
    const names: [string, string][] = [
      ['Åse', 'Bråthen'],
      ['Øystein', 'Ødegård'],
      ['Ola', 'Hansen'],
      ['Kjærsti', 'Lie'],
      ['Hans', 'Olsen'],
    ];
    const idOf: Record<string, string> = {};
    beforeAll(async () => {
      await t.database.withTenant(w.tenantId, async (trx) => {
        for (const [given, family] of names) {
          const { id } = await trx
            .insertInto('person')
            .values({ tenant_id: w.tenantId, given_name: given, family_name: family, fodselsnummer: null })
            .returning('id')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('person_relation')
            .values({
              tenant_id: w.tenantId,
              person_id: caseOf(w, 'assigned').childId,
              related_person_id: id,
              kind: 'annen',
              created_by: w.staff.sara?.staffUserId ?? '',
            })
            .execute();
          idOf[`${given} ${family}`] = id;
        }
      });
    });
    const search = async (q: string, who = 'sara') => {
      const res = await call(who, { method: 'GET', url: `/api/persons?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: { id: string; givenName: string; familyName: string }[] }).items;
    };
    it.each([
      ['Ase', 'Åse Bråthen'],
      ['Aase Brathen', 'Åse Bråthen'],
      ['Oeystein', 'Øystein Ødegård'],
      ['Oystein Odegard', 'Øystein Ødegård'],
      ['øystein', 'Øystein Ødegård'],
      ['Hansen Ola', 'Ola Hansen'],
      ['Hanssen', 'Ola Hansen'],
      ['Hamsen', 'Ola Hansen'],
      ['Kjaersti', 'Kjærsti Lie'],
      ['KJÆRSTI lie', 'Kjærsti Lie'],
    ])('"%s" finds %s first', async (q, expected) => {
      const items = await search(q);
      expect(items[0]?.id, JSON.stringify(items)).toBe(idOf[expected]);
    });
    it('ranks whole words above prefixes, and finds a name from its first letters', async () => {
      const items = await search('Hans Olsen');
      expect(items[0]?.id).toBe(idOf['Hans Olsen']);
      expect(items.map((i) => i.id)).not.toContain(idOf['Ola Hansen']); // "olsen" is not "ola"
      expect((await search('Ola Hans')).map((i) => i.id)).toContain(idOf['Ola Hansen']);
      expect((await search('hanse')).map((i) => i.id)).toContain(idOf['Ola Hansen']);
    });
    it('by number: exact, and only within need-to-know', async () => {
      expect((await search(p.mother.fodselsnummer)).map((i) => i.id)).toEqual([p.mother.id]);
      expect(await search(p.mother.fodselsnummer, 'mona')).toEqual([]);
    });
    it('never lists persons outside need-to-know, however well they match', async () => {
      expect(await search('Ase Brathen', 'fia')).toEqual([]);
      expect(await search('Barn-blocked Testesen', 'berit')).not.toContainEqual(
        expect.objectContaining({ id: caseOf(w, 'blocked').childId }),
      );
    });
    it('refuses a query of fewer than two letters', async () => {
      const res = await call('sara', { method: 'GET', url: '/api/persons?q=%C3%85' });
      expect(res.statusCode).toBe(400);
      expect(details(res)[0]?.field).toBe('query.q');
    });
  });
});
