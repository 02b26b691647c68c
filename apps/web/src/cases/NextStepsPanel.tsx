import { Heading } from '@digdir/designsystemet-react';
import type { CaseHistory } from '@vern/domain';
import { AppLink } from '@vern/ui';
import type { ReactNode } from 'react';
import { useStaffT } from '../i18n/useStaffT';
import { describeTarget } from '../steps/describe-target';
import { stepTitle } from '../steps/field-text';
import { nextSteps } from '../steps/next-steps';
import { stepPath } from './staff-routes';

/** «Neste steg»: the steps that make sense for the case as it stands, each a link to its form. */
export function NextStepsPanel({
  sakId,
  history,
  today,
  proposedFor,
}: {
  sakId: string;
  history: CaseHistory;
  today: string;
  proposedFor: ReadonlySet<string>;
}): ReactNode {
  const t = useStaffT();
  const steps = nextSteps(history, today, proposedFor);
  return (
    <section aria-labelledby="neste-steg" className="vern-stack">
      <Heading level={2} data-size="md" id="neste-steg">
        {t('case.next.title')}
      </Heading>
      <ul className="vern-next-steps">
        {steps.map((s) => {
          const about = describeTarget(t, history, s.target);
          return (
            <li key={`${s.type}/${s.target ?? ''}`}>
              <AppLink to={stepPath(sakId, s.type, s.target)}>
                {`${stepTitle(t, s.type)} – ${about ?? t('case.next.case')}`}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
