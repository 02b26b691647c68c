import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { inputId, useReportT } from './report-t';

export type SignInState =
  | { kind: 'loading' }
  | { kind: 'anonymous'; signedOut: boolean }
  | { kind: 'signed-in'; signOutFailed: boolean };

/**
 * Signing in with ID-porten from the form, which is optional: the offer (for a professional first
 * of all) with what it means, or, signed in, what it means now (no anonymity) and the way back to
 * a report without sign-in. The sign-in is a link (a navigation in the same tab; see sign-in.ts)
 * carrying the id a NOT_SIGNED_IN problem in the summary points to.
 */
export function SignInPanel({
  state,
  href,
  onSignIn,
  onSignOut,
}: {
  state: SignInState;
  href: string;
  onSignIn: () => void;
  onSignOut: () => void;
}): ReactNode {
  const t = useReportT();
  if (state.kind === 'loading') return null;
  if (state.kind === 'signed-in')
    return (
      <Card data-color="success" className="vern-stack">
        <Heading level={2} data-size="xs">
          {t('signedIn.title')}
        </Heading>
        <Paragraph>{t('signedIn.lead')}</Paragraph>
        <Paragraph>{t('signedIn.minSide')}</Paragraph>
        <div className="vern-actions">
          <Button
            type="button"
            variant="secondary"
            className="vern-wrap"
            id={inputId('identifiedBy')}
            onClick={onSignOut}
          >
            {t('signedIn.logout')}
          </Button>
        </div>
        <Paragraph data-size="sm">{t('signedIn.logoutNote')}</Paragraph>
        {state.signOutFailed ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('signedIn.logoutFailed')}</Paragraph>
          </Alert>
        ) : null}
      </Card>
    );
  return (
    <Card data-color="neutral" className="vern-stack">
      {state.signedOut ? (
        <Alert data-color="info" role="status">
          <Paragraph>{t('signedOut')}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={2} data-size="xs">
        {t('signIn.title')}
      </Heading>
      <Paragraph>{t('signIn.lead')}</Paragraph>
      <Paragraph>{t('signIn.optional')}</Paragraph>
      <div className="vern-actions">
        <Button asChild variant="secondary" className="vern-wrap">
          <a
            id={inputId('identifiedBy')}
            href={href}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              onSignIn();
            }}
          >
            {t('signIn.action')}
          </a>
        </Button>
      </div>
      <Paragraph data-size="sm">{t('signIn.keep')}</Paragraph>
    </Card>
  );
}
