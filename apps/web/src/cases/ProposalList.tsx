import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { VedtakProposal } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { ProposalCard } from './ProposalCard';

/** «Forslag til vedtak» in this case: pending first, with decide and return for a leader. */
export function ProposalList({
  sakId,
  version,
  items,
  session,
  onChanged,
}: {
  sakId: string;
  version: number;
  items: readonly VedtakProposal[];
  session: StaffSession;
  onChanged: (message: string) => void;
}): ReactNode {
  const t = useStaffT();
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => Number(b.status === 'proposed') - Number(a.status === 'proposed'));
  return (
    <section aria-labelledby="forslag" className="vern-stack">
      <Heading level={2} data-size="md" id="forslag">
        {t('proposals.title')}
      </Heading>
      {sorted.length === 0 ? <Paragraph>{t('proposals.none')}</Paragraph> : null}
      {sorted.map((p) => (
        <ProposalCard
          key={p.id}
          sakId={sakId}
          proposal={p}
          version={version}
          mayDecide={p.mayDecide}
          csrfToken={session.csrfToken}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}
