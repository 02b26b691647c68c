import { Alert, Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { formatLetterDate, osloDate } from '@vern/domain';
import { AppLink, FormErrorSummary, Page } from '@vern/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiSend, type ApiProblem } from '../api/http';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { casePath } from '../cases/staff-routes';
import type { StaffKey } from '../i18n/dictionary';
import { useStaffT, type StaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { detailText, problemText } from '../steps/problem-text';
import {
  changedInputs,
  detailInput,
  detailKey,
  inputId,
  letterPdfUrl,
  type InputValue,
  type LetterInput,
  type LetterView,
} from './letters';
import { RecipientPreview } from './RecipientPreview';
import './letters.css';

/** `/saker/{id}/brev/{letterId}`: write the draft, see it as the recipient will, send it. */
export function LetterPage({ sakId, letterId }: { sakId: string; letterId: string }): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('letters.loading')}>
      {(session) => <Letter sakId={sakId} letterId={letterId} session={session} />}
    </RequireStaff>
  );
}

interface Problem {
  input: string | null;
  text: string;
}

function problemsOf(t: StaffT, problem: ApiProblem): Problem[] {
  const general = problemText(t, problem);
  return [
    ...(general ? [{ input: null, text: general }] : []),
    ...problem.details.map((d) => {
      const key = detailKey(d);
      return { input: detailInput(d), text: key ? t(key) : detailText(t, problem, d) };
    }),
  ];
}

function Letter({
  sakId,
  letterId,
  session,
}: {
  sakId: string;
  letterId: string;
  session: StaffSession;
}): ReactNode {
  const t = useStaffT();
  const state = useApi<LetterView>(`/api/cases/${sakId}/letters/${letterId}`);
  const [flash, setFlash] = useState<string | null>(null);
  if (!state.result?.ok) {
    return (
      <Page title={t('letters.loading')}>
        {state.result ? (
          <LoadProblem problem={state.result.problem} onRetry={state.reload} />
        ) : (
          <Paragraph role="status">{t('load.busy')}</Paragraph>
        )}
        <Paragraph>
          <AppLink to={casePath(sakId)}>{t('letters.back')}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  const view = state.result.data;
  const template = t(`letters.template.${view.templateId}`);
  return (
    <Page title={t('letters.edit.title', { template, name: view.recipient.name })}>
      <Paragraph>
        <AppLink to={casePath(sakId)}>{t('letters.back')}</AppLink>
      </Paragraph>
      {flash ? (
        <Alert data-color="success" role="status">
          <Paragraph>{flash}</Paragraph>
        </Alert>
      ) : null}
      {view.status === 'sent' ? (
        <Alert data-color="info">
          <Paragraph>
            {t('letters.sent.info', {
              date: formatLetterDate(osloDate(new Date(view.sentAt ?? view.updatedAt))),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      {view.protectedFieldsRedacted ? (
        <Alert data-color="warning">
          <Paragraph>{t('letters.edit.protected')}</Paragraph>
        </Alert>
      ) : null}
      {view.status === 'draft' ? (
        <DraftEditor
          key={view.version}
          sakId={sakId}
          view={view}
          csrfToken={session.csrfToken}
          onChanged={(message) => {
            setFlash(message);
            state.reload();
          }}
        />
      ) : null}
      <RecipientPreview preview={view.preview} pdfHref={letterPdfUrl(sakId, letterId)} lang={view.lang} />
    </Page>
  );
}

/** The draft's inputs and the send step; remounted (fresh values) after every save. */
function DraftEditor({
  sakId,
  view,
  csrfToken,
  onChanged,
}: {
  sakId: string;
  view: LetterView;
  csrfToken: string;
  onChanged: (message: string) => void;
}): ReactNode {
  const t = useStaffT();
  const [values, setValues] = useState<Record<string, InputValue>>(() =>
    Object.fromEntries(view.inputs.map((i) => [i.key, i.value])),
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState<'save' | 'send' | null>(null);
  const url = `/api/cases/${sakId}/letters/${view.id}`;
  const changed = changedInputs(view.inputs, values);
  const stop = (found: Problem[]) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy('save');
    const result = await apiSend(
      url,
      csrfToken,
      { version: view.version, inputs: changed },
      { method: 'PUT' },
    );
    setBusy(null);
    if (result.ok) onChanged(t('letters.edit.saved'));
    else stop(problemsOf(t, result.problem));
  };

  const onSend = async () => {
    if (busy) return;
    if (Object.keys(changed).length > 0) return stop([{ input: null, text: t('letters.send.unsaved') }]);
    if (!confirmed) return stop([{ input: 'bekreft', text: t('letters.send.confirmRequired') }]);
    setBusy('send');
    const result = await apiSend(`${url}/send`, csrfToken, { version: view.version });
    setBusy(null);
    if (result.ok) onChanged(t('letters.send.sent'));
    else stop(problemsOf(t, result.problem));
  };

  const label = (key: string) => t(`letters.input.${key}` as StaffKey);
  const errorAt = (key: string) =>
    problems
      .filter((p) => p.input === key)
      .map((p) => p.text)
      .join(' ') || undefined;
  const missing = view.missing.map(label);

  return (
    <>
      <FormErrorSummary
        title={t('form.errors.title')}
        attempt={attempt}
        general={problems.filter((p) => p.input === null).map((p) => p.text)}
        fields={problems.flatMap((p) =>
          p.input
            ? [
                {
                  inputId: p.input === 'bekreft' ? 'brev-bekreft' : inputId(p.input),
                  text: p.input === 'bekreft' ? p.text : `${label(p.input)}: ${p.text}`,
                },
              ]
            : [],
        )}
      />
      <section aria-labelledby="brev-tekst" className="vern-stack">
        <Heading level={2} data-size="md" id="brev-tekst">
          {t('letters.edit.inputs')}
        </Heading>
        {view.inputs.length === 0 ? <Paragraph>{t('letters.edit.noInputs')}</Paragraph> : null}
        <form className="vern-stack" noValidate onSubmit={(e) => void onSave(e)}>
          {view.inputs.map((i) => (
            <InputField
              key={i.key}
              input={i}
              label={label(i.key)}
              value={values[i.key] ?? null}
              error={errorAt(i.key)}
              onChange={(v) => setValues((all) => ({ ...all, [i.key]: v }))}
            />
          ))}
          {view.inputs.length > 0 ? (
            <div>
              <Button type="submit" variant="secondary" aria-disabled={busy !== null || undefined}>
                {busy === 'save' ? t('form.busy') : t('letters.edit.save')}
              </Button>
            </div>
          ) : null}
        </form>
      </section>
      <section aria-labelledby="brev-send" className="vern-stack">
        <Heading level={2} data-size="md" id="brev-send">
          {t('letters.send.title')}
        </Heading>
        {missing.length > 0 ? (
          <Paragraph>{t('letters.send.missing', { fields: missing.join(', ') })}</Paragraph>
        ) : null}
        <Checkbox
          id="brev-bekreft"
          label={t('letters.send.confirm')}
          checked={confirmed}
          error={errorAt('bekreft')}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <div>
          <Button type="button" aria-disabled={busy !== null || undefined} onClick={() => void onSend()}>
            {busy === 'send' ? t('letters.send.busy') : t('letters.send.button')}
          </Button>
        </div>
      </section>
    </>
  );
}

function InputField({
  input,
  label,
  value,
  error,
  onChange,
}: {
  input: LetterInput;
  label: string;
  value: InputValue;
  error: string | undefined;
  onChange: (value: InputValue) => void;
}): ReactNode {
  const t = useStaffT();
  const id = inputId(input.key);
  const description =
    [
      input.required ? t('letters.input.required') : null,
      input.protected ? t('letters.input.protected') : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  if (input.type === 'flag') {
    return (
      <Checkbox
        id={id}
        label={label}
        description={description}
        checked={value === true}
        error={error}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  const common = { id, label, description, error, value: text, autoComplete: 'off' } as const;
  return input.type === 'longtext' ? (
    <Textfield {...common} multiline rows={6} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <Textfield
      {...common}
      type={input.type === 'date' ? 'date' : 'text'}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
