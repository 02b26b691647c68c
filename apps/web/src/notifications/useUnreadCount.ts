import { useRouter } from '@vern/ui';
import { useEffect, useState } from 'react';
import { apiGet } from '../api/http';
import { UNREAD_URL, type Notifications } from './notifications';

/** Sent on window when notifications were read here, so the menu's count follows at once. */
export const NOTIFICATIONS_CHANGED = 'vern:notifications-changed';

/** How often the menu asks again while the page stays open. */
const POLL_MS = 60_000;

/**
 * How many of my notifications are unread, for the menu: asked on every page change, when a
 * notification is read, and every minute. Undefined until known (or when not signed in).
 */
export function useUnreadCount(enabled: boolean): number | undefined {
  const { navigationKey } = useRouter();
  const [bump, setBump] = useState(0);
  const [unread, setUnread] = useState<number | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    const again = () => setBump((n) => n + 1);
    window.addEventListener(NOTIFICATIONS_CHANGED, again);
    const timer = window.setInterval(again, POLL_MS);
    return () => {
      window.removeEventListener(NOTIFICATIONS_CHANGED, again);
      window.clearInterval(timer);
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void apiGet<Notifications>(UNREAD_URL).then((r) => {
      if (current && r.ok) setUnread(r.data.unread);
    });
    return () => {
      current = false;
    };
  }, [enabled, navigationKey, bump]);

  return enabled ? unread : undefined;
}
