import { hasCapability, StaffRole, type Capability } from '@vern/domain';

/** What GET /api/registry/findings and /api/registry/exports answer (registry.routes.ts). */
export type Severity = 'FATAL' | 'ERROR' | 'WARNING' | 'INFO';
export const SEVERITIES: readonly Severity[] = ['FATAL', 'ERROR', 'WARNING', 'INFO'];

export interface TenantFinding {
  caseId: string;
  journalnummer: string;
  controlId: string;
  severity: Severity;
  message: string;
  field: string;
  elementId?: string;
}

export interface TenantFindings {
  counts: Partial<Record<Severity, number>>;
  casesChecked: number;
  casesHidden: number;
  truncated: boolean;
  items: TenantFinding[];
}

export interface ValidationProblem {
  file: string;
  line: number | null;
  element: string | null;
  reason: string;
}

export interface ExportSummary {
  id: string;
  status: 'running' | 'ready' | 'refused' | 'failed';
  fileCount: number;
  elementCounts: Record<string, number>;
  findingCounts: Record<string, number>;
  validation: 'passed' | 'failed' | 'unavailable' | null;
  problems: ValidationProblem[];
  zipBytes: number | null;
}

export interface ExportView extends ExportSummary {
  seq: number;
  kind: 'total' | 'changes';
  changesSince: string | null;
  via: 'api' | 'cli';
  startedBy: string | null;
  startedByName: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export const REGISTRY_PATH = '/register';
/** The findings the page lists: INFO is only counted (the registry does not act on it). */
export const FINDINGS_URL = '/api/registry/findings?severity=FATAL&severity=ERROR&severity=WARNING';
export const EXPORTS_URL = '/api/registry/exports';
export const exportFileUrl = (id: string): string => `/api/registry/exports/${id}/file`;

function can(roles: readonly string[], capability: Capability): boolean {
  const known = roles.filter((r): r is StaffRole => StaffRole.safeParse(r).success);
  return hasCapability(known, capability);
}

/** Systemansvarlig and the head of service: export and run the controls over every case. */
export const mayReport = (roles: readonly string[]): boolean => can(roles, 'registry.export');

/**
 * Whether a case link is any use to the reader: a role that opens cases at all. The systemansvarlig
 * has none (no need-to-know), so the list names the journalnummer without a link.
 */
export const mayOpenCases = (roles: readonly string[]): boolean =>
  (['case.read.team', 'case.read.unit', 'case.read.all', 'case.read.unassigned'] as const).some((c) =>
    can(roles, c),
  );

/** Findings by severity, FATAL first, only severities that have findings. */
export function groupBySeverity(items: readonly TenantFinding[]): [Severity, TenantFinding[]][] {
  return SEVERITIES.map(
    (s) => [s, items.filter((f) => f.severity === s)] as [Severity, TenantFinding[]],
  ).filter(([, list]) => list.length > 0);
}

/** `{ Melding: 3, Tiltak: 1 }` as «Melding 3, Tiltak 1», in a stable order. */
export function countsText(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}
