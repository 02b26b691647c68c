/** Persons, their addresses and relations, and the name words search uses (0002, 0007, 0011). */
import type { Generated, GeneratedAlways } from 'kysely';
import type { CreatedAt } from './common.js';

export interface PersonTable {
  id: Generated<string>;
  tenant_id: string;
  fodselsnummer: string | null;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  address_protection: Generated<'ingen' | 'fortrolig' | 'strengt_fortrolig' | 'strengt_fortrolig_utland'>;
  duf_nummer: string | null;
  kjonn: '0' | '1' | '2' | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  /** 0007: generated from the names by vern_search_name. */
  search_name: GeneratedAlways<string>;
}

export interface PersonAddressTable {
  person_id: string;
  tenant_id: string;
  street: string;
  postal_code: string;
  postal_place: string;
  municipality: string | null;
  updated_at: Generated<Date>;
}

/** 0007_persons.sql */
export interface PersonRelationTable {
  id: Generated<string>;
  tenant_id: string;
  person_id: string;
  related_person_id: string;
  kind:
    | 'mor'
    | 'far'
    | 'medmor'
    | 'forelder'
    | 'foresatt'
    | 'fosterforelder'
    | 'sosken'
    | 'besteforelder'
    | 'annen';
  parental_responsibility: Generated<boolean>;
  lives_with: Generated<boolean>;
  start_date: string | null;
  end_date: string | null;
  created_by: string;
  created_at: CreatedAt;
  ended_by: string | null;
}

/** 0011: the words of folded names, kept by a trigger on person (read-only for the app). */
export interface NameTokenTable {
  tenant_id: string;
  token: string;
}

export interface PersonNameTokenTable {
  tenant_id: string;
  token: string;
  person_id: string;
}
