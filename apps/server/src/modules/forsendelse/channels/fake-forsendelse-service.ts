import { createHash, randomUUID } from 'node:crypto';
import type { ChannelStatus, ForsendelseChannel } from '@vern/domain';
import { NO_FAULTS, pickFault, type FakeFaults, type Fault } from './fake-faults.js';
import type { FakeKontaktregister } from './kontaktregister.js';
import type { SvarUtForsendelse } from './svarut-format.js';

export type { SvarUtForsendelse } from './svarut-format.js';

interface Stored {
  id: string;
  reference: string;
  receivedAt: number;
  neverOpened: boolean;
  hasAddress: boolean;
}

/** An HTTP-shaped answer, so the in-process adapter and the HTTP server answer alike. */
export interface FakeAnswer {
  status: number;
  body: unknown;
  fault: Fault;
}

const PATH =
  /^\/tjenester\/api\/forsendelse\/v1\/(?:(sendForsendelse)|eksternref\/([^/]+)|([0-9a-f-]{36})\/(status|historikk))$/;

/**
 * A local stand-in for one outbound service, speaking Fiks SvarUt's forsendelse API
 * (ForsendelseRestServiceV1 paths and JSON): SvarUt itself, a digital mailbox (DPI-like, which
 * refuses a person without a mailbox), or a print provider (which refuses a letter without a postal
 * address). Messages move through SvarUt's statuses with time (MOTTATT, AKSEPTERT, then VARSLET /
 * LEVERT_SDP / SENDT_PRINT, then LEST / PRINTET); some are never opened. Faults per call as set.
 * It counts what it accepted per eksternReferanse, so a test can see each message arrived once.
 */
export class FakeForsendelseService {
  faults: FakeFaults;
  private readonly byId = new Map<string, Stored>();
  private readonly byReference = new Map<string, string[]>();
  /** References whose recipient never opens (besides `neverOpenedRate`). */
  readonly neverOpens = new Set<string>();
  /** Organisation numbers that never open what they get (the demo's unopened confidential mail). */
  readonly neverOpeningOrgs = new Set<string>();
  calls = 0;

  constructor(
    readonly kind: ForsendelseChannel,
    options: {
      faults?: FakeFaults;
      clock?: () => Date;
      random?: () => number;
      krr?: FakeKontaktregister;
    } = {},
  ) {
    this.faults = options.faults ?? NO_FAULTS;
    this.clock = options.clock ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.krr = options.krr;
  }
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly krr: FakeKontaktregister | undefined;

  /** How many times the service accepted a message under this reference (must be 0 or 1). */
  deliveries(reference: string): number {
    return this.byReference.get(reference)?.length ?? 0;
  }

  deliveryCounts(): Record<string, number> {
    return Object.fromEntries([...this.byReference].map(([ref, ids]) => [ref, ids.length]));
  }

  private statusOf(m: Stored): { status: ChannelStatus; at: number }[] {
    const f = this.faults;
    const now = this.clock().getTime();
    const steps: { status: ChannelStatus; at: number }[] = [
      { status: 'MOTTATT', at: m.receivedAt },
      { status: 'AKSEPTERT', at: m.receivedAt },
    ];
    const delivered = m.receivedAt + f.deliverAfterMs;
    const read = m.receivedAt + Math.max(f.readAfterMs, f.deliverAfterMs);
    const deliveredStatus: ChannelStatus =
      this.kind === 'print' ? 'SENDT_PRINT' : this.kind === 'digital' ? 'LEVERT_SDP' : 'VARSLET';
    if (now >= delivered) steps.push({ status: deliveredStatus, at: delivered });
    if (this.kind === 'print') {
      if (now >= read) steps.push({ status: 'PRINTET', at: read });
    } else if (now >= read && !m.neverOpened) steps.push({ status: 'LEST', at: read });
    return steps;
  }

  /** One call, as the HTTP API would answer it (without the fault's waiting, which the caller does). */
  handle(method: string, path: string, forsendelse?: SvarUtForsendelse, files = 0): FakeAnswer {
    this.calls++;
    const fault = pickFault(this.faults, this.random(), this.random());
    const m = PATH.exec(path);
    if (!m) return { status: 404, body: { errorMessage: 'Ukjent tjeneste' }, fault: 'none' };
    if (fault === 'fail_before' || fault === 'timeout_before')
      return { status: 503, body: { errorMessage: 'Tjenesten er midlertidig utilgjengelig' }, fault };
    const answer = this.process(method, m, forsendelse, files);
    if (fault === 'fail_after') return { status: 500, body: { errorMessage: 'Intern feil' }, fault };
    return { ...answer, fault };
  }

  private process(
    method: string,
    m: RegExpExecArray,
    forsendelse: SvarUtForsendelse | undefined,
    files: number,
  ): Omit<FakeAnswer, 'fault'> {
    const [, send, ref, id, what] = m;
    if (send) {
      if (method !== 'POST') return { status: 405, body: { errorMessage: 'Method not allowed' } };
      return this.accept(forsendelse, files);
    }
    if (method !== 'GET') return { status: 405, body: { errorMessage: 'Method not allowed' } };
    if (ref !== undefined) return { status: 200, body: this.byReference.get(decodeURIComponent(ref)) ?? [] };
    const stored = id ? this.byId.get(id) : undefined;
    if (!stored) return { status: 404, body: { errorMessage: 'Fant ikke forsendelsen' } };
    const steps = this.statusOf(stored);
    if (what === 'status') {
      const last = steps[steps.length - 1] ?? { status: 'MOTTATT', at: stored.receivedAt };
      return {
        status: 200,
        body: {
          forsendelseId: stored.id,
          status: last.status,
          sisteStatusEndring: new Date(last.at).toISOString(),
        },
      };
    }
    return {
      status: 200,
      body: {
        hendelsesLogg: steps.map((s) => ({ hendelse: s.status, tidspunkt: new Date(s.at).toISOString() })),
      },
    };
  }

  private accept(f: SvarUtForsendelse | undefined, files: number): Omit<FakeAnswer, 'fault'> {
    const invalid = (errorMessage: string, errorCode = 'VALIDERING') => ({
      status: 400,
      body: { errorCode, errorMessage },
    });
    if (!f || !f.eksternReferanse || !f.tittel || !f.mottaker) return invalid('Mangler forsendelse');
    if (f.dokumenter.length === 0 || files !== f.dokumenter.length)
      return invalid('Dokumentene stemmer ikke med metadata');
    const a = f.mottaker.postAdresse;
    const hasAddress = Boolean(a.postNummer && a.postSted && a.adresse1);
    if (this.kind === 'print' && !hasAddress)
      return invalid('Mottaker mangler postadresse', 'MANGLER_ADRESSE');
    if (this.kind === 'digital') {
      const d = f.mottaker.digitalAdresse;
      if (!('fodselsNummer' in d))
        return invalid('Digital postkasse tar bare personer', 'MOTTAKER_IKKE_DIGITAL');
      const krr = this.krr?.answer([d.fodselsNummer]).personer[0];
      if (krr && (krr.reservasjon === 'JA' || !krr.digital_post))
        return invalid('Mottakeren kan ikke motta digital post', 'MOTTAKER_IKKE_DIGITAL');
    }
    const id = randomUUID();
    const org =
      'organisasjonsNummer' in f.mottaker.digitalAdresse
        ? f.mottaker.digitalAdresse.organisasjonsNummer
        : null;
    // Per message, not per call: a hash of the reference decides whether it is never opened.
    const h = createHash('sha256').update(f.eksternReferanse).digest().readUInt32BE(0) / 2 ** 32;
    const stored: Stored = {
      id,
      reference: f.eksternReferanse,
      receivedAt: this.clock().getTime(),
      neverOpened:
        h < this.faults.neverOpenedRate ||
        this.neverOpens.has(f.eksternReferanse) ||
        (org !== null && this.neverOpeningOrgs.has(org)),
      hasAddress,
    };
    this.byId.set(id, stored);
    this.byReference.set(f.eksternReferanse, [...(this.byReference.get(f.eksternReferanse) ?? []), id]);
    return { status: 200, body: { id } };
  }
}
