import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { AppLink, Page, useI18n } from '@vern/ui';
import { useRef, useState, type ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { casePath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { LabelledSelect } from '../work/LabelledSelect';
import { formatDay, formatInstant } from '../work/worklists';
import '../work/work.css';
import { NotMeldingForm, ResolveErrors, useResolve, type OnResolved } from './InboxActions';
import {
  INBOX_FILTERS,
  inboxUrl,
  isInboxChannel,
  isInboxFilter,
  isOpen,
  linkTargets,
  matchesUrl,
  mayWorkInbox,
  registerRequestFor,
  urgencyOf,
  type InboxFilter,
  type InboxSummary,
  type MatchCandidate,
  type Matches,
} from './inbox';

const MATCH_REASONS = ['fodselsnummer', 'name', 'birth_date', 'age', 'address'] as const;
const isMatchReason = (r: string): r is (typeof MATCH_REASONS)[number] =>
  (MATCH_REASONS as readonly string[]).includes(r);

function CandidateRow({
  c,
  onRegister,
  busy,
}: {
  c: MatchCandidate;
  /** «Registrer som melding» on this child; undefined when the item is dealt with already. */
  onRegister: ((c: MatchCandidate) => void) | undefined;
  busy: boolean;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const name = `${c.givenName} ${c.familyName}`;
  return (
    <li className="vern-deadline" data-urgency="neutral">
      <Paragraph>
        <strong>
          {c.birthDate
            ? t('inbox.matches.person', { name, date: formatDay(c.birthDate, lang) })
            : t('inbox.matches.personNoDate', { name })}
        </strong>
      </Paragraph>
      <Paragraph data-size="sm">
        {t('inbox.matches.by')}:{' '}
        {c.matchedBy
          .filter(isMatchReason)
          .map((r) => t(`inbox.matches.by.${r}`))
          .join(', ')}
      </Paragraph>
      {c.case === null ? <Paragraph data-size="sm">{t('inbox.matches.noCase')}</Paragraph> : null}
      {c.case && !c.case.visible ? (
        <Paragraph data-size="sm">{t('inbox.matches.hiddenCase')}</Paragraph>
      ) : null}
      {c.case?.visible && c.case.sakId ? (
        <>
          <div className="vern-actions">
            {c.case.activeUndersokelse ? (
              <Tag data-size="sm" data-color="warning">
                {t('inbox.matches.undersokelse')}
              </Tag>
            ) : null}
            {c.case.activeTiltak ? (
              <Tag data-size="sm" data-color="warning">
                {t('inbox.matches.tiltak')}
              </Tag>
            ) : null}
            <AppLink to={casePath(c.case.sakId)}>
              {t('inbox.matches.openCase', { journalnummer: c.case.journalnummer ?? '' })}
            </AppLink>
          </div>
          {c.case.status === 'closed' ? (
            <Paragraph data-size="sm">{t('inbox.matches.closedCase')}</Paragraph>
          ) : null}
        </>
      ) : null}
      {onRegister && registerRequestFor(c) ? (
        <div className="vern-actions">
          <Button data-size="sm" disabled={busy} onClick={() => onRegister(c)}>
            {t('inbox.register')}
          </Button>
          {c.case === null ? <Paragraph data-size="sm">{t('inbox.register.opensCase')}</Paragraph> : null}
        </div>
      ) : null}
    </li>
  );
}

/** The suggestions for one item: each child's candidates, likely duplicates, a wrong addressee. */
function MatchPanel({
  item,
  csrfToken,
  onResolved,
}: {
  item: InboxSummary;
  csrfToken: string;
  onResolved: OnResolved;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const matches = useApi<Matches>(matchesUrl(item.id));
  const [text, setText] = useState('');
  const [state, send] = useResolve(item.id, csrfToken, onResolved);
  if (matches.result === undefined) return <Paragraph role="status">{t('load.busy')}</Paragraph>;
  if (!matches.result.ok) return <LoadProblem problem={matches.result.problem} onRetry={matches.reload} />;
  const m = matches.result.data;
  const open = isOpen(item);
  const register = (c: MatchCandidate) => {
    const body = registerRequestFor(c, text);
    if (body) void send('register', body);
  };
  const targets = open ? linkTargets(m) : [];
  const askText = open && (item.status === 'quarantined' || state.fields.includes('text'));
  return (
    <section aria-label={t('inbox.matches.title')}>
      {askText ? (
        <Textfield
          label={t('inbox.register.text')}
          description={t('inbox.register.textHelp')}
          multiline
          rows={4}
          value={text}
          error={state.fields.includes('text') ? t('inbox.register.textRequired') : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      ) : null}
      <ResolveErrors general={state.general} />
      {m.addressedTo?.thisService === false ? (
        <Alert data-color="warning">
          <Paragraph>
            {t('inbox.addressedElsewhere', { kommunenummer: m.addressedTo.kommunenummer })}
          </Paragraph>
        </Alert>
      ) : null}
      {m.children.map((child) => (
        <div key={child.index}>
          <Heading level={4} data-size="2xs">
            {t('inbox.matches.child', { name: child.name })}
          </Heading>
          {child.fodselsnummerValid === false ? (
            <Paragraph data-size="sm">{t('inbox.matches.fnrInvalid')}</Paragraph>
          ) : null}
          {child.candidates.length === 0 ? (
            <Paragraph data-size="sm">{t('inbox.matches.none')}</Paragraph>
          ) : (
            <ul className="vern-plain-list vern-deadlines">
              {child.candidates.map((c) => (
                <CandidateRow
                  key={c.personId}
                  c={c}
                  onRegister={open ? register : undefined}
                  busy={state.busy}
                />
              ))}
            </ul>
          )}
        </div>
      ))}
      {m.duplicates.length > 0 ? (
        <>
          <Heading level={4} data-size="2xs">
            {t('inbox.duplicates')}
          </Heading>
          <ul className="vern-plain-list">
            {m.duplicates.map((d) => (
              <li key={`${d.kind}-${d.itemId ?? d.sakId ?? ''}-${d.receivedAt}`}>
                <Paragraph data-size="sm">
                  {t(d.kind === 'inbox_item' ? 'inbox.duplicate.item' : 'inbox.duplicate.melding', {
                    time: formatInstant(d.receivedAt, lang),
                    similarity: d.similarity.toFixed(2),
                  })}{' '}
                  {d.sakId ? <AppLink to={casePath(d.sakId)}>{t('notifications.openCase')}</AppLink> : null}
                </Paragraph>
                {d.sakId && d.meldingId && targets.some((x) => x.meldingId === d.meldingId) ? (
                  <div className="vern-actions">
                    <Button
                      variant="secondary"
                      data-size="sm"
                      disabled={state.busy}
                      onClick={() => void send('link', { sakId: d.sakId, meldingId: d.meldingId })}
                    >
                      {t('inbox.link')}
                    </Button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function InboxRow({
  item,
  today,
  csrfToken,
  onResolved,
}: {
  item: InboxSummary;
  today: string;
  csrfToken: string;
  onResolved: OnResolved;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const channel = isInboxChannel(item.channel) ? t(`inbox.channel.${item.channel}`) : item.channel;
  return (
    <li className="vern-deadline" data-urgency={urgencyOf(item, today)}>
      <Paragraph>
        {item.needsImmediateFollowUp ? (
          <>
            <Tag data-size="sm" data-color="danger">
              {t('inbox.urgent')}
            </Tag>{' '}
          </>
        ) : null}
        <strong>{item.childNames.length ? item.childNames.join(', ') : t('inbox.noChild')}</strong>
      </Paragraph>
      <Paragraph data-size="sm">
        {channel} · {t(`inbox.status.${item.status}`)} ·{' '}
        {t('inbox.received', { time: formatInstant(item.receivedAt, lang) })}
      </Paragraph>
      {item.status === 'new' || item.status === 'quarantined' ? (
        <Paragraph data-size="sm">{t('inbox.due', { date: formatDay(item.reviewDueDate, lang) })}</Paragraph>
      ) : null}
      {item.melderName ? (
        <Paragraph data-size="sm">
          {t('inbox.melder', { name: item.melderName })}
          {item.melderIdentifiedBy === 'idporten' ? (
            <>
              {' '}
              <Tag data-size="sm" data-color="success">
                {t('inbox.melderIdentified')}
              </Tag>
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {item.problemCount > 0 ? (
        <Paragraph data-size="sm">{t('inbox.problems', { count: item.problemCount })}</Paragraph>
      ) : null}
      {item.childNames.length > 0 ? (
        <div className="vern-actions">
          <Button variant="secondary" data-size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('inbox.hideMatches') : t('inbox.showMatches')}
          </Button>
        </div>
      ) : null}
      {open ? <MatchPanel item={item} csrfToken={csrfToken} onResolved={onResolved} /> : null}
      {isOpen(item) ? (
        <NotMeldingForm itemId={item.id} csrfToken={csrfToken} onResolved={onResolved} />
      ) : null}
    </li>
  );
}

function InboxContent({ session }: { session: StaffSession }): ReactNode {
  const t = useStaffT();
  const [filter, setFilter] = useState<InboxFilter>('open');
  const list = useApi<{ items: InboxSummary[] }>(mayWorkInbox(session.roles) ? inboxUrl(filter) : null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLDivElement>(null);
  // After an action its row leaves the list: say what happened, keep the keyboard's place there.
  const onResolved: OnResolved = (message) => {
    setNotice(message);
    list.reload();
    noticeRef.current?.focus();
  };
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  if (!mayWorkInbox(session.roles)) {
    return (
      <Page title={t('inbox.title')}>
        <Alert data-color="info">
          <Paragraph>{t('inbox.notForRole')}</Paragraph>
        </Alert>
      </Page>
    );
  }
  const items = list.result?.ok ? list.result.data.items : undefined;
  return (
    <Page title={t('inbox.title')}>
      <Paragraph>{t('inbox.lead')}</Paragraph>
      <LabelledSelect
        label={t('inbox.filter')}
        value={filter}
        onChange={(v) => {
          if (isInboxFilter(v)) setFilter(v);
        }}
      >
        {INBOX_FILTERS.map((f) => (
          <option key={f} value={f}>
            {t(`inbox.filter.${f}`)}
          </option>
        ))}
      </LabelledSelect>
      <div role="status" ref={noticeRef} tabIndex={-1}>
        {notice ? (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {list.result === undefined ? <Paragraph role="status">{t('load.busy')}</Paragraph> : null}
      {list.result && !list.result.ok ? (
        <LoadProblem problem={list.result.problem} onRetry={list.reload} />
      ) : null}
      {items ? (
        <>
          <Paragraph role="status">{t('inbox.count', { count: items.length })}</Paragraph>
          {items.length === 0 ? <Paragraph>{t('inbox.empty')}</Paragraph> : null}
          <ul className="vern-plain-list vern-deadlines">
            {items.map((item) => (
              <InboxRow
                key={item.id}
                item={item}
                today={today}
                csrfToken={session.csrfToken}
                onResolved={onResolved}
              />
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}

/**
 * Meldingsmottak (/mottak): the inbox with suggested children and cases for each item, and what an
 * open item becomes: a melding in a child's case, a link to a melding already registered, or not a
 * melding (with the reason).
 */
export function InboxPage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('inbox.title')}>{(session) => <InboxContent session={session} />}</RequireStaff>
  );
}
