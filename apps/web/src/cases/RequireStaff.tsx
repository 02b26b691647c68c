import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Page } from '@vern/ui';
import type { ReactNode } from 'react';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { useStaffSessionContext } from '../session/StaffSessionContext';

/** Renders `children` for a signed-in staff member; otherwise a way to sign in, under `title`. */
export function RequireStaff({
  title,
  children,
}: {
  title: string;
  children: (session: StaffSession) => ReactNode;
}): ReactNode {
  const t = useStaffT();
  const { state } = useStaffSessionContext();
  if (state.status === 'signed-in') return children(state.session);
  return (
    <Page title={title}>
      {state.status === 'loading' ? (
        <Paragraph role="status">{t('load.busy')}</Paragraph>
      ) : (
        <Alert data-color="info">
          <Paragraph>{t('auth.required')}</Paragraph>
          <Button asChild variant="primary">
            <a href={`/api/auth/staff/login?returnTo=${encodeURIComponent(window.location.pathname)}`}>
              {t('auth.login')}
            </a>
          </Button>
        </Alert>
      )}
    </Page>
  );
}
