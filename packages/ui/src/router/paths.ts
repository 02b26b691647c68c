// Pure helpers for the tiny history-API router. An app is served under a base path ('/' for the
// staff app, '/portal/' for the citizen portal); inside the app, routes are written without it.

/** '/portal' and 'portal/' become '/portal/'; '' becomes '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Strips a trailing slash (except from the root) so '/om/' and '/om' are one route. */
export function normalizePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  const collapsed = withSlash.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
}

/** Browser pathname -> app route: ('/portal/bekymring', '/portal/') -> '/bekymring'. */
export function toAppPath(pathname: string, base: string): string {
  const b = normalizeBase(base);
  if (b === '/') return normalizePath(pathname);
  const bare = b.slice(0, -1);
  if (pathname === bare) return '/';
  if (pathname.startsWith(b)) return normalizePath(pathname.slice(bare.length));
  return normalizePath(pathname);
}

/** App route -> href: ('/bekymring', '/portal/') -> '/portal/bekymring'. */
export function toHref(path: string, base: string): string {
  const b = normalizeBase(base);
  const p = normalizePath(path);
  return p === '/' ? b : `${b}${p.slice(1)}`;
}

export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** Only a plain left click is ours to handle; modified clicks open tabs and windows as usual. */
export function isPlainLeftClick(e: ClickLike): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}
