import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** Distinct statements one connection keeps prepared; beyond it, queries are planned each time. */
export const PREPARED_PER_CONNECTION = 300;

/**
 * Kysely's PostgreSQL dialect sends every query as an unnamed statement, so PostgreSQL plans it
 * again on every execution. Vern's queries are few and fixed in shape (the SQL text is the same,
 * only the parameters change), and their planning costs more than running them: "my work" plans
 * in about 2 ms and runs in 0.5 ms. This pool gives each parameterised query a name derived from
 * its text, so pg prepares it once per connection and PostgreSQL reuses the plan (after five
 * custom plans it keeps a generic one when that is no worse). Measured on the worklist bench's
 * raw query: 3.6 ms → 1.2 ms one at a time, 500 → 1 100 queries/s from 50 clients.
 *
 * The number of statements a connection prepares is bounded (a query whose text varies, such as an
 * IN list of varying length, would otherwise prepare one statement per length, for ever); past the
 * bound the query is sent unnamed as before. Queries without parameters (BEGIN, COMMIT, SET) are
 * left alone. Schema changes happen only in migrations, before the pool opens.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const prepared = new WeakMap<pg.PoolClient, Set<string>>();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let names = prepared.get(client);
      if (!names) {
        names = new Set();
        prepared.set(client, names);
      }
      const known = names;
      const query = (text: unknown, values?: readonly unknown[]) => {
        if (typeof text !== 'string') return client.query(text as never); // a cursor: as it is
        if (values && values.length > 0 && (known.has(text) || known.size < PREPARED_PER_CONNECTION)) {
          known.add(text);
          const name = `vern_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
          return client.query({ name, text, values: [...values] });
        }
        return client.query(text, values ? [...values] : undefined);
      };
      // Kysely's client type overloads query() for strings and cursors; this one function serves both.
      const wrapped = { query, release: (destroy?: boolean) => client.release(destroy) };
      return wrapped as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
