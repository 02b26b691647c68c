import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import type { LogCapture } from '../../../test/support/test-app.js';
import type { TestDatabase } from '../../../test/support/test-db.js';
import { actor, caseOf, type World } from '../../../test/support/world.js';
import { withStaffAccess, type StaffAccess } from '../../platform/access/gateway.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import { enqueueForsendelse } from '../forsendelse/enqueue-forsendelse.js';
import {
  FAKE_ORGANISATIONS,
  FakeEnhetsregisteret,
} from '../forsendelse/enhetsregisteret/enhetsregisteret-fake.js';
import { createLetter } from './create-letter.js';
import { editLetter } from './edit-letter.js';
import { getLetter } from './get-letter.js';
import { getLetterPdf } from './get-letter-pdf.js';
import { sendLetter, type OutgoingLetter } from './send-letter.js';
import {
  asStaff,
  flat,
  letterWorld,
  LOG_CANARIES,
  problem,
  vedtakLetter as makeVedtakLetter,
  type LetterWorld,
} from '../../../test/support/letters-world.js';

describe('letters: sending', () => {
  let s: LetterWorld;
  let t: TestDatabase;
  let app: FastifyInstance;
  let logs: LogCapture;
  let w: World;
  beforeAll(async () => {
    s = await letterWorld();
    ({ t, app, logs, w } = s);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const as = <T>(who: string, fn: (access: StaffAccess) => Promise<T>): Promise<T> => asStaff(s, who, fn);
  const vedtakLetter = (who: string, key: 'protected' | 'assigned') => makeVedtakLetter(s, who, key);

  describe('sending', () => {
    it('stores the final PDF/A with its checksum and hands it to the dispatch in the same transaction', async () => {
      const { sakId, id } = await vedtakLetter('sara', 'assigned');
      const sent: OutgoingLetter[] = [];
      // a dispatch that fails: nothing is sent and the letter stays a draft
      const failing = await problem(
        as('sara', (a) =>
          sendLetter(a, sakId, id, { version: 2 }, async () => {
            throw new AppError(ErrorCode.Unavailable, 'the outbox is down');
          }),
        ),
      );
      expect(failing.status).toBe(503);
      expect((await as('sara', (a) => getLetter(a, sakId, id))).status).toBe('draft');

      const result = await as('sara', (a) =>
        sendLetter(a, sakId, id, { version: 2 }, async (trx, letter) => {
          // the letter is already marked sent in the transaction the dispatch writes in
          const row = await trx
            .selectFrom('letter')
            .select('status')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          expect(row.status).toBe('sent');
          sent.push(letter);
        }),
      );
      expect(sent).toHaveLength(1);
      const out = sent[0];
      if (!out) throw new Error('nothing dispatched');
      expect(out).toMatchObject({
        sakId,
        letterId: id,
        title: expect.stringMatching(/^Vedtak fra Testtjeneste \d+$/),
        notificationText: 'Du har fått et vedtak fra barneverntjenesten. Logg inn for å lese det.',
        confidential: true,
        recipient: {
          kind: 'person',
          name: 'Kari Forelder-assigned',
          address: { adresselinjer: ['Forelderveien 1'], postnummer: '0150', poststed: 'Oslo', land: null },
        },
      });
      expect(out.recipient.kind === 'person' && /^\d{11}$/.test(out.recipient.fodselsnummer)).toBe(true);
      const bytes = Buffer.from(out.documents[0]?.bytes ?? []);
      expect(out.documents[0]?.filename).toMatch(/^vedtak-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(result.pdfSha256);

      // what is served afterwards is the stored file, byte for byte
      const res = await app.inject({
        method: 'GET',
        url: `/api/cases/${sakId}/letters/${id}/pdf`,
        headers: await sessionHeaders(t, w, 'sara'),
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(result.pdfSha256);

      // PDF/A-2b: identification in the XMP metadata, an output intent, embedded fonts, no encryption
      const latin = bytes.toString('latin1');
      expect(latin.startsWith('%PDF-1.7')).toBe(true);
      expect(latin).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(latin).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      expect(latin).toContain('/OutputIntents');
      expect(latin).toContain('/GTS_PDFA1');
      expect(latin).toMatch(/\/FontFile2 \d+ 0 R/);
      expect(latin).not.toContain('/Encrypt');
      const text = flat(bytes);
      for (const part of [
        'Testtjeneste',
        'Vår referanse:',
        'Unntatt offentlighet',
        'Kari Forelder-assigned',
        'Du har rett til å klage',
        'Med hilsen',
        'Sara Testesen',
        'Familien trenger avlastning.',
      ]) {
        expect(text).toContain(part);
      }

      const view = await as('sara', (a) => getLetter(a, sakId, id));
      expect(view.status).toBe('sent');
      expect(view.pdfSha256).toBe(result.pdfSha256);
      expect(
        (await problem(as('sara', (a) => editLetter(a, sakId, id, { version: 3, inputs: {} })))).status,
      ).toBe(409);
      expect((await problem(as('sara', (a) => sendLetter(a, sakId, id, { version: 3 }, null)))).status).toBe(
        409,
      );
      // the database keeps a sent letter as it was, whatever the app role tries
      await expect(
        t.database.withTenant(w.tenantId, (trx) =>
          trx.updateTable('letter').set({ inputs: '{}' }).where('id', '=', id).execute(),
        ),
      ).rejects.toThrow(/kept as it was sent/);
      await expect(
        t.database.withTenant(w.tenantId, (trx) => trx.deleteFrom('letter').where('id', '=', id).execute()),
      ).rejects.toThrow(/permission denied/);
    });

    it('through the dispatch: the forsendelse, its PDF and the outbox row are written with the letter', async () => {
      const { sakId, id } = await vedtakLetter('sara', 'assigned');
      const result = await as('sara', (a) =>
        sendLetter(a, sakId, id, { version: 2 }, (trx, letter) => enqueueForsendelse(trx, letter)),
      );
      const rows = await t.database.withTenant(w.tenantId, (trx) =>
        trx
          .selectFrom('forsendelse')
          .innerJoin('forsendelse_document as d', 'd.forsendelse_id', 'forsendelse.id')
          .innerJoin('forsendelse_outbox as o', 'o.forsendelse_id', 'forsendelse.id')
          .select([
            'forsendelse.notification_text',
            'forsendelse.confidential',
            'forsendelse.sak_id',
            'd.sha256',
            'o.channel',
          ])
          .where('forsendelse.letter_id', '=', id)
          .execute(),
      );
      expect(rows).toEqual([
        {
          notification_text: 'Du har fått et vedtak fra barneverntjenesten. Logg inn for å lese det.',
          confidential: true,
          sak_id: sakId,
          sha256: result.pdfSha256,
          channel: 'digital',
        },
      ]);
    });

    it('an organisation the register refuses (bankrupt) is refused with the reason, and the letter stays a draft', async () => {
      const sakId = caseOf(w, 'assigned').id;
      const { id } = await as('sara', (a) =>
        createLetter(a, sakId, {
          templateId: 'svar_til_melder',
          lang: 'nn',
          recipient: {
            kind: 'organisasjon',
            organisasjonsnummer: FAKE_ORGANISATIONS.bankrupt,
            navn: 'Konkurs AS',
          },
        }),
      );
      const view = await as('sara', (a) => getLetter(a, sakId, id));
      // the dispatch sends the fixed notice in bokmål whatever the letter's language: the preview says so
      expect(view.preview.notification).toBe(
        'Virksomheten har fått post fra barneverntjenesten. Den er merket for rett mottaker.',
      );
      const register = new FakeEnhetsregisteret();
      const e = await problem(
        as('sara', (a) =>
          sendLetter(a, sakId, id, { version: 1 }, (trx, letter) =>
            enqueueForsendelse(trx, letter, { enhetsregisteret: register }),
          ),
        ),
      );
      expect(e.status).toBe(400);
      expect(e.details[0]?.field).toBe('forsendelse.recipient.organisasjonsnummer');
      expect(register.calls).toBe(1);
      expect((await as('sara', (a) => getLetter(a, sakId, id))).status).toBe('draft');
    });

    it('refuses a stale version and a person without a fødselsnummer', async () => {
      const sakId = caseOf(w, 'assigned').id;
      const childId = caseOf(w, 'assigned').childId;
      const { id } = await as('sara', (a) =>
        createLetter(a, sakId, {
          templateId: 'svar_til_melder',
          lang: 'nb',
          recipient: { kind: 'person', personId: childId },
        }),
      );
      expect((await problem(as('sara', (a) => sendLetter(a, sakId, id, { version: 7 }, null)))).status).toBe(
        409,
      );
      const e = await problem(as('sara', (a) => sendLetter(a, sakId, id, { version: 1 }, null)));
      expect(e.details[0]?.field).toBe('recipient');
    });

    it('the same letter gives the same PDF bytes', async () => {
      const { sakId, id } = await vedtakLetter('sara', 'assigned');
      const now = new Date('2026-11-25T10:00:00Z');
      const once = await withStaffAccess(t.database, actor(w, 'sara'), { now }, (a) =>
        getLetterPdf(a, sakId, id),
      );
      const again = await withStaffAccess(t.database, actor(w, 'sara'), { now }, (a) =>
        getLetterPdf(a, sakId, id),
      );
      expect(once.bytes.equals(again.bytes)).toBe(true);
    });
  });

  it('writes no personal data to the log', () => {
    for (const canary of LOG_CANARIES) expect(logs.text).not.toContain(canary);
  });
});
