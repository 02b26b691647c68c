import { generateIdentityNumber, seededRandom } from '@vern/domain';
import type { Database } from '../../platform/db/database.js';
import { enqueueForsendelse } from './enqueue-forsendelse.js';
import type { FakeDispatchServices } from './fake-services.js';
import type { NewForsendelse } from './forsendelse.schemas.js';
import { relayOutbox, type RelayCounts, type RelaySettings } from './relay-outbox.js';

/** The parts of the test world (test/support/world.ts) a letter needs; that file is not in src. */
interface World {
  tenantId: string;
  staff: Record<string, { staffUserId: string } | undefined>;
  cases: Record<string, { id: string } | undefined>;
}
const staffId = (w: World, name: string) => w.staff[name]?.staffUserId ?? '';
const caseId = (w: World, key: string) => w.cases[key]?.id ?? null;

/** A tiny PDF (tests only check the magic bytes and the hash). */
export const SAMPLE_PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A synthetic (Skatteetaten +80) fødselsnummer per seed: never a real person's. */
export function testFnr(seed: number): string {
  return generateIdentityNumber(
    '1986-04-12',
    seed % 2 ? 'male' : 'female',
    'fodselsnummer',
    seededRandom(seed),
    {
      synthetic: 'skatteetaten',
    },
  );
}

export const TEST_ADDRESS = {
  adresselinjer: ['Brevveien 1'],
  postnummer: '9990',
  poststed: 'DEMOBY',
  land: null,
};

/** A confidential invitation from sara to a parent in the assigned case, with an address. */
export function testLetter(w: World, over: Partial<NewForsendelse> = {}): NewForsendelse {
  return {
    tenantId: w.tenantId,
    sakId: caseId(w, 'assigned'),
    letterId: null,
    createdBy: staffId(w, 'sara'),
    recipient: {
      kind: 'person',
      fodselsnummer: testFnr(1),
      name: 'Forelder Testesen',
      address: TEST_ADDRESS,
    },
    title: 'Innkalling til samtale',
    notificationText: 'innkalling',
    confidential: true,
    documents: [{ filename: 'innkalling.pdf', mediaType: 'application/pdf', bytes: SAMPLE_PDF }],
    ...over,
  };
}

export function enqueueTest(
  database: Database,
  w: World,
  fakes: FakeDispatchServices,
  over: Partial<NewForsendelse> = {},
): Promise<{ id: string }> {
  return database.withTenant(w.tenantId, (trx) =>
    enqueueForsendelse(trx, testLetter(w, over), { enhetsregisteret: fakes.register }),
  );
}

/** Fast settings: retries at once (1 ms), a long lease. */
export const TEST_RELAY: RelaySettings = {
  maxAttempts: 4,
  backoff: { baseMs: 1, maxMs: 2 },
  leaseMs: 60_000,
  batchSize: 50,
  concurrency: 4,
};

/** Relay rounds until nothing is claimed twice in a row (waiting out the 1 ms backoff between). */
export async function relayUntilIdle(
  database: Database,
  fakes: FakeDispatchServices,
  settings: RelaySettings = TEST_RELAY,
  clock?: () => Date,
): Promise<RelayCounts> {
  const total: RelayCounts = { claimed: 0, sent: 0, found: 0, retried: 0, dead: 0, fallback: 0, lost: 0 };
  let idle = 0;
  for (let round = 0; round < 500 && idle < 2; round++) {
    const c = await relayOutbox({ database, channels: fakes.channels(), clock }, settings);
    for (const k of Object.keys(total) as (keyof RelayCounts)[]) total[k] += c[k];
    idle = c.claimed === 0 ? idle + 1 : 0;
    if (c.claimed === 0) await new Promise((r) => setTimeout(r, 5));
  }
  return total;
}
