import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDispatchServices } from '../fake-services.js';
import { FAKE_ORGANISATIONS as O } from '../enhetsregisteret/enhetsregisteret-fake.js';
import { ChannelError, type OutgoingMessage } from './channel.js';
import { httpChannel } from './channels.js';
import { NO_FAULTS } from './fake-faults.js';
import { httpKontaktregister } from './kontaktregister.js';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const ADDRESS = { adresselinjer: ['Brevveien 1'], postnummer: '9990', poststed: 'DEMOBY', land: null };
let n = 0;
const message = (recipient: OutgoingMessage['recipient']): OutgoingMessage => ({
  reference: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  title: 'Innkalling',
  notificationText: 'Du har fått et brev fra barneverntjenesten. Logg inn for å lese det.',
  confidential: true,
  recipient,
  documents: [{ filename: 'brev.pdf', mediaType: 'application/pdf', bytes: PDF }],
});
const person = (fodselsnummer: string, address: OutgoingMessage['recipient']['address'] = ADDRESS) =>
  ({ kind: 'person', fodselsnummer, name: 'Mor', address }) as const;

describe('channels over HTTP (SvarUt forsendelse API against the fakes)', () => {
  let clockMs = Date.now();
  const fakes = new FakeDispatchServices({ clock: () => new Date(clockMs) });
  let server: Awaited<ReturnType<FakeDispatchServices['listen']>>;
  let url = '';
  beforeAll(async () => {
    server = await fakes.listen(0);
    url = server.url;
  });
  afterAll(async () => {
    await server.close();
  });
  const svarut = () => httpChannel('svarut', `${url}/svarut`, { timeoutMs: 2000 });
  const digital = () =>
    httpChannel('digital', `${url}/digital`, {
      timeoutMs: 2000,
      krr: httpKontaktregister(`${url}/krr`, { timeoutMs: 2000 }),
    });
  const print = () => httpChannel('print', `${url}/print`, { timeoutMs: 2000 });

  it('sends as multipart, finds it by our reference, and follows its status and history', async () => {
    fakes.setFaults({ ...NO_FAULTS, deliverAfterMs: 1000, readAfterMs: 2000 });
    const m = message({
      kind: 'organisasjon',
      organisasjonsnummer: O.naboBarnevern,
      name: 'Nabo',
      address: null,
    });
    const sent = await svarut().send(m);
    expect(sent.kind).toBe('sent');
    const ref = sent.kind === 'sent' ? sent.channelRef : '';
    expect(await svarut().findByReference(m.reference)).toBe(ref);
    expect(await svarut().findByReference('00000000-0000-4000-8000-999999999999')).toBeNull();
    expect((await svarut().status(ref)).status).toBe('AKSEPTERT');
    clockMs += 1500;
    expect((await svarut().status(ref)).status).toBe('VARSLET');
    clockMs += 1000;
    expect((await svarut().status(ref)).status).toBe('LEST');
    expect((await svarut().history(ref)).map((h) => h.hendelse)).toEqual([
      'MOTTATT',
      'AKSEPTERT',
      'VARSLET',
      'LEST',
    ]);
    expect(fakes.services.svarut.deliveries(m.reference)).toBe(1);
  });

  it('the digital mailbox refuses a person reserved in KRR, with fallback to paper', async () => {
    fakes.krr.reserve('01928374655');
    const r = await digital().send(message(person('01928374655')));
    expect(r).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('reservert') as string,
      fallback: true,
    });
  });

  it('print refuses a letter without a postal address, without fallback', async () => {
    const r = await print().send(message(person('01928374656', null)));
    expect(r).toMatchObject({ kind: 'refused', fallback: false });
  });

  it('a service that does not answer in time is a timeout (outcome unknown), 5xx is unavailable', async () => {
    fakes.setFaults({ ...NO_FAULTS, timeoutRate: 1, hangMs: 1500 });
    const slow = httpChannel('svarut', `${url}/svarut`, { timeoutMs: 300 });
    const e = await slow.send(message(person('01928374657'))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChannelError);
    expect((e as ChannelError).kind).toBe('timeout');
    fakes.setFaults({ ...NO_FAULTS, failRate: 1 });
    const f = await svarut()
      .findByReference('x')
      .catch((x: unknown) => x);
    expect((f as ChannelError).kind).toBe('unavailable');
    fakes.setFaults(NO_FAULTS);
  });
});
