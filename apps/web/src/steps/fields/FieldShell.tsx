import { Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useStaffT } from '../../i18n/useStaffT';
import { fieldHelp, fieldLabel, inputId } from '../field-text';

/**
 * Label, help text and error messages around one input. The ids are set here, not left to the
 * design system's script, so an error summary link and aria-describedby always find them.
 */
export function FieldShell({
  fieldKey,
  optional,
  errors,
  children,
}: {
  fieldKey: string;
  optional?: boolean | undefined;
  errors: readonly string[];
  children: (describedBy: string, invalid: boolean) => ReactNode;
}): ReactNode {
  const t = useStaffT();
  const id = inputId(fieldKey);
  const describedBy = [`${id}-help`, ...(errors.length > 0 ? [`${id}-error`] : [])].join(' ');
  return (
    <Field>
      <Label htmlFor={id}>
        {fieldLabel(t, fieldKey)}
        {optional ? ` ${t('form.optional')}` : ''}
      </Label>
      <Field.Description id={`${id}-help`}>{fieldHelp(t, fieldKey)}</Field.Description>
      {children(describedBy, errors.length > 0)}
      {errors.length > 0 ? (
        <ValidationMessage id={`${id}-error`}>{errors.join(' ')}</ValidationMessage>
      ) : null}
    </Field>
  );
}
