import { Paragraph } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { AppLink, Page, useRouter } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import type { CaseView } from '../api/types';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { casePath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import type { BuiltRequest } from './build-request';
import { describeTarget } from './describe-target';
import { stepTitle } from './field-text';
import { setFlash } from './flash';
import { initialValues } from './initial-values';
import { StepForm } from './StepForm';
import { STEP_FIELDS, type StepFormType } from './step-specs';
import '../cases/cases.css';

/** One step's form for one case, `/saker/{id}/steg/{type}[/{element}]`. */
export function StepPage({
  sakId,
  type,
  target,
}: {
  sakId: string;
  type: StepFormType;
  target?: string | undefined;
}): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={stepTitle(t, type)}>
      {(session) => <StepPageBody sakId={sakId} type={type} target={target} session={session} />}
    </RequireStaff>
  );
}

function StepPageBody({
  sakId,
  type,
  target,
  session,
}: {
  sakId: string;
  type: StepFormType;
  target: string | undefined;
  session: StaffSession;
}): ReactNode {
  const t = useStaffT();
  const { navigate } = useRouter();
  const state = useApi<CaseView>(`/api/cases/${sakId}`);
  const [today] = useState(() => osloDate(new Date()));
  const [initial] = useState(() => initialValues(type, today, new Date(), target));
  const title = stepTitle(t, type);
  const back = (
    <Paragraph>
      <AppLink to={casePath(sakId)}>{t('case.back')}</AppLink>
    </Paragraph>
  );
  if (!state.result?.ok) {
    return (
      <Page title={title}>
        {back}
        {state.result ? (
          <LoadProblem problem={state.result.problem} onRetry={state.reload} />
        ) : (
          <Paragraph role="status">{t('load.busy')}</Paragraph>
        )}
      </Page>
    );
  }
  const view = state.result.data;
  const version = view.process.version;
  const about = describeTarget(t, view.process.history, target);
  const submit = (built: BuiltRequest) => {
    const url = `/api/cases/${sakId}`;
    if (type === 'propose-vedtak')
      return apiSend(`${url}/vedtak-proposals`, session.csrfToken, { command: built.command, ...built.body });
    return apiSend(`${url}/steps`, session.csrfToken, {
      expectedVersion: version,
      command: built.command,
      ...built.body,
    });
  };
  const done = () => {
    setFlash(type === 'propose-vedtak' ? t('proposal.sent') : t('form.saved', { step: title }));
    navigate(casePath(sakId));
  };
  return (
    <Page title={title}>
      {back}
      <Paragraph>
        {view.child.givenName} {view.child.familyName} · {view.process.journalnummer}
        {about ? ` · ${about}` : ''}
      </Paragraph>
      <StepForm
        type={type}
        fields={STEP_FIELDS[type]}
        history={view.process.history}
        today={today}
        initial={initial}
        submitLabel={type === 'propose-vedtak' ? t('form.submitPropose') : undefined}
        submit={submit}
        onDone={done}
        onReload={state.reload}
      />
    </Page>
  );
}
