import { PageLayout, Routes, infoRoutes, useT, type NavItem, type RouteTable } from '@vern/ui';
import type { ReactNode } from 'react';
import { FrontPage } from './front-page/FrontPage';

const routes: RouteTable = {
  '/': FrontPage,
  ...infoRoutes,
};

export function App(): ReactNode {
  const t = useT();
  const nav: NavItem[] = [
    { label: t('common.nav.home'), to: '/' },
    { label: t('common.footer.about'), to: '/om' },
  ];
  return (
    <PageLayout appTitle={t('staff.appTitle')} subtitle={t('staff.subtitle')} nav={nav}>
      <Routes routes={routes} />
    </PageLayout>
  );
}
