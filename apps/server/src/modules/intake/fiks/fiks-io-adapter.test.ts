import { createVerify, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readAsice } from './asic.js';
import {
  AmqpFiksIoTransport,
  FiksHeaderError,
  headersFromAmqp,
  maskinportenGrant,
  NotWiredError,
  queueName,
  replyRequest,
} from './fiks-io-adapter.js';
import { feilet, mottatt } from './fiks-io.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const maskinporten = {
  clientId: 'vern-test',
  audience: 'https://maskinporten.example/',
  scope: 'ks:fiks',
  key: privateKey,
  certificateChainBase64: ['MIIB'],
};

describe('Fiks IO adapter', () => {
  it('reads the Fiks headers of an AMQP message, as strings or bytes', () => {
    expect(
      headersFromAmqp({
        'melding-id': Buffer.from('9a0e6b5e-1b1e-4a57-9f7b-3f1f3a0c0d01'),
        type: 'no.ks.fiks.bekymringsmelding.offentlig.v2',
        'avsender-id': 'a1',
        'klientmelding-id': Buffer.from('k1'),
      }),
    ).toEqual({
      meldingId: '9a0e6b5e-1b1e-4a57-9f7b-3f1f3a0c0d01',
      meldingType: 'no.ks.fiks.bekymringsmelding.offentlig.v2',
      avsenderKontoId: 'a1',
      klientMeldingId: 'k1',
      svarPaMelding: null,
    });
    expect(() => headersFromAmqp({ type: 'x' })).toThrow(FiksHeaderError);
  });

  it('answers to the sender: mottatt without a body, feilet with a feilmelding in a container', () => {
    const m = replyRequest(mottatt('m1'), 'our', 'their');
    expect(m.metadata).toMatchObject({
      avsenderKontoId: 'our',
      mottakerKontoId: 'their',
      meldingType: 'no.ks.fiks.bekymringsmelding.mottatt.v1',
      svarPaMelding: 'm1',
    });
    expect(m.container).toBeNull();
    const f = replyRequest(feilet('m2', [{ field: 'melding', reason: 'is required' }]), 'our', 'their');
    const files = readAsice(f.container ?? Buffer.alloc(0));
    expect(files.map((x) => x.name)).toEqual(['feilmelding.json']);
    expect(JSON.parse(files[0]?.bytes.toString('utf8') ?? '{}')).toEqual({
      melding: expect.stringContaining('melding: is required'),
    });
  });

  it('signs the Maskinporten grant with the business certificate key (RS256)', () => {
    const jwt = maskinportenGrant(maskinporten, new Date('2026-11-24T12:00:00Z'));
    const [h, c, s] = jwt.split('.');
    expect(JSON.parse(Buffer.from(h ?? '', 'base64url').toString())).toEqual({ alg: 'RS256', x5c: ['MIIB'] });
    expect(JSON.parse(Buffer.from(c ?? '', 'base64url').toString())).toMatchObject({
      aud: 'https://maskinporten.example/',
      iss: 'vern-test',
      scope: 'ks:fiks',
      iat: 1795521600,
      exp: 1795521720,
    });
    const ok = createVerify('RSA-SHA256')
      .update(`${h}.${c}`)
      .verify(publicKey, Buffer.from(s ?? '', 'base64url'));
    expect(ok).toBe(true);
  });

  it('says plainly that the AMQP connection is not wired here', async () => {
    const transport = new AmqpFiksIoTransport({ kontoId: 'k', integrasjonId: 'i', maskinporten });
    await expect(transport.start(async () => mottatt('x'))).rejects.toThrow(NotWiredError);
    expect(queueName('k')).toBe('fiksio.konto.k');
  });
});
