import { Alert, Paragraph, Select } from '@digdir/designsystemet-react';
import type { CaseHistory } from '@vern/domain';
import type { ReactNode } from 'react';
import { useStaffT } from '../../i18n/useStaffT';
import { elementOptions } from '../elements';
import { dynamicText, fieldLabel, inputId } from '../field-text';
import type { ElementFieldSpec } from '../field-spec';
import { FieldShell } from './FieldShell';

/** Which melding, undersøkelse, vedtak, tiltak or plan of the case the step applies to. */
export function ElementSelect({
  spec,
  history,
  value,
  errors,
  onChange,
}: {
  spec: ElementFieldSpec;
  history: CaseHistory;
  value: string;
  errors: readonly string[];
  onChange: (key: string, value: string) => void;
}): ReactNode {
  const t = useStaffT();
  const options = elementOptions(history, spec.of);
  if (options.length === 0 && !spec.optional)
    return (
      <Alert data-color="warning">
        <Paragraph>
          {fieldLabel(t, spec.key)}: {t('form.noElements')}
        </Paragraph>
      </Alert>
    );
  return (
    <FieldShell fieldKey={spec.key} optional={spec.optional} errors={errors}>
      {(describedBy, invalid) => (
        <Select
          id={inputId(spec.key)}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(spec.key, e.target.value)}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {options.map((o) => (
            <Select.Option key={o.value} value={o.value}>
              {dynamicText(t, `element.${o.kind}`, { date: o.dato, detail: o.detail ?? '' })}
            </Select.Option>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}
