import type { ForsendelseChannel } from '@vern/domain';
import {
  ChannelError,
  type Channel,
  type ChannelSet,
  type OutgoingMessage,
  type SendResult,
} from './channel.js';
import type { FakeForsendelseService } from './fake-forsendelse-service.js';
import type { Kontaktregister } from './kontaktregister.js';
import {
  readHistoryAnswer,
  readLookupAnswer,
  readSendAnswer,
  readStatusAnswer,
  svarUtForsendelse,
  SVARUT_PATHS,
} from './svarut-format.js';

type Transport = {
  request(
    method: 'GET' | 'POST',
    path: string,
    message?: OutgoingMessage,
  ): Promise<{ status: number; json: unknown }>;
};

/**
 * A digital mailbox takes only people who have one and have not reserved themselves: ask the
 * contact register first, and refuse with fallback to paper when they cannot be reached digitally.
 */
async function digitalCheck(
  krr: Kontaktregister | undefined,
  m: OutgoingMessage,
): Promise<SendResult | null> {
  if (!krr) return null;
  if (m.recipient.kind !== 'person')
    return { kind: 'refused', reason: 'Digital postkasse er bare for personer.', fallback: true };
  let reach;
  try {
    reach = await krr.lookup(m.recipient.fodselsnummer);
  } catch {
    throw new ChannelError('unavailable', 'the contact register (KRR) did not answer');
  }
  return reach.digital ? null : { kind: 'refused', reason: reach.reason ?? 'Ikke digital.', fallback: true };
}

function channelOver(name: ForsendelseChannel, transport: Transport, krr?: Kontaktregister): Channel {
  return {
    name,
    async send(m) {
      if (name === 'digital') {
        const refused = await digitalCheck(krr, m);
        if (refused) return refused;
      }
      const r = await transport.request('POST', SVARUT_PATHS.send, m);
      return readSendAnswer(r.status, r.json);
    },
    async findByReference(ref) {
      const r = await transport.request('GET', SVARUT_PATHS.byReference(ref));
      return readLookupAnswer(r.status, r.json);
    },
    async status(id) {
      const r = await transport.request('GET', SVARUT_PATHS.status(id));
      return readStatusAnswer(r.status, r.json);
    },
    async history(id) {
      const r = await transport.request('GET', SVARUT_PATHS.history(id));
      return readHistoryAnswer(r.status, r.json);
    },
  };
}

/**
 * A channel over HTTP, speaking SvarUt's forsendelse API at `baseUrl` (the real service behind
 * Vern's integration point, or the fake services' HTTP server). sendForsendelse is multipart: the
 * metadata as the part `forsendelse`, then each document as a part `filer`, in order. A call that
 * does not answer within `timeoutMs` is a timeout (outcome unknown).
 */
export function httpChannel(
  name: ForsendelseChannel,
  baseUrl: string,
  options: { timeoutMs: number; krr?: Kontaktregister },
): Channel {
  const base = baseUrl.replace(/\/+$/, '');
  return channelOver(
    name,
    {
      async request(method, path, message) {
        let body: FormData | undefined;
        if (message) {
          body = new FormData();
          body.append(
            'forsendelse',
            new Blob([JSON.stringify(svarUtForsendelse(message))], { type: 'application/json' }),
          );
          for (const d of message.documents)
            body.append('filer', new Blob([d.bytes], { type: d.mediaType }), d.filename);
        }
        let res: Response;
        try {
          res = await fetch(`${base}${path}`, {
            method,
            headers: { accept: 'application/json' },
            body,
            signal: AbortSignal.timeout(options.timeoutMs),
          });
        } catch (error) {
          const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
          throw new ChannelError(
            timedOut ? 'timeout' : 'unavailable',
            timedOut ? `no answer within ${options.timeoutMs} ms` : 'the channel could not be reached',
          );
        }
        let json: unknown = null;
        try {
          json = await res.json();
        } catch (error) {
          if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError')
            throw new ChannelError('timeout', `no answer within ${options.timeoutMs} ms`);
          json = null;
        }
        return { status: res.status, json };
      },
    },
    options.krr,
  );
}

/**
 * A channel over a fake service in this process (tests, the demo): the same format and the same
 * faults, without a socket. A timeout throws at once instead of waiting (the outcome is as unknown).
 */
export function inProcessChannel(
  service: FakeForsendelseService,
  options: { krr?: Kontaktregister } = {},
): Channel {
  return channelOver(
    service.kind,
    {
      async request(method, path, message) {
        const a = service.handle(
          method,
          path,
          message ? svarUtForsendelse(message) : undefined,
          message?.documents.length ?? 0,
        );
        if (a.fault === 'slow' && service.faults.slowMs > 0)
          await new Promise((r) => setTimeout(r, service.faults.slowMs));
        if (a.fault === 'timeout_before' || a.fault === 'timeout_after')
          throw new ChannelError('timeout', 'no answer in time');
        return { status: a.status, json: JSON.parse(JSON.stringify(a.body)) as unknown };
      },
    },
    options.krr,
  );
}

export type { ChannelSet };
