import { Checkbox, Input, Select, Textarea } from '@digdir/designsystemet-react';
import { findCode } from '@vern/domain';
import type { ReactNode } from 'react';
import { useStaffT } from '../../i18n/useStaffT';
import { dynamicText, fieldHelp, fieldLabel, inputId } from '../field-text';
import type { ChoiceFieldSpec, FieldValue, SimpleFieldSpec, TextFieldSpec } from '../field-spec';
import { FieldShell } from './FieldShell';

type Spec = ChoiceFieldSpec | TextFieldSpec | SimpleFieldSpec;

/** Dates, text, fixed choices and yes/no: the inputs that need nothing from the case. */
export function PlainField({
  spec,
  value,
  errors,
  onChange,
}: {
  spec: Spec;
  value: FieldValue | undefined;
  errors: readonly string[];
  onChange: (key: string, value: FieldValue) => void;
}): ReactNode {
  const t = useStaffT();
  const id = inputId(spec.key);
  if (spec.kind === 'checkbox') {
    return (
      <Checkbox
        id={id}
        label={fieldLabel(t, spec.key)}
        description={fieldHelp(t, spec.key)}
        checked={value === true}
        error={errors.length > 0 ? errors.join(' ') : undefined}
        onChange={(e) => onChange(spec.key, e.target.checked)}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  const set = (v: string) => onChange(spec.key, v);
  return (
    <FieldShell fieldKey={spec.key} optional={spec.optional} errors={errors}>
      {(describedBy, invalid) => {
        const common = {
          id,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
        } as const;
        switch (spec.kind) {
          case 'choice':
            return (
              <Select {...common} value={text} onChange={(e) => set(e.target.value)}>
                <Select.Option value="">{t('form.choose')}</Select.Option>
                {spec.options.map((o) => (
                  <Select.Option key={o} value={o}>
                    {spec.labels
                      ? `${o} ${findCode(spec.labels, o)?.label ?? ''}`
                      : dynamicText(t, `choice.${spec.key}.${o}`)}
                  </Select.Option>
                ))}
              </Select>
            );
          case 'text':
            return spec.multiline ? (
              <Textarea {...common} rows={6} value={text} onChange={(e) => set(e.target.value)} />
            ) : (
              <Input
                {...common}
                value={text}
                inputMode={spec.inputMode}
                onChange={(e) => set(e.target.value)}
              />
            );
          case 'date':
            return <Input {...common} type="date" value={text} onChange={(e) => set(e.target.value)} />;
          case 'datetime':
            return (
              <Input {...common} type="datetime-local" value={text} onChange={(e) => set(e.target.value)} />
            );
          default:
            return null;
        }
      }}
    </FieldShell>
  );
}
