import { Button, Details, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import type { PersonHit } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { problemText } from '../steps/problem-text';

type Errors = Partial<Record<'fodselsnummer' | 'givenName' | 'familyName' | 'general', string>>;

/**
 * Registers a child who is not in Vern yet: fødselsnummer (checked by the server, which says why
 * a number is not valid) and name.
 */
export function RegisterPerson({
  csrfToken,
  onRegistered,
}: {
  csrfToken: string;
  onRegistered: (p: PersonHit) => void;
}): ReactNode {
  const t = useStaffT();
  const [fnr, setFnr] = useState('');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Errors = {};
    if (!givenName.trim()) missing.givenName = t('form.required');
    if (!familyName.trim()) missing.familyName = t('form.required');
    if (Object.keys(missing).length > 0) return setErrors(missing);
    const body = { fodselsnummer: fnr.replace(/\s+/g, '') || null, givenName, familyName };
    const result = await apiSend<PersonHit>('/api/persons', csrfToken, body);
    if (result.ok) {
      setErrors({});
      onRegistered(result.data);
      return;
    }
    const next: Errors = {};
    for (const d of result.problem.details) {
      const key = (['fodselsnummer', 'givenName', 'familyName'] as const).find((k) => d.field.endsWith(k));
      if (key) next[key] = d.code === 'PERSON_EXISTS' ? result.problem.message : d.reason;
    }
    if (Object.keys(next).length === 0) next.general = problemText(t, result.problem) ?? t('form.invalid');
    setErrors(next);
  };

  return (
    <Details>
      <Details.Summary>{t('persons.register.title')}</Details.Summary>
      <Details.Content>
        <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
          {errors.general ? <p role="alert">{errors.general}</p> : null}
          <Textfield
            label={t('persons.fnr.label')}
            description={t('persons.fnr.help')}
            inputMode="numeric"
            autoComplete="off"
            value={fnr}
            error={errors.fodselsnummer}
            onChange={(e) => setFnr(e.target.value)}
          />
          <Textfield
            label={t('persons.givenName.label')}
            value={givenName}
            error={errors.givenName}
            onChange={(e) => setGivenName(e.target.value)}
          />
          <Textfield
            label={t('persons.familyName.label')}
            value={familyName}
            error={errors.familyName}
            onChange={(e) => setFamilyName(e.target.value)}
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('persons.register.submit')}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
