import { Alert, Button, Details, Fieldset, Paragraph, Radio, Tag } from '@digdir/designsystemet-react';
import { AppLink, Page, useI18n } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { casePath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { problemText } from '../steps/problem-text';
import { formatInstant } from '../work/worklists';
import '../work/work.css';
import {
  actionsFor,
  escalationKey,
  eventKey,
  historyOf,
  mineUrl,
  newestFirst,
  printUrl,
  retryUrl,
  SENDINGER_FILTERS,
  statusColor,
  statusKey,
  type MyForsendelse,
  type SendingerFilter,
} from './sendinger';

type Outcome = { ok: boolean; text: string } | null;

/** One letter: what, to whom, which case, when, its status; unfolded, its history and what to do. */
function SendingRow({
  f,
  busy,
  onAct,
}: {
  f: MyForsendelse;
  busy: boolean;
  onAct: (f: MyForsendelse, action: 'retry' | 'print') => void;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const escalation = escalationKey(f.escalationLevel);
  const actions = actionsFor(f.status);
  const urgency = f.status === 'dead_letter' ? 'danger' : f.status === 'failed' ? 'warning' : 'neutral';
  return (
    <li className="vern-deadline" data-urgency={urgency}>
      <Paragraph>
        <strong>{f.title}</strong>{' '}
        <Tag data-size="sm" data-color={statusColor(f.status)}>
          {t(statusKey(f.status))}
        </Tag>
        {f.confidential ? (
          <>
            {' '}
            <Tag data-size="sm" data-color="neutral">
              {t('sendinger.confidential')}
            </Tag>
          </>
        ) : null}
      </Paragraph>
      <Paragraph data-size="sm">
        {f.recipient.organisasjonsnummer
          ? t('sendinger.toOrg', { name: f.recipient.name, orgnr: f.recipient.organisasjonsnummer })
          : t('sendinger.to', { name: f.recipient.name })}
      </Paragraph>
      <Paragraph data-size="sm" className="vern-muted">
        {f.sentAt
          ? t('sendinger.sentAt', { when: formatInstant(f.sentAt, lang) })
          : t('sendinger.queuedAt', { when: formatInstant(f.createdAt, lang) })}
      </Paragraph>
      {escalation ? (
        <Paragraph data-size="sm">
          <Tag data-size="sm" data-color="warning">
            {t(escalation)}
          </Tag>
        </Paragraph>
      ) : null}
      <div className="vern-actions">
        {f.sakId ? (
          <AppLink to={casePath(f.sakId)}>{t('sendinger.case')}</AppLink>
        ) : (
          <Paragraph data-size="sm" className="vern-muted">
            {t('sendinger.noCase')}
          </Paragraph>
        )}
      </div>
      <Details data-size="sm">
        <Details.Summary>{t('sendinger.details', { title: f.title })}</Details.Summary>
        <Details.Content className="vern-stack">
          {f.statusReason && (f.status === 'dead_letter' || f.status === 'failed') ? (
            <Paragraph>{t('sendinger.reason', { reason: f.statusReason })}</Paragraph>
          ) : null}
          <ol className="vern-plain-list">
            {historyOf(f).map((e, i) => {
              const key = eventKey(e.kind);
              return (
                <li key={`${e.at}:${i}`}>
                  <Paragraph data-size="sm">
                    <time dateTime={e.at}>{formatInstant(e.at, lang)}</time>: {key ? t(key) : e.kind}
                    {e.channel ? ` (${t(`sendinger.channel.${e.channel}`)})` : ''}
                    {e.detail ? `: ${e.detail}` : ''}
                  </Paragraph>
                </li>
              );
            })}
          </ol>
          {actions.retry || actions.print ? (
            <div className="vern-actions">
              {actions.retry ? (
                <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => onAct(f, 'retry')}>
                  {t('sendinger.retry')}
                </Button>
              ) : null}
              {actions.print ? (
                <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => onAct(f, 'print')}>
                  {t('sendinger.print')}
                </Button>
              ) : null}
            </div>
          ) : null}
        </Details.Content>
      </Details>
    </li>
  );
}

function SendingerContent({ session }: { session: StaffSession }): ReactNode {
  const t = useStaffT();
  const [filter, setFilter] = useState<SendingerFilter>('all');
  const list = useApi<{ items: MyForsendelse[] }>(mineUrl(filter));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const act = async (f: MyForsendelse, action: 'retry' | 'print') => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    const result = await apiSend(action === 'retry' ? retryUrl(f.id) : printUrl(f.id), session.csrfToken, {});
    setBusy(false);
    setOutcome(
      result.ok
        ? {
            ok: true,
            text: t(action === 'retry' ? 'sendinger.retried' : 'sendinger.printed', { title: f.title }),
          }
        : { ok: false, text: problemText(t, result.problem) ?? (result.problem.message || t('load.failed')) },
    );
    list.reload();
  };

  const data = list.result?.ok ? list.result.data : undefined;
  return (
    <Page title={t('sendinger.title')}>
      <Paragraph>{t('sendinger.lead')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('sendinger.filter')}</Fieldset.Legend>
        {SENDINGER_FILTERS.map((f) => (
          <Radio
            key={f}
            name="sendinger-filter"
            value={f}
            label={t(`sendinger.filter.${f}`)}
            checked={filter === f}
            onChange={() => {
              setFilter(f);
              setOutcome(null);
            }}
          />
        ))}
      </Fieldset>
      <div role="status">
        {busy ? <Paragraph>{t('sendinger.busy')}</Paragraph> : null}
        {outcome && !busy ? (
          <Alert data-color={outcome.ok ? 'success' : 'danger'}>
            <Paragraph>{outcome.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {list.result === undefined ? <Paragraph role="status">{t('load.busy')}</Paragraph> : null}
      {list.result && !list.result.ok ? (
        <LoadProblem problem={list.result.problem} onRetry={list.reload} />
      ) : null}
      {data ? (
        data.items.length === 0 ? (
          <Paragraph>{t(`sendinger.empty.${filter}`)}</Paragraph>
        ) : (
          <ul className="vern-plain-list vern-deadlines">
            {newestFirst(data.items).map((f) => (
              <SendingRow key={f.id} f={f} busy={busy} onAct={(x, a) => void act(x, a)} />
            ))}
          </ul>
        )
      ) : null}
    </Page>
  );
}

/** `/sendinger`: the letters I sent, newest first, with their status, history and what to do next. */
export function SendingerPage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('sendinger.title')}>
      {(session) => <SendingerContent session={session} />}
    </RequireStaff>
  );
}
