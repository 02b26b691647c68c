import { Button, Fieldset, Heading, Paragraph, Radio, Select } from '@digdir/designsystemet-react';
import { LabelledSelect } from './LabelledSelect';
import { osloDate } from '@vern/domain';
import { useId, useState, type ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { useStaffT } from '../i18n/useStaffT';
import { holdsCases, type StaffMember } from '../absence/absence';
import { DeadlineRow, ruleName } from './DeadlineRow';
import {
  DEFAULT_FILTER,
  PAGE,
  RULE_IDS,
  totalFor,
  worklistUrl,
  type DueFilter,
  type ListFilter,
  type Worklist,
} from './worklists';

const DUES: readonly DueFilter[] = ['open', 'overdue', 'due-soon'];

/** Caseworkers to filter a leader's list by: staff who can hold cases, in the chosen unit. */
function caseworkerOptions(staff: readonly StaffMember[], unitId: string): StaffMember[] {
  return staff.filter((s) => holdsCases(s) && (!unitId || s.unit?.id === unitId));
}

/**
 * «Mitt arbeid», the team's or the service's deadlines: counts, filters (due, rule, and for
 * leaders caseworker and unit), and the rows, overdue first and then by due day, as the API sorts.
 */
export function WorklistView({ view }: { view: 'mine' | 'team' | 'service' }): ReactNode {
  const t = useStaffT();
  const id = useId();
  const [filter, setFilter] = useState<ListFilter>(DEFAULT_FILTER);
  const [today] = useState(() => osloDate(new Date()));
  const list = useApi<Worklist>(worklistUrl(view, filter));
  const staff = useApi<{ items: StaffMember[] }>(view === 'mine' ? null : '/api/staff');
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, limit: PAGE, ...patch }));
  // Kept while a new filter loads, so the counts and rows do not flash away.
  const data = list.result?.ok ? list.result.data : undefined;
  const people = staff.result?.ok ? caseworkerOptions(staff.result.data.items, filter.unitId) : [];
  const total = data ? totalFor(data.counts, filter.due) : 0;
  const titleId = `${id}-title`;
  return (
    <section aria-labelledby={titleId} className="vern-stack">
      <Heading level={2} data-size="md" id={titleId}>
        {t(`work.view.${view}`)}
      </Heading>
      <Paragraph>{t(`work.lead.${view}`)}</Paragraph>
      <div className="vern-filters">
        <Fieldset>
          <Fieldset.Legend>{t('work.filter.due')}</Fieldset.Legend>
          {DUES.map((due) => (
            <Radio
              key={due}
              name={`${id}-due`}
              value={due}
              checked={filter.due === due}
              onChange={() => set({ due })}
              label={t(`work.filter.due.${due}`, { count: data ? totalFor(data.counts, due) : '…' })}
            />
          ))}
        </Fieldset>
        <div className="vern-stack">
          <LabelledSelect
            label={t('work.filter.rule')}
            value={filter.ruleId}
            onChange={(ruleId) => set({ ruleId })}
          >
            <Select.Option value="">{t('work.filter.rule.all')}</Select.Option>
            {RULE_IDS.map((r) => (
              <Select.Option key={r} value={r}>
                {ruleName(t, r)}
              </Select.Option>
            ))}
          </LabelledSelect>
          {view === 'service' && data?.units ? (
            <LabelledSelect
              label={t('work.filter.unit')}
              value={filter.unitId}
              onChange={(unitId) => set({ unitId, caseworkerId: '' })}
            >
              <Select.Option value="">{t('work.filter.unit.all')}</Select.Option>
              {(staff.result?.ok
                ? unitsOf(staff.result.data.items)
                : data.units.map((u) => ({ id: u.unitId, name: u.unitName }))
              ).map((u) => (
                <Select.Option key={u.id} value={u.id}>
                  {u.name}
                </Select.Option>
              ))}
            </LabelledSelect>
          ) : null}
          {view !== 'mine' ? (
            <LabelledSelect
              label={t('work.filter.caseworker')}
              value={filter.caseworkerId}
              onChange={(caseworkerId) => set({ caseworkerId })}
            >
              <Select.Option value="">{t('work.filter.caseworker.all')}</Select.Option>
              <Select.Option value="none">{t('work.filter.caseworker.none')}</Select.Option>
              {people.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {s.absent ? t('work.row.ownerAbsent', { name: s.name }) : s.name}
                </Select.Option>
              ))}
            </LabelledSelect>
          ) : null}
        </div>
      </div>
      {view === 'service' && data?.units && !filter.unitId ? <UnitCounts units={data.units} /> : null}
      {list.result === undefined ? (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      ) : !list.result.ok ? (
        <LoadProblem problem={list.result.problem} onRetry={list.reload} />
      ) : null}
      {data ? (
        <>
          <Paragraph role="status" data-size="sm">
            {list.loading
              ? t('load.busy')
              : data.items.length === 0
                ? t(data.counts.open === 0 ? 'work.empty' : 'work.emptyFilter')
                : t('work.shown', { shown: data.items.length, total })}
          </Paragraph>
          <ol className="vern-plain-list vern-deadlines">
            {data.items.map((item) => (
              <DeadlineRow key={item.id} item={item} today={today} mine={view === 'mine'} />
            ))}
          </ol>
          {data.items.length < total && filter.limit < 500 ? (
            <div>
              <Button variant="secondary" onClick={() => setFilter((f) => ({ ...f, limit: f.limit + PAGE }))}>
                {t('work.more')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function unitsOf(staff: readonly StaffMember[]): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const s of staff) if (s.unit) units.set(s.unit.id, s.unit.name);
  return [...units].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The head of service's counts per unit, as a small table (readable at 375 px: four columns). */
function UnitCounts({ units }: { units: NonNullable<Worklist['units']> }): ReactNode {
  const t = useStaffT();
  return (
    <table className="vern-table">
      <caption>{t('work.units.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('work.filter.unit')}</th>
          <th scope="col">{t('work.units.open')}</th>
          <th scope="col">{t('work.units.overdue')}</th>
          <th scope="col">{t('work.units.soon')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.unitId}>
            <th scope="row">{u.unitName}</th>
            <td>{u.open}</td>
            <td>{u.overdue}</td>
            <td>{u.dueThisWeek}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
