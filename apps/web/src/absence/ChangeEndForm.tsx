import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useStaffT } from '../i18n/useStaffT';
import { problemText } from '../steps/problem-text';
import { expectedEndUrl, type Absence } from './absence';

/**
 * Changes an absence's expected last day: back early, away longer, or the end now known (empty:
 * unknown). For the person and their leaders; the kind and the first day stay as registered.
 */
export function ChangeEndForm({
  absence,
  csrfToken,
  onChanged,
}: {
  absence: Pick<Absence, 'id' | 'startsOn' | 'expectedEndOn'>;
  csrfToken: string;
  onChanged: () => void;
}): ReactNode {
  const t = useStaffT();
  const [open, setOpen] = useState(false);
  const [end, setEnd] = useState(absence.expectedEndOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (end && end < absence.startsOn) return setError(t('absence.form.endBeforeStart'));
    setBusy(true);
    const result = await apiSend<Absence>(expectedEndUrl(absence.id), csrfToken, {
      expectedEndOn: end || null,
    });
    setBusy(false);
    if (result.ok) {
      setError(null);
      setOpen(false);
      onChanged();
      return;
    }
    setError(
      result.problem.status === 409
        ? t('absence.form.overlap')
        : result.problem.details.some((d) => d.field.endsWith('expectedEndOn'))
          ? t('absence.form.endBeforeStart')
          : (problemText(t, result.problem) ?? t('form.invalid')),
    );
  };

  if (!open) {
    return (
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)} aria-expanded={false}>
          {t('absence.end.change')}
        </Button>
      </div>
    );
  }
  return (
    <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
      <Textfield
        label={t('absence.end.label')}
        description={t('absence.form.expectedEndOnHelp')}
        type="date"
        min={absence.startsOn}
        value={end}
        error={error ?? undefined}
        onChange={(e) => setEnd(e.target.value)}
        autoFocus
      />
      <div className="vern-filters">
        <Button type="submit" data-size="sm" disabled={busy}>
          {t('absence.end.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
          {t('absence.end.cancel')}
        </Button>
      </div>
    </form>
  );
}
