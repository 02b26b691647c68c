import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import type { DB } from '../../../platform/db/schema.js';
import { sha256 } from '../intake.queries.js';
import type { ReporterIdentity } from './reporter-identity.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference number for the receipt: BM-XXXX-XXXX, 40 random bits in Crockford base 32. */
export function newReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => CROCKFORD[b % 32]).join('');
  return `BM-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** The reference as typed (any case, spaces, without hyphens) in its stored form, or undefined. */
export function normalReference(typed: string): string | undefined {
  const bare = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^BM/, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(bare) ? `BM-${bare.slice(0, 4)}-${bare.slice(4)}` : undefined;
}

/** The status code as typed (any case, spaces, hyphens) in the form the browser made it. */
export function normalStatusCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export const statusCodeHash = (code: string) => sha256(`vern-status-code:${normalStatusCode(code)}`);

/** Compares the hash of a typed status code with the stored one in constant time. */
export function sameStatusCode(typed: string, storedSha256: string): boolean {
  const a = Buffer.from(statusCodeHash(typed), 'hex');
  const b = Buffer.from(storedSha256, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface Service {
  id: string;
  name: string;
  slug: string;
}

/**
 * The services (tenants) the public form may send to: the tenant directory is public knowledge
 * (names and slugs), read without a tenant. Cached for a minute, since every submission asks.
 */
export function serviceDirectory(database: Database, ttlMs = 60_000) {
  let cached: { at: number; services: Service[] } | undefined;
  const all = async (): Promise<Service[]> => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.services;
    const services = await database.db
      .selectFrom('tenant')
      .select(['id', 'name', 'slug'])
      .orderBy('name')
      .execute();
    cached = { at: Date.now(), services };
    return services;
  };
  return {
    all,
    async bySlug(slug: string): Promise<Service | undefined> {
      const hit = (await all()).find((s) => s.slug === slug);
      if (hit || !cached) return hit;
      // A service added within the minute: ask once more before saying it does not exist.
      cached = undefined;
      return (await all()).find((s) => s.slug === slug);
    },
  };
}
export type ServiceDirectory = ReturnType<typeof serviceDirectory>;

export async function insertPublicReport(
  trx: Transaction<DB>,
  r: {
    tenantId: string;
    itemId: string;
    statusCode: string;
    melderKind: 'privat' | 'offentlig';
    lang: 'nb' | 'nn' | 'en';
  },
): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = newReference();
    const row = await trx
      .insertInto('public_report')
      .values({
        tenant_id: r.tenantId,
        item_id: r.itemId,
        reference,
        status_code_sha256: statusCodeHash(r.statusCode),
        melder_kind: r.melderKind,
        lang: r.lang,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'reference']).doNothing())
      .returning('reference')
      .executeTakeFirst();
    if (row) return row.reference;
  }
  throw new Error('no free reference number after 8 tries');
}

/** The report an item of the form is, with what arrived: for a retry and for the receipt PDF. */
export async function findPublicReport(
  trx: Transaction<DB>,
  where: { itemId: string } | { reference: string },
) {
  let q = trx
    .selectFrom('public_report as p')
    .innerJoin('inbox_item as i', (j) =>
      j.onRef('i.tenant_id', '=', 'p.tenant_id').onRef('i.id', '=', 'p.item_id'),
    )
    .leftJoin('public_report_melder as m', (j) =>
      j.onRef('m.tenant_id', '=', 'p.tenant_id').onRef('m.item_id', '=', 'p.item_id'),
    )
    .select([
      'p.item_id as itemId',
      'm.identified_by as identifiedBy',
      'p.reference',
      'p.status_code_sha256 as statusCodeSha256',
      'p.melder_kind as melderKind',
      'p.lang',
      'i.received_at as receivedAt',
      'i.raw_content as raw',
      'i.status as itemStatus',
    ]);
  q =
    'itemId' in where
      ? q.where('p.item_id', '=', where.itemId)
      : q.where('p.reference', '=', where.reference);
  return q.executeTakeFirst();
}

/**
 * The conclusion code of the melding each case got from the item (registered or linked), read
 * from the case history: codes only, nothing else of the case.
 */
export async function meldingConclusions(trx: Transaction<DB>, itemId: string) {
  const { rows } = await sql<{ sak_id: string; kode: string | null }>`
    SELECT r.sak_id,
           (SELECT m -> 'konklusjon' ->> 'kode'
              FROM jsonb_array_elements(coalesce(s.history -> 'meldinger', '[]'::jsonb)) m
             WHERE m ->> 'id' = r.melding_id
             LIMIT 1) AS kode
      FROM inbox_registration r
      JOIN sak s ON s.tenant_id = r.tenant_id AND s.id = r.sak_id
     WHERE r.item_id = ${itemId}
     ORDER BY r.sak_id`.execute(trx);
  return rows.map((r) => ({ sakId: r.sak_id, kode: r.kode ?? undefined }));
}

/**
 * The reports one citizen sent signed in, in every service: which service and which item, nothing
 * more. Runs in a transaction acting for that citizen (vern.citizen_pid), in which row-level
 * security (public_report_melder's citizen_self policy, 0020) shows their rows and no one else's.
 */
export async function findOwnReportKeys(
  database: Database,
  pid: string,
  itemId?: string,
): Promise<{ tenantId: string; itemId: string }[]> {
  if (!/^[0-9]{11}$/.test(pid)) return [];
  return database.db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('vern.citizen_pid', ${pid}, true)`.execute(trx);
    let q = trx
      .selectFrom('public_report_melder')
      .select(['tenant_id as tenantId', 'item_id as itemId'])
      .where('citizen_pid', '=', pid);
    if (itemId !== undefined) q = q.where('item_id', '=', itemId);
    return q.execute();
  });
}

/** In a service's transaction: those of the items that are this citizen's reports, with their state. */
export async function findOwnReports(trx: Transaction<DB>, pid: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return trx
    .selectFrom('public_report_melder as m')
    .innerJoin('public_report as p', (j) =>
      j.onRef('p.tenant_id', '=', 'm.tenant_id').onRef('p.item_id', '=', 'm.item_id'),
    )
    .innerJoin('inbox_item as i', (j) =>
      j.onRef('i.tenant_id', '=', 'p.tenant_id').onRef('i.id', '=', 'p.item_id'),
    )
    .select([
      'p.item_id as itemId',
      'p.reference',
      'p.melder_kind as melderKind',
      'i.received_at as receivedAt',
      'i.status as itemStatus',
    ])
    .where('m.citizen_pid', '=', pid)
    .where('m.item_id', 'in', [...itemIds])
    .execute();
}

/** Keeps who sent a report signed in (from their session), beside the report. */
export async function insertReporterIdentity(
  trx: Transaction<DB>,
  r: { tenantId: string; itemId: string; identity: ReporterIdentity },
): Promise<void> {
  await trx
    .insertInto('public_report_melder')
    .values({
      tenant_id: r.tenantId,
      item_id: r.itemId,
      citizen_pid: r.identity.pid,
      identified_by: r.identity.identifiedBy,
      acr: r.identity.acr,
      name_verified: r.identity.verifiedName !== undefined,
      session_id: r.identity.sessionId,
    })
    .execute();
}

/** Records that the reporter was told a status, the first time only; the time they were told it. */
export async function recordFeedback(
  trx: Transaction<DB>,
  f: {
    tenantId: string;
    itemId: string;
    status: 'received' | 'undersokelse' | 'no_undersokelse';
    channel: 'receipt' | 'status_page' | 'min_side';
  },
): Promise<Date> {
  await trx
    .insertInto('melder_feedback')
    .values({ tenant_id: f.tenantId, item_id: f.itemId, status: f.status, channel: f.channel })
    .onConflict((oc) => oc.columns(['tenant_id', 'item_id', 'status']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('melder_feedback')
    .select('told_at')
    .where('item_id', '=', f.itemId)
    .where('status', '=', f.status)
    .executeTakeFirstOrThrow();
  return row.told_at;
}
