import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useI18n } from '@vern/ui';
import type { ReactNode } from 'react';
import type { CaseDeadline } from '../api/types';
import { useStaffT, type StaffT } from '../i18n/useStaffT';
import { dueText, ruleName } from '../work/DeadlineRow';
import { dueOf, formatDay, isRuleId, urgency } from '../work/worklists';
import '../work/work.css';

const CLOSED: readonly CaseDeadline['status'][] = ['met', 'met-late', 'missed'];

function closedText(t: StaffT, d: CaseDeadline, lang: Parameters<typeof formatDay>[1]): string {
  const date = d.completedDate ? formatDay(d.completedDate, lang) : '';
  if (d.status === 'met') return t('case.deadlines.met', { date });
  if (d.status === 'met-late') return t('case.deadlines.metLate', { date });
  return t('case.deadlines.missed');
}

/** One deadline of the case: how near, the rule and its provision, and how it was counted. */
function DeadlineItem({ d, today }: { d: CaseDeadline; today: string }): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const closed = CLOSED.includes(d.status);
  const due = dueOf(d.dueDate, today);
  const colour = closed ? (d.status === 'met' ? 'success' : 'neutral') : urgency(due);
  return (
    <li className="vern-deadline" data-urgency={closed ? 'neutral' : urgency(due)}>
      <Paragraph data-size="sm">
        <strong>{ruleName(t, d.ruleId)}</strong> · {d.legalReference}
      </Paragraph>
      <Paragraph data-size="sm">
        <Tag data-size="sm" data-color={colour}>
          {closed ? closedText(t, d, lang) : dueText(t, due)}
        </Tag>{' '}
        {t('work.row.due', { date: formatDay(d.dueDate, lang) })}
      </Paragraph>
      {d.visits ? (
        <Paragraph data-size="sm">
          {t('case.deadlines.visits', {
            done: d.visits.done,
            required: d.visits.required,
            year: d.visits.year,
          })}
        </Paragraph>
      ) : null}
      {d.ssbDueDate ? (
        <Paragraph data-size="sm">
          {t('case.deadlines.ssb', { date: formatDay(d.ssbDueDate, lang) })}
        </Paragraph>
      ) : null}
      {d.dueOnDayOff && !closed ? (
        <Paragraph data-size="sm">{t('case.deadlines.dayOff', { day: d.dueOnDayOff })}</Paragraph>
      ) : null}
      <Details data-size="sm">
        <Details.Summary>{t('work.row.why')}</Details.Summary>
        <Details.Content className="vern-stack">
          {isRuleId(d.ruleId) ? <Paragraph data-size="sm">{t(`rule.${d.ruleId}.what`)}</Paragraph> : null}
          <Paragraph data-size="sm">{t('work.row.counted')}</Paragraph>
          <Paragraph data-size="sm" lang="nb" className="vern-explanation">
            {d.explanation}
          </Paragraph>
        </Details.Content>
      </Details>
    </li>
  );
}

/**
 * «Frister»: the case's statutory deadlines computed today from its history, open ones first with
 * how near they are, the closed ones folded away; each with its rule, provision and explanation.
 */
export function CaseDeadlines({
  deadlines,
  today,
}: {
  deadlines: readonly CaseDeadline[];
  today: string;
}): ReactNode {
  const t = useStaffT();
  const open = deadlines.filter((d) => !CLOSED.includes(d.status));
  const closed = deadlines.filter((d) => CLOSED.includes(d.status));
  return (
    <section aria-labelledby="frister" className="vern-stack">
      <Heading level={2} data-size="md" id="frister">
        {t('case.deadlines.title')}
      </Heading>
      <Paragraph>{t('case.deadlines.lead')}</Paragraph>
      {open.length === 0 ? <Paragraph>{t('case.deadlines.none')}</Paragraph> : null}
      <ul className="vern-plain-list vern-deadlines">
        {open.map((d) => (
          <DeadlineItem key={d.id} d={d} today={today} />
        ))}
      </ul>
      {closed.length > 0 ? (
        <Details>
          <Details.Summary>{t('case.deadlines.closed', { count: closed.length })}</Details.Summary>
          <Details.Content>
            <ul className="vern-plain-list vern-deadlines">
              {closed.map((d) => (
                <DeadlineItem key={d.id} d={d} today={today} />
              ))}
            </ul>
          </Details.Content>
        </Details>
      ) : null}
    </section>
  );
}
