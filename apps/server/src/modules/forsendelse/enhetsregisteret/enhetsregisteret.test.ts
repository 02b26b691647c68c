import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { FakeDispatchServices } from '../fake-services.js';
import { checkOrganisasjon, type Enhetsregisteret } from './enhetsregisteret.js';
import { FAKE_ORGANISATIONS as O, FakeEnhetsregisteret } from './enhetsregisteret-fake.js';
import { httpEnhetsregisteret } from './enhetsregisteret-http.js';

const fakes = new FakeDispatchServices();
let server: Awaited<ReturnType<FakeDispatchServices['listen']>>;
beforeAll(async () => {
  server = await fakes.listen(0);
});
afterAll(async () => {
  await server.close();
});

// The same expectations through the in-process fake and through HTTP (the adapter production uses).
const adapters: [string, () => Enhetsregisteret][] = [
  ['in-process fake', () => new FakeEnhetsregisteret()],
  ['HTTP adapter over the fake server', () => httpEnhetsregisteret(`${server.url}/enhetsregisteret/api`)],
];

describe.each(adapters)('Enhetsregisteret (%s)', (_name, make) => {
  const check = (orgnr: string) => checkOrganisasjon(make(), orgnr, 'body.orgnr');

  it('a registered organisation passes with its registered name and postal address', async () => {
    const r = await check(O.naboBarnevern);
    expect(r).toMatchObject({ ok: true, navn: 'NABO KOMMUNE BARNEVERNTJENESTEN', underenhet: false });
    expect(r.ok && r.postadresse?.postnummer).toBe('9990');
  });
  it('a sub-unit (a municipality child welfare service) is found under underenheter', async () => {
    expect(await check(O.fjordbyBarnevern)).toMatchObject({
      ok: true,
      navn: 'FJORDBY KOMMUNE BARNEVERNTJENESTE',
      underenhet: true,
    });
  });
  it('a deleted organisation (410 Gone) is refused with its deletion date', async () => {
    expect(await check(O.deleted)).toMatchObject({
      ok: false,
      reason: 'slettet',
      message: expect.stringContaining('2025-06-30'),
    });
  });
  it('a bankrupt one is refused', async () => {
    expect(await check(O.bankrupt)).toMatchObject({
      ok: false,
      reason: 'konkurs',
      navn: 'KONKURSBO OMSORG AS',
    });
  });
  it('one being wound up is refused', async () => {
    expect(await check(O.woundUp)).toMatchObject({ ok: false, reason: 'under_avvikling' });
  });
  it('one under forced dissolution is refused', async () => {
    expect(await check(O.dissolved)).toMatchObject({ ok: false, reason: 'under_tvangsavvikling' });
  });
  it('a closed sub-unit is refused', async () => {
    expect(await check(O.closedSubUnit)).toMatchObject({ ok: false, reason: 'nedlagt' });
  });
  it('an unknown number is refused', async () => {
    expect(await check('910000136')).toMatchObject({ ok: false, reason: 'ukjent' });
  });
  it('a mistyped number is a 400 naming the field, before the register is asked', async () => {
    const error = await check('910000005').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details[0]).toMatchObject({ field: 'body.orgnr', code: 'CHECK_DIGIT' });
  });
});

describe('Enhetsregisteret unavailable', () => {
  it('a register that does not answer is a 503 that says nothing was sent', async () => {
    const down = httpEnhetsregisteret('http://127.0.0.1:9/enhetsregisteret/api', { timeoutMs: 500 });
    const error = await checkOrganisasjon(down, O.naboBarnevern, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNAVAILABLE');
  });
});
