import type { StaffActor } from '@vern/domain';
import type { Selectable, Transaction } from 'kysely';
import { caseVisibleTo } from '../../platform/access/case-visibility.js';
import type { DB, ForsendelseTable } from '../../platform/db/schema.js';
import type { ForsendelseEventView, ForsendelseSummary } from './forsendelse.schemas.js';

type Trx = Transaction<DB>;
export type ForsendelseRow = Selectable<ForsendelseTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The summaries of these rows: each with its events (oldest first) and its latest channel. */
export async function summariesOf(trx: Trx, rows: ForsendelseRow[]): Promise<ForsendelseSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const events = await trx
    .selectFrom('forsendelse_event')
    .select(['forsendelse_id', 'at', 'kind', 'channel', 'detail'])
    .where('forsendelse_id', 'in', ids)
    .orderBy('at')
    .orderBy('seq')
    .execute();
  const outbox = await trx
    .selectFrom('forsendelse_outbox')
    .select(['forsendelse_id', 'channel', 'created_at', 'state'])
    .where('forsendelse_id', 'in', ids)
    .orderBy('created_at')
    .execute();
  const byId = new Map<string, ForsendelseEventView[]>();
  for (const e of events)
    byId.set(e.forsendelse_id, [
      ...(byId.get(e.forsendelse_id) ?? []),
      { at: e.at.toISOString(), kind: e.kind, channel: e.channel, detail: e.detail },
    ]);
  const channelOf = new Map<string, ForsendelseSummary['channel']>();
  for (const o of outbox)
    if (o.state !== 'fallback' || !channelOf.has(o.forsendelse_id))
      channelOf.set(o.forsendelse_id, o.channel);
  return rows.map((r) => ({
    id: r.id,
    sakId: r.sak_id,
    letterId: r.letter_id,
    title: r.title,
    recipient: { kind: r.recipient_kind, name: r.recipient_name, organisasjonsnummer: r.recipient_orgnr },
    confidential: r.confidential,
    status: r.status,
    statusAt: r.status_at.toISOString(),
    statusReason: r.status_reason,
    channel: channelOf.get(r.id) ?? null,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by,
    sentAt: iso(r.sent_at),
    deliveredAt: iso(r.delivered_at),
    openedAt: iso(r.opened_at),
    escalationLevel: r.escalation_level,
    events: byId.get(r.id) ?? [],
  }));
}

export function findForsendelse(trx: Trx, id: string): Promise<ForsendelseRow | undefined> {
  return trx.selectFrom('forsendelse').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listForCase(
  trx: Trx,
  sakId: string,
  page: { limit: number; offset: number },
): Promise<ForsendelseRow[]> {
  return trx
    .selectFrom('forsendelse')
    .selectAll()
    .where('sak_id', '=', sakId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/**
 * What the actor sent («Mine sendinger»), newest first: all, the failed ones (failed or dead
 * letter), or the unopened ones (sent or delivered and not read). Forsendelser of a case the actor
 * can no longer see (moved off the team, blocked) are left out, by the same rule as every list.
 */
export function listMine(
  trx: Trx,
  actor: StaffActor,
  now: Date,
  q: { filter: 'all' | 'failed' | 'unopened'; limit: number; offset: number },
): Promise<ForsendelseRow[]> {
  let query = trx
    .selectFrom('forsendelse')
    .selectAll()
    .where('created_by', '=', actor.staffUserId)
    .where((eb) =>
      eb.or([
        eb('sak_id', 'is', null),
        eb('sak_id', 'in', trx.selectFrom('sak').select('sak.id').where(caseVisibleTo(actor, now))),
      ]),
    );
  if (q.filter === 'failed') query = query.where('status', 'in', ['failed', 'dead_letter']);
  if (q.filter === 'unopened') query = query.where('status', 'in', ['sent', 'delivered']);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute();
}

export async function detailsOf(trx: Trx, id: string) {
  const documents = await trx
    .selectFrom('forsendelse_document')
    .select(['position', 'filename', 'size_bytes', 'sha256'])
    .where('forsendelse_id', '=', id)
    .orderBy('position')
    .execute();
  const attempts = await trx
    .selectFrom('forsendelse_attempt as a')
    .innerJoin('forsendelse_outbox as o', 'o.id', 'a.outbox_id')
    .select(['o.channel', 'a.attempt', 'a.started_at', 'a.finished_at', 'a.outcome', 'a.error'])
    .where('o.forsendelse_id', '=', id)
    .orderBy('a.started_at')
    .orderBy('a.attempt')
    .execute();
  return {
    documents: documents.map((d) => ({
      position: d.position,
      filename: d.filename,
      sizeBytes: d.size_bytes,
      sha256: d.sha256,
    })),
    attempts: attempts.map((a) => ({
      channel: a.channel,
      attempt: a.attempt,
      startedAt: a.started_at.toISOString(),
      finishedAt: iso(a.finished_at),
      outcome: a.outcome,
      error: a.error,
    })),
  };
}
