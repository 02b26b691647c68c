/** The service (tenant), its units, its staff and their roles (0001, 0002). */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from './common.js';

export interface TenantTable {
  id: string;
  slug: string;
  name: string;
  kind: 'kommune' | 'bydel' | 'interkommunal';
  kommunenummer: string;
  bydelsnummer: string | null;
  bydelsnavn: string | null;
  organisasjonsnummer: string | null;
  innsynslogg_shows_staff_names: Generated<boolean>;
  created_at: CreatedAt;
  /** 0012: escalation lead in days, and notice lead in days per deadline kind. */
  deadline_escalation_days: Generated<number>;
  deadline_notice_days: ColumnType<Record<string, number>, string | undefined, string>;
}

export interface UnitTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface StaffUserTable {
  id: Generated<string>;
  tenant_id: string;
  username: string;
  display_name: string;
  unit_id: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface StaffRoleTable {
  tenant_id: string;
  staff_user_id: string;
  role: string;
}
