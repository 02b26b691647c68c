import type { ChannelStatus, ForsendelseChannel } from '@vern/domain';
import type { PostalAddress } from '../forsendelse.schemas.js';

/** What goes out: the SvarUt forsendelse's fields, from our tables. Personal data: never logged. */
export interface OutgoingMessage {
  /** Our forsendelse id: SvarUt's eksternReferanse and the idempotency key at the receiver. */
  reference: string;
  title: string;
  notificationText: string;
  confidential: boolean;
  recipient:
    | { kind: 'person'; fodselsnummer: string; name: string; address: PostalAddress | null }
    | { kind: 'organisasjon'; organisasjonsnummer: string; name: string; address: PostalAddress | null };
  documents: { filename: string; mediaType: 'application/pdf'; bytes: Uint8Array }[];
}

/**
 * The answer to a send: the channel has it under its own id, or it refused it for good. A refusal
 * with `fallback` (no digital mailbox, reserved in KRR) sends Vern to the next channel; one without
 * (invalid message, no address to print to) is a dead letter with the reason.
 */
export type SendResult =
  { kind: 'sent'; channelRef: string } | { kind: 'refused'; reason: string; fallback: boolean };

export interface ChannelStatusReport {
  status: ChannelStatus;
  changedAt: string;
}

export interface ChannelEvent {
  hendelse: string;
  tidspunkt: string;
}

/**
 * One port for every route out: SvarUt-style forwarding, the digital mailbox, print and post. A
 * transient failure (the service is down, answers 5xx, or does not answer in time) throws
 * ChannelError; the relay then retries with backoff. Before it sends again after such a failure
 * it asks findByReference, so a message the service did take is never sent twice.
 */
export interface Channel {
  readonly name: ForsendelseChannel;
  send(message: OutgoingMessage): Promise<SendResult>;
  /** The channel's id of the message sent under our reference, or null when it has none. */
  findByReference(reference: string): Promise<string | null>;
  status(channelRef: string): Promise<ChannelStatusReport>;
  history(channelRef: string): Promise<ChannelEvent[]>;
}

export type ChannelSet = Readonly<Record<ForsendelseChannel, Channel>>;

/** A failure that may pass: try again later. `timeout`: the outcome is unknown. */
export class ChannelError extends Error {
  override name = 'ChannelError';
  constructor(
    readonly kind: 'timeout' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}
