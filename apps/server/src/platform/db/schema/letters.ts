/** Letters written on a case from a template (0019). */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from './common.js';

export interface LetterTable {
  tenant_id: string;
  id: Generated<string>;
  sak_id: string;
  template_id: 'vedtak' | 'innkalling' | 'anmodning_opplysninger' | 'svar_til_melder';
  lang: 'nb' | 'nn';
  recipient_kind: 'person' | 'organisasjon';
  recipient_person_id: string | null;
  recipient_orgnr: string | null;
  recipient_name: string;
  vedtak_id: string | null;
  /** packages/domain MergeData: the case's values as snapshotted. */
  merge_data: ColumnType<Record<string, string | boolean | null>, string, string>;
  /** packages/domain MergeData: what the caseworker wrote. */
  inputs: ColumnType<Record<string, string | boolean | null>, string | undefined, string>;
  protected_allowed: boolean;
  status: Generated<'draft' | 'sent'>;
  version: Generated<number>;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: Generated<Date>;
  sent_by: string | null;
  sent_at: Date | null;
  letter_date: string | null;
  title: string | null;
  notification_text: string | null;
  pdf: Buffer | null;
  pdf_sha256: string | null;
}

/**
 * The letter table joins Kysely's DB map here, by declaration merging, so that schema.ts needs only
 * its `export type *` line for this area.
 */
declare module '../schema.js' {
  interface DB {
    letter: LetterTable;
  }
}
