/**
 * The staff app's one way to the API: same-origin JSON, the CSRF token on every change, and every
 * failure as an `ApiProblem` value (never a throw), so a form can show the server's reasons.
 */

export interface ApiDetail {
  field: string;
  reason: string;
  code?: string;
}

export interface ApiProblem {
  /** HTTP status, or 0 when the server could not be reached. */
  status: number;
  /** The API's error code (VALIDATION_FAILED, INVALID_TRANSITION, …), or NETWORK. */
  code: string;
  message: string;
  details: ApiDetail[];
  /** Quoted to support when something broke on the server. */
  requestId?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

const NETWORK: ApiProblem = { status: 0, code: 'NETWORK', message: '', details: [] };

function isDetail(d: unknown): d is ApiDetail {
  const x = d as Partial<ApiDetail> | null;
  return typeof x === 'object' && x !== null && typeof x.field === 'string' && typeof x.reason === 'string';
}

/** Reads the API's error body `{ error: { code, message, details } }`; anything else gets a bare problem. */
export function toProblem(status: number, body: unknown): ApiProblem {
  const error = (body as { error?: Partial<ApiProblem> } | null)?.error;
  return {
    status,
    code: typeof error?.code === 'string' ? error.code : `HTTP_${status}`,
    message: typeof error?.message === 'string' ? error.message : '',
    details: Array.isArray(error?.details) ? error.details.filter(isDetail) : [],
    ...(typeof error?.requestId === 'string' ? { requestId: error.requestId } : {}),
  };
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return null;
  try {
    return await res.json();
  } catch {
    return null;
  }
}

/** GET a JSON resource. */
export async function apiGet<T>(url: string, fetchFn: typeof fetch = fetch): Promise<ApiResult<T>> {
  try {
    const res = await fetchFn(url, { cache: 'no-store', headers: { accept: 'application/json' } });
    const body = await readBody(res);
    return res.ok ? { ok: true, data: body as T } : { ok: false, problem: toProblem(res.status, body) };
  } catch {
    return { ok: false, problem: NETWORK };
  }
}

/**
 * POST (or another change) with the session's CSRF token. A JSON body by default; a Blob goes as
 * it is with its own type (document upload).
 */
export async function apiSend<T>(
  url: string,
  csrfToken: string,
  body: unknown,
  options: { method?: string; fetchFn?: typeof fetch } = {},
): Promise<ApiResult<T>> {
  const isBlob = typeof Blob !== 'undefined' && body instanceof Blob;
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrfToken };
  if (!isBlob) headers['content-type'] = 'application/json';
  else headers['content-type'] = body.type || 'application/octet-stream';
  try {
    const res = await (options.fetchFn ?? fetch)(url, {
      method: options.method ?? 'POST',
      headers,
      body: isBlob ? body : JSON.stringify(body),
    });
    const data = await readBody(res);
    return res.ok ? { ok: true, data: data as T } : { ok: false, problem: toProblem(res.status, data) };
  } catch {
    return { ok: false, problem: NETWORK };
  }
}
