import { PageLayout, Routes, infoRoutes, useT, type NavItem, type RouteTable } from '@vern/ui';
import type { ReactNode } from 'react';
import { CITIZEN_LOGIN_URL, FrontPage } from './front-page/FrontPage';
import { REPORT_PATH, ReportPage } from './report/ReportPage';

const routes: RouteTable = {
  '/': FrontPage,
  [REPORT_PATH]: ReportPage,
  ...infoRoutes,
};

export function App(): ReactNode {
  const t = useT();
  const nav: NavItem[] = [
    { label: t('common.nav.home'), to: '/' },
    { label: t('portal.nav.report'), to: REPORT_PATH },
    { label: t('portal.nav.mySide'), href: CITIZEN_LOGIN_URL },
  ];
  return (
    <PageLayout appTitle={t('portal.appTitle')} subtitle={t('portal.subtitle')} nav={nav}>
      <Routes routes={routes} />
    </PageLayout>
  );
}
