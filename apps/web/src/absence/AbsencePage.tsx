import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { Page, useI18n } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { useApi, type ApiState } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { formatDay, isLeader } from '../work/worklists';
import '../work/work.css';
import {
  isCurrent,
  redistributionTargets,
  type AffectedAbsence,
  type MyAbsences,
  type StaffMember,
} from './absence';
import { AbsenceCases } from './AbsenceCases';
import { AbsenceForm } from './AbsenceForm';
import { ChangeEndForm } from './ChangeEndForm';

/** My own current and coming absences. */
function MyAbsenceList({
  mine,
  today,
  csrfToken,
  onChanged,
}: {
  mine: MyAbsences;
  today: string;
  csrfToken: string;
  onChanged: () => void;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="mitt-fravaer" className="vern-stack">
      <Heading level={2} data-size="md" id="mitt-fravaer">
        {t('absence.mine.title')}
      </Heading>
      {mine.items.length === 0 ? (
        <Paragraph>{t('absence.mine.none')}</Paragraph>
      ) : (
        <ul className="vern-plain-list vern-stack">
          {mine.items.map((a) => (
            <li key={a.id}>
              <Paragraph>
                <strong>{t(`absence.kind.${a.kind}`)}</strong>{' '}
                {t('absence.period', {
                  from: formatDay(a.startsOn, lang),
                  to: a.expectedEndOn ? formatDay(a.expectedEndOn, lang) : t('absence.endUnknown'),
                })}{' '}
                <Tag data-size="sm" data-color={isCurrent(a, today) ? 'warning' : 'info'}>
                  {t(isCurrent(a, today) ? 'absence.active' : 'absence.coming')}
                </Tag>
              </Paragraph>
              <Paragraph data-size="sm">{t('absence.mine.by', { name: a.registeredByName })}</Paragraph>
              <ChangeEndForm absence={a} csrfToken={csrfToken} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A leader's view of the absences of those they lead, each with the cases to move. */
function LedAbsences({
  session,
  staff,
  affected,
  today,
  onMoved,
}: {
  session: StaffSession;
  staff: readonly StaffMember[];
  affected: ApiState<{ items: AffectedAbsence[] }>;
  today: string;
  onMoved: () => void;
}): ReactNode {
  const t = useStaffT();
  return (
    <section aria-labelledby="fravaer-teamet" className="vern-stack">
      <Heading level={2} data-size="md" id="fravaer-teamet">
        {t('absence.led.title')}
      </Heading>
      <Paragraph>{t('absence.led.lead')}</Paragraph>
      {affected.result === undefined ? (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      ) : !affected.result.ok ? (
        <LoadProblem problem={affected.result.problem} onRetry={affected.reload} />
      ) : affected.result.data.items.length === 0 ? (
        <Paragraph>{t('absence.led.none')}</Paragraph>
      ) : (
        affected.result.data.items.map((a) => (
          <div key={a.id} className="vern-stack">
            <AbsenceCases
              absence={a}
              targets={redistributionTargets(staff, a.staffUserId)}
              today={today}
              csrfToken={session.csrfToken}
              onMoved={onMoved}
            />
            <ChangeEndForm absence={a} csrfToken={session.csrfToken} onChanged={onMoved} />
          </div>
        ))
      )}
    </section>
  );
}

function AbsenceContent({ session }: { session: StaffSession }): ReactNode {
  const t = useStaffT();
  const leader = isLeader(session.roles);
  const [today] = useState(() => osloDate(new Date()));
  const mine = useApi<MyAbsences>('/api/absences/mine');
  const staff = useApi<{ items: StaffMember[] }>(leader ? '/api/staff' : null);
  const affected = useApi<{ items: AffectedAbsence[] }>(leader ? '/api/absences/affected' : null);
  const people = staff.result?.ok ? staff.result.data.items : [];
  // After a change (a new absence, cases moved) every list is read again.
  const changed = () => {
    mine.reload();
    staff.reload();
    affected.reload();
  };
  return (
    <Page title={t('absence.title')}>
      <Paragraph data-size="lg">{t(leader ? 'absence.lead.leader' : 'absence.lead')}</Paragraph>
      <AbsenceForm
        me={mine.result?.ok ? mine.result.data.staffUserId : undefined}
        staff={people}
        csrfToken={session.csrfToken}
        onRegistered={changed}
      />
      {mine.result === undefined ? (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      ) : mine.result.ok ? (
        <MyAbsenceList
          mine={mine.result.data}
          today={today}
          csrfToken={session.csrfToken}
          onChanged={changed}
        />
      ) : (
        <LoadProblem problem={mine.result.problem} onRetry={mine.reload} />
      )}
      {leader ? (
        <LedAbsences session={session} staff={people} affected={affected} today={today} onMoved={changed} />
      ) : null}
    </Page>
  );
}

/** `/fravaer`: register absence (one's own, or as a leader for one's staff) and move cases. */
export function AbsencePage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('absence.title')}>
      {(session) => <AbsenceContent session={session} />}
    </RequireStaff>
  );
}
