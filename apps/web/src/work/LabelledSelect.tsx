import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/** A native select with its label (and optional help), its ids set here so the label always finds it. */
export function LabelledSelect({
  label,
  description,
  value,
  onChange,
  children,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-help`}>{description}</Field.Description> : null}
      <Select
        id={id}
        value={value}
        aria-describedby={description ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </Select>
    </Field>
  );
}
