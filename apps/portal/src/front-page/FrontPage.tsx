import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Page, useLinkProps, useT } from '@vern/ui';
import type { ReactNode } from 'react';
import { loginProblem } from '../min-side/session';
import { REPORT_PATH } from '../report/ReportPage';

/** Sign-in goes through ID-porten on the server: a plain link, a full page navigation. */
export const CITIZEN_LOGIN_URL = '/api/auth/citizen/login';

export function FrontPage(): ReactNode {
  const t = useT();
  const reportLink = useLinkProps(REPORT_PATH);
  const problem = loginProblem(window.location.search);
  return (
    <Page title={t('portal.front.title')}>
      <Paragraph data-size="lg">{t('portal.front.lead')}</Paragraph>
      {problem ? (
        <Alert data-color="danger">
          <Paragraph>{t(problem)}</Paragraph>
        </Alert>
      ) : null}
      <Alert data-color="warning">
        <Paragraph>{t('portal.front.urgent')}</Paragraph>
      </Alert>
      <div className="vern-grid">
        <Card data-color="accent" className="vern-stack">
          <Heading level={2} data-size="sm">
            {t('portal.front.reportTitle')}
          </Heading>
          <Paragraph>{t('portal.front.reportBody')}</Paragraph>
          <Button asChild className="vern-wrap">
            <a {...reportLink}>{t('portal.front.reportAction')}</a>
          </Button>
        </Card>
        <Card data-color="neutral" className="vern-stack">
          <Heading level={2} data-size="sm">
            {t('portal.front.loginTitle')}
          </Heading>
          <Paragraph>{t('portal.front.loginBody')}</Paragraph>
          <Button asChild variant="secondary" className="vern-wrap">
            <a href={CITIZEN_LOGIN_URL}>{t('portal.front.loginAction')}</a>
          </Button>
        </Card>
      </div>
    </Page>
  );
}
