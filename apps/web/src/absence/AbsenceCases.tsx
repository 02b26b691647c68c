import {
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Select,
  Tag,
} from '@digdir/designsystemet-react';
import { AppLink, useI18n } from '@vern/ui';
import { useId, useState, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { casePath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import { problemText } from '../steps/problem-text';
import { dueText, ruleName } from '../work/DeadlineRow';
import { LabelledSelect } from '../work/LabelledSelect';
import { dueOf, formatDay, urgency } from '../work/worklists';
import {
  byUrgency,
  earliestDue,
  movesFor,
  redistributeUrl,
  toggled,
  type AffectedAbsence,
  type AffectedCase,
  type StaffMember,
} from './absence';

function TargetOptions({ targets }: { targets: readonly StaffMember[] }): ReactNode {
  const t = useStaffT();
  return (
    <>
      <Select.Option value="">{t('form.choose')}</Select.Option>
      {targets.map((s) => (
        <Select.Option key={s.id} value={s.id}>
          {s.unit ? `${s.name} (${s.unit.name})` : s.name}
        </Select.Option>
      ))}
    </>
  );
}

function CaseDeadlines({ c, today }: { c: AffectedCase; today: string }): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  return (
    <ul className="vern-compact-list">
      {c.deadlines.map((d) => {
        const due = dueOf(d.dueDate, today);
        return (
          <li key={d.id}>
            <Tag data-size="sm" data-color={urgency(due)}>
              {dueText(t, due)}
            </Tag>{' '}
            {ruleName(t, d.ruleId)}, {formatDay(d.dueDate, lang)} ({d.legalReference})
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One absence of someone the leader answers for: the absent person's cases with a deadline inside
 * it, most urgent first, to move in bulk (choose several, then one colleague) or one by one. The
 * absent person stays on each moved case as a co-worker: a deputy never takes anyone's access.
 */
export function AbsenceCases({
  absence,
  targets,
  today,
  csrfToken,
  onMoved,
}: {
  absence: AffectedAbsence;
  targets: readonly StaffMember[];
  today: string;
  csrfToken: string;
  onMoved: () => void;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const id = useId();
  const cases = byUrgency(absence.cases);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [bulkTarget, setBulkTarget] = useState('');
  const [rowTarget, setRowTarget] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const live = new Set(cases.map((c) => c.sakId));
  const picked = new Set([...chosen].filter((s) => live.has(s)));
  const nameOf = (staffId: string) => targets.find((s) => s.id === staffId)?.name ?? '';

  const move = async (moves: { sakId: string; caseworkerId: string }[]) => {
    if (busy) return;
    if (moves.length === 0 || moves.some((m) => !m.caseworkerId)) {
      setMessage({ ok: false, text: t('absence.move.chooseFirst') });
      return;
    }
    setBusy(true);
    const result = await apiSend<{ moved: number }>(redistributeUrl(absence.id), csrfToken, { moves });
    setBusy(false);
    if (!result.ok) {
      setMessage({
        ok: false,
        text: problemText(t, result.problem) ?? result.problem.details[0]?.reason ?? t('form.invalid'),
      });
      return;
    }
    const to = [...new Set(moves.map((m) => nameOf(m.caseworkerId)))].join(', ');
    setMessage({
      ok: true,
      text: t(result.data.moved === 1 ? 'absence.move.done.one' : 'absence.move.done', {
        count: result.data.moved,
        to,
        name: absence.staffName,
      }),
    });
    setChosen(new Set());
    onMoved();
  };

  return (
    <Card data-color="neutral" className="vern-stack" asChild>
      <section aria-labelledby={`${id}-title`}>
        <Heading level={3} data-size="sm" id={`${id}-title`}>
          {t('absence.card.title', { name: absence.staffName, kind: t(`absence.kind.${absence.kind}`) })}
        </Heading>
        <Paragraph data-size="sm">
          {t('absence.period', {
            from: formatDay(absence.startsOn, lang),
            to: absence.expectedEndOn ? formatDay(absence.expectedEndOn, lang) : t('absence.endUnknown'),
          })}{' '}
          <Tag data-size="sm" data-color={absence.active ? 'warning' : 'info'}>
            {t(absence.active ? 'absence.active' : 'absence.coming')}
          </Tag>
        </Paragraph>
        {cases.length === 0 ? (
          <Paragraph>{t('absence.cases.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('absence.cases.lead', { count: cases.length, name: absence.staffName })}</Paragraph>
            <Fieldset>
              <Fieldset.Legend>{t('absence.cases.legend')}</Fieldset.Legend>
              <div>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setChosen(picked.size === cases.length ? new Set() : new Set(live))}
                >
                  {t(picked.size === cases.length ? 'absence.cases.unchooseAll' : 'absence.cases.chooseAll')}
                </Button>
              </div>
              <ul className="vern-plain-list vern-deadlines">
                {cases.map((c) => (
                  <li
                    key={c.sakId}
                    className="vern-deadline vern-stack"
                    data-urgency={earliestDue(c) ? urgency(dueOf(earliestDue(c), today)) : 'neutral'}
                  >
                    <Checkbox
                      label={t('absence.case.choose', { name: c.childName, journalnummer: c.journalnummer })}
                      checked={picked.has(c.sakId)}
                      onChange={() => setChosen((s) => toggled(s, c.sakId))}
                    />
                    <CaseDeadlines c={c} today={today} />
                    <div className="vern-row-move">
                      <LabelledSelect
                        label={t('absence.move.one', { journalnummer: c.journalnummer })}
                        value={rowTarget[c.sakId] ?? ''}
                        onChange={(v) => setRowTarget((r) => ({ ...r, [c.sakId]: v }))}
                      >
                        <TargetOptions targets={targets} />
                      </LabelledSelect>
                      <Button
                        variant="secondary"
                        data-size="sm"
                        onClick={() =>
                          void move([{ sakId: c.sakId, caseworkerId: rowTarget[c.sakId] ?? '' }])
                        }
                      >
                        {t('absence.move.oneSubmit', { journalnummer: c.journalnummer })}
                      </Button>
                    </div>
                    <Paragraph data-size="sm">
                      <AppLink to={casePath(c.sakId)}>
                        {t('work.row.open', { journalnummer: c.journalnummer })}
                      </AppLink>
                    </Paragraph>
                  </li>
                ))}
              </ul>
            </Fieldset>
            <div className="vern-bulk vern-stack">
              <LabelledSelect label={t('absence.move.bulk')} value={bulkTarget} onChange={setBulkTarget}>
                <TargetOptions targets={targets} />
              </LabelledSelect>
              <div>
                <Button onClick={() => void move(movesFor(cases, picked, bulkTarget))} disabled={busy}>
                  {t('absence.move.bulkSubmit', { count: picked.size })}
                </Button>
              </div>
            </div>
          </>
        )}
        <div role="status">
          {message ? (
            <Alert data-color={message.ok ? 'success' : 'danger'}>
              <Paragraph>{message.text}</Paragraph>
            </Alert>
          ) : null}
        </div>
        <Paragraph data-size="sm">{t('absence.keepsAccess', { name: absence.staffName })}</Paragraph>
      </section>
    </Card>
  );
}
