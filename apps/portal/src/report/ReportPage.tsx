import { Alert, Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { reportContentProblems } from '@vern/domain';
import { Page, useI18n, useT, type MessageKey } from '@vern/ui';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { fetchCitizenSession, signOut, type CitizenSession } from '../min-side/session';
import {
  contentOf,
  discardDraft,
  hasContent,
  loadDraft,
  newDraft,
  saveDraft,
  submissionOf,
  type Draft,
  type SignedInReporter,
} from './draft';
import { setPath } from './draft-edit';
import { ReceiptView } from './ReceiptView';
import { ReportForm, type Phase } from './ReportForm';
import { useReportT } from './report-t';
import type { Problem } from './ProblemSummary';
import { signInReturn, signInUrl, startSignIn } from './sign-in';
import type { SignInState } from './SignInPanel';
import { fetchServices, sendReport, type Receipt, type Service } from './submit';
import './report.css';

export const REPORT_PATH = '/bekymring';

interface Hotline {
  name: MessageKey;
  note: MessageKey;
  /** Shown with a no-break space so the number never wraps. */
  number: string;
}

const HOTLINES: readonly Hotline[] = [
  { name: 'portal.report.police', note: 'portal.report.policeNote', number: '112' },
  { name: 'portal.report.alarm', note: 'portal.report.alarmNote', number: '116\u00a0111' },
];

/** The emergency numbers first: someone in danger now must not fill in a form. */
function Urgent(): ReactNode {
  const t = useT();
  const urgentId = useId();
  return (
    <section aria-labelledby={urgentId} className="vern-stack">
      <Heading level={2} data-size="sm" id={urgentId}>
        {t('portal.report.urgentTitle')}
      </Heading>
      <ul className="vern-grid vern-plain-list" role="list">
        {HOTLINES.map((line) => (
          <li key={line.number}>
            <Card data-color="warning" className="vern-stack">
              <Heading level={3} data-size="xs">
                {t(line.name)}
              </Heading>
              <Paragraph data-size="lg">
                <Link href={`tel:${line.number.replace(/\D/g, '')}`}>
                  {t('portal.report.call', { phone: line.number })}
                </Link>
              </Paragraph>
              <Paragraph>{t(line.note)}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the form checks before sending: the shared schema, plus the choices only the page has. */
function problemsOf(
  d: Draft,
  services: Service[] | null | 'loading',
  signedIn: SignedInReporter | null,
): Problem[] {
  const own: Problem[] = [];
  const choosing = Array.isArray(services) && services.length > 1;
  if (choosing && d.service === '') own.push({ field: 'service', code: 'REQUIRED' });
  if (d.kind === '') own.push({ field: 'kind', code: 'REQUIRED' });
  return [...own, ...reportContentProblems(contentOf(d, signedIn), { identified: signedIn !== null })];
}

const reporterOf = (c: CitizenSession | null | 'loading'): SignedInReporter | null =>
  c === null || c === 'loading' ? null : { name: c.name ?? null, pidMasked: c.pidMasked };

/**
 * The public concern-report form: no sign-in needed, anonymous if the reporter wishes, the draft
 * kept in this tab only (see draft.ts for why sessionStorage), sent with retries under one
 * idempotency key, and a receipt of exactly what was received. Signing in with ID-porten is
 * optional (for a professional first of all): the draft survives the round trip (sign-in.ts), the
 * identity is then shown as verified and sent as the session's, and anonymity is not offered.
 */
export function ReportPage(): ReactNode {
  const t = useT();
  const rt = useReportT();
  const { lang } = useI18n();
  const [initial] = useState(() => loadDraft());
  const [draft, setDraft] = useState<Draft>(() => initial ?? newDraft());
  const [services, setServices] = useState<Service[] | null | 'loading'>('loading');
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problem[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [receipt, setReceipt] = useState<{ receipt: Receipt; slug: string; statusCode: string } | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const [citizen, setCitizen] = useState<CitizenSession | null | 'loading'>('loading');
  const [signOutState, setSignOutState] = useState({ signedOut: false, failed: false });
  const [returned, setReturned] = useState<'signed-in' | 'not-signed-in' | null>(null);

  useEffect(() => {
    void fetchServices().then(setServices);
  }, []);
  // Who is signed in, if anyone; once known, say whether a sign-in from this form just finished
  // (the draft was marked before leaving for ID-porten) and clear the mark.
  useEffect(() => {
    void fetchCitizenSession().then((session) => {
      setCitizen(session);
      setReturned(signInReturn(initial, session !== null));
      setDraft((d) => (d.signingIn ? { ...d, signingIn: false } : d));
    });
  }, [initial]);
  // Kept in this tab's session storage on every change, so a reload or a long break loses nothing.
  useEffect(() => {
    if (receipt) return;
    if (hasContent(draft)) saveDraft(draft);
    else discardDraft();
  }, [draft, receipt]);

  const slug = Array.isArray(services) && services.length === 1 ? (services[0]?.slug ?? '') : draft.service;
  const signedIn = reporterOf(citizen);
  const problems = serverProblems ?? problemsOf(draft, services, signedIn);
  const signInState: SignInState =
    citizen === 'loading'
      ? { kind: 'loading' }
      : citizen
        ? { kind: 'signed-in', signOutFailed: signOutState.failed }
        : { kind: 'anonymous', signedOut: signOutState.signedOut };
  const set = (path: string, value: unknown) => {
    setDiscarded(false);
    setServerProblems(null);
    setDraft((d) => setPath(d, path, value));
  };

  const send = async (body: string) => {
    setDraft((d) => ({ ...d, pending: body }));
    setPhase({ kind: 'sending', attempt: 0 });
    // A report that claims the sign-in goes with the session (cookie and CSRF token); any other
    // goes without a cookie, even if the browser has a session.
    const claims = (JSON.parse(body) as { identifiedBy?: string }).identifiedBy !== undefined;
    const outcome = await sendReport(slug, body, {
      onRetry: (n) => setPhase({ kind: 'sending', attempt: n }),
      csrfToken: claims && citizen !== 'loading' && citizen ? citizen.csrfToken : undefined,
    });
    switch (outcome.kind) {
      case 'received': {
        discardDraft();
        const statusCode = (JSON.parse(body) as { statusCode: string }).statusCode;
        setReceipt({ receipt: outcome.receipt, slug, statusCode });
        setPhase({ kind: 'editing' });
        return;
      }
      case 'invalid':
        // Signed out elsewhere or timed out: ask again who is signed in, so the form shows it.
        if (outcome.problems.some((p) => p.field === 'identifiedBy'))
          void fetchCitizenSession().then(setCitizen);
        setDraft((d) => ({ ...d, pending: null }));
        setServerProblems(outcome.problems);
        setShowProblems(true);
        setPhase({ kind: outcome.problems.length > 0 ? 'editing' : 'refused' });
        setAttempt((a) => a + 1);
        return;
      case 'conflict':
        setPhase({ kind: 'conflict' });
        return;
      case 'failed':
        setPhase({ kind: 'failed' });
        return;
      default: {
        const unreachable: never = outcome;
        throw new Error(`unknown outcome ${String(unreachable)}`);
      }
    }
  };
  const onSend = () => {
    const found = problemsOf(draft, services, signedIn);
    setServerProblems(null);
    setShowProblems(true);
    if (found.length > 0 || !slug) {
      setAttempt((a) => a + 1);
      return;
    }
    void send(JSON.stringify(submissionOf(draft, lang, signedIn)));
  };
  const onSignOut = async () => {
    if (citizen === 'loading' || citizen === null) return;
    const ok = await signOut(citizen.csrfToken);
    setSignOutState({ signedOut: ok, failed: !ok });
    setServerProblems(null);
    setReturned(null);
    if (ok) setCitizen(null);
  };

  if (receipt) {
    return (
      <Page title={t('portal.report.title')}>
        <ReceiptView
          receipt={receipt.receipt}
          slug={receipt.slug}
          statusCode={receipt.statusCode}
          onNew={() => {
            setReceipt(null);
            setShowProblems(false);
            setDraft(newDraft());
          }}
        />
      </Page>
    );
  }
  return (
    <Page title={t('portal.report.title')}>
      <Paragraph data-size="lg">{rt('lead')}</Paragraph>
      <Urgent />
      <Paragraph>{rt('draftNote')}</Paragraph>
      {returned ? (
        <Alert data-color={returned === 'signed-in' ? 'success' : 'warning'} role="status">
          <Paragraph>{rt(returned === 'signed-in' ? 'signIn.back' : 'signIn.notFinished')}</Paragraph>
        </Alert>
      ) : initial && !discarded ? (
        <Alert data-color="info">
          <Paragraph>{rt('restored')}</Paragraph>
        </Alert>
      ) : null}
      {discarded ? (
        <Alert data-color="success" role="status">
          <Paragraph>{rt('discarded')}</Paragraph>
        </Alert>
      ) : null}
      <ReportForm
        draft={draft}
        set={set}
        services={services}
        problems={problems}
        showProblems={showProblems}
        attempt={attempt}
        phase={phase}
        onSend={onSend}
        onRetryPending={() => {
          if (draft.pending) void send(draft.pending);
        }}
        onSendAsNew={() => {
          const fresh = newDraft();
          const next = {
            ...draft,
            idempotencyKey: fresh.idempotencyKey,
            statusCode: fresh.statusCode,
            pending: null,
          };
          setDraft(next);
          void send(JSON.stringify(submissionOf(next, lang, signedIn)));
        }}
        signIn={{
          state: signInState,
          href: signInUrl(window.location.pathname),
          onSignIn: () => startSignIn(draft),
          onSignOut: () => void onSignOut(),
        }}
        signedIn={signedIn}
        onDiscard={() => {
          discardDraft();
          setDraft(newDraft());
          setShowProblems(false);
          setServerProblems(null);
          setPhase({ kind: 'editing' });
          setDiscarded(true);
          window.scrollTo(0, 0);
        }}
      />
    </Page>
  );
}
