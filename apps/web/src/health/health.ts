export type Health = 'ok' | 'down';

export const HEALTH_URL = '/api/health';

function isHealthy(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'ok';
}

/**
 * Asks the server whether it is up. Anything but a 2xx `{"status":"ok"}` within the time limit,
 * including a network error, counts as down; this never throws.
 */
export async function checkHealth(fetchFn: typeof fetch = fetch, timeoutMs = 5000): Promise<Health> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(HEALTH_URL, {
      signal: controller.signal,
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return 'down';
    return isHealthy(await res.json()) ? 'ok' : 'down';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
