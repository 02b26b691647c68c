import { ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef, type MouseEvent, type ReactNode } from 'react';
import { useStaffT } from '../i18n/useStaffT';
import { inputId } from './field-text';

/**
 * The form's problems in one list, focused when they appear, each linking to its input. Links
 * move focus themselves: a #fragment would be one more history entry for the router.
 */
export function StepErrorSummary({
  byField,
  general,
  labelOf,
  attempt,
}: {
  byField: Readonly<Record<string, readonly string[]>>;
  general: readonly string[];
  labelOf: (key: string) => string;
  /** Changes with every failed submit, so focus moves here again. */
  attempt: number;
}): ReactNode {
  const t = useStaffT();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const fields = Object.entries(byField).filter(([, messages]) => messages.length > 0);
  const any = fields.length + general.length > 0;
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!any) return null;
  const jump = (key: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(inputId(key));
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('form.errors.title')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {general.map((message) => (
          <ErrorSummary.Item key={message}>{message}</ErrorSummary.Item>
        ))}
        {fields.map(([key, messages]) => (
          <ErrorSummary.Item key={key}>
            <ErrorSummary.Link href={`#${inputId(key)}`} onClick={jump(key)}>
              {`${labelOf(key)}: ${messages.join(' ')}`}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
