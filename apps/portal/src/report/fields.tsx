import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { inputId, labelKey, useReportT } from './report-t';
import type { ReportKey } from './texts.nb';

export interface FieldProps {
  /** The path in the report (`children.0.name`): names the input, its label and its problems. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  optional?: boolean;
  multiline?: boolean;
  help?: ReportKey;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  maxLength?: number;
}

/**
 * One text input with its label, help and problem (Designsystemet ties them together with
 * aria-describedby). autocomplete="off": what is typed about a child is not kept by the browser as
 * a suggestion for the next person at this computer. Nothing stops pasting or copying.
 */
export function TextField({
  field,
  value,
  onChange,
  error,
  optional,
  multiline,
  help,
  inputMode,
  maxLength,
}: FieldProps): ReactNode {
  const t = useReportT();
  const key = labelKey(field);
  const label = `${key ? t(key) : field}${optional ? ` ${t('optional')}` : ''}`;
  const common = {
    id: inputId(field),
    label,
    description: help ? t(help) : undefined,
    error,
    value,
    autoComplete: 'off',
    spellCheck: multiline ? true : false,
  } as const;
  return multiline ? (
    <Textfield {...common} multiline rows={8} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <Textfield
      {...common}
      inputMode={inputMode}
      maxLength={maxLength}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A yes/no question as two radio buttons in a fieldset; its problem is shown under the legend. */
export function YesNo({
  field,
  legend,
  value,
  onChange,
  error,
}: {
  field: string;
  legend: ReportKey;
  value: '' | 'yes' | 'no';
  onChange: (value: 'yes' | 'no') => void;
  error?: string | undefined;
}): ReactNode {
  const t = useReportT();
  const id = inputId(field);
  return (
    <Fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <Fieldset.Legend>{t(legend)}</Fieldset.Legend>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      <Radio
        id={id}
        name={id}
        label={t('yes')}
        value="yes"
        checked={value === 'yes'}
        aria-invalid={error ? true : undefined}
        onChange={() => onChange('yes')}
      />
      <Radio
        id={`${id}-no`}
        name={id}
        label={t('no')}
        value="no"
        checked={value === 'no'}
        aria-invalid={error ? true : undefined}
        onChange={() => onChange('no')}
      />
    </Fieldset>
  );
}
