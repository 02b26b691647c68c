/**
 * Presents one PGlite instance as the `pg` pool that Kysely's PostgresDialect expects, so both
 * engines share Kysely's own transaction and savepoint handling.
 *
 * PGlite is a single session. A transaction must not interleave with queries from other callers,
 * so `connect()` hands out the session exclusively: the next caller waits until `release()`.
 */
export class PGlitePool {
    pg;
    #tail = Promise.resolve();
    #ended = false;
    constructor(pg) {
        this.pg = pg;
    }
    async connect() {
        if (this.#ended)
            throw new Error('the embedded database is closed');
        let release;
        const turn = new Promise((resolve) => (release = resolve));
        const previous = this.#tail;
        this.#tail = previous.then(() => turn);
        await previous;
        const pg = this.pg;
        let released = false;
        return {
            async query(sql, parameters) {
                const result = await pg.query(sql, parameters);
                const writes = /^\s*(insert|update|delete|merge)\b/i.test(sql);
                return {
                    command: writes ? 'UPDATE' : 'SELECT',
                    rowCount: result.affectedRows ?? result.rows.length,
                    rows: result.rows,
                };
            },
            release() {
                if (released)
                    return;
                released = true;
                release();
            },
        };
    }
    async end() {
        this.#ended = true;
        await this.#tail;
        await this.pg.close();
    }
}
//# sourceMappingURL=pglite-pool.js.map