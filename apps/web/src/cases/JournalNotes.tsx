import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import type { NoteSummary } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { JournalSection } from './JournalSection';
import { problemText } from '../steps/problem-text';

/** Journalnotater: the list, newest first, and a short form to write one. */
export function JournalNotes({
  sakId,
  csrfToken,
  items,
  onChanged,
}: {
  sakId: string;
  csrfToken: string;
  /** The case view's newest notes (GET /api/cases/{id} carries them). */
  items: readonly NoteSummary[];
  /** Reloads the case after a note is written. */
  onChanged: () => void;
}): ReactNode {
  const t = useStaffT();
  const [noteDate, setNoteDate] = useState(() => osloDate(new Date()));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!title.trim() || !body.trim()) {
      setMessage({ ok: false, text: t('form.required') });
      return;
    }
    setBusy(true);
    const result = await apiSend(`/api/cases/${sakId}/notes`, csrfToken, { noteDate, title, body });
    setBusy(false);
    if (result.ok) {
      setTitle('');
      setBody('');
      setMessage({ ok: true, text: t('journal.notes.saved') });
      onChanged();
    } else {
      const reasons = result.problem.details.map((d) => `${d.field}: ${d.reason}`).join(' ');
      setMessage({ ok: false, text: problemText(t, result.problem) ?? (reasons || t('form.invalid')) });
    }
  };

  return (
    <JournalSection
      id="journalnotater"
      title={t('journal.notes.title')}
      empty={t('journal.notes.empty')}
      items={items.map((n) => (
        <li key={n.id}>
          <Paragraph>
            <strong>{n.title}</strong>
          </Paragraph>
          <Paragraph data-size="sm" className="vern-muted">
            {t('journal.note.by', { date: n.noteDate, name: n.author.name })}
          </Paragraph>
        </li>
      ))}
      message={message}
      addLabel={t('journal.notes.add')}
    >
      <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Textfield
          label={t('journal.note.date')}
          type="date"
          value={noteDate}
          onChange={(e) => setNoteDate(e.target.value)}
        />
        <Textfield label={t('journal.note.title')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <Textfield
          label={t('journal.note.body')}
          multiline
          rows={5}
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
