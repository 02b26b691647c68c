import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { addDays } from './demo-case-builder.js';
import type { DemoCase, DemoPerson } from './demo-population.js';
import { DEMO_HEAD, DEMO_UNIT_LEADERS } from './demo-tenant.js';

const BATCH = 50;

/** A moment on `dato` in the afternoon, Oslo time (the +01:00 keeps the calendar day in summer too). */
const afternoon = (dato: string, hour = 15) => new Date(`${dato}T${hour}:30:00+01:00`);
const notAfter = (at: Date, now: Date) => (at > now ? new Date(now.getTime() - 60_000) : at);

function personRow(tenantId: string, p: DemoPerson) {
  return {
    id: p.id,
    tenant_id: tenantId,
    fodselsnummer: p.fodselsnummer,
    given_name: p.givenName,
    family_name: p.familyName,
    birth_date: p.birthDate,
    address_protection: p.addressProtection,
    duf_nummer: p.dufNummer,
    kjonn: p.kjonn,
  };
}

/**
 * Writes the demo population in batches of multi-row inserts, in the caller's transaction: persons
 * with addresses and parents, each case with its steps (case_event), melding details and decided
 * proposals, and sak.history/version/status/end_date as `takeStep` leaves them after the last step.
 * Cases are inserted in the order they started, so the journalnummer trigger numbers them as the
 * meldinger came in.
 */
export async function seedDemoPopulation(
  trx: Transaction<DB>,
  tenantId: string,
  staff: ReadonlyMap<string, string>,
  units: ReadonlyMap<string, string>,
  population: readonly DemoCase[],
  now: Date,
): Promise<void> {
  const id = (username: string) => {
    const found = staff.get(username);
    if (!found) throw new Error(`demo staff ${username} missing`);
    return found;
  };
  const intake = id('mona');
  const unitId = (name: string) => {
    const found = units.get(name);
    if (!found) throw new Error(`demo unit ${name} missing`);
    return found;
  };
  const ordered = [...population].sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  for (let from = 0; from < ordered.length; from += BATCH) {
    const batch = ordered.slice(from, from + BATCH);
    const people = batch.flatMap((c) => [c.child, ...c.parents.map((p) => p.person)]);
    await trx
      .insertInto('person')
      .values(people.map((p) => personRow(tenantId, p)))
      .execute();
    await trx
      .insertInto('person_address')
      .values(
        people.map((p) => ({
          tenant_id: tenantId,
          person_id: p.id,
          street: p.address.street,
          postal_code: p.address.postalCode,
          postal_place: p.address.postalPlace,
          municipality: 'Demo',
        })),
      )
      .execute();
    await trx
      .insertInto('person_relation')
      .values(
        batch.flatMap((c) =>
          c.parents.map((p) => ({
            tenant_id: tenantId,
            person_id: c.child.id,
            related_person_id: p.person.id,
            kind: p.kind,
            parental_responsibility: p.responsibility,
            lives_with: p.livesWith,
            start_date: c.child.birthDate,
            created_by: c.caseworker ? id(c.caseworker) : intake,
          })),
        ),
      )
      .execute();
    await trx
      .insertInto('sak')
      .values(
        batch.map((c) => {
          const sluttDato = c.history.sak.sluttDato;
          return {
            id: c.sakId,
            tenant_id: tenantId,
            child_person_id: c.child.id,
            unit_id: unitId(c.unit),
            caseworker_id: c.caseworker ? id(c.caseworker) : null,
            start_date: c.startDate,
            end_date: sluttDato ?? null,
            status: sluttDato === undefined ? ('open' as const) : ('closed' as const),
            version: c.steps.length,
          };
        }),
      )
      .execute();
    // The journalnummer is the trigger's; the history gets it and the sak's id, as on a real first step.
    // created_at is the day the case came in, so lists sorted by it read as the service's history.
    await sql`
      UPDATE sak SET
        history = jsonb_set(jsonb_set(h.history::jsonb, '{sak,id}', to_jsonb(sak.id::text)),
                            '{sak,journalnummer}', to_jsonb(sak.journalnummer)),
        created_at = least(sak.start_date::timestamp + interval '9 hours', now() - interval '1 minute'),
        updated_at = now()
      FROM (VALUES ${sql.join(batch.map((c) => sql`(${c.sakId}::uuid, ${JSON.stringify(c.history)})`))})
        AS h (id, history)
      WHERE sak.id = h.id`.execute(trx);
    const actorOf = (c: DemoCase, actor: 'caseworker' | 'leader' | 'head') =>
      actor === 'head'
        ? id(DEMO_HEAD)
        : actor === 'leader'
          ? id(DEMO_UNIT_LEADERS[c.unit])
          : c.caseworker
            ? id(c.caseworker)
            : intake;
    await trx
      .insertInto('case_event')
      .values(
        batch.flatMap((c) =>
          c.steps.map((s, i) => ({
            tenant_id: tenantId,
            sak_id: c.sakId,
            seq: i + 1,
            type: s.command.type,
            dato: s.command.dato,
            command: JSON.stringify(s.command),
            actor_id: actorOf(c, s.actor),
            recorded_at: notAfter(
              s.melding && s.melding.receivedAt > afternoon(s.command.dato)
                ? s.melding.receivedAt
                : afternoon(s.command.dato),
              now,
            ),
          })),
        ),
      )
      .execute();
    const details = batch.flatMap((c) =>
      c.steps.flatMap((s) =>
        s.melding && 'meldingId' in s.command
          ? [
              {
                tenant_id: tenantId,
                sak_id: c.sakId,
                melding_id: s.command.meldingId,
                received_at: notAfter(s.melding.receivedAt, now),
                channel: s.melding.channel,
                content: s.melding.content,
                melder_name: s.melding.melderName,
                anonymous: s.melding.anonymous,
                needs_immediate_follow_up: s.melding.needsImmediateFollowUp,
                created_by: c.caseworker ? id(c.caseworker) : intake,
              },
            ]
          : [],
      ),
    );
    if (details.length > 0) await trx.insertInto('melding_detail').values(details).execute();
    const proposals = batch.flatMap((c) =>
      c.steps.flatMap((s, i) =>
        s.command.type === 'decide-vedtak' && s.begrunnelse && c.caseworker
          ? [
              {
                tenant_id: tenantId,
                sak_id: c.sakId,
                command: JSON.stringify(s.command),
                begrunnelse: s.begrunnelse,
                proposed_by: id(c.caseworker),
                proposed_at: afternoon(addDays(s.command.dato, -2), 10),
                status: 'decided' as const,
                decided_by: actorOf(c, s.actor),
                decided_at: notAfter(afternoon(s.command.dato, 13), now),
                event_seq: i + 1,
              },
            ]
          : [],
      ),
    );
    if (proposals.length > 0) await trx.insertInto('vedtak_proposal').values(proposals).execute();
  }
}
