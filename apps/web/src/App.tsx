import { PageLayout, Routes, infoRoutes, useRouter, useT, type NavItem, type RouteTable } from '@vern/ui';
import type { ReactNode } from 'react';
import { CasePage } from './cases/CasePage';
import { NewCasePage } from './cases/NewCasePage';
import { matchStaffRoute, NEW_CASE_PATH } from './cases/staff-routes';
import { FrontPage } from './front-page/FrontPage';
import { INBOX_PATH, mayWorkInbox } from './inbox/inbox';
import { InboxPage } from './inbox/InboxPage';
import { LetterPage } from './letters/LetterPage';
import { NewLetterPage } from './letters/NewLetterPage';
import { PersonPage } from './persons/PersonPage';
import { mayReport, REGISTRY_PATH } from './registry/registry';
import { RegistryPage } from './registry/RegistryPage';
import { useStaffT } from './i18n/useStaffT';
import { StaffSessionProvider, useStaffSessionContext } from './session/StaffSessionContext';
import { StepPage } from './steps/StepPage';
import { ABSENCE_PATH } from './absence/absence';
import { AbsencePage } from './absence/AbsencePage';
import { CaseloadPage } from './caseload/CaseloadPage';
import { NOTIFICATIONS_PATH } from './notifications/notifications';
import { NotificationsPage } from './notifications/NotificationsPage';
import { useUnreadCount } from './notifications/useUnreadCount';
import { maySend, SENDINGER_PATH } from './sendinger/sendinger';
import { SendingerPage } from './sendinger/SendingerPage';
import { RiskPage } from './work/RiskPage';
import { WorkPage } from './work/WorkLists';
import { CASELOAD_PATH, isLeader, RISK_PATH, WORK_PATHS } from './work/worklists';

const routes: RouteTable = {
  '/': FrontPage,
  [REGISTRY_PATH]: RegistryPage,
  [INBOX_PATH]: InboxPage,
  [RISK_PATH]: RiskPage,
  [ABSENCE_PATH]: AbsencePage,
  [NOTIFICATIONS_PATH]: NotificationsPage,
  [SENDINGER_PATH]: SendingerPage,
  [CASELOAD_PATH]: CaseloadPage,
  [WORK_PATHS.mine]: () => <WorkPage view="mine" />,
  [WORK_PATHS.team]: () => <WorkPage view="team" />,
  [WORK_PATHS.service]: () => <WorkPage view="service" />,
  [WORK_PATHS.intake]: () => <WorkPage view="intake" />,
  ...infoRoutes,
};

/** The case pages carry ids in their paths; everything else goes to the shared route table. */
function StaffRoutes(): ReactNode {
  const { path } = useRouter();
  const route = matchStaffRoute(path);
  switch (route?.page) {
    case 'new-case':
      return <NewCasePage key={path} personId={route.personId} />;
    case 'person':
      return <PersonPage key={route.personId} personId={route.personId} />;
    case 'case':
      return <CasePage key={route.sakId} sakId={route.sakId} />;
    case 'step':
      return <StepPage key={path} sakId={route.sakId} type={route.type} target={route.target} />;
    case 'letter-new':
      return <NewLetterPage key={path} sakId={route.sakId} />;
    case 'letter':
      return <LetterPage key={path} sakId={route.sakId} letterId={route.letterId} />;
    default:
      return <Routes routes={routes} />;
  }
}

/**
 * The shell. Signed in: risk and caseload for leaders, absence and notifications (with the unread
 * count) for everyone, the letters I sent for those who send, the registry for those who report
 * (systemansvarlig, head of service).
 */
function Shell(): ReactNode {
  const t = useT();
  const st = useStaffT();
  const { state } = useStaffSessionContext();
  const roles = state.status === 'signed-in' ? state.session.roles : null;
  const unread = useUnreadCount(roles !== null);
  const nav: NavItem[] = [
    { label: t('common.nav.home'), to: '/' },
    { label: st('nav.newMelding'), to: NEW_CASE_PATH },
    ...(roles && mayWorkInbox(roles) ? [{ label: st('nav.inbox'), to: INBOX_PATH }] : []),
    ...(roles && isLeader(roles)
      ? [
          { label: st('nav.risk'), to: RISK_PATH },
          { label: st('nav.caseload'), to: CASELOAD_PATH },
        ]
      : []),
    ...(roles
      ? [
          { label: st('nav.absence'), to: ABSENCE_PATH },
          {
            label: unread ? st('nav.notificationsUnread', { count: unread }) : st('nav.notifications'),
            to: NOTIFICATIONS_PATH,
          },
        ]
      : []),
    ...(roles && maySend(roles) ? [{ label: st('nav.sendinger'), to: SENDINGER_PATH }] : []),
    ...(roles && mayReport(roles) ? [{ label: st('nav.registry'), to: REGISTRY_PATH }] : []),
    { label: t('common.footer.about'), to: '/om' },
  ];
  return (
    <PageLayout appTitle={t('staff.appTitle')} subtitle={t('staff.subtitle')} nav={nav}>
      <StaffRoutes />
    </PageLayout>
  );
}

export function App(): ReactNode {
  return (
    <StaffSessionProvider>
      <Shell />
    </StaffSessionProvider>
  );
}
