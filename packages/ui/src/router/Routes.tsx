import { createElement, type ComponentType, type ReactNode } from 'react';
import { FOOTER_ROUTES } from '../layout/PageLayout';
import { AboutPage, AccessibilityPage, NotFoundPage, PrivacyPage } from '../pages/InfoPages';
import { useRouter } from './Router';

/** Route path (without base) -> page component. Exact matches only; anything else is 404. */
export type RouteTable = Readonly<Record<string, ComponentType>>;

/** The about, accessibility and privacy pages every app has. */
export const infoRoutes: RouteTable = {
  [FOOTER_ROUTES.about]: AboutPage,
  [FOOTER_ROUTES.accessibility]: AccessibilityPage,
  [FOOTER_ROUTES.privacy]: PrivacyPage,
};

export function matchRoute(routes: RouteTable, path: string): ComponentType {
  return Object.hasOwn(routes, path) ? (routes[path] ?? NotFoundPage) : NotFoundPage;
}

/** Renders the page for the current path. */
export function Routes({ routes }: { routes: RouteTable }): ReactNode {
  const { path } = useRouter();
  // The route table is static; createElement makes plain that no component is made here.
  return createElement(matchRoute(routes, path));
}
