import type { ReportContent } from '@vern/domain';

export interface Receipt {
  reference: string;
  receivedAt: string;
  service: string;
  melderKind: 'privat' | 'offentlig';
  lang: 'nb' | 'nn' | 'en';
  report: ReportContent;
  /** Sent signed in with ID-porten (the identity came from the sign-in). */
  melderIdentified?: boolean;
}

export interface FieldProblem {
  /** Without the `body.` prefix: `children.0.name`. */
  field: string;
  code: string;
}

export type SendOutcome =
  | { kind: 'received'; receipt: Receipt }
  | { kind: 'invalid'; problems: FieldProblem[] }
  /** The key was used for other content: an earlier version of this report was received. */
  | { kind: 'conflict' }
  /** No answer after every try (offline, server down): the report may or may not have arrived. */
  | { kind: 'failed' };

export interface SendOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Pauses before each retry; the last is the last try. */
  backoffMs?: readonly number[];
  random?: () => number;
  onRetry?: (attempt: number) => void;
  /**
   * The signed-in reporter's CSRF token: the report is sent with the session cookie, so the server
   * can take the identity from the session. Without it no cookie is sent at all.
   */
  csrfToken?: string | undefined;
}

export const BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000] as const;
const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const reportUrl = (slug: string) =>
  `/api/public/tjenester/${encodeURIComponent(slug)}/bekymringsmeldinger`;

/**
 * Sends the report and waits for the receipt. The same bytes, with the same idempotency key, are
 * sent again after a network failure, a 5xx or a 429 (waiting longer each time, with jitter, and
 * at least what Retry-After asks), so a report that arrived but whose answer was lost is answered
 * with its receipt, never stored twice. A 4xx other than 429 is an answer, not a failure: it is
 * not retried. Without sign-in no cookie is sent: the form needs none, and a session the browser
 * happens to have (with its CSRF rule) must not stop or mark a report. Signed in, the cookie goes
 * with the session's CSRF token, and the report claims the identity the server then takes from it.
 */
export async function sendReport(
  slug: string,
  body: string,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? sleepFor;
  const backoff = options.backoffMs ?? BACKOFF_MS;
  const random = options.random ?? Math.random;
  for (let attempt = 0; attempt <= backoff.length; attempt++) {
    let wait: number | undefined;
    try {
      const res = await doFetch(reportUrl(slug), {
        method: 'POST',
        credentials: options.csrfToken ? 'same-origin' : 'omit',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(options.csrfToken ? { 'x-csrf-token': options.csrfToken } : {}),
        },
        body,
      });
      if (res.status === 200 || res.status === 201) {
        return { kind: 'received', receipt: (await res.json()) as Receipt };
      }
      if (res.status === 400) {
        const b = (await res.json().catch(() => ({}))) as {
          error?: { details?: { field: string; code?: string }[] };
        };
        const problems = (b.error?.details ?? []).map((d) => ({
          field: d.field.replace(/^body\./, ''),
          code: d.code ?? 'INVALID',
        }));
        return { kind: 'invalid', problems };
      }
      if (res.status === 409) return { kind: 'conflict' };
      if (res.status === 429) wait = Number(res.headers.get('retry-after') ?? '0') * 1000;
      else if (res.status < 500) return { kind: 'invalid', problems: [] };
    } catch {
      // offline, connection reset, server gone: try again
    }
    const pause = backoff[attempt];
    if (pause === undefined) break;
    options.onRetry?.(attempt + 1);
    await sleep(Math.max(wait ?? 0, pause * (0.75 + random() * 0.5)));
  }
  return { kind: 'failed' };
}

async function postKey(path: string, key: { reference: string; statusCode: string }, doFetch: typeof fetch) {
  return doFetch(path, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(key),
  });
}

/** The receipt PDF (what was reported), or null when the server would not give it. */
export async function fetchReceiptPdf(
  slug: string,
  key: { reference: string; statusCode: string },
  doFetch: typeof fetch = fetch,
): Promise<Blob | null> {
  const res = await postKey(`${reportUrl(slug)}/kvittering`, key, doFetch);
  return res.ok ? res.blob() : null;
}

export interface ReportStatus {
  reference: string;
  receivedAt: string;
  melderKind: 'privat' | 'offentlig';
  status: 'received' | 'undersokelse' | 'no_undersokelse';
  since: string;
}

export async function fetchStatus(
  slug: string,
  key: { reference: string; statusCode: string },
  doFetch: typeof fetch = fetch,
): Promise<ReportStatus | 'not-found' | 'busy' | 'error'> {
  try {
    const res = await postKey(`${reportUrl(slug)}/status`, key, doFetch);
    if (res.ok) return (await res.json()) as ReportStatus;
    if (res.status === 404 || res.status === 400) return 'not-found';
    if (res.status === 429) return 'busy';
    return 'error';
  } catch {
    return 'error';
  }
}

export interface Service {
  slug: string;
  name: string;
}

/** A report the signed-in reporter sent signed in, as «Min side» shows it (never case content). */
export interface OwnReport {
  id: string;
  reference: string;
  service: Service;
  receivedAt: string;
  melderKind: 'privat' | 'offentlig';
  status: ReportStatus['status'];
  since: string;
}

export const OWN_REPORTS_URL = '/api/citizen/bekymringsmeldinger';

/** The signed-in citizen's own reports, newest first; null when they could not be fetched. */
export async function fetchOwnReports(doFetch: typeof fetch = fetch): Promise<OwnReport[] | null> {
  try {
    const res = await doFetch(OWN_REPORTS_URL, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return null;
    return ((await res.json()) as { items: OwnReport[] }).items;
  } catch {
    return null;
  }
}

export async function fetchServices(doFetch: typeof fetch = fetch): Promise<Service[] | null> {
  try {
    const res = await doFetch('/api/public/tjenester', { credentials: 'omit' });
    if (!res.ok) return null;
    return ((await res.json()) as { items: Service[] }).items;
  } catch {
    return null;
  }
}
