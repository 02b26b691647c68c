import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { AppLink, useI18n } from '@vern/ui';
import type { ReactNode } from 'react';
import { casePath } from '../cases/staff-routes';
import { useStaffT, type StaffT } from '../i18n/useStaffT';
import { dueOf, formatDay, isRuleId, urgency, type Due, type WorklistItem } from './worklists';

/** «Fristen gikk ut for 3 dager siden», «Fristen er i dag», «Om 5 dager». */
export function dueText(t: StaffT, due: Due): string {
  switch (due.state) {
    case 'overdue':
      return due.days === 1 ? t('work.row.overdue.one') : t('work.row.overdue', { days: due.days });
    case 'today':
      return t('work.row.today');
    case 'left':
      return due.days === 1 ? t('work.row.left.one') : t('work.row.left', { days: due.days });
  }
}

/** The rule's name in the reader's language, or its id when the app does not know it yet. */
export function ruleName(t: StaffT, ruleId: string): string {
  return isRuleId(ruleId) ? t(`rule.${ruleId}`) : ruleId;
}

/**
 * One deadline in a worklist: the child and case, the due day and how near it is, the rule with its
 * legal reference, who holds it (in a leader's list), why it is a deadline and how it was counted,
 * and the way into the case.
 */
export function DeadlineRow({
  item,
  today,
  mine,
}: {
  item: WorklistItem;
  today: string;
  /** In «Mitt arbeid»: the owner is the reader, so the row says why it is theirs. */
  mine: boolean;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const due = dueOf(item.dueDate, today);
  return (
    <li className="vern-deadline" data-urgency={urgency(due)}>
      <Heading level={3} data-size="2xs">
        {item.childName}{' '}
        <span className="vern-muted vern-nowrap">
          {t('work.row.journalnummer', { journalnummer: item.journalnummer })}
        </span>
      </Heading>
      <Paragraph data-size="sm">
        <Tag data-size="sm" data-color={urgency(due)}>
          {dueText(t, due)}
        </Tag>{' '}
        {t('work.row.due', { date: formatDay(item.dueDate, lang) })}
      </Paragraph>
      <Paragraph data-size="sm">
        <strong>{ruleName(t, item.ruleId)}</strong> · {item.legalReference}
      </Paragraph>
      {mine ? null : (
        <Paragraph data-size="sm">
          {item.owner
            ? t('work.row.owner', {
                name: item.owner.absent
                  ? t('work.row.ownerAbsent', { name: item.owner.name })
                  : item.owner.name,
              })
            : t('work.row.unassigned')}{' '}
          · {item.unit.name}
        </Paragraph>
      )}
      <Details data-size="sm">
        <Details.Summary>{t(mine ? 'work.row.whyMine' : 'work.row.why')}</Details.Summary>
        <Details.Content className="vern-stack">
          {isRuleId(item.ruleId) ? (
            <Paragraph data-size="sm">{t(`rule.${item.ruleId}.what`)}</Paragraph>
          ) : null}
          <Paragraph data-size="sm">{t(mine ? 'work.row.mineBecause' : 'work.row.ownerBecause')}</Paragraph>
          <Paragraph data-size="sm">{t('work.row.counted')}</Paragraph>
          <Paragraph data-size="sm" lang="nb" className="vern-explanation">
            {item.explanation}
          </Paragraph>
        </Details.Content>
      </Details>
      <Paragraph data-size="sm">
        <AppLink to={casePath(item.sakId)}>
          {t('work.row.open', { journalnummer: item.journalnummer })}
        </AppLink>
      </Paragraph>
    </li>
  );
}
