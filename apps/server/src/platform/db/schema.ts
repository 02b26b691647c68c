import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables; each migration that adds a table adds its interface here. */
export interface DB {
  tenant: TenantTable;
  unit: UnitTable;
  staff_user: StaffUserTable;
  staff_role: StaffRoleTable;
}

type CreatedAt = ColumnType<Date, never, never>;

export interface TenantTable {
  id: string;
  slug: string;
  name: string;
  kind: 'kommune' | 'bydel' | 'interkommunal';
  kommunenummer: string;
  bydelsnummer: string | null;
  bydelsnavn: string | null;
  organisasjonsnummer: string | null;
  created_at: CreatedAt;
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
