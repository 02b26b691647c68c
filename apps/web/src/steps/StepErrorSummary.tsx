import { FormErrorSummary } from '@vern/ui';
import type { ReactNode } from 'react';
import { useStaffT } from '../i18n/useStaffT';
import { inputId } from './field-text';

/** A step form's problems in one list, each linking to its input. */
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
  return (
    <FormErrorSummary
      title={t('form.errors.title')}
      general={general}
      fields={Object.entries(byField)
        .filter(([, messages]) => messages.length > 0)
        .map(([key, messages]) => ({
          inputId: inputId(key),
          text: `${labelOf(key)}: ${messages.join(' ')}`,
        }))}
      attempt={attempt}
    />
  );
}
