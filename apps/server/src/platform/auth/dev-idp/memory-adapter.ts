import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * Storage for the development IdP: one in-memory map per IdP instance, so that two servers in one
 * test process never share codes or sessions. Nothing survives a restart, which is what a
 * development IdP wants (and the RP's own sessions live in the database, not here).
 */
export function createMemoryAdapter(clock: () => number = Date.now): AdapterFactory {
  const store = new Map<string, Entry>();
  const uids = new Map<string, string>();
  const grants = new Map<string, Set<string>>();

  const live = (key: string): AdapterPayload | undefined => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= clock()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const expiresAt =
          typeof expiresIn === 'number' ? clock() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
        store.set(key(id), { payload, expiresAt });
        if (payload.uid) uids.set(`${model}:${payload.uid}`, id);
        if (payload.grantId) {
          const members = grants.get(payload.grantId) ?? new Set<string>();
          members.add(key(id));
          grants.set(payload.grantId, members);
        }
      },
      async find(id) {
        return live(key(id));
      },
      async findByUid(uid) {
        const id = uids.get(`${model}:${uid}`);
        return id === undefined ? undefined : live(key(id));
      },
      async findByUserCode() {
        return undefined; // no device flow
      },
      async consume(id) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(clock() / 1000);
      },
      async destroy(id) {
        store.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const member of grants.get(grantId) ?? []) store.delete(member);
        grants.delete(grantId);
      },
    };
  };
}
