import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** Where a store call runs: the gateway's tenant transaction, for stores that live in the database. */
export interface StoreContext {
  trx: Transaction<DB>;
  tenantId: string;
}

/**
 * The bytes of documents, by key. The metadata (with the SHA-256 the bytes are checked against on
 * every read) stays in the `document` table whatever the store.
 *
 * An S3-compatible store implements the same three calls with PutObject, GetObject and
 * DeleteObject under a per-tenant prefix (the key is already unique per tenant). It works outside
 * the database transaction, so a put whose transaction then fails leaves an object no document
 * row refers to: such a store needs a sweep of unreferenced keys older than an hour.
 */
export interface DocumentStore {
  put(ctx: StoreContext, key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or undefined when there are none. */
  get(ctx: StoreContext, key: string): Promise<Buffer | undefined>;
  /**
   * Removes bytes that no document refers to (an upload refused after it was stored). The
   * database refuses to delete the bytes of a document (trigger document_content_kept).
   */
  delete(ctx: StoreContext, key: string): Promise<void>;
}

/** The default store: bytes in `document_content`, in the same transaction as the metadata. */
export const databaseDocumentStore: DocumentStore = {
  async put({ trx, tenantId }, key, bytes) {
    await trx
      .insertInto('document_content')
      .values({ tenant_id: tenantId, storage_key: key, content: bytes })
      .execute();
  },
  async get({ trx }, key) {
    const row = await trx
      .selectFrom('document_content')
      .select('content')
      .where('storage_key', '=', key)
      .executeTakeFirst();
    // pg gives a Buffer, PGlite a Uint8Array: the same bytes either way.
    return row ? Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength) : undefined;
  },
  async delete({ trx }, key) {
    await trx.deleteFrom('document_content').where('storage_key', '=', key).execute();
  },
};
