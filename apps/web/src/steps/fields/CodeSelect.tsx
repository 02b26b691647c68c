import { Select, Textfield } from '@digdir/designsystemet-react';
import { needsPresisering } from '@vern/domain';
import type { ReactNode } from 'react';
import { useStaffT } from '../../i18n/useStaffT';
import { fieldHelp, fieldLabel, inputId } from '../field-text';
import { presiseringKey, type CodeFieldSpec } from '../field-spec';
import { groupedCodes } from './code-options';
import { FieldShell } from './FieldShell';

/** One code from a registry list, valid on `date`, with a presisering input when the code needs one. */
export function CodeSelect({
  spec,
  value,
  presisering,
  date,
  errors,
  presiseringErrors,
  onChange,
}: {
  spec: CodeFieldSpec;
  value: string;
  presisering: string;
  date: string;
  errors: readonly string[];
  presiseringErrors: readonly string[];
  onChange: (key: string, value: string) => void;
}): ReactNode {
  const t = useStaffT();
  const groups = groupedCodes(spec.list, date, spec.exclude);
  const options = (codes: (typeof groups)[number]['codes']) =>
    codes.map((c) => (
      <Select.Option key={c.code} value={c.code}>
        {`${c.code} ${c.label}`}
      </Select.Option>
    ));
  const pKey = presiseringKey(spec.key);
  return (
    <>
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
            {groups.map((g) =>
              g.heading ? (
                <Select.Optgroup
                  key={`${g.parent}/${g.heading}`}
                  label={g.parent ? `${g.parent} – ${g.heading}` : g.heading}
                >
                  {options(g.codes)}
                </Select.Optgroup>
              ) : (
                options(g.codes)
              ),
            )}
          </Select>
        )}
      </FieldShell>
      {value && needsPresisering(spec.list, value) ? (
        <Textfield
          id={inputId(pKey)}
          label={fieldLabel(t, pKey)}
          description={fieldHelp(t, pKey)}
          value={presisering}
          error={presiseringErrors.length > 0 ? presiseringErrors.join(' ') : undefined}
          onChange={(e) => onChange(pKey, e.target.value)}
        />
      ) : null}
    </>
  );
}
