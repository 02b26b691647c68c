import { Alert, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { CaseView } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';

/** The case header: child, journal number, status, unit and caseworker, as a description list. */
export function CaseFacts({ view }: { view: CaseView }): ReactNode {
  const t = useStaffT();
  const p = view.process;
  const rows: [string, ReactNode][] = [
    [
      t('case.child'),
      `${view.child.givenName} ${view.child.familyName}${view.child.birthDate ? ` (${t('cases.born', { date: view.child.birthDate })})` : ''}`,
    ],
    [t('case.journalnummer'), p.journalnummer],
    [
      t('case.status'),
      <Tag key="s" data-color={view.status === 'open' ? 'success' : 'neutral'}>
        {t(view.status === 'open' ? 'status.open' : 'status.closed')}
      </Tag>,
    ],
    [t('case.unit'), view.unit.name],
    [t('case.caseworker'), view.caseworker?.name ?? t('cases.unassigned')],
    [t('case.started'), p.startDate],
    ...(p.endDate ? ([[t('case.ended'), p.endDate]] as [string, ReactNode][]) : []),
  ];
  return (
    <>
      {view.access.emergency ? (
        <Alert data-color="warning">
          <Paragraph>{t('case.emergency')}</Paragraph>
        </Alert>
      ) : null}
      <dl className="vern-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
