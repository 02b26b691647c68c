import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { AppLink, Page } from '@vern/ui';
import { useEffect, useState, type ReactNode } from 'react';
import type { CaseView, VedtakProposal } from '../api/types';
import { useApi } from '../api/useApi';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { clearFlash, peekFlash } from '../steps/flash';
import { CaseDeadlines } from './CaseDeadlines';
import { CaseDocuments } from './CaseDocuments';
import { CaseElements } from './CaseElements';
import { CaseFacts } from './CaseFacts';
import { CaseFindings } from './CaseFindings';
import { CaseTimeline } from './CaseTimeline';
import { CommunicationLog } from '../communication/CommunicationLog';
import { LettersSection } from '../letters/LettersSection';
import { JournalNotes } from './JournalNotes';
import { LoadProblem } from './LoadProblem';
import { NextStepsPanel } from './NextStepsPanel';
import { ProposalList } from './ProposalList';
import { RequireStaff } from './RequireStaff';
import './cases.css';

/** The case overview, `/saker/{id}`. */
export function CasePage({ sakId }: { sakId: string }): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('case.loading')}>
      {(session) => <CaseOverview sakId={sakId} session={session} />}
    </RequireStaff>
  );
}

function CaseOverview({ sakId, session }: { sakId: string; session: StaffSession }): ReactNode {
  const t = useStaffT();
  const state = useApi<CaseView>(`/api/cases/${sakId}`);
  const proposals = useApi<{ items: VedtakProposal[] }>(`/api/cases/${sakId}/vedtak-proposals`);
  const [flash, setFlash] = useState(peekFlash);
  useEffect(() => clearFlash(), []);
  const today = osloDate(new Date());

  if (!state.result?.ok) {
    return (
      <Page title={t('case.loading')}>
        {state.result ? (
          <LoadProblem problem={state.result.problem} onRetry={state.reload} />
        ) : (
          <Paragraph role="status">{t('load.busy')}</Paragraph>
        )}
        <Paragraph>
          <AppLink to="/">{t('case.toList')}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  const view = state.result.data;
  const p = view.process;
  const elementIds = new Set(
    [
      p.history.meldinger,
      p.history.undersokelser,
      p.history.vedtak,
      p.history.tiltak,
      p.history.planer,
    ].flatMap((l) => l.map((e) => e.id)),
  );
  const changed = (message: string) => {
    setFlash(message);
    state.reload();
    proposals.reload();
  };
  const proposalItems = proposals.result?.ok ? proposals.result.data.items : [];
  const proposedFor = new Set(
    proposalItems
      .filter((x) => x.status === 'proposed' && typeof x.command['undersokelseId'] === 'string')
      .map((x) => String(x.command['undersokelseId'])),
  );
  return (
    <Page title={`${view.child.givenName} ${view.child.familyName} – ${p.journalnummer}`}>
      <Paragraph>
        <AppLink to="/">{t('case.toList')}</AppLink>
      </Paragraph>
      {flash ? (
        <Alert data-color="success" role="status">
          <Paragraph>{flash}</Paragraph>
        </Alert>
      ) : null}
      <CaseFacts view={view} />
      <NextStepsPanel sakId={sakId} history={p.history} today={today} proposedFor={proposedFor} />
      <ProposalList
        sakId={sakId}
        version={p.version}
        items={proposalItems}
        session={session}
        onChanged={changed}
      />
      <CaseDeadlines deadlines={view.deadlines} today={today} />
      <CaseElements view={view} />
      <CaseFindings findings={p.findings} shownIds={elementIds} />
      <CaseTimeline events={p.events} />
      <JournalNotes
        sakId={sakId}
        csrfToken={session.csrfToken}
        items={view.journal.notes}
        onChanged={state.reload}
      />
      <CaseDocuments
        sakId={sakId}
        csrfToken={session.csrfToken}
        items={view.journal.documents}
        onChanged={state.reload}
      />
      <CommunicationLog key={view.journal.notes.length} sakId={sakId} csrfToken={session.csrfToken} />
      <LettersSection sakId={sakId} />
    </Page>
  );
}
