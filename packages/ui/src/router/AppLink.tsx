import { Link, type LinkProps as DsLinkProps } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useLinkProps } from './Router';

export type AppLinkProps = Omit<DsLinkProps, 'href' | 'asChild'> & {
  /** A route inside the app, without the base path: '/personvern'. */
  to: string;
};

/** A Designsystemet link to a page in this app, navigating without a page load. */
export function AppLink({ to, onClick, ...rest }: AppLinkProps): ReactNode {
  const linkProps = useLinkProps(to, onClick);
  return <Link {...rest} {...linkProps} />;
}
