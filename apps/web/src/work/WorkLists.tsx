import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, Page, useLinkProps } from '@vern/ui';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { RequireStaff } from '../cases/RequireStaff';
import { useStaffT } from '../i18n/useStaffT';
import type { AffectedAbsence } from '../absence/absence';
import { IntakeView } from './IntakeView';
import { WorklistView } from './WorklistView';
import {
  can,
  DEFAULT_FILTER,
  RISK_PATH,
  WORK_PATHS,
  workViews,
  worklistUrl,
  type Worklist,
  type WorkView,
} from './worklists';
import './work.css';

/** The path of a list: the first list of one's roles is the start page itself. */
export function pathOf(view: WorkView, views: readonly WorkView[]): string {
  return views[0] === view ? '/' : WORK_PATHS[view];
}

function ViewLink({ view, to, current }: { view: WorkView; to: string; current: boolean }): ReactNode {
  const t = useStaffT();
  const props = useLinkProps(to);
  return (
    <a {...props} className="vern-views__link" aria-current={current ? 'page' : undefined}>
      {t(`work.view.${view}`)}
    </a>
  );
}

/**
 * The worklists a person's roles give, as links between them, and the chosen one (by default the
 * first: the service's for the head, the unit's for a team leader, my own for a caseworker, the
 * intake list for intake). Lists the API would refuse are not offered.
 */
export function WorkLists({ roles, view }: { roles: readonly string[]; view?: WorkView }): ReactNode {
  const t = useStaffT();
  const views = workViews(roles);
  const current = view && views.includes(view) ? view : views[0];
  if (!current)
    return (
      <Alert data-color="info">
        <Paragraph>{t('work.none')}</Paragraph>
      </Alert>
    );
  return (
    <>
      {views.length > 1 ? (
        <nav aria-label={t('work.views.label')}>
          <ul className="vern-views">
            {views.map((v) => (
              <li key={v}>
                <ViewLink view={v} to={pathOf(v, views)} current={v === current} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {current === 'intake' ? <IntakeView /> : <WorklistView key={current} view={current} />}
    </>
  );
}

/**
 * For leaders (isLeader): their risk at a glance on the start page: deadlines passed, due within a week, and cases
 * whose caseworker is away now, with the way to the risk view.
 */
export function RiskSummary({ roles }: { roles: readonly string[] }): ReactNode {
  const t = useStaffT();
  const scope = can(roles, 'case.read.all') ? 'service' : 'team';
  const counts = useApi<Worklist>(worklistUrl(scope, { ...DEFAULT_FILTER, limit: 1 }));
  const absences = useApi<{ items: AffectedAbsence[] }>('/api/absences/affected');
  const c = counts.result?.ok ? counts.result.data.counts : undefined;
  const absent = absences.result?.ok
    ? absences.result.data.items.filter((a) => a.active).reduce((n, a) => n + a.cases.length, 0)
    : undefined;
  const figure = (n: number | undefined) => (n === undefined ? '…' : String(n));
  return (
    <Card data-color="warning" className="vern-stack">
      <Heading level={2} data-size="sm">
        {t('risk.summary.title')}
      </Heading>
      <ul className="vern-figures">
        <li>
          <span className="vern-figure">{figure(c?.overdue)}</span> {t('risk.overdue.label')}
        </li>
        <li>
          <span className="vern-figure">{figure(c?.dueThisWeek)}</span> {t('risk.soon.label')}
        </li>
        <li>
          <span className="vern-figure">{figure(absent)}</span> {t('risk.absent.label')}
        </li>
      </ul>
      <Paragraph>
        <AppLink to={RISK_PATH}>{t('risk.summary.open')}</AppLink>
      </Paragraph>
    </Card>
  );
}

/** `/arbeid/...`: one of the worklists on a page of its own. */
export function WorkPage({ view }: { view: WorkView }): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t(`work.view.${view}`)}>
      {(session) => (
        <Page title={t('work.title')}>
          <WorkLists roles={session.roles} view={view} />
        </Page>
      )}
    </RequireStaff>
  );
}
