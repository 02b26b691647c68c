import { Paragraph, SkipLink } from '@digdir/designsystemet-react';
import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { AppLink } from '../router/AppLink';
import { useLinkProps } from '../router/Router';
import { LanguagePicker } from './LanguagePicker';
import { AppTitleContext } from './Page';
import { PrimaryNav, type NavItem } from './PrimaryNav';
import './layout.css';

export const MAIN_ID = 'main';

/** Routes every app has, linked from the footer. */
export const FOOTER_ROUTES = {
  about: '/om',
  accessibility: '/tilgjengelighet',
  privacy: '/personvern',
} as const;

export interface PageLayoutProps {
  /** Full product name for the document title: "Vern – for ansatte". */
  appTitle: string;
  /** Shown after "Vern" in the header: "for ansatte". */
  subtitle: string;
  nav: readonly NavItem[];
  children: ReactNode;
}

// The skip link moves focus itself instead of following #main: a fragment in the URL would be
// one more history entry and would survive into links people copy.
function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  e.preventDefault();
  main.focus();
}

function Brand({ subtitle }: { subtitle: string }): ReactNode {
  const t = useT();
  const home = useLinkProps('/');
  return (
    <a {...home} className="vern-brand">
      <span className="vern-brand__name">{t('common.productName')}</span>{' '}
      <span className="vern-brand__subtitle">{subtitle}</span>
    </a>
  );
}

/** The frame of every page: skip link, header with language choice, navigation, main, footer. */
export function PageLayout({ appTitle, subtitle, nav, children }: PageLayoutProps): ReactNode {
  const t = useT();
  return (
    <AppTitleContext.Provider value={appTitle}>
      <div className="vern-shell">
        <SkipLink href={`#${MAIN_ID}`} onClick={skipToMain}>
          {t('common.skipLink')}
        </SkipLink>
        <header className="vern-header">
          <div className="vern-container vern-header__inner">
            <Brand subtitle={subtitle} />
            <LanguagePicker />
          </div>
          <PrimaryNav items={nav} />
        </header>
        <main id={MAIN_ID} tabIndex={-1} className="vern-container vern-main">
          {children}
        </main>
        <footer className="vern-footer">
          <div className="vern-container">
            <nav aria-label={t('common.footer.label')}>
              <ul className="vern-footer__links">
                <li>
                  <AppLink to={FOOTER_ROUTES.about}>{t('common.footer.about')}</AppLink>
                </li>
                <li>
                  <AppLink to={FOOTER_ROUTES.accessibility}>{t('common.footer.accessibility')}</AppLink>
                </li>
                <li>
                  <AppLink to={FOOTER_ROUTES.privacy}>{t('common.footer.privacy')}</AppLink>
                </li>
              </ul>
            </nav>
            <Paragraph data-size="sm">{t('common.footer.licence')}</Paragraph>
          </div>
        </footer>
      </div>
    </AppTitleContext.Provider>
  );
}
