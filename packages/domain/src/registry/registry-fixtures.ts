/**
 * A case with every element and attribute the registry file has, for the writer's tests (not
 * exported from the package). It need not be a case the state machine would build: it is there to
 * put every branch of the XSD through the writer. Ids are short strings on purpose, so the
 * UUID mapping is exercised; two are UUIDs already, which must pass through unchanged.
 */
import { CaseHistory } from '../case/history.js';
import type { BarnevernDocument } from './barnevern-xml.js';

const hjemmel = (kapittel: string, paragraf: string, ledd: string[] = []) => ({
  lov: 'BVL2021' as const,
  kapittel,
  paragraf,
  ledd,
  bokstav: ['a'],
  punktum: ['1'],
});

export const PERSON_ID = '3f0c6a1e-8b2d-4c5e-9f7a-1b2c3d4e5f60';
export const MELDING_UUID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

export function fullCase(): CaseHistory {
  return CaseHistory.parse({
    sak: {
      id: 'sak-full',
      migrertId: 'K-17',
      journalnummer: '2026/42',
      startDato: '2026-01-05',
      sluttDato: '2026-06-20',
    },
    personalia: [
      {
        id: PERSON_ID,
        startDato: '2026-01-05',
        fodselsnummer: '15062098748',
        fodseldato: '2020-06-15',
        kjonn: '1',
        dufNummer: '123456789012',
      },
    ],
    meldinger: [
      {
        id: MELDING_UUID,
        migrertId: 'M-1',
        startDato: '2026-01-05',
        melder: [{ kode: '11' }, { kode: '22', presisering: 'Fritidsklubb & «venner» <ute>' }],
        saksinnhold: [{ kode: '1.1.01' }],
        konklusjon: { sluttDato: '2026-01-10', kode: '2' },
      },
    ],
    undersokelser: [
      {
        id: 'u1',
        startDato: '2026-01-10',
        vedtaksgrunnlag: [{ kode: '1.1.01' }],
        barnetsMedvirkning: { startDato: '2026-02-01', medvirkningType: '1.1' },
        utvidetFrist: { startDato: '2026-03-01', innvilget: '1' },
        konklusjon: { sluttDato: '2026-03-20', kode: '1' },
      },
    ],
    planer: [
      {
        id: 'p1',
        startDato: '2026-03-25',
        plantype: '1',
        evaluering: [{ utfortDato: '2026-05-01' }],
        konklusjon: { sluttDato: '2026-06-20' },
      },
    ],
    tiltak: [
      {
        id: 't1',
        startDato: '2026-03-25',
        lovhjemmel: hjemmel('3', '1', ['2']),
        jmfrLovhjemmel: [hjemmel('3', '2')],
        kategori: { kode: '2.1' },
        tiltaksgrunnlag: [{ kode: '1.1.01' }],
        tilsyn: {
          ansvarlig: [{ id: 'ta1', startDato: '2026-03-25', kommunenummer: '9999' }],
          hyppighet: [{ id: 'th1', startDato: '2026-03-25', kode: '4' }],
          utfort: [{ id: 'tu1', utfortDato: '2026-04-15' }],
        },
        oppfolging: {
          hyppighet: [{ id: 'oh1', startDato: '2026-03-25', kode: '4' }],
          utfort: [{ id: 'ou1', utfortDato: '2026-04-20' }],
        },
        opphevelse: { kode: '4', presisering: 'Flyttet\tmed\nfamilien' },
        konklusjon: { sluttDato: '2026-06-20' },
      },
    ],
    vedtak: [
      {
        id: 'v1',
        startDato: '2026-03-22',
        lovhjemmel: hjemmel('3', '1'),
        jmfrLovhjemmel: [],
        krav: [{ id: 'k1', startDato: '2026-04-01', konklusjon: { sluttDato: '2026-04-10', kode: '1' } }],
        status: [
          { id: 's1', endretDato: '2026-03-22', kode: '1' },
          { id: 's2', endretDato: '2026-06-20', kode: '4' },
        ],
        konklusjon: { sluttDato: '2026-06-20' },
      },
    ],
    ettervern: [
      { id: 'e1', tilbudSendtDato: '2026-05-01', konklusjon: { sluttDato: '2026-05-20', kode: '1' } },
    ],
    oversendelserFylkesnemnd: [
      {
        id: 'o1',
        startDato: '2026-03-15',
        lovhjemmel: hjemmel('5', '1'),
        jmfrLovhjemmel: [hjemmel('5', '2')],
      },
    ],
    flyttinger: [
      {
        id: 'f1',
        sluttDato: '2026-04-02',
        arsakFra: { kode: '1.1.5', presisering: 'Annen grunn' },
        flyttingTil: { kode: '8', presisering: 'Hos besteforeldre' },
      },
    ],
    relasjoner: [
      { id: 'r1', fraId: MELDING_UUID, fraType: 'Melding', tilId: 'u1', tilType: 'Undersokelse' },
      { id: 'r2', fraId: 'v1', fraType: 'Vedtak', tilId: 't1', tilType: 'Tiltak' },
    ],
  });
}

export function fullDocument(overrides: Partial<BarnevernDocument> = {}): BarnevernDocument {
  return {
    id: '0e3b1f52-7c1a-4d2e-8f3a-9b4c5d6e7f80',
    datoUttrekk: new Date('2026-06-30T08:15:00.250Z'),
    fagsystem: { leverandor: 'Vern-prosjektet', navn: 'Vern', versjon: '0.1.0' },
    avgiver: {
      organisasjonsnummer: '999999999',
      kommunenummer: '0301',
      kommunenavn: 'Oslo',
      bydelsnummer: '01',
      bydelsnavn: 'Gamle Oslo',
    },
    history: fullCase(),
    ...overrides,
  };
}
