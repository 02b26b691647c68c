import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Finding } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { FindingList } from './FindingList';

/** The registry findings that concern the case as a whole (the rest sit beside their element). */
export function CaseFindings({
  findings,
  shownIds,
}: {
  findings: readonly Finding[];
  shownIds: ReadonlySet<string>;
}): ReactNode {
  const t = useStaffT();
  const rest = findings.filter((f) => f.severity !== 'INFO' && !(f.elementId && shownIds.has(f.elementId)));
  return (
    <section aria-labelledby="kontroller" className="vern-stack">
      <Heading level={2} data-size="md" id="kontroller">
        {t('case.findings.title')}
      </Heading>
      <Paragraph data-size="sm">{t('case.findings.lead')}</Paragraph>
      {rest.length === 0 ? <Paragraph>{t('case.findings.none')}</Paragraph> : <FindingList findings={rest} />}
    </section>
  );
}
