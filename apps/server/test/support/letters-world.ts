import type { FastifyInstance } from 'fastify';
import { buildTestApp, type LogCapture } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';
import { actor, buildWorld, CANARY_PLACE, CANARY_STREET, caseOf, type World } from './world.js';
import { withStaffAccess, type StaffAccess } from '../../src/platform/access/gateway.js';
import { AppError } from '../../src/platform/errors.js';
import { createLetter } from '../../src/modules/letters/create-letter.js';
import { editLetter } from '../../src/modules/letters/edit-letter.js';
import { giveLetterCase, VEDTAK_ID } from '../../src/modules/letters/test-letters.js';
import { pdfText } from '../../src/modules/letters/test-pdf-text.js';

// What the letters' integration tests share: a world with a protected and an ordinary case, each
// with a parent to write to, and the helpers that make a vedtak letter and read its PDF.

export const CANARIES = [CANARY_STREET, CANARY_PLACE, 'Kanarifugl', 'Hemmelighamn', '9999'];
/** Canaries that no log line may carry, whatever the letters tests did. */
export const LOG_CANARIES = [...CANARIES, 'Forelderveien', 'Barn-protected', 'besøkshjem'];
export const VEDTAK_INPUTS = {
  'fritekst.vedtaket': 'Barnet får tilbud om besøkshjem hver tredje helg.',
  'fritekst.begrunnelse': 'Familien trenger avlastning.\n\nTiltaket er frivillig.',
};

/** The PDF's text with every run of white space as one space: a search cannot miss a phrase broken over lines. */
export const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

export async function problem(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

export interface LetterWorld {
  t: TestDatabase;
  app: FastifyInstance;
  logs: LogCapture;
  w: World;
  parents: { protected: string; assigned: string };
}

export async function letterWorld(): Promise<LetterWorld> {
  const t = await createTestDatabase();
  const w = await buildWorld(t.database);
  const { app, logs } = await buildTestApp(t);
  const parents = {
    protected: (await giveLetterCase(t.database, w, 'protected', 1)).parentId,
    assigned: (await giveLetterCase(t.database, w, 'assigned', 2)).parentId,
  };
  return { t, app, logs, w, parents };
}

export const asStaff = <T>(
  s: LetterWorld,
  who: string,
  fn: (access: StaffAccess) => Promise<T>,
): Promise<T> => withStaffAccess(s.t.database, actor(s.w, who), {}, fn);

/** A vedtak letter from `who` to the parent in the case `key`, its free text filled in. */
export async function vedtakLetter(s: LetterWorld, who: string, key: 'protected' | 'assigned') {
  const sakId = caseOf(s.w, key).id;
  const { id } = await asStaff(s, who, (a) =>
    createLetter(a, sakId, {
      templateId: 'vedtak',
      lang: 'nb',
      recipient: { kind: 'person', personId: s.parents[key] },
      vedtakId: VEDTAK_ID,
    }),
  );
  await asStaff(s, who, (a) => editLetter(a, sakId, id, { version: 1, inputs: VEDTAK_INPUTS }));
  return { sakId, id };
}
