import type { CaseHistory } from '@vern/domain';
import type { ReactNode } from 'react';
import { presiseringKey, type FieldSpec, type FieldValue, type FormValues } from './field-spec';
import { CodeSelect } from './fields/CodeSelect';
import { CodesPicker } from './fields/CodesPicker';
import { ElementSelect } from './fields/ElementSelect';
import { PlainField } from './fields/PlainField';

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');

/** The inputs of a step form, each with its errors; codes are offered as valid on the step's date. */
export function StepFields({
  fields,
  values,
  errors,
  history,
  today,
  onChange,
}: {
  fields: readonly FieldSpec[];
  values: FormValues;
  errors: Readonly<Record<string, readonly string[]>>;
  history: CaseHistory;
  today: string;
  onChange: (key: string, value: FieldValue) => void;
}): ReactNode {
  const dateFor = (f: FieldSpec) =>
    f.validOn === 'receivedAt' ? str(values['receivedAt']).slice(0, 10) : str(values['dato']) || today;
  return fields.map((f) => {
    const e = errors[f.key] ?? [];
    switch (f.kind) {
      case 'code':
        return (
          <CodeSelect
            key={f.key}
            spec={f}
            value={str(values[f.key])}
            presisering={str(values[presiseringKey(f.key)])}
            date={dateFor(f)}
            errors={e}
            presiseringErrors={errors[presiseringKey(f.key)] ?? []}
            onChange={onChange}
          />
        );
      case 'codes':
        return (
          <CodesPicker
            key={f.key}
            spec={f}
            value={Array.isArray(values[f.key]) ? (values[f.key] as string[]) : []}
            date={dateFor(f)}
            errors={e}
            onChange={onChange}
          />
        );
      case 'element':
        return (
          <ElementSelect
            key={f.key}
            spec={f}
            history={history}
            value={str(values[f.key])}
            errors={e}
            onChange={onChange}
          />
        );
      default:
        return <PlainField key={f.key} spec={f} value={values[f.key]} errors={e} onChange={onChange} />;
    }
  });
}
