import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { AppLink, useLinkProps } from '@vern/ui';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { useStaffT } from '../i18n/useStaffT';
import { letterPath, newLetterPath, type LetterSummary } from './letters';
import './letters.css';

/** «Brev» on the case page: the case's letters, newest first, and the way to write a new one. */
export function LettersSection({ sakId }: { sakId: string }): ReactNode {
  const t = useStaffT();
  const state = useApi<{ items: LetterSummary[] }>(`/api/cases/${sakId}/letters`);
  const items = state.result?.ok ? state.result.data.items : [];
  const newLink = useLinkProps(newLetterPath(sakId));
  return (
    <section aria-labelledby="brev" className="vern-stack">
      <Heading level={2} data-size="md" id="brev">
        {t('letters.section.title')}
      </Heading>
      {state.result && !state.result.ok ? (
        <Paragraph>{t('load.failed')}</Paragraph>
      ) : items.length > 0 ? (
        <ul className="vern-elements vern-letter-list">
          {items.map((l) => {
            const template = t(`letters.template.${l.templateId}`);
            return (
              <li key={l.id}>
                <Paragraph>
                  <AppLink
                    to={letterPath(sakId, l.id)}
                    aria-label={t('letters.item.open', { template, name: l.recipient.name })}
                  >
                    {template}
                  </AppLink>{' '}
                  {t('letters.item.to', { name: l.recipient.name })}{' '}
                  <Tag data-color={l.status === 'sent' ? 'success' : 'neutral'} data-size="sm">
                    {t(`letters.status.${l.status}`)}
                  </Tag>
                </Paragraph>
                <Paragraph data-size="sm" className="vern-muted">
                  {l.sentAt
                    ? t('letters.item.sent', { date: osloDate(new Date(l.sentAt)) })
                    : t('letters.item.created', {
                        date: osloDate(new Date(l.createdAt)),
                        name: l.createdBy.name,
                      })}
                </Paragraph>
              </li>
            );
          })}
        </ul>
      ) : state.result ? (
        <Paragraph>{t('letters.section.empty')}</Paragraph>
      ) : (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      )}
      <div>
        <Button asChild variant="secondary">
          <a {...newLink}>{t('letters.section.new')}</a>
        </Button>
      </div>
    </section>
  );
}
