import { Button, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { AppLink, useI18n } from '@vern/ui';
import { useId, useState, type ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { casePath } from '../cases/staff-routes';
import { LoadProblem } from '../cases/LoadProblem';
import { useStaffT, type StaffT } from '../i18n/useStaffT';
import { formatDay, formatInstant, PAGE, splitHours, type IntakeItem } from './worklists';

/** «5 døgn og 3 timer igjen», «Fristen gikk ut for 4 timer siden». */
export function hoursText(t: StaffT, hoursLeft: number): string {
  const { overdue, days, hours } = splitHours(hoursLeft);
  const span = days === 0 ? t('intake.hours', { hours }) : t('intake.daysHours', { days, hours });
  return overdue ? t('intake.overdue', { span }) : t('intake.left', { span });
}

function hoursColor(hoursLeft: number): 'danger' | 'warning' | 'neutral' {
  if (hoursLeft < 24) return 'danger';
  if (hoursLeft < 72) return 'warning';
  return 'neutral';
}

/**
 * Meldinger nobody has been given yet, the most urgent first, with the hours left of the one-week
 * review (§ 2-1): for intake and leaders, over the cases they may see.
 */
export function IntakeView(): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const id = useId();
  const [limit, setLimit] = useState(PAGE);
  const list = useApi<{ today: string; items: IntakeItem[] }>(`/api/worklists/intake?limit=${limit}`);
  const data = list.result?.ok ? list.result.data : undefined;
  return (
    <section aria-labelledby={`${id}-title`} className="vern-stack">
      <Heading level={2} data-size="md" id={`${id}-title`}>
        {t('work.view.intake')}
      </Heading>
      <Paragraph>{t('work.lead.intake')}</Paragraph>
      {list.result === undefined ? (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      ) : !list.result.ok ? (
        <LoadProblem problem={list.result.problem} onRetry={list.reload} />
      ) : null}
      {data ? (
        <>
          <Paragraph role="status" data-size="sm">
            {data.items.length === 0 ? t('intake.empty') : t('intake.count', { count: data.items.length })}
          </Paragraph>
          <ol className="vern-plain-list vern-deadlines">
            {data.items.map((m) => (
              <li key={m.deadlineId} className="vern-deadline" data-urgency={hoursColor(m.hoursLeft)}>
                <Heading level={3} data-size="2xs">
                  {m.childName}{' '}
                  <span className="vern-muted vern-nowrap">
                    {t('work.row.journalnummer', { journalnummer: m.journalnummer })}
                  </span>
                </Heading>
                <Paragraph data-size="sm">
                  <Tag data-size="sm" data-color={hoursColor(m.hoursLeft)}>
                    {hoursText(t, m.hoursLeft)}
                  </Tag>{' '}
                  {t('work.row.due', { date: formatDay(m.dueDate, lang) })}
                </Paragraph>
                <Paragraph data-size="sm">
                  {m.receivedAt
                    ? `${t('intake.received', { when: formatInstant(m.receivedAt, lang) })} · `
                    : ''}
                  {m.unit.name} · {m.legalReference}
                </Paragraph>
                <Details data-size="sm">
                  <Details.Summary>{t('work.row.why')}</Details.Summary>
                  <Details.Content className="vern-stack">
                    <Paragraph data-size="sm">{t('rule.melding-gjennomgang.what')}</Paragraph>
                    <Paragraph data-size="sm">{t('work.row.counted')}</Paragraph>
                    <Paragraph data-size="sm" lang="nb" className="vern-explanation">
                      {m.explanation}
                    </Paragraph>
                  </Details.Content>
                </Details>
                <Paragraph data-size="sm">
                  <AppLink to={casePath(m.sakId)}>
                    {t('work.row.open', { journalnummer: m.journalnummer })}
                  </AppLink>
                </Paragraph>
              </li>
            ))}
          </ol>
          {data.items.length >= limit && limit < 500 ? (
            <div>
              <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE)}>
                {t('work.more')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
