import { createSign, randomUUID, type KeyObject } from 'node:crypto';
import { writeAsice } from './asic.js';
import type { FiksHandler, FiksHeaders, FiksIoTransport, FiksReply } from './fiks-io.js';

/**
 * The real Fiks IO transport, as far as these machines allow. What is here and tested: the AMQP
 * header mapping of an incoming message, the queue it is read from, the metadata of a reply to the
 * send API with its ASiC-E payload, and the Maskinporten JWT grant signed with the business
 * certificate's key.
 *
 * NOT WIRED (needs what this installation does not have, stated so nobody assumes otherwise):
 * - the AMQP connection to Fiks IO (TLS, the account's queue `fiksio.konto.<kontoId>`): no AMQP
 *   client is a dependency and these machines reach no KS host;
 * - decrypting the container: Fiks IO encrypts it as CMS to the account's certificate, and Node has
 *   no CMS API (a CMS library or `openssl cms -decrypt` would do it);
 * - checking the sender's XAdES signature (META-INF/signatures.xml) and signing our replies;
 * - fetching the Maskinporten token (the grant below is posted to the token endpoint) and messages
 *   over 5 MB from Fiks Dokumentlager (`dokumentlager-id`).
 * Until then, `start` refuses with this list, and the file-drop fake (file-drop-transport.ts) delivers
 * the same payloads through the same handler.
 */
export interface FiksIoSettings {
  kontoId: string;
  integrasjonId: string;
  /** Maskinporten: the client id, the audience (the issuer URL) and the business certificate. */
  maskinporten: {
    clientId: string;
    audience: string;
    scope: string;
    key: KeyObject;
    certificateChainBase64: string[];
  };
}

export const queueName = (kontoId: string) => `fiksio.konto.${kontoId}`;

export class FiksHeaderError extends Error {
  override name = 'FiksHeaderError';
}

/** AMQP header values arrive as strings or bytes depending on the client; both read as UTF-8. */
function headerText(headers: Record<string, unknown>, name: string): string | null {
  const v = headers[name];
  if (typeof v === 'string') return v;
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return null;
}

/** The Fiks IO headers of an AMQP message (see the KS documentation of melding-id, type, ...). */
export function headersFromAmqp(headers: Record<string, unknown>): FiksHeaders {
  const meldingId = headerText(headers, 'melding-id');
  const meldingType = headerText(headers, 'type');
  if (!meldingId) throw new FiksHeaderError('the message has no melding-id header');
  if (!meldingType) throw new FiksHeaderError('the message has no type header');
  return {
    meldingId,
    meldingType,
    avsenderKontoId: headerText(headers, 'avsender-id'),
    klientMeldingId: headerText(headers, 'klientmelding-id'),
    svarPaMelding: headerText(headers, 'svar-til'),
  };
}

/**
 * What the send API takes for a reply: the metadata (the KS clients' MeldingSpesifikasjon) and,
 * for feilet, the payload in an ASiC-E container (to be encrypted to the receiver's certificate).
 */
export function replyRequest(reply: FiksReply, from: string, to: string) {
  return {
    metadata: {
      avsenderKontoId: from,
      mottakerKontoId: to,
      meldingType: reply.meldingType,
      svarPaMelding: reply.svarPaMelding,
      klientMeldingId: randomUUID(),
      ttl: 7 * 24 * 3_600_000,
      headere: {},
    },
    container: reply.payload
      ? writeAsice([{ name: reply.payload.filename, bytes: reply.payload.bytes }])
      : null,
  };
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** The JWT grant for Maskinporten (RFC 7523): RS256 with the business certificate in x5c. */
export function maskinportenGrant(settings: FiksIoSettings['maskinporten'], now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = { alg: 'RS256', x5c: settings.certificateChainBase64 };
  const claims = {
    aud: settings.audience,
    iss: settings.clientId,
    scope: settings.scope,
    iat,
    exp: iat + 120,
    jti: randomUUID(),
  };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(settings.key);
  return `${input}.${base64url(signature)}`;
}

export class NotWiredError extends Error {
  override name = 'NotWiredError';
}

export class AmqpFiksIoTransport implements FiksIoTransport {
  constructor(readonly settings: FiksIoSettings) {}

  async start(_handler: FiksHandler): Promise<void> {
    throw new NotWiredError(
      `Fiks IO over AMQP is not wired in this installation (queue ${queueName(this.settings.kontoId)}): ` +
        'no AMQP client, no CMS decryption, no XAdES signature check, no Dokumentlager download. ' +
        'Use the file-drop fake (vern fiks drop) or vern import fiks.',
    );
  }

  async stop(): Promise<void> {}
}
