import { Button, Paragraph, Search } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { apiGet } from '../api/http';
import type { PersonHit } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';

/** Finds a person by name or number (need-to-know filtered by the server) and hands one back. */
export function PersonSearch({
  onChoose,
  action = 'persons.choose',
}: {
  onChoose: (person: PersonHit) => void;
  /** The button text on each hit: choose (for a melding) or open. */
  action?: 'persons.choose' | 'persons.open';
}): ReactNode {
  const t = useStaffT();
  const labelId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) return;
    const result = await apiGet<{ items: PersonHit[] }>(`/api/persons?q=${encodeURIComponent(q)}`);
    if (result.ok) {
      setHits(result.data.items);
      setProblem(null);
    } else {
      setHits(null);
      setProblem(result.problem.status === 404 ? t('persons.search.unavailable') : t('load.failed'));
    }
  };

  return (
    <div className="vern-stack">
      <form role="search" aria-labelledby={labelId} onSubmit={(e) => void onSubmit(e)} className="vern-stack">
        <Paragraph id={labelId}>
          <strong>{t('persons.search.label')}</strong> – {t('persons.search.help')}
        </Paragraph>
        <Search>
          <Search.Input aria-labelledby={labelId} value={query} onChange={(e) => setQuery(e.target.value)} />
          <Search.Clear onClick={() => setQuery('')} />
          <Search.Button aria-label={t('persons.search.submit')} />
        </Search>
      </form>
      {problem ? <Paragraph role="status">{problem}</Paragraph> : null}
      {hits !== null ? (
        hits.length === 0 ? (
          <Paragraph role="status">{t('persons.search.none')}</Paragraph>
        ) : (
          <ul className="vern-elements" aria-live="polite">
            {hits.map((p) => {
              const name = `${p.givenName} ${p.familyName}`;
              return (
                <li key={p.id}>
                  <Paragraph>
                    {name}
                    {p.birthDate ? ` (${t('cases.born', { date: p.birthDate })})` : ''}{' '}
                    <Button data-size="sm" variant="secondary" onClick={() => onChoose(p)}>
                      {t(action, { name })}
                    </Button>
                  </Paragraph>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </div>
  );
}
