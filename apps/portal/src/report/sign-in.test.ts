import { checkReportSubmission, reportContentProblems } from '@vern/domain';
import { interpolate } from '@vern/ui';
import { describe, expect, it } from 'vitest';
import { contentOf, loadDraft, newDraft, submissionOf, type SignedInReporter } from './draft';
import { setPath } from './draft-edit';
import { ownStatusText } from './own-reports';
import { reportNb, type ReportKey } from './texts.nb';
import { signInReturn, signInUrl, startSignIn } from './sign-in';
import { fetchOwnReports, sendReport, type OwnReport } from './submit';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
const store = () => new MemoryStorage() as unknown as Storage & MemoryStorage;

const teacher: SignedInReporter = { name: 'Petter Forelder', pidMasked: '148385*****' };

function professionalDraft() {
  let d = setPath(newDraft(), 'kind', 'offentlig');
  d = setPath(d, 'melder.name', 'Skrevet før innlogging');
  for (const [path, value] of [
    ['melder.role', 'Kontaktlærer'],
    ['melder.phone', '99 99 99 99'],
    ['melder.email', 'petter@skole.no'],
    ['melder.organisation.name', 'Demo skole'],
    ['melder.organisation.address.street', 'Skoleveien 1'],
    ['children.0.name', 'Åse'],
    ['children.0.told', 'yes'],
    ['report.concern', 'Limt inn fra journalen: «sulten hver dag».'],
  ] as const)
    d = setPath(d, path, value);
  return d;
}

describe('signing in with ID-porten from the report form', () => {
  it('keeps the draft in this tab, marked, and leaves for the sign-in with the form as the way back', () => {
    const s = store();
    const d = professionalDraft();
    const went: string[] = [];
    startSignIn(d, { pathname: '/portal/bekymring', assign: (u) => went.push(u) }, s);
    expect(went).toEqual(['/api/auth/citizen/login?returnTo=%2Fportal%2Fbekymring']);
    const back = loadDraft(s);
    expect(back).toEqual({ ...d, signingIn: true });
    expect(back?.report.concern).toBe('Limt inn fra journalen: «sulten hver dag».');
    expect(signInReturn(back, true)).toBe('signed-in');
    expect(signInReturn(back, false)).toBe('not-signed-in');
    expect(signInReturn(d, true)).toBeNull();
    expect(signInReturn(null, true)).toBeNull();
    expect(signInUrl('/portal/bekymring')).toBe('/api/auth/citizen/login?returnTo=%2Fportal%2Fbekymring');
  });

  it('signed in: the name is the verified one, never anonymous, and the submission claims the sign-in', () => {
    let d = setPath(professionalDraft(), 'kind', 'privat');
    d = setPath(d, 'anonymous', true);
    const content = contentOf(d, teacher);
    expect(content.melder).toMatchObject({ kind: 'privat', anonymous: false, name: 'Petter Forelder' });
    const submission = submissionOf(d, 'nb', teacher);
    expect(submission.identifiedBy).toBe('idporten');
    expect(JSON.stringify(submission)).not.toContain('148385');
    expect(checkReportSubmission(submission)).toMatchObject({ ok: true });
    // The typed name stays in the draft: signed out, it comes back, and so does anonymity.
    expect(d.melder.name).toBe('Skrevet før innlogging');
    expect(contentOf(d).melder).toEqual({ kind: 'privat', anonymous: true });
    expect(submissionOf(d, 'nb').identifiedBy).toBeUndefined();
  });

  it('without a name from ID-porten the typed name is sent, and required', () => {
    const d = professionalDraft();
    const noName = { name: null, pidMasked: '218609*****' };
    expect(contentOf(d, noName).melder.name).toBe('Skrevet før innlogging');
    const blank = setPath(d, 'melder.name', '');
    expect(reportContentProblems(contentOf(blank, noName), { identified: true })).toContainEqual({
      field: 'melder.name',
      code: 'REQUIRED',
    });
    expect(reportContentProblems(contentOf(blank, teacher), { identified: true })).toEqual([]);
  });

  it('the shared schema refuses an anonymous report that claims the sign-in', () => {
    const d = setPath(setPath(newDraft(), 'kind', 'privat'), 'anonymous', true);
    const s = { ...submissionOf(setPath(d, 'report.concern', 'x'), 'nb'), identifiedBy: 'idporten' as const };
    const s2 = { ...s, children: [{ name: 'Barn' }] };
    expect(checkReportSubmission(s2)).toEqual({
      ok: false,
      problems: [{ field: 'melder.anonymous', code: 'NOT_ANONYMOUS' }],
    });
  });

  it('sends a signed-in report with the session cookie and its CSRF token, any other without a cookie', async () => {
    const seen: RequestInit[] = [];
    const fetchFn = (async (_url: string, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(JSON.stringify({ reference: 'BM-AAAA-BBBB' }), { status: 201 });
    }) as typeof fetch;
    await sendReport('demo', '{}', { fetch: fetchFn, csrfToken: 'csrf-1' });
    await sendReport('demo', '{}', { fetch: fetchFn });
    expect(seen.map((i) => i.credentials)).toEqual(['same-origin', 'omit']);
    expect(new Headers(seen[0]?.headers).get('x-csrf-token')).toBe('csrf-1');
    expect(new Headers(seen[1]?.headers).get('x-csrf-token')).toBeNull();
  });
});

describe('«Min side»: own reports', () => {
  const t = (key: ReportKey, params?: Record<string, string | number>) => interpolate(reportNb[key], params);
  const report = (over: Partial<OwnReport>): OwnReport => ({
    id: '6f1c0c1e-0000-4000-8000-000000000001',
    reference: 'BM-AAAA-BBBB',
    service: { slug: 'demo', name: 'Demo barnevern' },
    receivedAt: '2026-11-24T10:00:00Z',
    melderKind: 'offentlig',
    status: 'received',
    since: '2026-11-25T09:00:00Z',
    ...over,
  });

  it('says what the status page says: received, and for a professional whether an undersøkelse was opened', () => {
    const date = (iso: string) => iso.slice(0, 10);
    expect(ownStatusText(t, report({}), date)).toBe(reportNb['status.received.offentlig']);
    expect(ownStatusText(t, report({ melderKind: 'privat' }), date)).toBe(reportNb['status.received.privat']);
    expect(ownStatusText(t, report({ status: 'undersokelse' }), date)).toContain('2026-11-25');
    expect(ownStatusText(t, report({ status: 'no_undersokelse' }), date)).toBe(
      interpolate(reportNb['status.no_undersokelse'], { date: '2026-11-25' }),
    );
  });

  it('fetches the list, and null when it cannot', async () => {
    const items = [report({})];
    const ok = (async () => new Response(JSON.stringify({ items }), { status: 200 })) as typeof fetch;
    const no = (async () => new Response('{}', { status: 401 })) as typeof fetch;
    const down = (async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    expect(await fetchOwnReports(ok)).toEqual(items);
    expect(await fetchOwnReports(no)).toBeNull();
    expect(await fetchOwnReports(down)).toBeNull();
  });
});
