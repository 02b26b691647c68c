import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/support/access-suite.js';
import { buildTestApp, type LogCapture } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import {
  actor,
  buildWorld,
  CANARY_PLACE,
  CANARY_STREET,
  caseOf,
  type World,
} from '../../../test/support/world.js';
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
import { giveLetterCase, VEDTAK_ID } from './test-letters.js';
import { pdfText } from './test-pdf-text.js';

const CANARIES = [CANARY_STREET, CANARY_PLACE, 'Kanarifugl', 'Hemmelighamn', '9999'];
const VEDTAK_INPUTS = {
  'fritekst.vedtaket': 'Barnet får tilbud om besøkshjem hver tredje helg.',
  'fritekst.begrunnelse': 'Familien trenger avlastning.\n\nTiltaket er frivillig.',
};

/** The PDF's text with every run of white space as one space: a search cannot miss a phrase broken over lines. */
const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

async function problem(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('letters', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let logs: LogCapture;
  let w: World;
  let parents: { protected: string; assigned: string };
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app, logs } = await buildTestApp(t));
    parents = {
      protected: (await giveLetterCase(t.database, w, 'protected', 1)).parentId,
      assigned: (await giveLetterCase(t.database, w, 'assigned', 2)).parentId,
    };
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const as = <T>(who: string, fn: (access: StaffAccess) => Promise<T>): Promise<T> =>
    withStaffAccess(t.database, actor(w, who), {}, fn);

  async function vedtakLetter(who: string, key: 'protected' | 'assigned') {
    const sakId = caseOf(w, key).id;
    const { id } = await as(who, (a) =>
      createLetter(a, sakId, {
        templateId: 'vedtak',
        lang: 'nb',
        recipient: { kind: 'person', personId: parents[key] },
        vedtakId: VEDTAK_ID,
      }),
    );
    await as(who, (a) => editLetter(a, sakId, id, { version: 1, inputs: VEDTAK_INPUTS }));
    return { sakId, id };
  }

  describe('a letter to a parent about a child with a strengt fortrolig address (C1, C2)', () => {
    // berit may read the address herself (address.read.protected): the letter must still not carry it
    for (const who of ['sara', 'berit']) {
      it(`written by ${who}: no address in the preview, the notification, the PDF text or the stored row`, async () => {
        const { sakId, id } = await vedtakLetter(who, 'protected');
        const view = await as(who, (a) => getLetter(a, sakId, id));
        expect(view.protectedFieldsRedacted).toBe(true);
        expect(view.missing).toEqual([]);
        const previewJson = JSON.stringify(view.preview);
        expect(view.preview.blocks.map((b) => b.text)).toContain(
          'Vedtaket gjelder Barn-protected Testesen, født 4. mars 2015. Barnets adresse: ikke oppgitt. Foreldre med foreldreansvar: Kari Forelder-protected.',
        );
        const pdf = await as(who, (a) => getLetterPdf(a, sakId, id));
        const text = flat(pdf.bytes);
        // the extraction works: the letter's own words are found …
        expect(text).toContain('Barn-protected Testesen');
        expect(text).toContain('Barnets adresse: ikke oppgitt.');
        expect(text).toContain('barnevernsloven § 3-1 første ledd');
        expect(text).toContain('Forelderveien 1');
        // … and the canaries are not
        const row = await t.database.withTenant(w.tenantId, (trx) =>
          sql<{ j: string }>`SELECT row_to_json(letter)::text AS j FROM letter WHERE id = ${id}`.execute(trx),
        );
        for (const canary of CANARIES) {
          expect(previewJson).not.toContain(canary);
          expect(view.preview.notification).not.toContain(canary);
          expect(text).not.toContain(canary);
          expect(row.rows[0]?.j).not.toContain(canary);
        }
        expect(view.preview.notification).toBe(
          'Du har fått et vedtak fra barneverntjenesten. Logg inn for å lese det.',
        );
        expect(view.preview.notification).not.toContain('Barn-protected');
      });
    }

    it('refuses free text that names the address, naming the field', async () => {
      const { sakId, id } = await vedtakLetter('berit', 'protected');
      const e = await problem(
        as('berit', (a) =>
          editLetter(a, sakId, id, {
            version: 2,
            inputs: { 'fritekst.begrunnelse': `Barnet bor nå i ${CANARY_STREET.toUpperCase()}.` },
          }),
        ),
      );
      expect(e.status).toBe(400);
      expect(e.details).toEqual([
        {
          field: 'body.inputs.fritekst.begrunnelse',
          reason:
            "contains the child's protected address or whereabouts, which this recipient may not be told",
        },
      ]);
    });

    it('shows a protected input (school) as the neutral text, and the same letter without protection shows it', async () => {
      const make = async (key: 'protected' | 'assigned') => {
        const sakId = caseOf(w, key).id;
        const { id } = await as('berit', (a) =>
          createLetter(a, sakId, {
            templateId: 'anmodning_opplysninger',
            lang: 'nn',
            recipient: { kind: 'organisasjon', organisasjonsnummer: '974760673', navn: 'Nordby skule' },
          }),
        );
        await as('berit', (a) =>
          editLetter(a, sakId, id, {
            version: 1,
            inputs: {
              'barn.skole': 'Lindeberg skule',
              'fritekst.opplysninger': 'Fråvær.',
              'svar.frist': '2026-12-10',
            },
          }),
        );
        return flat((await as('berit', (a) => getLetterPdf(a, sakId, id))).bytes);
      };
      const hidden = await make('protected');
      expect(hidden).toContain('Skule eller barnehage: ikkje oppgitt.');
      expect(hidden).not.toContain('Lindeberg');
      const open = await make('assigned');
      expect(open).toContain('Skule eller barnehage: Lindeberg skule.');
      expect(open).toContain('Synlighamn');
    });
  });

  it('a fortrolig (not strengt) child: staff may read the address, the letter still does not carry it', async () => {
    const w2 = await buildWorld(t.database);
    const { childId, id: sakId } = caseOf(w2, 'assigned');
    await t.database.withTenant(w2.tenantId, async (trx) => {
      await trx
        .updateTable('person')
        .set({ address_protection: 'fortrolig' })
        .where('id', '=', childId)
        .execute();
      await trx
        .updateTable('person_address')
        .set({ street: CANARY_STREET, postal_place: CANARY_PLACE })
        .where('person_id', '=', childId)
        .execute();
    });
    const { parentId } = await giveLetterCase(t.database, w2, 'assigned', 3);
    const sara = actor(w2, 'sara');
    const { id } = await withStaffAccess(t.database, sara, {}, (a) =>
      createLetter(a, sakId, {
        templateId: 'vedtak',
        lang: 'nb',
        recipient: { kind: 'person', personId: parentId },
        vedtakId: VEDTAK_ID,
      }),
    );
    await withStaffAccess(t.database, sara, {}, (a) =>
      editLetter(a, sakId, id, { version: 1, inputs: VEDTAK_INPUTS }),
    );
    const text = flat((await withStaffAccess(t.database, sara, {}, (a) => getLetterPdf(a, sakId, id))).bytes);
    expect(text).toContain('Barnets adresse: ikke oppgitt.');
    for (const canary of CANARIES) expect(text).not.toContain(canary);
    const e = await problem(
      withStaffAccess(t.database, sara, {}, (a) =>
        editLetter(a, sakId, id, {
          version: 2,
          inputs: { 'fritekst.vedtaket': `Flytter til ${CANARY_STREET}` },
        }),
      ),
    );
    expect(e.details[0]?.field).toBe('body.inputs.fritekst.vedtaket');
  });

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
    for (const canary of [...CANARIES, 'Forelderveien', 'Barn-protected', 'besøkshjem']) {
      expect(logs.text).not.toContain(canary);
    }
  });
});
