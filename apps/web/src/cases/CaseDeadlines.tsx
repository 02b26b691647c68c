import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useStaffT } from '../i18n/useStaffT';

/** «Frister»: a plain placeholder until the deadline module computes them (no invented dates). */
export function CaseDeadlines(): ReactNode {
  const t = useStaffT();
  return (
    <section aria-labelledby="frister" className="vern-stack">
      <Heading level={2} data-size="md" id="frister">
        {t('case.deadlines.title')}
      </Heading>
      <Paragraph>{t('case.deadlines.placeholder')}</Paragraph>
    </section>
  );
}
