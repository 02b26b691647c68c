import {
  Alert,
  Button,
  Fieldset,
  Paragraph,
  Select,
  Spinner,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { REPORT_LIMITS } from '@vern/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ChildrenFields, GuardianFields } from './ChildFields';
import type { Draft, SignedInReporter } from './draft';
import { TextField } from './fields';
import { KindChoice, MelderFields } from './MelderFields';
import { ProblemSummary, type Problem } from './ProblemSummary';
import { inputId, problemText, useReportT } from './report-t';
import { SignInPanel, type SignInState } from './SignInPanel';
import type { Service } from './submit';

export type Phase =
  | { kind: 'editing' }
  | { kind: 'sending'; attempt: number }
  | { kind: 'failed' }
  | { kind: 'conflict' }
  | { kind: 'refused' };

export interface ReportFormProps {
  draft: Draft;
  set: (path: string, value: unknown) => void;
  services: Service[] | null | 'loading';
  problems: readonly Problem[];
  /** Whether problems are shown yet (after the first send): the form does not scold while one types. */
  showProblems: boolean;
  attempt: number;
  phase: Phase;
  onSend: () => void;
  onRetryPending: () => void;
  onSendAsNew: () => void;
  onDiscard: () => void;
  /** Signing in with ID-porten from the form (optional), and who is signed in, if anyone. */
  signIn: { state: SignInState; href: string; onSignIn: () => void; onSignOut: () => void };
  signedIn: SignedInReporter | null;
}

export function ReportForm(props: ReportFormProps): ReactNode {
  const { draft, set, phase, showProblems } = props;
  const t = useReportT();
  const errorOf = (field: string) => {
    if (!showProblems) return undefined;
    const p = props.problems.find((x) => x.field === field);
    return p ? problemText(t, p.code) : undefined;
  };
  const busy = phase.kind === 'sending';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) props.onSend();
  };
  const section = { draft, set, errorOf };
  return (
    <form
      onSubmit={submit}
      noValidate
      autoComplete="off"
      className="vern-stack"
      aria-busy={busy || undefined}
    >
      {showProblems ? (
        <ProblemSummary
          problems={props.problems}
          attempt={props.attempt}
          general={phase.kind === 'refused' ? t('serverRefused') : undefined}
        />
      ) : null}
      {draft.pending && phase.kind === 'editing' ? (
        <Alert data-color="warning">
          <Paragraph>{t('pendingNote')}</Paragraph>
          <Button type="button" onClick={props.onRetryPending}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      <ServiceChoice draft={draft} set={set} services={props.services} error={errorOf('service')} />
      <KindChoice {...section} />
      <SignInPanel {...props.signIn} />
      <MelderFields {...section} signedIn={props.signedIn} />
      <ChildrenFields {...section} />
      <GuardianFields {...section} />
      {draft.kind === '' ? null : (
        <Fieldset>
          <Fieldset.Legend>{t('report.legend')}</Fieldset.Legend>
          <div className="vern-stack">
            <TextField
              field="report.concern"
              multiline
              help="report.concern.help"
              value={draft.report.concern}
              maxLength={REPORT_LIMITS.part}
              onChange={(v) => set('report.concern', v)}
              error={errorOf('report.concern')}
            />
            {draft.kind === 'offentlig'
              ? (['background', 'otherViews', 'interpreter', 'otherServices'] as const).map((k) => (
                  <TextField
                    key={k}
                    field={`report.${k}`}
                    optional
                    multiline={k === 'background' || k === 'otherViews'}
                    value={draft.report[k]}
                    onChange={(v) => set(`report.${k}`, v)}
                    error={errorOf(`report.${k}`)}
                  />
                ))
              : null}
          </div>
        </Fieldset>
      )}
      <SendState phase={phase} onRetry={props.onRetryPending} onSendAsNew={props.onSendAsNew} />
      <div className="vern-actions">
        <Button type="submit" disabled={busy}>
          {busy ? <Spinner aria-hidden data-size="sm" /> : null}
          {t('send')}
        </Button>
      </div>
      <Discard onDiscard={props.onDiscard} />
    </form>
  );
}

function ServiceChoice({
  draft,
  set,
  services,
  error,
}: {
  draft: Draft;
  set: (path: string, value: unknown) => void;
  services: Service[] | null | 'loading';
  error: string | undefined;
}): ReactNode {
  const t = useReportT();
  if (services === 'loading') return <Paragraph>{t('service.loading')}</Paragraph>;
  if (services === null)
    return (
      <Alert data-color="danger">
        <Paragraph>{t('service.failed')}</Paragraph>
      </Alert>
    );
  const only = services.length === 1 ? services[0] : undefined;
  if (only) return <Paragraph>{t('service.one', { name: only.name })}</Paragraph>;
  return (
    <div className="vern-stack">
      <label htmlFor={inputId('service')}>{t('service.label')}</label>
      <Paragraph data-size="sm" id="f-service-help">
        {t('service.help')}
      </Paragraph>
      <Select
        id={inputId('service')}
        value={draft.service}
        aria-describedby={`f-service-help${error ? ' f-service-error' : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => set('service', e.target.value)}
      >
        <Select.Option value="">{t('service.choose')}</Select.Option>
        {services.map((s) => (
          <Select.Option key={s.slug} value={s.slug}>
            {s.name}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage id="f-service-error">{error}</ValidationMessage> : null}
    </div>
  );
}

/** What sending is doing, said to screen readers as it changes (a live region). */
function SendState({
  phase,
  onRetry,
  onSendAsNew,
}: {
  phase: Phase;
  onRetry: () => void;
  onSendAsNew: () => void;
}): ReactNode {
  const t = useReportT();
  return (
    <div aria-live="polite" className="vern-stack">
      {phase.kind === 'sending' ? (
        <Paragraph>{phase.attempt > 0 ? t('retrying', { n: phase.attempt + 1 }) : t('sending')}</Paragraph>
      ) : null}
      {phase.kind === 'failed' ? (
        <Alert data-color="danger">
          <Paragraph>{t('failed')}</Paragraph>
          <Button type="button" onClick={onRetry}>
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      {phase.kind === 'conflict' ? (
        <Alert data-color="warning">
          <Paragraph>{t('conflict')}</Paragraph>
          <Button type="button" onClick={onSendAsNew}>
            {t('sendAsNew')}
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}

/** «Forkast utkastet»: asks once, then removes the draft from the page and from the browser. */
function Discard({ onDiscard }: { onDiscard: () => void }): ReactNode {
  const t = useReportT();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button type="button" variant="tertiary" data-color="danger" onClick={() => setAsking(true)}>
        {t('discard')}
      </Button>
    );
  return (
    <Alert data-color="warning">
      <Paragraph>{t('discardConfirm')}</Paragraph>
      <div className="vern-actions">
        <Button
          type="button"
          data-color="danger"
          onClick={() => {
            setAsking(false);
            onDiscard();
          }}
        >
          {t('discardYes')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          {t('discardNo')}
        </Button>
      </div>
    </Alert>
  );
}
