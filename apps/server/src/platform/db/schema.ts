import type { TenantTable, UnitTable, StaffUserTable, StaffRoleTable } from './schema/tenancy.js';
import type {
  PersonTable,
  PersonAddressTable,
  PersonRelationTable,
  NameTokenTable,
  PersonNameTokenTable,
} from './schema/persons.js';
import type {
  SakTable,
  JournalCounterTable,
  CaseEventTable,
  MeldingDetailTable,
  VedtakDelegationTable,
  VedtakProposalTable,
} from './schema/cases.js';
import type {
  CaseCoWorkerTable,
  CaseBlockTable,
  BreakGlassGrantTable,
  NotificationTable,
} from './schema/access.js';
import type { AuditEventTable, SecurityEventTable } from './schema/audit.js';
import type { AuthFlowTable, AuthSessionTable } from './schema/auth.js';
import type { JournalNoteTable, DocumentTable, DocumentContentTable } from './schema/journal.js';
import type { DeadlineTable, StaffAbsenceTable, CaseloadSnapshotTable } from './schema/deadlines.js';
import type {
  InboxItemTable,
  InboxAttachmentTable,
  InboxRegistrationTable,
  PublicReportTable,
  MelderFeedbackTable,
  PublicReportMelderTable,
} from './schema/intake.js';
import type { ForsendelseTables } from './schema/forsendelse.js';

export type * from './schema/tenancy.js';
export type * from './schema/persons.js';
export type * from './schema/cases.js';
export type * from './schema/access.js';
export type * from './schema/audit.js';
export type * from './schema/auth.js';
export type * from './schema/journal.js';
export type * from './schema/deadlines.js';
export type * from './schema/intake.js';
export type * from './schema/letters.js';
export type * from './schema/forsendelse.js';

/**
 * Kysely's view of the tables. Each table's interface is in schema/<area>.ts (tenancy, persons, cases,
 * access, audit, auth, journal, deadlines, intake); a migration that adds a table adds it there and
 * names it here.
 */
export interface DB extends ForsendelseTables {
  tenant: TenantTable;
  unit: UnitTable;
  staff_user: StaffUserTable;
  staff_role: StaffRoleTable;
  person: PersonTable;
  person_address: PersonAddressTable;
  sak: SakTable;
  case_co_worker: CaseCoWorkerTable;
  case_block: CaseBlockTable;
  break_glass_grant: BreakGlassGrantTable;
  notification: NotificationTable;
  audit_event: AuditEventTable;
  security_event: SecurityEventTable;
  auth_flow: AuthFlowTable;
  auth_session: AuthSessionTable;
  journal_counter: JournalCounterTable;
  case_event: CaseEventTable;
  melding_detail: MeldingDetailTable;
  vedtak_delegation: VedtakDelegationTable;
  vedtak_proposal: VedtakProposalTable;
  person_relation: PersonRelationTable;
  name_token: NameTokenTable;
  person_name_token: PersonNameTokenTable;
  journal_note: JournalNoteTable;
  document: DocumentTable;
  document_content: DocumentContentTable;
  deadline: DeadlineTable;
  staff_absence: StaffAbsenceTable;
  caseload_snapshot: CaseloadSnapshotTable;
  inbox_item: InboxItemTable;
  inbox_attachment: InboxAttachmentTable;
  inbox_registration: InboxRegistrationTable;
  public_report: PublicReportTable;
  melder_feedback: MelderFeedbackTable;
  public_report_melder: PublicReportMelderTable;
}
