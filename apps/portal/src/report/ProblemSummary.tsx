import { FormErrorSummary } from '@vern/ui';
import type { ReactNode } from 'react';
import { fieldName, inFormOrder, inputId, problemText, useReportT } from './report-t';

export interface Problem {
  field: string;
  code: string;
}

/** Every problem of the report form in one list at the top, in the form's order. */
export function ProblemSummary({
  problems,
  attempt,
  general,
}: {
  problems: readonly Problem[];
  /** Changes with every stopped send, so focus moves here again. */
  attempt: number;
  general?: string | undefined;
}): ReactNode {
  const t = useReportT();
  return (
    <FormErrorSummary
      title={t('errors.title')}
      general={general ? [general] : []}
      fields={inFormOrder(problems).map((p) => ({
        inputId: inputId(p.field),
        text: `${fieldName(t, p.field)}: ${problemText(t, p.code)}`,
      }))}
      attempt={attempt}
    />
  );
}
