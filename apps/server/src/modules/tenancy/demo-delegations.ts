import type { StaffRole } from '@vern/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

interface DemoDelegation {
  kapittel: string | null;
  paragraf: string | null;
  role: StaffRole;
}

/**
 * The demo service's delegeringsreglement, as a Norwegian municipality typically writes it.
 *
 * The municipality's authority under barnevernsloven lies with the kommunedirektør, who delegates
 * it to the head of the child welfare service (barnevernleder): all of BVL2021, including what
 * only the head should sign, such as a begjæring om omsorgsovertakelse (§ 5-1) to the board.
 *
 * The head delegates onwards what is decided often and within the service's own power:
 * - fagleder: chapter 3, hjelpetiltak (§ 3-1 and the rest of the chapter, among them tiltak for
 *   ungdom over 18 år, ettervern). Plans under chapter 8 (tiltaksplan § 8-1, omsorgsplan § 8-3)
 *   are made by the caseworker and approved as part of the work, not decided as a vedtak, so they
 *   need no row here.
 * - barnevernvakt: akuttvedtak under §§ 4-1 and 4-2 out of office hours, when the head cannot be
 *   reached. Akuttvedtak are otherwise the head's; the numbering follows the Act's chapter 4 and
 *   should be checked against the service's own reglement before it is used for real.
 * - caseworkers (saksbehandler) decide nothing: they propose (forslag til vedtak), and someone
 *   holding the authority decides or returns the proposal.
 */
export const DEMO_DELEGATIONS: readonly DemoDelegation[] = [
  { kapittel: null, paragraf: null, role: 'barnevernleder' },
  { kapittel: '3', paragraf: null, role: 'fagleder' },
  { kapittel: '4', paragraf: '1', role: 'barnevernvakt' },
  { kapittel: '4', paragraf: '2', role: 'barnevernvakt' },
];

/** Writes the demo delegation table, granted by the head of service. */
export async function seedDemoDelegations(
  trx: Transaction<DB>,
  tenantId: string,
  grantedBy: string | null,
): Promise<void> {
  await trx
    .insertInto('vedtak_delegation')
    .values(
      DEMO_DELEGATIONS.map((d) => ({
        tenant_id: tenantId,
        lov: 'BVL2021' as const,
        kapittel: d.kapittel,
        paragraf: d.paragraf,
        role: d.role,
        staff_user_id: null,
        granted_by: grantedBy,
      })),
    )
    .execute();
}
