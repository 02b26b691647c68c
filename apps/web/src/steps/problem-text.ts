import type { ApiDetail, ApiProblem } from '../api/http';
import type { StaffT } from '../i18n/useStaffT';

/**
 * The text to show for one detail. The state machine and the domain's own checks write plain
 * Norwegian, shown as it is; the HTTP layer's generic English reasons ("must be a UUID") become a
 * plain "not valid" in the user's language.
 */
export function detailText(t: StaffT, problem: ApiProblem, d: ApiDetail): string {
  if (problem.code === 'INVALID_TRANSITION') return d.reason;
  const generic = /^(must|is |has |no |Invalid|Too |Expected|Unrecognized|Required)/.test(d.reason);
  return generic ? t('form.invalid') : d.reason;
}

/** What the whole failed request means, when the details alone do not say it; null when they do. */
export function problemText(t: StaffT, problem: ApiProblem): string | null {
  if (problem.status === 0) return t('form.network');
  if (problem.details.some((d) => d.code === 'STALE_VERSION')) return t('form.stale');
  if (problem.status === 403) return problem.message || t('form.forbidden');
  if (problem.status === 409) return problem.message || t('form.stale');
  if (problem.status >= 500) return t('form.failed', { id: problem.requestId ?? '' });
  if (problem.details.length === 0) return problem.message || t('form.invalid');
  return null;
}
