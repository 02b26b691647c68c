import { Checkbox, Details, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useStaffT } from '../../i18n/useStaffT';
import { fieldHelp, fieldLabel, inputId } from '../field-text';
import type { CodesFieldSpec } from '../field-spec';
import { groupedCodes, type CodeGroupOptions } from './code-options';

/**
 * Several codes, grouped as the code list groups them: Kunnskapsmodellen's three sides fold open
 * one at a time (57 themes do not fit a phone at once), each area a group of checkboxes.
 */
export function CodesPicker({
  spec,
  value,
  date,
  errors,
  onChange,
}: {
  spec: CodesFieldSpec;
  value: readonly string[];
  date: string;
  errors: readonly string[];
  onChange: (key: string, value: string[]) => void;
}): ReactNode {
  const t = useStaffT();
  const id = inputId(spec.key);
  const toggle = (code: string, on: boolean) =>
    onChange(spec.key, on ? [...value, code] : value.filter((c) => c !== code));
  const groups = groupedCodes(spec.list, date);
  const sides = [...new Set(groups.map((g) => g.parent))];
  const area = (g: CodeGroupOptions) => (
    <Fieldset key={`${g.parent}/${g.heading}`} className="vern-codes__area">
      <Fieldset.Legend>{g.heading || fieldLabel(t, spec.key)}</Fieldset.Legend>
      {g.codes.map((c) => (
        <Checkbox
          key={c.code}
          label={`${c.code} ${c.label}`}
          value={c.code}
          checked={value.includes(c.code)}
          onChange={(e) => toggle(c.code, e.target.checked)}
        />
      ))}
    </Fieldset>
  );
  return (
    <Fieldset id={id} tabIndex={-1} aria-invalid={errors.length > 0 || undefined} className="vern-codes">
      <Fieldset.Legend>
        {fieldLabel(t, spec.key)}
        {spec.optional ? ` ${t('form.optional')}` : ''}
      </Fieldset.Legend>
      <Fieldset.Description>
        {fieldHelp(t, spec.key)} {t('form.codes.selected', { count: value.length })}
      </Fieldset.Description>
      {errors.length > 0 ? <ValidationMessage>{errors.join(' ')}</ValidationMessage> : null}
      {sides.map((side) =>
        side ? (
          <Details key={side}>
            <Details.Summary>{side}</Details.Summary>
            <Details.Content>{groups.filter((g) => g.parent === side).map(area)}</Details.Content>
          </Details>
        ) : (
          groups.filter((g) => g.parent === '').map(area)
        ),
      )}
    </Fieldset>
  );
}
