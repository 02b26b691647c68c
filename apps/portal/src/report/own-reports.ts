import type { ReportT } from './report-t';
import type { OwnReport } from './submit';

/** What the reporter may be told about one report, in the status page's words. */
export function ownStatusText(t: ReportT, r: OwnReport, date: (iso: string) => string): string {
  switch (r.status) {
    case 'received':
      return t(r.melderKind === 'offentlig' ? 'status.received.offentlig' : 'status.received.privat');
    case 'undersokelse':
      return t('status.undersokelse', { date: date(r.since) });
    case 'no_undersokelse':
      return t('status.no_undersokelse', { date: date(r.since) });
    default: {
      const unreachable: never = r.status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}
