import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { isPlainLeftClick, normalizeBase, normalizePath, toAppPath, toHref } from './paths';

export interface Router {
  /** The app's base path, normalised: '/' or '/portal/'. */
  base: string;
  /** The current route inside the app, without the base: '/', '/bekymring'. */
  path: string;
  /**
   * 0 on the first page load, then +1 on every client-side page change (link or back/forward).
   * Pages watch it to move focus to their heading after a navigation, but not on first load.
   */
  navigationKey: number;
  navigate: (to: string) => void;
  href: (to: string) => string;
}

const RouterContext = createContext<Router | null>(null);

interface RouteState {
  path: string;
  navigationKey: number;
}

export function RouterProvider({ base, children }: { base: string; children: ReactNode }): ReactNode {
  const root = normalizeBase(base);
  const [state, setState] = useState<RouteState>(() => ({
    path: toAppPath(window.location.pathname, root),
    navigationKey: 0,
  }));

  useEffect(() => {
    // popstate also fires for in-page #fragment jumps; only a new pathname is a page change.
    const onPopState = () =>
      setState((s) => {
        const path = toAppPath(window.location.pathname, root);
        return path === s.path ? s : { path, navigationKey: s.navigationKey + 1 };
      });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [root]);

  const navigate = useCallback(
    (to: string) => {
      const path = normalizePath(to);
      if (path === toAppPath(window.location.pathname, root)) return;
      window.history.pushState(null, '', toHref(path, root));
      setState((s) => ({ path, navigationKey: s.navigationKey + 1 }));
    },
    [root],
  );

  const value = useMemo<Router>(
    () => ({ base: root, ...state, navigate, href: (to: string) => toHref(to, root) }),
    [root, state, navigate],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() must be used inside <RouterProvider>');
  return router;
}

export interface LinkProps {
  href: string;
  onClick: (e: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * Props for an <a> that navigates inside the app without a page load. It stays a real link with a
 * real href, so open-in-new-tab, copy link and no-JS crawlers keep working.
 */
export function useLinkProps(to: string, onClick?: (e: MouseEvent<HTMLAnchorElement>) => void): LinkProps {
  const { href, navigate } = useRouter();
  return {
    href: href(to),
    onClick: (e) => {
      onClick?.(e);
      if (!isPlainLeftClick(e)) return;
      const target = e.currentTarget.getAttribute('target');
      if (target && target !== '_self') return;
      e.preventDefault();
      navigate(to);
    },
  };
}
