import type { CaseHistory } from '@vern/domain';

/** The API's answers as this app reads them (apps/server: cases, case-process, journal, persons). */

export interface CaseListItem {
  id: string;
  status: 'open' | 'closed';
  unitName: string;
  caseworkerName: string | null;
  childName: string;
  childBirthDate: string | null;
}

export interface CaseEvent {
  seq: number;
  type: string;
  dato: string;
  recordedAt: string;
  actorName: string | null;
  command: Record<string, unknown>;
}

export interface MeldingDetail {
  meldingId: string;
  receivedAt: string;
  channel: string;
  content: string;
  melderName: string | null;
  anonymous: boolean;
  needsImmediateFollowUp: boolean;
}

export interface Finding {
  controlId: string;
  severity: 'FATAL' | 'ERROR' | 'WARNING' | 'INFO';
  message: string;
  field: string;
  elementId?: string;
}

export interface CaseView {
  id: string;
  status: 'open' | 'closed';
  unit: { id: string; name: string };
  caseworker: { id: string; name: string } | null;
  child: { id: string; givenName: string; familyName: string; birthDate: string | null };
  access: { basis: string; emergency: boolean };
  process: {
    journalnummer: string;
    startDate: string;
    endDate: string | null;
    version: number;
    history: CaseHistory;
    events: CaseEvent[];
    meldinger: MeldingDetail[];
    findings: Finding[];
  };
  /** The newest journal notes and documents, read with the case (one request, one audit row). */
  journal: { notes: NoteSummary[]; documents: DocumentSummary[] };
  /** The case's statutory deadlines computed today: overdue, open, then met or missed. */
  deadlines: CaseDeadline[];
}

export interface CaseDeadline {
  id: string;
  kind: string;
  ruleId: string;
  legalReference: string;
  elementType: string;
  elementId: string;
  startDate: string;
  dueDate: string;
  status: 'open' | 'overdue' | 'met' | 'met-late' | 'missed';
  completedDate?: string;
  ssbDueDate?: string;
  dueOnDayOff?: string;
  visits?: { year: number; done: number; required: number; remaining: number; perYear: number };
  explanation: string;
}

export interface VedtakProposal {
  id: string;
  status: 'proposed' | 'decided' | 'returned' | 'withdrawn';
  command: Record<string, unknown> & { lovhjemmel?: { lov: string; kapittel: string; paragraf: string } };
  begrunnelse: string;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  returnReason: string | null;
  /** The server's word on whether I hold delegated authority to decide it. */
  mayDecide: boolean;
}

export interface NoteSummary {
  id: string;
  noteDate: string;
  title: string;
  author: { id: string; name: string };
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  documentDate: string;
  uploadedBy: { id: string; name: string };
  scanStatus: 'pending' | 'clean' | 'infected' | 'not_scanned';
}

export interface PersonHit {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
}

export const MELDING_CHANNELS = [
  'telefon',
  'brev',
  'e-post',
  'personlig_oppmote',
  'digitalt_skjema',
  'fiks_io',
  'sms',
  'chat',
  'barnevernvakt',
  'annet',
] as const;
export type MeldingChannel = (typeof MELDING_CHANNELS)[number];
