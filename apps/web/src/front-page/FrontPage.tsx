import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, Page, useRouter, useT } from '@vern/ui';
import type { ReactNode } from 'react';
import { HealthStatus } from '../health/HealthStatus';
import { loginProblem } from '../session/session';
import { SessionCard } from '../session/SessionCard';
import { CaseList } from '../cases/CaseList';
import { personPath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import { PersonSearch } from '../persons/PersonSearch';
import { mayReport, REGISTRY_PATH } from '../registry/registry';
import { useStaffSessionContext } from '../session/StaffSessionContext';
import { RiskSummary, WorkLists } from '../work/WorkLists';
import { isLeader } from '../work/worklists';

/**
 * Sign-in starts on the server (OpenID Connect against the municipality's IdP), so this is a plain
 * link: a full page navigation, never fetch.
 */
export const STAFF_LOGIN_URL = '/api/auth/staff/login';

/**
 * The start page. Signed in: the worklists the roles give (risk first for a leader), then the
 * cases and person search; otherwise the way to sign in.
 */
export function FrontPage(): ReactNode {
  const t = useT();
  const st = useStaffT();
  const { navigate } = useRouter();
  const { state: session, signOut } = useStaffSessionContext();
  const problem = session.status === 'signed-in' ? null : loginProblem(window.location.search);
  if (session.status === 'signed-in') {
    const roles = session.session.roles;
    return (
      <Page title={st('work.title')}>
        {isLeader(roles) ? <RiskSummary roles={roles} /> : null}
        <WorkLists roles={roles} />
        {mayReport(roles) ? (
          <Paragraph>
            <AppLink to={REGISTRY_PATH}>{st('registry.title')}</AppLink>
          </Paragraph>
        ) : null}
        <CaseList />
        <section aria-labelledby="finn-person" className="vern-stack">
          <Heading level={2} data-size="md" id="finn-person">
            {st('persons.find.title')}
          </Heading>
          <PersonSearch action="persons.open" onChoose={(p) => navigate(personPath(p.id))} />
        </section>
        <SessionCard
          session={session.session}
          signOutFailed={session.signOutFailed}
          onSignOut={() => void signOut()}
        />
        <HealthStatus />
      </Page>
    );
  }
  return (
    <Page title={t('staff.front.title')}>
      <Paragraph data-size="lg">{t('staff.front.lead')}</Paragraph>
      {problem ? (
        <Alert data-color="danger">
          <Paragraph>{t(problem)}</Paragraph>
        </Alert>
      ) : null}
      <Card data-color="neutral" className="vern-stack">
        {session.status === 'anonymous' && session.signedOut ? (
          <Paragraph role="status">{t('staff.session.loggedOut')}</Paragraph>
        ) : null}
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
