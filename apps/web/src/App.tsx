import { PageLayout, Routes, infoRoutes, useRouter, useT, type NavItem, type RouteTable } from '@vern/ui';
import type { ReactNode } from 'react';
import { CasePage } from './cases/CasePage';
import { NewCasePage } from './cases/NewCasePage';
import { matchStaffRoute, NEW_CASE_PATH } from './cases/staff-routes';
import { FrontPage } from './front-page/FrontPage';
import { PersonPage } from './persons/PersonPage';
import { mayReport, REGISTRY_PATH } from './registry/registry';
import { RegistryPage } from './registry/RegistryPage';
import { useStaffT } from './i18n/useStaffT';
import { StaffSessionProvider, useStaffSessionContext } from './session/StaffSessionContext';
import { StepPage } from './steps/StepPage';

const routes: RouteTable = {
  '/': FrontPage,
  [REGISTRY_PATH]: RegistryPage,
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
    default:
      return <Routes routes={routes} />;
  }
}

/** The shell; the registry link shows for those who report (systemansvarlig, head of service). */
function Shell(): ReactNode {
  const t = useT();
  const st = useStaffT();
  const { state } = useStaffSessionContext();
  const nav: NavItem[] = [
    { label: t('common.nav.home'), to: '/' },
    { label: st('nav.newMelding'), to: NEW_CASE_PATH },
    ...(state.status === 'signed-in' && mayReport(state.session.roles)
      ? [{ label: st('nav.registry'), to: REGISTRY_PATH }]
      : []),
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
