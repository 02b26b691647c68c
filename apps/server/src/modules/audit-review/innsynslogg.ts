import type { AccessLogRow } from './audit-review.queries.js';

/** One line of the innsynslogg as the data subject sees it. */
export interface InnsynsloggEntry {
  at: Date;
  action: string;
  roles: string[];
  unit: string | null;
  /** Present only when the service has chosen to show staff names. */
  staffName?: string;
  emergency: boolean;
}

/**
 * Turns audit rows about a person into their innsynslogg: who (by role and unit) looked at or
 * changed their records, and when. Denied attempts and the person's own look-ups are left out;
 * staff names only when the service has chosen to show them.
 */
export function toInnsynslogg(rows: AccessLogRow[], showNames: boolean): InnsynsloggEntry[] {
  return rows
    .filter((r) => r.actorKind === 'staff' && r.outcome === 'allowed')
    .map((r) => ({
      at: r.at,
      action: r.action,
      roles: r.roles,
      unit: r.unitName,
      ...(showNames && r.actorName ? { staffName: r.actorName } : {}),
      emergency: r.emergency,
    }));
}
