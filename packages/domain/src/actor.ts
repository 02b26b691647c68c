import type { StaffRole } from './staff.js';

/** A signed-in staff member acting in one service (tenant). */
export interface StaffActor {
  kind: 'staff';
  tenantId: string;
  staffUserId: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  unitId: string | null;
  /** The server-side session (its database id, never the cookie value). */
  sessionId: string;
}

/** A signed-in citizen (child, youth, parent), identified by fødselsnummer from ID-porten. */
export interface CitizenActor {
  kind: 'citizen';
  /** Fødselsnummer or D-nummer (the `pid` claim). Personal data: never log it. */
  pid: string;
  /** The assurance level the IdP asserted (`acr`), e.g. idporten-loa-high. */
  acr: string;
  /**
   * The name the identity provider vouched for, when it gave one (BankID and Buypass do through
   * ID-porten's profile scope; MinID does not). Personal data: never log it.
   */
  name?: string;
  sessionId: string;
}

export type Actor = StaffActor | CitizenActor;
