import { Heading } from '@digdir/designsystemet-react';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useRouter } from '../router/Router';

/** Set by PageLayout so every page can build its <title> as "Page – App". */
export const AppTitleContext = createContext<string>('');

export interface PageProps {
  /** The page's one h1, also the first part of the document title. */
  title: string;
  children?: ReactNode;
}

/**
 * One page: its h1 and its document title. After a client-side navigation focus moves to the h1,
 * so screen readers announce the new page and keyboard users continue from the top of it.
 */
export function Page({ title, children }: PageProps): ReactNode {
  const appTitle = useContext(AppTitleContext);
  const { navigationKey } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = appTitle && appTitle !== title ? `${title} – ${appTitle}` : title;
  }, [title, appTitle]);

  useEffect(() => {
    if (navigationKey === 0) return; // first load: leave focus where the browser puts it
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [navigationKey]);

  return (
    <>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="vern-page__title">
        {title}
      </Heading>
      {children}
    </>
  );
}
