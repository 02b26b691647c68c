import { Button, Paragraph, Radio, Fieldset, Tag, Textfield } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useApi } from '../api/useApi';
import { JournalSection } from '../cases/JournalSection';
import { LoadProblem } from '../cases/LoadProblem';
import { useStaffT } from '../i18n/useStaffT';
import { problemText } from '../steps/problem-text';
import {
  CONTACT_KINDS,
  entryKind,
  entryStatus,
  entryWhen,
  needsAttention,
  type CommunicationEntry,
  type ContactKind,
} from './communication';

/**
 * Kommunikasjon: everything exchanged with the family and others in one timeline, newest first
 * (letters sent with their status, reports received, calls, meetings and messages noted), and a
 * short form to note a call or meeting, which becomes a journal note that says so.
 */
export function CommunicationLog({ sakId, csrfToken }: { sakId: string; csrfToken: string }): ReactNode {
  const t = useStaffT();
  const state = useApi<{ items: CommunicationEntry[] }>(`/api/cases/${sakId}/communication`);
  const [noteDate, setNoteDate] = useState(() => osloDate(new Date()));
  const [kind, setKind] = useState<ContactKind>('telefon');
  const [direction, setDirection] = useState<'inn' | 'ut'>('inn');
  const [counterpart, setCounterpart] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.result && !state.result.ok)
    return <LoadProblem problem={state.result.problem} onRetry={state.reload} />;
  const items = state.result?.ok ? state.result.data.items : [];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!counterpart.trim() || !title.trim() || !body.trim()) {
      setMessage({ ok: false, text: t('form.required') });
      return;
    }
    setBusy(true);
    const result = await apiSend(`/api/cases/${sakId}/notes`, csrfToken, {
      noteDate,
      title,
      body,
      contact: { kind, direction, counterpart },
    });
    setBusy(false);
    if (result.ok) {
      setTitle('');
      setBody('');
      setCounterpart('');
      setMessage({ ok: true, text: t('communication.saved') });
      state.reload();
    } else {
      const reasons = result.problem.details.map((d) => `${d.field}: ${d.reason}`).join(' ');
      setMessage({ ok: false, text: problemText(t, result.problem) ?? (reasons || t('form.invalid')) });
    }
  };

  return (
    <JournalSection
      id="kommunikasjon"
      title={t('communication.title')}
      empty={state.loading ? t('load.busy') : t('communication.empty')}
      items={items.map((e) => {
        const status = entryStatus(t, e);
        return (
          <li key={`${e.source}:${e.id}`}>
            <Paragraph>
              <strong>
                {entryKind(t, e)} {e.direction === 'inn' ? t('communication.in') : t('communication.out')}
              </strong>
              {e.title ? ` – ${e.title}` : ''}
            </Paragraph>
            <Paragraph data-size="sm" className="vern-muted">
              {entryWhen(e)}
              {e.counterpart ? ` · ${t('communication.with', { who: e.counterpart })}` : ''}
              {e.byName ? ` · ${t('communication.by', { name: e.byName })}` : ''}
            </Paragraph>
            {status ? (
              <Tag data-color={needsAttention(e) ? 'danger' : 'neutral'} data-size="sm">
                {status}
              </Tag>
            ) : null}
          </li>
        );
      })}
      message={message}
      addLabel={t('communication.add')}
    >
      <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Fieldset>
          <Fieldset.Legend>{t('communication.form.kind')}</Fieldset.Legend>
          {CONTACT_KINDS.map((k) => (
            <Radio
              key={k}
              name="contact-kind"
              value={k}
              label={t(`communication.kind.${k}`)}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('communication.form.direction')}</Fieldset.Legend>
          <Radio
            name="contact-direction"
            value="inn"
            label={t('communication.form.in')}
            checked={direction === 'inn'}
            onChange={() => setDirection('inn')}
          />
          <Radio
            name="contact-direction"
            value="ut"
            label={t('communication.form.out')}
            checked={direction === 'ut'}
            onChange={() => setDirection('ut')}
          />
        </Fieldset>
        <Textfield
          label={t('communication.form.counterpart')}
          description={t('communication.form.counterpartHelp')}
          value={counterpart}
          onChange={(e) => setCounterpart(e.target.value)}
        />
        <Textfield
          label={t('journal.note.date')}
          type="date"
          value={noteDate}
          onChange={(e) => setNoteDate(e.target.value)}
        />
        <Textfield label={t('journal.note.title')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <Textfield
          label={t('communication.form.body')}
          multiline
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <div>
          <Button type="submit">{t('form.submit')}</Button>
        </div>
      </form>
    </JournalSection>
  );
}
