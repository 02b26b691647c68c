import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { AppLink, Page, useI18n } from '@vern/ui';
import { useId, useState, type ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { ABSENCE_PATH, byUrgency, type AffectedAbsence } from '../absence/absence';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { casePath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import { DeadlineRow, dueText, ruleName } from './DeadlineRow';
import {
  can,
  DEFAULT_FILTER,
  dueOf,
  formatDay,
  isLeader,
  PAGE,
  totalFor,
  urgency,
  worklistUrl,
  type DueFilter,
  type Worklist,
} from './worklists';
import './work.css';

/** One risk: the deadlines passed, or due within a week, in the leader's unit or the service. */
function RiskList({ scope, due }: { scope: 'team' | 'service'; due: Exclude<DueFilter, 'open'> }): ReactNode {
  const t = useStaffT();
  const id = useId();
  const [limit, setLimit] = useState(PAGE);
  const [today] = useState(() => osloDate(new Date()));
  const list = useApi<Worklist>(worklistUrl(scope, { ...DEFAULT_FILTER, due, limit }));
  const data = list.result?.ok ? list.result.data : undefined;
  const total = data ? totalFor(data.counts, due) : undefined;
  return (
    <section aria-labelledby={id} className="vern-stack">
      <Heading level={2} data-size="md" id={id}>
        {t(due === 'overdue' ? 'risk.overdue.title' : 'risk.soon.title', { count: total ?? '…' })}
      </Heading>
      {list.result && !list.result.ok ? (
        <LoadProblem problem={list.result.problem} onRetry={list.reload} />
      ) : null}
      {data && data.items.length === 0 ? (
        <Paragraph>{t(due === 'overdue' ? 'risk.overdue.none' : 'risk.soon.none')}</Paragraph>
      ) : null}
      {data ? (
        <ol className="vern-plain-list vern-deadlines">
          {data.items.map((item) => (
            <DeadlineRow key={item.id} item={item} today={today} mine={false} />
          ))}
        </ol>
      ) : (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      )}
      {data && total !== undefined && data.items.length < total && limit < 500 ? (
        <div>
          <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE)}>
            {t('work.more')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** Cases whose caseworker is away now, with a deadline inside the absence, by absent person. */
function AbsentOwners(): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const [today] = useState(() => osloDate(new Date()));
  const absences = useApi<{ items: AffectedAbsence[] }>('/api/absences/affected');
  const active = absences.result?.ok ? absences.result.data.items.filter((a) => a.active) : undefined;
  const count = active?.reduce((n, a) => n + a.cases.length, 0);
  return (
    <section aria-labelledby="risiko-borte" className="vern-stack">
      <Heading level={2} data-size="md" id="risiko-borte">
        {t('risk.absent.title', { count: count ?? '…' })}
      </Heading>
      {absences.result && !absences.result.ok ? (
        <LoadProblem problem={absences.result.problem} onRetry={absences.reload} />
      ) : null}
      {active === undefined ? <Paragraph role="status">{t('load.busy')}</Paragraph> : null}
      {active && count === 0 ? <Paragraph>{t('risk.absent.none')}</Paragraph> : null}
      {active
        ?.filter((a) => a.cases.length > 0)
        .map((a) => (
          <div key={a.id} className="vern-stack">
            <Heading level={3} data-size="xs">
              {t('risk.absent.person', { name: a.staffName, count: a.cases.length })}
            </Heading>
            <ul className="vern-plain-list vern-deadlines">
              {byUrgency(a.cases).map((c) => {
                const first = c.deadlines[0];
                const due = first ? dueOf(first.dueDate, today) : undefined;
                return (
                  <li key={c.sakId} className="vern-deadline" data-urgency={due ? urgency(due) : 'neutral'}>
                    <Paragraph data-size="sm">
                      <strong>{c.childName}</strong>{' '}
                      <span className="vern-nowrap">
                        {t('work.row.journalnummer', { journalnummer: c.journalnummer })}
                      </span>
                    </Paragraph>
                    {first && due ? (
                      <Paragraph data-size="sm">
                        <Tag data-size="sm" data-color={urgency(due)}>
                          {dueText(t, due)}
                        </Tag>{' '}
                        {ruleName(t, first.ruleId)}, {formatDay(first.dueDate, lang)}
                        {c.deadlines.length > 1
                          ? ` ${t('risk.absent.more', { count: c.deadlines.length - 1 })}`
                          : ''}
                      </Paragraph>
                    ) : null}
                    <Paragraph data-size="sm">
                      <AppLink to={casePath(c.sakId)}>
                        {t('work.row.open', { journalnummer: c.journalnummer })}
                      </AppLink>
                    </Paragraph>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      {active && count !== undefined && count > 0 ? (
        <Paragraph>
          <AppLink to={ABSENCE_PATH}>{t('risk.absent.redistribute')}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

/** `/risiko`: a leader's view of what may go wrong: deadlines passed, due this week, absent owners. */
export function RiskPage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('risk.title')}>
      {(session) =>
        isLeader(session.roles) ? (
          <Page title={t('risk.title')}>
            <Paragraph>
              {t(can(session.roles, 'case.read.all') ? 'risk.lead.service' : 'risk.lead.team')}
            </Paragraph>
            <RiskList scope={can(session.roles, 'case.read.all') ? 'service' : 'team'} due="overdue" />
            <RiskList scope={can(session.roles, 'case.read.all') ? 'service' : 'team'} due="due-soon" />
            <AbsentOwners />
          </Page>
        ) : (
          <Page title={t('risk.title')}>
            <Alert data-color="info">
              <Paragraph>{t('risk.notAllowed')}</Paragraph>
            </Alert>
          </Page>
        )
      }
    </RequireStaff>
  );
}
