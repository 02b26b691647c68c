import { Button, Field, Input, Label, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import type { DocumentSummary } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { JournalSection } from './JournalSection';
import { problemText } from '../steps/problem-text';

/** The case's documents, and an upload: the file is the body, its name and title go in the query. */
export function CaseDocuments({
  sakId,
  csrfToken,
  items,
  onChanged,
}: {
  sakId: string;
  csrfToken: string;
  /** The case view's newest documents (GET /api/cases/{id} carries them). */
  items: readonly DocumentSummary[];
  /** Reloads the case after an upload. */
  onChanged: () => void;
}): ReactNode {
  const t = useStaffT();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!file || !title.trim()) {
      setMessage({ ok: false, text: t('form.required') });
      return;
    }
    const query = new URLSearchParams({ title, filename: file.name });
    setBusy(true);
    const result = await apiSend(`/api/cases/${sakId}/documents?${query.toString()}`, csrfToken, file);
    setBusy(false);
    if (result.ok) {
      setTitle('');
      setFile(null);
      setMessage({ ok: true, text: t('journal.docs.uploaded') });
      onChanged();
    } else {
      const reasons = result.problem.details.map((d) => d.reason).join(' ');
      setMessage({ ok: false, text: problemText(t, result.problem) ?? (reasons || result.problem.message) });
    }
  };

  return (
    <JournalSection
      id="dokumenter"
      title={t('journal.docs.title')}
      empty={t('journal.docs.empty')}
      items={items.map((d) => (
        <li key={d.id}>
          <Paragraph>
            {d.scanStatus === 'clean' ? (
              <Link href={`/api/cases/${sakId}/documents/${d.id}/content`}>
                {t('journal.doc.download', { title: d.title })}
              </Link>
            ) : (
              `${d.title} (${t('journal.doc.pending')})`
            )}
          </Paragraph>
          <Paragraph data-size="sm" className="vern-muted">
            {t('journal.note.by', { date: d.documentDate, name: d.uploadedBy.name })} · {d.filename}
          </Paragraph>
        </li>
      ))}
      message={message}
      addLabel={t('journal.docs.upload')}
    >
      <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Field>
          <Label htmlFor={fileId}>{t('journal.doc.file')}</Label>
          <Field.Description id={`${fileId}-help`}>{t('journal.doc.fileHelp')}</Field.Description>
          <Input
            id={fileId}
            type="file"
            aria-describedby={`${fileId}-help`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
        <Textfield label={t('journal.doc.title')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <div>
          <Button type="submit">{t('journal.docs.upload')}</Button>
        </div>
      </form>
    </JournalSection>
  );
}
