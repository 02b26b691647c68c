import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogCapture } from '../../../test/support/test-app.js';
import type { TestDatabase } from '../../../test/support/test-db.js';
import {
  actor,
  buildWorld,
  CANARY_PLACE,
  CANARY_STREET,
  caseOf,
  type World,
} from '../../../test/support/world.js';
import { withStaffAccess, type StaffAccess } from '../../platform/access/gateway.js';
import { createLetter } from './create-letter.js';
import { editLetter } from './edit-letter.js';
import { getLetter } from './get-letter.js';
import { getLetterPdf } from './get-letter-pdf.js';
import { giveLetterCase, VEDTAK_ID } from './test-letters.js';
import {
  asStaff,
  CANARIES,
  flat,
  letterWorld,
  LOG_CANARIES,
  problem,
  VEDTAK_INPUTS,
  vedtakLetter as makeVedtakLetter,
  type LetterWorld,
} from '../../../test/support/letters-world.js';

describe('letters: a child with a protected address', () => {
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

  it('writes no personal data to the log', () => {
    for (const canary of LOG_CANARIES) expect(logs.text).not.toContain(canary);
  });
});
