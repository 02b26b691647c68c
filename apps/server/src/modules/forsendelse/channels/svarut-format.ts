import { CHANNEL_STATUSES, type ChannelStatus } from '@vern/domain';
import {
  ChannelError,
  type ChannelEvent,
  type ChannelStatusReport,
  type OutgoingMessage,
  type SendResult,
} from './channel.js';

/** The metadata part of SvarUt's sendForsendelse (the fields Vern sends). */
export interface SvarUtForsendelse {
  tittel: string;
  eksternReferanse: string;
  avgivendeSystem: string;
  mottaker: {
    digitalAdresse: { fodselsNummer: string } | { organisasjonsNummer: string };
    postAdresse: {
      navn: string;
      adresse1?: string;
      adresse2?: string;
      adresse3?: string;
      postNummer?: string;
      postSted?: string;
      land?: string;
    };
  };
  taushetsbelagtPost: boolean;
  krevNiva4Innlogging: boolean;
  kunDigitalLevering: boolean;
  varselTekst: string;
  dokumenter: { filnavn: string; mimeType: string }[];
}

/** The name Vern gives SvarUt as avgivendeSystem. */
export const AVGIVENDE_SYSTEM = 'Vern';

/** Our message as SvarUt's forsendelse metadata (the documents follow as file parts, in order). */
export function svarUtForsendelse(m: OutgoingMessage): SvarUtForsendelse {
  const a = m.recipient.address;
  const [adresse1, adresse2, adresse3] = a?.adresselinjer ?? [];
  return {
    tittel: m.title,
    eksternReferanse: m.reference,
    avgivendeSystem: AVGIVENDE_SYSTEM,
    mottaker: {
      digitalAdresse:
        m.recipient.kind === 'person'
          ? { fodselsNummer: m.recipient.fodselsnummer }
          : { organisasjonsNummer: m.recipient.organisasjonsnummer },
      postAdresse: {
        navn: m.recipient.name,
        ...(adresse1 ? { adresse1 } : {}),
        ...(adresse2 ? { adresse2 } : {}),
        ...(adresse3 ? { adresse3 } : {}),
        ...(a ? { postNummer: a.postnummer, postSted: a.poststed } : {}),
        ...(a?.land ? { land: a.land } : {}),
      },
    },
    taushetsbelagtPost: m.confidential,
    krevNiva4Innlogging: m.confidential,
    kunDigitalLevering: false,
    varselTekst: m.notificationText,
    dokumenter: m.documents.map((d) => ({ filnavn: d.filename, mimeType: d.mediaType })),
  };
}

const REFUSALS: Record<string, { reason: string; fallback: boolean }> = {
  MOTTAKER_IKKE_DIGITAL: { reason: 'Mottakeren kan ikke motta digital post.', fallback: true },
  MANGLER_ADRESSE: { reason: 'Mottakeren har ingen postadresse å sende papirbrev til.', fallback: false },
};

function body<T>(value: unknown): T {
  return (value ?? {}) as T;
}

/** The answer to sendForsendelse: 200 {id}; 4xx a refusal (with SvarUt's errorCode); else retry. */
export function readSendAnswer(status: number, json: unknown): SendResult {
  if (status === 200) {
    const id = body<{ id?: unknown }>(json).id;
    if (typeof id === 'string' && id.length > 0) return { kind: 'sent', channelRef: id };
    throw new ChannelError('unavailable', 'the channel accepted the message without an id');
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    const b = body<{ errorCode?: string; errorMessage?: string }>(json);
    const known = b.errorCode ? REFUSALS[b.errorCode] : undefined;
    if (known) return { kind: 'refused', ...known };
    return {
      kind: 'refused',
      reason: `Kanalen avviste forsendelsen (HTTP ${status}${b.errorCode ? `, ${b.errorCode.slice(0, 40)}` : ''}).`,
      fallback: false,
    };
  }
  throw new ChannelError('unavailable', `the channel answered HTTP ${status}`);
}

export function readLookupAnswer(status: number, json: unknown): string | null {
  if (status !== 200 || !Array.isArray(json))
    throw new ChannelError('unavailable', `the channel's reference lookup answered HTTP ${status}`);
  const ids = json.filter((x): x is string => typeof x === 'string');
  return ids[0] ?? null;
}

const isChannelStatus = (s: unknown): s is ChannelStatus =>
  typeof s === 'string' && (CHANNEL_STATUSES as readonly string[]).includes(s);

export function readStatusAnswer(status: number, json: unknown): ChannelStatusReport {
  const b = body<{ status?: unknown; sisteStatusEndring?: unknown }>(json);
  if (status !== 200 || !isChannelStatus(b.status))
    throw new ChannelError('unavailable', `the channel's status answered HTTP ${status}`);
  return {
    status: b.status,
    changedAt: typeof b.sisteStatusEndring === 'string' ? b.sisteStatusEndring : new Date().toISOString(),
  };
}

export function readHistoryAnswer(status: number, json: unknown): ChannelEvent[] {
  const b = body<{ hendelsesLogg?: unknown }>(json);
  if (status !== 200 || !Array.isArray(b.hendelsesLogg))
    throw new ChannelError('unavailable', `the channel's history answered HTTP ${status}`);
  return b.hendelsesLogg.map((h: { hendelse?: unknown; tidspunkt?: unknown }) => ({
    hendelse: String(h.hendelse ?? ''),
    tidspunkt: String(h.tidspunkt ?? ''),
  }));
}

export const SVARUT_PATHS = {
  send: '/tjenester/api/forsendelse/v1/sendForsendelse',
  byReference: (ref: string) => `/tjenester/api/forsendelse/v1/eksternref/${encodeURIComponent(ref)}`,
  status: (id: string) => `/tjenester/api/forsendelse/v1/${encodeURIComponent(id)}/status`,
  history: (id: string) => `/tjenester/api/forsendelse/v1/${encodeURIComponent(id)}/historikk`,
};
