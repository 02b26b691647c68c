import { Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { AppLink } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import type { CaseListItem } from '../api/types';
import { useApi } from '../api/useApi';
import { useStaffT } from '../i18n/useStaffT';
import { LoadProblem } from './LoadProblem';
import { casePath, NEW_CASE_PATH } from './staff-routes';

/** Folds case and accents away so «aase» finds «Åse» and «bjorn» «Bjørn». */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .replace(/å/g, 'aa')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function filterCases(items: readonly CaseListItem[], query: string): CaseListItem[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  return items.filter((c) => {
    const hay = searchable(
      `${c.childName} ${c.unitName} ${c.caseworkerName ?? ''} ${c.childBirthDate ?? ''}`,
    );
    return words.every((w) => hay.includes(w));
  });
}

/** The API's largest page; beyond it the person search finds the child. */
const LIMIT = 200;

/** «Mine saker»: every case I may see, filtered as I type, each one click from its overview. */
export function CaseList(): ReactNode {
  const t = useStaffT();
  const [query, setQuery] = useState('');
  const cases = useApi<{ items: CaseListItem[] }>(`/api/cases?limit=${LIMIT}`);
  const items = cases.result?.ok ? cases.result.data.items : [];
  const shown = filterCases(items, query);
  return (
    <section aria-labelledby="mine-saker" className="vern-stack">
      <Heading level={2} data-size="md" id="mine-saker">
        {t('cases.title')}
      </Heading>
      <Paragraph>{t('cases.lead')}</Paragraph>
      <Paragraph>
        <AppLink to={NEW_CASE_PATH}>{t('cases.newMelding')}</AppLink>
      </Paragraph>
      <Textfield
        label={t('cases.filter.label')}
        description={t('cases.filter.help')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {cases.result === undefined ? (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      ) : !cases.result.ok ? (
        <LoadProblem problem={cases.result.problem} onRetry={cases.reload} />
      ) : (
        <>
          <Paragraph role="status" data-size="sm">
            {items.length === 0
              ? t('cases.empty')
              : shown.length === 0
                ? t('cases.noMatch')
                : t('cases.count', { count: shown.length })}
          </Paragraph>
          {items.length >= LIMIT ? (
            <Paragraph data-size="sm">{t('cases.more', { count: LIMIT })}</Paragraph>
          ) : null}
          <ul className="vern-plain-list vern-stack">
            {shown.map((c) => (
              <li key={c.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="xs">
                    <AppLink to={casePath(c.id)}>{c.childName}</AppLink>
                  </Heading>
                  <Paragraph data-size="sm">
                    {c.childBirthDate ? `${t('cases.born', { date: c.childBirthDate })} · ` : ''}
                    {c.unitName} · {c.caseworkerName ?? t('cases.unassigned')}{' '}
                    <Tag data-color={c.status === 'open' ? 'success' : 'neutral'} data-size="sm">
                      {t(c.status === 'open' ? 'status.open' : 'status.closed')}
                    </Tag>
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
