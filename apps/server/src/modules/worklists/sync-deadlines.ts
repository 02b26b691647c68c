import { explainDeadlines, type CaseHistory, type DeadlineItem } from '@vern/domain';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** Facts of cases that their deadlines depend on, besides the history. */
async function loadFacts(trx: Transaction<DB>, sakIds: readonly string[]) {
  const saks = await trx
    .selectFrom('sak')
    .innerJoin('person', 'person.id', 'sak.child_person_id')
    .select([
      'sak.id',
      'sak.tenant_id as tenantId',
      'sak.history',
      'sak.version',
      'sak.unit_id as unitId',
      'sak.caseworker_id as ownerId',
      'person.birth_date as birthDate',
    ])
    .where('sak.id', 'in', sakIds)
    .execute();
  const meldinger = await trx
    .selectFrom('melding_detail')
    .select(['sak_id as sakId', 'melding_id as meldingId', 'received_at as receivedAt'])
    .where('sak_id', 'in', sakIds)
    .execute();
  return saks.map((sak) => ({ ...sak, meldinger: meldinger.filter((m) => m.sakId === sak.id) }));
}

type CaseFacts = Awaited<ReturnType<typeof loadFacts>>[number];

function deadlinesFrom(facts: CaseFacts, today: string): DeadlineItem[] {
  if (facts.history === null) return [];
  const meldingMottatt = Object.fromEntries(
    facts.meldinger.map((m) => [m.meldingId, new Date(m.receivedAt).toISOString()]),
  );
  return explainDeadlines(facts.history as CaseHistory, {
    today,
    ...(facts.birthDate ? { birthDate: facts.birthDate } : {}),
    meldingMottatt,
  });
}

/** The case's deadlines as packages/domain computes them on `today`, from the stored history. */
export async function computeCaseDeadlines(
  trx: Transaction<DB>,
  sakId: string,
  today: string,
): Promise<{ items: DeadlineItem[]; facts: CaseFacts }> {
  const [facts] = await loadFacts(trx, [sakId]);
  if (!facts) throw new Error(`no case ${sakId}`);
  return { items: deadlinesFrom(facts, today), facts };
}

function deadlineRows(facts: CaseFacts, items: readonly DeadlineItem[], today: string) {
  return items.map((i) => ({
    tenant_id: facts.tenantId,
    sak_id: facts.id,
    item_id: i.id,
    kind: i.kind,
    rule_id: i.ruleId,
    legal_reference: i.legalReference,
    element_type: i.elementType,
    element_id: i.elementId,
    start_date: i.startDate,
    due_date: i.dueDate,
    status: i.status === 'overdue' ? ('open' as const) : i.status,
    completed_date: i.completedDate ?? null,
    ssb_due_date: i.ssbDueDate ?? null,
    explanation: i.explanation,
    owner_id: facts.ownerId,
    unit_id: facts.unitId,
    computed_on: today,
  }));
}

/** Inserts or updates deadline rows by their key (a row keeps its id while its key stays). */
async function upsertRows(trx: Transaction<DB>, rows: ReturnType<typeof deadlineRows>): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('deadline')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'sak_id', 'item_id']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        rule_id: eb.ref('excluded.rule_id'),
        legal_reference: eb.ref('excluded.legal_reference'),
        element_type: eb.ref('excluded.element_type'),
        element_id: eb.ref('excluded.element_id'),
        start_date: eb.ref('excluded.start_date'),
        due_date: eb.ref('excluded.due_date'),
        status: eb.ref('excluded.status'),
        completed_date: eb.ref('excluded.completed_date'),
        ssb_due_date: eb.ref('excluded.ssb_due_date'),
        explanation: eb.ref('excluded.explanation'),
        owner_id: eb.ref('excluded.owner_id'),
        unit_id: eb.ref('excluded.unit_id'),
        computed_on: eb.ref('excluded.computed_on'),
        updated_at: sql<Date>`now()`,
      })),
    )
    .execute();
}

/**
 * Rewrites the deadline rows of one case from its stored history, in the caller's transaction:
 * every change of a case (a step, a new caseworker or unit, a corrected birth date) calls it before
 * committing, so the rows never disagree with the case. A row keeps its id while the deadline's
 * key stays (notifications refer to it); deadlines that no longer exist are removed. Overdue is
 * stored as open: whether an open deadline is overdue is read against the day of the query.
 */
export async function syncDeadlines(trx: Transaction<DB>, sakId: string, today: string): Promise<number> {
  const { items, facts } = await computeCaseDeadlines(trx, sakId, today);
  const rows = deadlineRows(facts, items, today);
  const keep = rows.map((r) => r.item_id);
  let stale = trx.deleteFrom('deadline').where('sak_id', '=', sakId);
  if (keep.length > 0) stale = stale.where('item_id', 'not in', keep);
  await stale.execute();
  await upsertRows(trx, rows);
  await trx.updateTable('sak').set({ deadlines_version: facts.version }).where('id', '=', sakId).execute();
  return rows.length;
}

/** Cases per round of syncManyDeadlines: a few statements each, whatever the count. */
const BATCH = 200;

/**
 * syncDeadlines for many cases in a handful of statements per batch instead of five per case:
 * the daily refresh of stale rows and the demo seed. The same rows, keys and versions.
 */
export async function syncManyDeadlines(
  trx: Transaction<DB>,
  sakIds: readonly string[],
  today: string,
): Promise<void> {
  for (let i = 0; i < sakIds.length; i += BATCH) {
    const ids = sakIds.slice(i, i + BATCH);
    const facts = await loadFacts(trx, ids);
    const rows = facts.flatMap((f) => deadlineRows(f, deadlinesFrom(f, today), today));
    // One flat list of keys (a list of row tuples this long breaks PGlite's parser).
    const keep = rows.map((r) => `${r.sak_id}/${r.item_id}`);
    await trx
      .deleteFrom('deadline')
      .where('sak_id', 'in', ids)
      .$if(keep.length > 0, (q) => q.where(sql<string>`sak_id::text || '/' || item_id`, 'not in', keep))
      .execute();
    for (let j = 0; j < rows.length; j += 1000) await upsertRows(trx, rows.slice(j, j + 1000));
    const byVersion = new Map<number, string[]>();
    for (const f of facts) byVersion.set(f.version, [...(byVersion.get(f.version) ?? []), f.id]);
    for (const [version, same] of byVersion) {
      await trx.updateTable('sak').set({ deadlines_version: version }).where('id', 'in', same).execute();
    }
  }
}

/** After a change of a person (e.g. a corrected birth date): the deadlines of their cases as a child. */
export async function syncPersonDeadlines(
  trx: Transaction<DB>,
  personId: string,
  today: string,
): Promise<void> {
  const cases = await trx.selectFrom('sak').select('id').where('child_person_id', '=', personId).execute();
  for (const c of cases) await syncDeadlines(trx, c.id, today);
}
