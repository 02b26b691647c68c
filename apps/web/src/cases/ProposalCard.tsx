import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { apiSend, type ApiResult } from '../api/http';
import type { VedtakProposal } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { problemText } from '../steps/problem-text';

/**
 * One forslag til vedtak. A leader may decide it (the server checks the delegation) or send it
 * back with a reason; everyone else sees where it stands.
 */
export function ProposalCard({
  sakId,
  proposal,
  version,
  mayDecide,
  csrfToken,
  onChanged,
}: {
  sakId: string;
  proposal: VedtakProposal;
  version: number;
  mayDecide: boolean;
  csrfToken: string;
  onChanged: (message: string) => void;
}): ReactNode {
  const t = useStaffT();
  const [reason, setReason] = useState('');
  const [returning, setReturning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/cases/${sakId}/vedtak-proposals/${proposal.id}`;
  const h = proposal.command.lovhjemmel;

  const act = async (request: Promise<ApiResult<unknown>>, done: string) => {
    setBusy(true);
    const result = await request;
    setBusy(false);
    if (result.ok) onChanged(done);
    else {
      const details = result.problem.details.map((d) => d.reason).join(' ');
      setProblem(problemText(t, result.problem) ?? (details || t('form.invalid')));
    }
  };

  return (
    <Card data-color="neutral" className="vern-stack">
      <Heading level={3} data-size="xs">
        {h
          ? t('proposal.hjemmel', { hjemmel: `${h.lov} § ${h.kapittel}-${h.paragraf}` })
          : t('step.propose-vedtak')}
      </Heading>
      <Paragraph data-size="sm">
        {t(`proposal.status.${proposal.status}`)} ·{' '}
        {t('proposal.meta', { name: proposal.proposedBy, date: proposal.proposedAt.slice(0, 10) })}
      </Paragraph>
      <Paragraph data-size="sm">
        <strong>{t('proposal.begrunnelse')}:</strong> {proposal.begrunnelse}
      </Paragraph>
      {proposal.returnReason ? (
        <Paragraph data-size="sm">{t('proposal.returnReason', { reason: proposal.returnReason })}</Paragraph>
      ) : null}
      {problem ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {mayDecide && proposal.status === 'proposed' ? (
        <div className="vern-stack">
          <div className="vern-actions">
            <Button
              aria-disabled={busy || undefined}
              onClick={() =>
                void act(
                  apiSend(`${base}/decide`, csrfToken, { expectedVersion: version }),
                  t('proposal.decided'),
                )
              }
            >
              {t('proposal.decide')}
            </Button>
            <Button variant="secondary" aria-expanded={returning} onClick={() => setReturning(!returning)}>
              {t('proposal.return')}
            </Button>
          </div>
          {returning ? (
            <form
              className="vern-stack"
              onSubmit={(e) => {
                e.preventDefault();
                void act(apiSend(`${base}/return`, csrfToken, { reason }), t('proposal.returned'));
              }}
            >
              <Textfield
                label={t('proposal.reason.label')}
                multiline
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <div>
                <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
                  {t('proposal.return')}
                </Button>
              </div>
            </form>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
