import { Alert, Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { AppLink, Page, useI18n } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { casePath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { ruleName } from '../work/DeadlineRow';
import { formatDay, formatInstant } from '../work/worklists';
import '../work/work.css';
import {
  isKnownKind,
  NOTIFICATIONS_URL,
  readUrl,
  unreadFirst,
  type NotificationItem,
  type Notifications,
} from './notifications';
import { NOTIFICATIONS_CHANGED } from './useUnreadCount';

function NotificationsContent({ session }: { session: StaffSession }): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const list = useApi<Notifications>(NOTIFICATIONS_URL);
  const [failed, setFailed] = useState(false);

  const markRead = async (ids: readonly string[]) => {
    let ok = true;
    for (const id of ids) ok = (await apiSend(readUrl(id), session.csrfToken, {})).ok && ok;
    setFailed(!ok);
    list.reload();
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  };

  const describe = (n: NotificationItem): ReactNode => {
    const about = n.about;
    if (!about) return null;
    return (
      <Paragraph data-size="sm">
        {t('notifications.about', { name: about.childName, journalnummer: about.journalnummer })}
        {about.deadline
          ? ` ${t('notifications.deadline', { rule: ruleName(t, about.deadline.ruleId), date: formatDay(about.deadline.dueDate, lang) })}`
          : ''}
      </Paragraph>
    );
  };

  const data = list.result?.ok ? list.result.data : undefined;
  return (
    <Page title={t('notifications.title')}>
      <Paragraph>{t('notifications.lead')}</Paragraph>
      {list.result === undefined ? <Paragraph role="status">{t('load.busy')}</Paragraph> : null}
      {list.result && !list.result.ok ? (
        <LoadProblem problem={list.result.problem} onRetry={list.reload} />
      ) : null}
      {failed ? (
        <Alert data-color="danger">
          <Paragraph>{t('load.failed')}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <Paragraph role="status">
            {data.unread === 0
              ? t('notifications.noneUnread')
              : t('notifications.unread', { count: data.unread })}
          </Paragraph>
          {data.unread > 0 ? (
            <div>
              <Button
                variant="secondary"
                onClick={() => void markRead(data.items.filter((n) => n.readAt === null).map((n) => n.id))}
              >
                {t('notifications.readAll')}
              </Button>
            </div>
          ) : null}
          {data.items.length === 0 ? <Paragraph>{t('notifications.empty')}</Paragraph> : null}
          <ul className="vern-plain-list vern-deadlines">
            {unreadFirst(data.items).map((n) => {
              const about = n.about;
              return (
                <li key={n.id} className="vern-deadline" data-urgency={n.readAt ? 'neutral' : 'info'}>
                  <Paragraph>
                    {n.readAt ? null : (
                      <>
                        <Tag data-size="sm" data-color="info">
                          {t('notifications.new')}
                        </Tag>{' '}
                      </>
                    )}
                    <strong>
                      {isKnownKind(n.kind) ? t(`notification.${n.kind}`) : t('notification.other')}
                    </strong>
                  </Paragraph>
                  {describe(n)}
                  <Paragraph data-size="sm" className="vern-muted">
                    {formatInstant(n.createdAt, lang)}
                  </Paragraph>
                  <div className="vern-actions">
                    {n.sakId ? (
                      <AppLink
                        to={casePath(n.sakId)}
                        onClick={() => {
                          if (!n.readAt) void markRead([n.id]);
                        }}
                      >
                        {about
                          ? t('work.row.open', { journalnummer: about.journalnummer })
                          : t('notifications.openCase')}
                      </AppLink>
                    ) : null}
                    {n.readAt ? null : (
                      <Button variant="tertiary" data-size="sm" onClick={() => void markRead([n.id])}>
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </Page>
  );
}

/** `/varsler`: my notifications, unread first, each one click from its case. */
export function NotificationsPage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('notifications.title')}>
      {(session) => <NotificationsContent session={session} />}
    </RequireStaff>
  );
}
