import { ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef, type MouseEvent, type ReactNode } from 'react';

/** One problem at a field: the id of its input and the sentence to show. */
export interface FieldProblem {
  inputId: string;
  text: string;
}

/**
 * A form's problems in one list at the top, focused (and so read out) after each stopped submit,
 * each linking to its input. A link moves focus itself: a #fragment would be one more history entry
 * for the router and would leave focus on the link.
 */
export function FormErrorSummary({
  title,
  general = [],
  fields,
  attempt,
}: {
  title: string;
  /** Problems that belong to no one field. */
  general?: readonly string[];
  fields: readonly FieldProblem[];
  /** Changes with every stopped submit, so focus moves here again. */
  attempt: number;
}): ReactNode {
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (fields.length + general.length === 0) return null;
  const jump = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{title}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {general.map((message) => (
          <ErrorSummary.Item key={message}>{message}</ErrorSummary.Item>
        ))}
        {fields.map((f) => (
          <ErrorSummary.Item key={f.inputId}>
            <ErrorSummary.Link href={`#${f.inputId}`} onClick={jump(f.inputId)}>
              {f.text}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
