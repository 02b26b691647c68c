import { FEILET_TYPE, MOTTATT_TYPE, type FieldProblem } from './schemas.js';

/**
 * The port between Vern and Fiks IO. A transport (the real AMQP adapter, or the file-drop fake)
 * hands each incoming message to a handler as a FiksDelivery and sends the FiksReply the handler
 * returns. The handler returns only after the message is committed; the transport acknowledges the
 * message to the broker only after the reply is sent. A crash anywhere before the acknowledgement
 * means a redelivery of the same melding-id, which the handler absorbs and answers again.
 */
export interface FiksHeaders {
  /** `melding-id`: given by Fiks IO, unique per message; Vern's idempotency key. */
  meldingId: string;
  /** `type`: the message type (no.ks.fiks.bekymringsmelding.privat.v2, ...). */
  meldingType: string;
  /** `avsender-id`: the sending account. */
  avsenderKontoId: string | null;
  /** `klientmelding-id`: the sender's own id, the same when it sends the message again. */
  klientMeldingId: string | null;
  /** `svar-til`: the message this one answers (not expected on a concern report). */
  svarPaMelding: string | null;
}

export interface FiksDelivery {
  headers: FiksHeaders;
  /** The ASiC-E container, decrypted. */
  container: Buffer;
  /** When Vern's consumer received it: the legal clock starts here. */
  receivedAt: Date;
}

export interface FiksReply {
  /** The melding-id answered (`svar-til` of the reply). */
  svarPaMelding: string;
  meldingType: typeof MOTTATT_TYPE | typeof FEILET_TYPE;
  /** mottatt.v1 has no body; feilet.v1 carries a feilmelding ({"melding": "..."}) as its payload. */
  payload: { filename: string; bytes: Buffer } | null;
}

export type FiksHandler = (delivery: FiksDelivery) => Promise<FiksReply>;

export interface FiksIoTransport {
  /** Starts delivering; each message goes to `handler`, its reply is sent, then it is acknowledged. */
  start(handler: FiksHandler): Promise<void>;
  stop(): Promise<void>;
}

export function mottatt(meldingId: string): FiksReply {
  return { svarPaMelding: meldingId, meldingType: MOTTATT_TYPE, payload: null };
}

/** `feilet` with a feilmelding naming each field and reason (never a value that was sent). */
export function feilet(meldingId: string, problems: readonly FieldProblem[]): FiksReply {
  const lines = problems.slice(0, 50).map((p) => `${p.field || '(meldingen)'}: ${p.reason}`);
  const melding = `Bekymringsmeldingen ble ikke tatt imot fordi den ikke følger protokollen. ${lines.join('; ')}`;
  return {
    svarPaMelding: meldingId,
    meldingType: FEILET_TYPE,
    payload: { filename: 'feilmelding.json', bytes: Buffer.from(JSON.stringify({ melding }), 'utf8') },
  };
}
