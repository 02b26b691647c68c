import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Page, useI18n } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { useStaffT } from '../i18n/useStaffT';
import { LabelledSelect } from '../work/LabelledSelect';
import { formatDay, isLeader } from '../work/worklists';
import '../work/work.css';
import { byUnit, caseloadUrl, HISTORY_DAYS, meanCases, trend, type Caseload } from './caseload';

/** Four columns at most, so each table reads on a 375 px phone without scrolling sideways. */
function UnitTable({ group }: { group: ReturnType<typeof byUnit>[number] }): ReactNode {
  const t = useStaffT();
  const { unit, rows } = group;
  return (
    <section aria-labelledby={`enhet-${unit.unitId}`} className="vern-stack">
      <Heading level={3} data-size="xs" id={`enhet-${unit.unitId}`}>
        {unit.unitName}
      </Heading>
      <Paragraph data-size="sm">
        {t('caseload.unitSummary', {
          cases: unit.openCases,
          deadlines: unit.openDeadlines,
          overdue: unit.overdueDeadlines,
          mean: meanCases(rows).toLocaleString('nb-NO'),
        })}
      </Paragraph>
      <LoadTable
        caption={t('caseload.tableCaption', { unit: unit.unitName })}
        firstColumn={t('caseload.col.caseworker')}
        rows={rows.map((r) => ({
          ...r,
          key: r.caseworkerId ?? 'none',
          label: r.caseworkerName ?? t('work.row.unassigned'),
        }))}
      />
    </section>
  );
}

/** Open cases, open deadlines and overdue deadlines, one row each (a caseworker or a day). */
function LoadTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  firstColumn: string;
  rows: readonly {
    key: string;
    label: string;
    openCases: number;
    openDeadlines: number;
    overdueDeadlines: number;
  }[];
}): ReactNode {
  const t = useStaffT();
  return (
    <table className="vern-table">
      <caption className="ds-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col">{t('caseload.col.cases')}</th>
          <th scope="col">{t('caseload.col.deadlines')}</th>
          <th scope="col">{t('caseload.col.overdue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.openCases}</td>
            <td>{r.openDeadlines}</td>
            <td data-alert={r.overdueDeadlines > 0 || undefined}>{r.overdueDeadlines}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The load over time from the daily snapshots, per unit or all. */
function Trend({ data }: { data: Caseload }): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const [unitId, setUnitId] = useState('');
  const days = trend(data.history, unitId);
  return (
    <section aria-labelledby="utvikling" className="vern-stack">
      <Heading level={2} data-size="md" id="utvikling">
        {t('caseload.trend.title', { days: HISTORY_DAYS })}
      </Heading>
      <Paragraph>{t('caseload.trend.lead')}</Paragraph>
      {data.units.length > 1 ? (
        <LabelledSelect label={t('work.filter.unit')} value={unitId} onChange={setUnitId}>
          <option value="">{t('work.filter.unit.all')}</option>
          {data.units.map((u) => (
            <option key={u.unitId} value={u.unitId}>
              {u.unitName}
            </option>
          ))}
        </LabelledSelect>
      ) : null}
      {days.length === 0 ? (
        <Paragraph>{t('caseload.trend.none')}</Paragraph>
      ) : (
        <LoadTable
          caption={t('caseload.trend.title', { days: HISTORY_DAYS })}
          firstColumn={t('caseload.col.day')}
          rows={days.map((d) => ({ ...d, key: d.day, label: formatDay(d.day, lang) }))}
        />
      )}
    </section>
  );
}

function CaseloadContent(): ReactNode {
  const t = useStaffT();
  const load = useApi<Caseload>(caseloadUrl(HISTORY_DAYS));
  if (load.result === undefined) return <Paragraph role="status">{t('load.busy')}</Paragraph>;
  if (!load.result.ok) return <LoadProblem problem={load.result.problem} onRetry={load.reload} />;
  const data = load.result.data;
  return (
    <>
      <section aria-labelledby="naa" className="vern-stack">
        <Heading level={2} data-size="md" id="naa">
          {t('caseload.now.title')}
        </Heading>
        {data.units.length === 0 ? <Paragraph>{t('caseload.none')}</Paragraph> : null}
        {byUnit(data).map((g) => (
          <UnitTable key={g.unit.unitId} group={g} />
        ))}
      </section>
      <Trend data={data} />
    </>
  );
}

/** `/saksmengde`: open cases and deadlines per caseworker and unit, now and over time (leaders). */
export function CaseloadPage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('caseload.title')}>
      {(session) => (
        <Page title={t('caseload.title')}>
          <Paragraph>{t('caseload.lead')}</Paragraph>
          {isLeader(session.roles) ? (
            <CaseloadContent />
          ) : (
            <Alert data-color="info">
              <Paragraph>{t('caseload.notAllowed')}</Paragraph>
            </Alert>
          )}
        </Page>
      )}
    </RequireStaff>
  );
}
