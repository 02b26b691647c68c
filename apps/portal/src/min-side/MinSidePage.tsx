import { Alert, Button, Card, Paragraph } from '@digdir/designsystemet-react';
import { Page, useSession, useT } from '@vern/ui';
import type { ReactNode } from 'react';
import { CITIZEN_LOGIN_URL } from '../front-page/FrontPage';
import { OwnReports } from '../report/OwnReports';
import { fetchCitizenSession, MIN_SIDE_PATH } from './session';

export { MIN_SIDE_PATH };

const load = () => fetchCitizenSession();

/**
 * Min side: who is signed in, the reports they sent signed in with their status, and the way out.
 * The case and its access log come later.
 */
export function MinSidePage(): ReactNode {
  const t = useT();
  const [state, logout] = useSession(load);

  return (
    <Page title={t('portal.mySide.title')}>
      {state.status === 'loading' ? (
        <Paragraph aria-live="polite">{t('portal.mySide.loading')}</Paragraph>
      ) : null}
      {state.status === 'signed-in' ? (
        <Card data-color="neutral" className="vern-stack">
          <Paragraph data-size="lg">{t('portal.mySide.signedIn')}</Paragraph>
          <Paragraph>{t('portal.mySide.pid', { pid: state.session.pidMasked })}</Paragraph>
          <Paragraph>{t('portal.mySide.level')}</Paragraph>
          <Paragraph>{t('portal.mySide.coming')}</Paragraph>
          {state.signOutFailed ? (
            <Alert data-color="danger">
              <Paragraph>{t('portal.mySide.logoutFailed')}</Paragraph>
            </Alert>
          ) : null}
          <div>
            <Button variant="secondary" onClick={() => void logout()}>
              {t('portal.mySide.logout')}
            </Button>
          </div>
        </Card>
      ) : null}
      {state.status === 'signed-in' ? <OwnReports /> : null}
      {state.status === 'anonymous' ? (
        <Card data-color="neutral" className="vern-stack">
          <Paragraph role="status">
            {state.signedOut ? t('portal.mySide.loggedOut') : t('portal.mySide.notSignedIn')}
          </Paragraph>
          <Button asChild className="vern-wrap">
            <a href={`${CITIZEN_LOGIN_URL}`}>{t('portal.front.loginAction')}</a>
          </Button>
        </Card>
      ) : null}
    </Page>
  );
}
