import { ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef, type MouseEvent, type ReactNode } from 'react';
import { fieldName, inFormOrder, inputId, problemText, useReportT } from './report-t';

export interface Problem {
  field: string;
  code: string;
}

/**
 * Every problem of the form in one list at the top, focused (and so read out) after each send that
 * was stopped, each linking to its input. A link moves focus itself: a #fragment would add a
 * history entry for the router and leave focus on the link.
 */
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
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (problems.length === 0 && !general) return null;
  const jump = (field: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(inputId(field));
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('errors.title')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {general ? <ErrorSummary.Item>{general}</ErrorSummary.Item> : null}
        {inFormOrder(problems).map((p) => (
          <ErrorSummary.Item key={p.field}>
            <ErrorSummary.Link href={`#${inputId(p.field)}`} onClick={jump(p.field)}>
              {`${fieldName(t, p.field)}: ${problemText(t, p.code)}`}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
