import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useStaffT, type StaffT } from '../i18n/useStaffT';
import { detailText, problemText } from '../steps/problem-text';
import {
  journalnumreOf,
  resolutionKind,
  resolveUrl,
  sortResolveProblem,
  type ResolveAction,
  type ResolveField,
  type Resolution,
} from './inbox';

/** Says on the page what an action did (in its status region) and reloads the list. */
export type OnResolved = (message: string) => void;

export function resolvedMessage(t: StaffT, action: ResolveAction, data: Resolution | null): string {
  if (action === 'not-melding' || data === null) return t('inbox.done.notMelding');
  const journalnummer = journalnumreOf(data);
  return t(`inbox.done.${resolutionKind(data)}`, { journalnummer });
}

export interface ResolveState {
  busy: boolean;
  /** The inputs the server named, by field. */
  fields: ResolveField[];
  /** What went wrong with the action as a whole. */
  general: string[];
}

/**
 * Sends one of the three resolutions of an item. On success the page says what happened and
 * reloads; when someone else dealt with the item first, it says so and reloads too; otherwise the
 * server's reasons stay here, at the inputs they name or for the action as a whole.
 */
export function useResolve(
  itemId: string,
  csrfToken: string,
  onResolved: OnResolved,
): [ResolveState, (action: ResolveAction, body: unknown) => Promise<void>] {
  const t = useStaffT();
  const [state, setState] = useState<ResolveState>({ busy: false, fields: [], general: [] });
  const send = async (action: ResolveAction, body: unknown) => {
    if (state.busy) return;
    setState({ busy: true, fields: [], general: [] });
    const result = await apiSend<Resolution | { itemId: string }>(
      resolveUrl(itemId, action),
      csrfToken,
      body,
    );
    if (result.ok) {
      setState({ busy: false, fields: [], general: [] });
      const data = result.data && 'registrations' in result.data ? result.data : null;
      onResolved(resolvedMessage(t, action, data));
      return;
    }
    const sorted = sortResolveProblem(result.problem);
    if (sorted.alreadyResolved) {
      setState({ busy: false, fields: [], general: [] });
      onResolved(t('inbox.alreadyResolved'));
      return;
    }
    const whole = problemText(t, result.problem);
    const general = [
      ...(whole === null ? [] : [whole]),
      ...sorted.rest.map((d) => detailText(t, result.problem, d)),
    ];
    setState({ busy: false, fields: sorted.fields, general });
  };
  return [state, send];
}

export function ResolveErrors({ general }: { general: string[] }): ReactNode {
  if (general.length === 0) return null;
  return (
    <Alert data-color="danger">
      {general.map((g) => (
        <Paragraph key={g}>{g}</Paragraph>
      ))}
    </Alert>
  );
}

/** «Ikke en melding»: sets the item aside with the reason, which is required. */
export function NotMeldingForm({
  itemId,
  csrfToken,
  onResolved,
}: {
  itemId: string;
  csrfToken: string;
  onResolved: OnResolved;
}): ReactNode {
  const t = useStaffT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [state, send] = useResolve(itemId, csrfToken, onResolved);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    await send('not-melding', { reason: reason.trim() });
  };

  if (!open) {
    return (
      <div className="vern-actions">
        <Button variant="secondary" data-size="sm" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('inbox.notMelding')}
        </Button>
      </div>
    );
  }
  const invalid = missing || state.fields.includes('reason');
  return (
    <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
      <Textfield
        label={t('inbox.notMelding.reason')}
        multiline
        rows={3}
        required
        value={reason}
        error={invalid ? t('inbox.notMelding.reasonRequired') : undefined}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
      />
      <ResolveErrors general={state.general} />
      <div className="vern-filters">
        <Button type="submit" data-size="sm" disabled={state.busy}>
          {t('inbox.notMelding.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
          {t('inbox.cancel')}
        </Button>
      </div>
    </form>
  );
}
