import { Button, Card, Paragraph } from '@digdir/designsystemet-react';
import { Page, useT } from '@vern/ui';
import type { ReactNode } from 'react';
import { HealthStatus } from '../health/HealthStatus';

/**
 * Sign-in starts on the server (OpenID Connect against the municipality's IdP), so this is a plain
 * link: a full page navigation, never fetch.
 */
export const STAFF_LOGIN_URL = '/api/auth/staff/login';

export function FrontPage(): ReactNode {
  const t = useT();
  return (
    <Page title={t('staff.front.title')}>
      <Paragraph data-size="lg">{t('staff.front.lead')}</Paragraph>
      <Card data-color="neutral" className="vern-stack">
        <Button asChild data-size="lg" data-color="accent" className="vern-wrap">
          <a href={STAFF_LOGIN_URL}>{t('staff.front.login')}</a>
        </Button>
        <Paragraph>{t('staff.front.loginNote')}</Paragraph>
        <Paragraph>{t('staff.front.accessNote')}</Paragraph>
      </Card>
      <HealthStatus />
    </Page>
  );
}
