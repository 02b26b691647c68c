import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { CaseHistory } from '@vern/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiProblem, ApiResult } from '../api/http';
import { useStaffT } from '../i18n/useStaffT';
import { buildRequest, type BuiltRequest } from './build-request';
import { fieldLabel } from './field-text';
import type { FieldSpec, FieldValue, FormValues } from './field-spec';
import { mapErrors } from './field-errors';
import { detailText, problemText } from './problem-text';
import { StepErrorSummary } from './StepErrorSummary';
import { StepFields } from './StepFields';
import type { StepFormType } from './step-specs';

const MISSING_TEXT = {
  required: 'form.required',
  presisering: 'form.presisering',
  format: 'form.format',
} as const;

interface Failure {
  byField: Record<string, string[]>;
  general: string[];
  stale: boolean;
}

/**
 * One step as a form: the inputs its spec declares, checked for what is missing before sending,
 * then the server's answer shown at the inputs it names and in a summary on top.
 */
export function StepForm({
  type,
  fields,
  history,
  today,
  initial,
  submitLabel,
  submit,
  onDone,
  onReload,
}: {
  type: StepFormType;
  fields: readonly FieldSpec[];
  history: CaseHistory;
  today: string;
  initial: FormValues;
  submitLabel?: string;
  submit: (built: BuiltRequest) => Promise<ApiResult<unknown>>;
  onDone: (data: unknown) => void;
  onReload?: () => void;
}): ReactNode {
  const t = useStaffT();
  const [values, setValues] = useState<FormValues>(initial);
  const [failure, setFailure] = useState<Failure>({ byField: {}, general: [], stale: false });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const onChange = (key: string, value: FieldValue) => setValues((v) => ({ ...v, [key]: value }));
  const fail = (f: Failure) => {
    setFailure(f);
    setAttempt((n) => n + 1);
  };
  const fromProblem = (problem: ApiProblem): Failure => {
    const mapped = mapErrors(fields, problem.details, (d) => detailText(t, problem, d));
    const whole = problemText(t, problem);
    const stale = problem.details.some((d) => d.code === 'STALE_VERSION');
    return {
      byField: stale ? {} : mapped.byField,
      general: [...(whole ? [whole] : []), ...(stale || problem.status === 403 ? [] : mapped.general)],
      stale,
    };
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const built = buildRequest(type, fields, values, () => crypto.randomUUID());
    const missing = Object.entries(built.missing);
    if (missing.length > 0) {
      fail({
        byField: Object.fromEntries(missing.map(([key, why]) => [key, [t(MISSING_TEXT[why])]])),
        general: [],
        stale: false,
      });
      return;
    }
    setBusy(true);
    const result = await submit(built);
    setBusy(false);
    if (result.ok) onDone(result.data);
    else fail(fromProblem(result.problem));
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="vern-stack">
      <StepErrorSummary
        byField={failure.byField}
        general={failure.general}
        labelOf={(key) => fieldLabel(t, key)}
        attempt={attempt}
      />
      {failure.stale && onReload ? (
        <Alert data-color="warning">
          <Paragraph>{t('form.stale')}</Paragraph>
          <Button variant="secondary" type="button" onClick={onReload}>
            {t('form.reload')}
          </Button>
        </Alert>
      ) : null}
      <StepFields
        fields={fields}
        values={values}
        errors={failure.byField}
        history={history}
        today={today}
        onChange={onChange}
      />
      <div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? t('form.busy') : (submitLabel ?? t('form.submit'))}
        </Button>
      </div>
    </form>
  );
}
