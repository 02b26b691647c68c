import {
  Enhet,
  RegisterUnavailable,
  type Enhetsregisteret,
  type RegisterAnswer,
} from './enhetsregisteret.js';

/** The public register's address; the API is open (no key) and answers JSON. */
export const BRREG_API = 'https://data.brreg.no/enhetsregisteret/api';

type Fetch = typeof fetch;

/**
 * The adapter for Enhetsregisteret's open API (or the fake, which serves the same paths and JSON).
 * Asks `/enheter/{orgnr}`, and on 404 `/underenheter/{orgnr}`; 410 is a deleted unit (its body has
 * `slettedato`). Anything else, a timeout or unreadable JSON is RegisterUnavailable.
 */
export function httpEnhetsregisteret(
  baseUrl: string,
  options: { timeoutMs?: number; fetch?: Fetch } = {},
): Enhetsregisteret {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const base = baseUrl.replace(/\/+$/, '');
  const get = async (unit: 'enhet' | 'underenhet', orgnr: string): Promise<RegisterAnswer> => {
    const path = unit === 'enhet' ? 'enheter' : 'underenheter';
    let res: Response;
    try {
      res = await doFetch(`${base}/${path}/${encodeURIComponent(orgnr)}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new RegisterUnavailable(`Enhetsregisteret did not answer within ${timeoutMs} ms`);
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return { kind: 'unknown' };
    }
    if (res.status !== 200 && res.status !== 410) {
      await res.body?.cancel();
      throw new RegisterUnavailable(`Enhetsregisteret answered HTTP ${res.status}`);
    }
    const parsed = Enhet.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new RegisterUnavailable('Enhetsregisteret answered JSON Vern cannot read');
    return { kind: res.status === 410 ? 'deleted' : 'found', unit, enhet: parsed.data };
  };
  return {
    async lookup(orgnr) {
      const enhet = await get('enhet', orgnr);
      return enhet.kind === 'unknown' ? get('underenhet', orgnr) : enhet;
    },
  };
}
