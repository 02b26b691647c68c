import { PageLayout, Routes, infoRoutes, useT, type NavItem, type RouteTable } from '@vern/ui';
import type { ReactNode } from 'react';
import { FrontPage } from './front-page/FrontPage';
import { MIN_SIDE_PATH, MinSidePage } from './min-side/MinSidePage';
import { STATUS_PATH } from './report/ReceiptView';
import { REPORT_PATH, ReportPage } from './report/ReportPage';
import { StatusPage } from './report/StatusPage';

const routes: RouteTable = {
  '/': FrontPage,
  [REPORT_PATH]: ReportPage,
  [STATUS_PATH]: StatusPage,
  [MIN_SIDE_PATH]: MinSidePage,
  ...infoRoutes,
};

export function App(): ReactNode {
  const t = useT();
  const nav: NavItem[] = [
    { label: t('common.nav.home'), to: '/' },
    { label: t('portal.nav.report'), to: REPORT_PATH },
    { label: t('portal.nav.mySide'), to: MIN_SIDE_PATH },
  ];
  return (
    <PageLayout appTitle={t('portal.appTitle')} subtitle={t('portal.subtitle')} nav={nav}>
      <Routes routes={routes} />
    </PageLayout>
  );
}
