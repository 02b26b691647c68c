import { Alert, Button, Card, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '@vern/ui';
import type { ReactNode } from 'react';
import type { StaffSession } from './session';

/** Who is signed in, in which service, and the way out. */
export function SessionCard({
  session,
  signOutFailed,
  onSignOut,
}: {
  session: StaffSession;
  signOutFailed: boolean;
  onSignOut: () => void;
}): ReactNode {
  const t = useT();
  return (
    <Card data-color="neutral" className="vern-stack">
      <Paragraph data-size="lg">{t('staff.session.signedInAs', { name: session.displayName })}</Paragraph>
      <Paragraph>{t('staff.session.service', { name: session.tenant.name })}</Paragraph>
      {signOutFailed ? (
        <Alert data-color="danger">
          <Paragraph>{t('staff.session.logoutFailed')}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <Button variant="secondary" onClick={onSignOut}>
          {t('staff.session.logout')}
        </Button>
      </div>
    </Card>
  );
}
