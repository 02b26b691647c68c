import type { ReportAddress, ReportContent, ReportSubmission } from '@vern/domain';

/**
 * The draft of a concern report, as the form holds it: every field a string (empty when not
 * filled in) or a choice, plus the two values made once when the draft begins and sent unchanged
 * with every try: the idempotency key (a retry is never stored twice) and the status code (the
 * reporter's secret for the status page).
 */
export interface AddressDraft {
  street: string;
  postalCode: string;
  postalPlace: string;
}
export interface ChildDraft {
  name: string;
  fodselsnummer: string;
  unborn: boolean;
  estimatedAge: string;
  relation: string;
  phone: string;
  address: AddressDraft;
  told: '' | 'yes' | 'no';
  notToldWhy: string;
}
export interface GuardianDraft {
  name: string;
  phone: string;
  told: '' | 'yes' | 'no';
  notToldWhy: string;
}
export interface Draft {
  version: 1;
  idempotencyKey: string;
  statusCode: string;
  startedAt: string;
  service: string;
  kind: '' | 'privat' | 'offentlig';
  anonymous: boolean;
  melder: {
    name: string;
    phone: string;
    email: string;
    address: AddressDraft;
    role: string;
    organisation: { name: string; number: string; address: AddressDraft };
  };
  children: ChildDraft[];
  guardians: GuardianDraft[];
  report: {
    concern: string;
    background: string;
    otherViews: string;
    interpreter: string;
    otherServices: string;
  };
  /** The exact bytes of a send whose answer never came, so a retry after a reload sends the same. */
  pending: string | null;
  /**
   * Set just before the page leaves for ID-porten (see startSignIn in sign-in.ts), so that the
   * form, back from the sign-in, can say that the text is still here (or that sign-in did not
   * finish); cleared once said.
   */
  signingIn: boolean;
}

/**
 * A reporter signed in with ID-porten, as the form uses it: the name the identity provider gave
 * (null when it gave none: then the reporter types it) and the masked fødselsnummer to show. The
 * full number never reaches the page; the server takes it from the session.
 */
export interface SignedInReporter {
  name: string | null;
  pidMasked: string;
}

const address = (): AddressDraft => ({ street: '', postalCode: '', postalPlace: '' });
export const emptyChild = (): ChildDraft => ({
  name: '',
  fodselsnummer: '',
  unborn: false,
  estimatedAge: '',
  relation: '',
  phone: '',
  address: address(),
  told: '',
  notToldWhy: '',
});
export const emptyGuardian = (): GuardianDraft => ({ name: '', phone: '', told: '', notToldWhy: '' });

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 characters of Crockford base 32 from the browser's cryptographic random source (60 bits). */
export function newStatusCode(random: (n: number) => Uint8Array = randomBytes): string {
  return [...random(12)].map((b) => CROCKFORD[b % 32]).join('');
}
function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

export function newDraft(now: Date = new Date()): Draft {
  return {
    version: 1,
    idempotencyKey: crypto.randomUUID(),
    statusCode: newStatusCode(),
    startedAt: now.toISOString(),
    service: '',
    kind: '',
    anonymous: false,
    melder: {
      name: '',
      phone: '',
      email: '',
      address: address(),
      role: '',
      organisation: { name: '', number: '', address: address() },
    },
    children: [emptyChild()],
    guardians: [],
    report: { concern: '', background: '', otherViews: '', interpreter: '', otherServices: '' },
    pending: null,
    signingIn: false,
  };
}

/** Whether anything was chosen or written: a pristine draft is not kept anywhere. */
export function hasContent(d: Draft): boolean {
  const bare = (x: Draft) => JSON.stringify({ ...x, idempotencyKey: '', statusCode: '', startedAt: '' });
  return bare(d) !== bare(newDraft());
}

/** Leaves out what was not filled in; keeps what was, exactly as typed. */
function text(s: string): string | undefined {
  return s.trim() === '' ? undefined : s;
}
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
function addressOf(a: AddressDraft): ReportAddress | undefined {
  const c = clean({
    street: text(a.street),
    postalCode: text(a.postalCode),
    postalPlace: text(a.postalPlace),
  });
  return Object.keys(c).length > 0 ? c : undefined;
}
const yesNo = (v: '' | 'yes' | 'no') => (v === '' ? undefined : v === 'yes');

/**
 * What the draft reports, in the shape the server checks: only the fields a reporter of this kind
 * is asked for (a private reporter is not asked whom they told; an anonymous one gives no contact).
 * Signed in, the reporter is never anonymous, and the name is the one ID-porten gave (the server
 * refuses any other); the draft keeps what was typed, so signing out gives the typed text back.
 */
export function contentOf(d: Draft, signedIn?: SignedInReporter | null): ReportContent {
  const offentlig = d.kind === 'offentlig';
  const anonymous = !offentlig && !signedIn && d.anonymous;
  const m = d.melder;
  const melder = clean({
    kind: offentlig ? ('offentlig' as const) : ('privat' as const),
    anonymous,
    name: anonymous ? undefined : (signedIn?.name ?? text(m.name)),
    phone: anonymous ? undefined : text(m.phone),
    email: offentlig ? text(m.email) : undefined,
    address: offentlig || anonymous ? undefined : addressOf(m.address),
    role: offentlig ? text(m.role) : undefined,
    organisation: offentlig
      ? clean({
          name: text(m.organisation.name),
          number: text(m.organisation.number),
          address: addressOf(m.organisation.address),
        })
      : undefined,
  });
  const children = d.children.map((c) =>
    clean({
      name: c.name,
      fodselsnummer: offentlig ? text(c.fodselsnummer) : undefined,
      unborn: offentlig && c.unborn ? true : undefined,
      estimatedAge: offentlig ? undefined : text(c.estimatedAge),
      relation: offentlig ? undefined : text(c.relation),
      phone: offentlig ? text(c.phone) : undefined,
      address: addressOf(c.address),
      told: offentlig ? yesNo(c.told) : undefined,
      notToldWhy: offentlig && c.told === 'no' ? text(c.notToldWhy) : undefined,
    }),
  );
  const guardians = offentlig
    ? d.guardians.map((g) =>
        clean({
          name: g.name,
          phone: text(g.phone),
          told: yesNo(g.told) as boolean,
          notToldWhy: g.told === 'no' ? text(g.notToldWhy) : undefined,
        }),
      )
    : [];
  const r = d.report;
  const report = clean({
    concern: r.concern,
    background: offentlig ? text(r.background) : undefined,
    otherViews: offentlig ? text(r.otherViews) : undefined,
    interpreter: offentlig ? text(r.interpreter) : undefined,
    otherServices: offentlig ? text(r.otherServices) : undefined,
  });
  return clean({ melder, children, guardians: guardians.length > 0 ? guardians : undefined, report });
}

/** The submission: signed in, it claims so (identifiedBy), and the server takes the identity from the session. */
export function submissionOf(
  d: Draft,
  lang: 'nb' | 'nn' | 'en',
  signedIn?: SignedInReporter | null,
): ReportSubmission {
  return {
    version: 1,
    idempotencyKey: d.idempotencyKey,
    statusCode: d.statusCode,
    lang,
    ...(signedIn ? { identifiedBy: 'idporten' as const } : {}),
    ...contentOf(d, signedIn),
  };
}

/**
 * Where the draft is kept while the reporter writes: sessionStorage, and nothing else.
 *
 * - It survives a reload and a break of hours: sessionStorage has no expiry while the tab is open
 *   (the national portal lost the text after 30 minutes; this form never drops it on a timer).
 * - It does not outlive the tab: closing the tab (or the browser) ends its session storage, so on a
 *   shared family computer the next person finds nothing, and the reporter may be writing about
 *   exactly that person. localStorage, IndexedDB and cookies would all stay on the disk until
 *   someone deleted them, and a cookie would also travel to the server with every request.
 * - It belongs to this tab only: another tab or window does not see it.
 * - «Forkast utkastet» (discard) and a sent report remove it at once.
 * - It survives signing in with ID-porten from the form. That round trip leaves the page for the
 *   identity provider and comes back (to /api/auth/citizen/callback, then the form) in the same
 *   tab, and a tab keeps its session storage per site across navigations, so the draft is there
 *   when the form loads again. The sign-in link therefore never opens a new tab or window (a new
 *   tab has its own, empty session storage), and the draft is written once more just before the
 *   page leaves (startSignIn in sign-in.ts), so not even the last keystroke is lost.
 *
 * What it cannot prevent: a browser that restores closed tabs (Ctrl+Shift+T, «restore session»)
 * may bring session storage back with the tab, so the form tells the reporter to discard the draft
 * on a shared computer rather than just closing the tab. The inputs also ask the browser not to
 * remember what was typed (autocomplete="off"), so no name turns up as a suggestion later.
 */
export const DRAFT_KEY = 'vern.bekymring.utkast';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage switched off: the form still works, without surviving a reload
  }
}

export function loadDraft(store: Storage | undefined = storage()): Draft | null {
  const raw = store?.getItem(DRAFT_KEY);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<Draft>;
    if (d.version !== 1 || typeof d.idempotencyKey !== 'string' || typeof d.statusCode !== 'string')
      return null;
    return { ...newDraft(), ...d } as Draft;
  } catch {
    return null;
  }
}

export function saveDraft(d: Draft, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(DRAFT_KEY, JSON.stringify(d));
  } catch {
    // full or switched off: the draft lives on in the page until it is closed
  }
}

export function discardDraft(store: Storage | undefined = storage()): void {
  store?.removeItem(DRAFT_KEY);
}
