import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogCapture } from '../../../test/support/test-app.js';
import type { TestDatabase } from '../../../test/support/test-db.js';
import { caseOf, type World } from '../../../test/support/world.js';
import { type StaffAccess } from '../../platform/access/gateway.js';
import { createLetter } from './create-letter.js';
import { editLetter } from './edit-letter.js';
import { getLetter } from './get-letter.js';
import { sendLetter } from './send-letter.js';
import {
  asStaff,
  letterWorld,
  LOG_CANARIES,
  problem,
  type LetterWorld,
} from '../../../test/support/letters-world.js';

describe('letters: drafts', () => {
  let s: LetterWorld;
  let t: TestDatabase;
  let app: FastifyInstance;
  let logs: LogCapture;
  let w: World;
  let parents: LetterWorld['parents'];
  beforeAll(async () => {
    s = await letterWorld();
    ({ t, app, logs, w, parents } = s);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const as = <T>(who: string, fn: (access: StaffAccess) => Promise<T>): Promise<T> => asStaff(s, who, fn);

  describe('drafts', () => {
    it('checks the recipient, the vedtak and the inputs', async () => {
      const sakId = caseOf(w, 'assigned').id;
      const other = caseOf(w, 'otherUnit').childId;
      const e1 = await problem(
        as('sara', (a) =>
          createLetter(a, sakId, {
            templateId: 'innkalling',
            lang: 'nb',
            recipient: { kind: 'person', personId: other },
          }),
        ),
      );
      expect(e1.details).toEqual([
        { field: 'body.recipient.personId', reason: 'is not the child or a person related to the child' },
      ]);
      const e2 = await problem(
        as('sara', (a) =>
          createLetter(a, sakId, {
            templateId: 'vedtak',
            lang: 'nb',
            recipient: { kind: 'person', personId: parents.assigned },
          }),
        ),
      );
      expect(e2.details).toEqual([{ field: 'body.vedtakId', reason: 'is required for a vedtak letter' }]);
      const e3 = await problem(
        as('sara', (a) =>
          createLetter(a, sakId, {
            templateId: 'vedtak',
            lang: 'nb',
            recipient: { kind: 'person', personId: parents.assigned },
            vedtakId: 'nope',
          }),
        ),
      );
      expect(e3.details).toEqual([{ field: 'body.vedtakId', reason: 'is not a vedtak of this case' }]);

      const { id } = await as('sara', (a) =>
        createLetter(a, sakId, {
          templateId: 'innkalling',
          lang: 'nb',
          recipient: { kind: 'person', personId: parents.assigned },
        }),
      );
      const e4 = await problem(
        as('sara', (a) =>
          editLetter(a, sakId, id, {
            version: 1,
            inputs: {
              'barn.navn': 'Noen andre',
              'mote.dato': '1. desember',
              'mote.klokkeslett': '25:00',
              'mote.sted': 7 as never,
            },
          }),
        ),
      );
      expect(e4.details).toEqual([
        { field: 'body.inputs.barn.navn', reason: 'is not a part of this letter that can be written' },
        { field: 'body.inputs.mote.dato', reason: 'must be a date written YYYY-MM-DD' },
        { field: 'body.inputs.mote.klokkeslett', reason: 'must be a time written HH:MM' },
        { field: 'body.inputs.mote.sted', reason: 'must be text' },
      ]);
      await as('sara', (a) =>
        editLetter(a, sakId, id, {
          version: 1,
          inputs: { 'mote.dato': '2026-12-01', 'mote.klokkeslett': '10:00' },
        }),
      );
      const stale = await problem(
        as('sara', (a) => editLetter(a, sakId, id, { version: 1, inputs: { 'mote.sted': 'Rådhuset' } })),
      );
      expect(stale.status).toBe(409);
      const view = await as('sara', (a) => getLetter(a, sakId, id));
      expect(view.version).toBe(2);
      expect(view.missing).toEqual(['mote.sted']);
      expect(view.preview.blocks.map((b) => b.text)).toContain('Tid: 1. desember 2026 klokken 10:00.');
      expect(view.preview.blocks.map((b) => b.text)).toContain('Sted: [mangler].');
      expect(view.preview.recipientLines).toEqual(['Kari Forelder-assigned', 'Forelderveien 1', '0150 Oslo']);
      expect(view.protectedFieldsRedacted).toBe(false);
      const send = await problem(as('sara', (a) => sendLetter(a, sakId, id, { version: 2 }, null)));
      expect(send.details).toEqual([
        { field: 'inputs.mote.sted', reason: 'must be filled in before the letter is sent' },
      ]);
    });

    it('reply to a reporter: a public reporter is told an undersøkelse was opened, and nothing of the case', async () => {
      const sakId = caseOf(w, 'assigned').id;
      const { id } = await as('sara', (a) =>
        createLetter(a, sakId, {
          templateId: 'svar_til_melder',
          lang: 'nb',
          recipient: { kind: 'organisasjon', organisasjonsnummer: '974760673', navn: 'Lindeberg skole' },
        }),
      );
      await as('sara', (a) => editLetter(a, sakId, id, { version: 1, inputs: { 'melder.offentlig': true } }));
      const view = await as('sara', (a) => getLetter(a, sakId, id));
      const text = view.preview.blocks.map((b) => b.text).join('\n');
      expect(text).toContain('mottok bekymringsmeldingen din 5. januar 2026');
      expect(text).toContain('har startet en undersøkelse');
      expect(text).not.toContain('Barn-assigned');
      expect(view.preview.notification).toBe(
        'Virksomheten har fått post fra barneverntjenesten. Den er merket for rett mottaker.',
      );
      expect(view.inputs.map((i) => i.key)).toEqual(['melder.offentlig']);
    });
  });

  it('writes no personal data to the log', () => {
    for (const canary of LOG_CANARIES) expect(logs.text).not.toContain(canary);
  });
});
