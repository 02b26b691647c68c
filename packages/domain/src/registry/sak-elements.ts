/**
 * The children of `Sak` as Barnevern_v4.xsd writes them: element and attribute names, their order
 * (the XSD's `xs:sequence`), and which attributes are elements of their own (Lovhjemmel and
 * BarnetsMedvirkning carry text content). Every `Id` goes through {@link registryId}.
 */
import type { Lovhjemmel } from '../codes/lovhjemmel.js';
import type {
  Ettervern,
  Flytting,
  Melding,
  OversendelseFylkesnemnd,
  Personalia,
  Plan,
  Relasjon,
  Saksinnhold,
  Tiltak,
  Undersokelse,
  Vedtak,
} from '../case/model.js';
import { element, textElement } from './xml.js';

/** Maps an element id of the case to its `Id` in the file. */
export type IdOf = (id: string) => string;

const coded = (name: string, c: { kode: string; presisering?: string | undefined }) =>
  element(name, [
    ['Kode', c.kode],
    ['Presisering', c.presisering],
  ]);

const saksinnhold = (name: string, list: readonly Saksinnhold[]) => list.map((s) => coded(name, s));

function lovhjemmel(name: string, l: Lovhjemmel): string {
  return element(
    name,
    [],
    [
      textElement('Lov', l.lov),
      textElement('Kapittel', l.kapittel),
      textElement('Paragraf', l.paragraf),
      ...l.ledd.map((v) => textElement('Ledd', v)),
      ...l.bokstav.map((v) => textElement('Bokstav', v)),
      ...l.punktum.map((v) => textElement('Punktum', v)),
    ],
  );
}

const hjemler = (main: Lovhjemmel, jmfr: readonly Lovhjemmel[]) => [
  lovhjemmel('Lovhjemmel', main),
  ...jmfr.map((j) => lovhjemmel('JmfrLovhjemmel', j)),
];

const sluttDato = (name: string, k: { sluttDato: string } | undefined) =>
  k ? [element(name, [['SluttDato', k.sluttDato]])] : [];

export function personaliaXml(p: Personalia, idOf: IdOf): string {
  return element('Personalia', [
    ['Id', idOf(p.id)],
    ['StartDato', p.startDato],
    ['Fodselsnummer', p.fodselsnummer],
    ['Fodseldato', p.fodseldato],
    ['Kjonn', p.kjonn],
    ['DUFnummer', p.dufNummer],
  ]);
}

export function meldingXml(m: Melding, idOf: IdOf): string {
  const k = m.konklusjon;
  return element(
    'Melding',
    [
      ['Id', idOf(m.id)],
      ['MigrertId', m.migrertId],
      ['StartDato', m.startDato],
    ],
    [
      ...m.melder.map((x) => coded('Melder', x)),
      ...saksinnhold('Saksinnhold', m.saksinnhold),
      ...(k
        ? [
            element('Konklusjon', [
              ['SluttDato', k.sluttDato],
              ['Kode', k.kode],
            ]),
          ]
        : []),
    ],
  );
}

export function undersokelseXml(u: Undersokelse, idOf: IdOf): string {
  const b = u.barnetsMedvirkning;
  const f = u.utvidetFrist;
  const k = u.konklusjon;
  return element(
    'Undersokelse',
    [
      ['Id', idOf(u.id)],
      ['MigrertId', u.migrertId],
      ['StartDato', u.startDato],
    ],
    [
      ...saksinnhold('Vedtaksgrunnlag', u.vedtaksgrunnlag),
      ...(b
        ? [
            element(
              'BarnetsMedvirkning',
              [],
              [textElement('StartDato', b.startDato), textElement('MedvirkningType', b.medvirkningType)],
            ),
          ]
        : []),
      ...(f
        ? [
            element('UtvidetFrist', [
              ['StartDato', f.startDato],
              ['Innvilget', f.innvilget],
            ]),
          ]
        : []),
      ...(k
        ? [
            element('Konklusjon', [
              ['SluttDato', k.sluttDato],
              ['Kode', k.kode],
              ['Presisering', k.presisering],
            ]),
          ]
        : []),
    ],
  );
}

export function planXml(p: Plan, idOf: IdOf): string {
  return element(
    'Plan',
    [
      ['Id', idOf(p.id)],
      ['MigrertId', p.migrertId],
      ['StartDato', p.startDato],
      ['Plantype', p.plantype],
    ],
    [
      ...p.evaluering.map((e) => element('Evaluering', [['UtfortDato', e.utfortDato]])),
      ...sluttDato('Konklusjon', p.konklusjon),
    ],
  );
}

const hyppighet = (h: { id: string; startDato: string; kode: string }, idOf: IdOf) =>
  element('Hyppighet', [
    ['Id', idOf(h.id)],
    ['StartDato', h.startDato],
    ['Kode', h.kode],
  ]);

const utfort = (u: { id: string; utfortDato: string }, idOf: IdOf) =>
  element('Utfort', [
    ['Id', idOf(u.id)],
    ['UtfortDato', u.utfortDato],
  ]);

export function tiltakXml(t: Tiltak, idOf: IdOf): string {
  const tilsyn = t.tilsyn;
  const oppfolging = t.oppfolging;
  return element(
    'Tiltak',
    [
      ['Id', idOf(t.id)],
      ['MigrertId', t.migrertId],
      ['StartDato', t.startDato],
    ],
    [
      ...hjemler(t.lovhjemmel, t.jmfrLovhjemmel),
      coded('Kategori', t.kategori),
      ...saksinnhold('Tiltaksgrunnlag', t.tiltaksgrunnlag),
      ...(tilsyn
        ? [
            element(
              'Tilsyn',
              [],
              [
                ...tilsyn.ansvarlig.map((a) =>
                  element('Ansvarlig', [
                    ['Id', idOf(a.id)],
                    ['StartDato', a.startDato],
                    ['Kommunenummer', a.kommunenummer],
                  ]),
                ),
                ...tilsyn.hyppighet.map((h) => hyppighet(h, idOf)),
                ...tilsyn.utfort.map((u) => utfort(u, idOf)),
              ],
            ),
          ]
        : []),
      ...(oppfolging
        ? [
            element(
              'Oppfolging',
              [],
              [
                ...oppfolging.hyppighet.map((h) => hyppighet(h, idOf)),
                ...oppfolging.utfort.map((u) => utfort(u, idOf)),
              ],
            ),
          ]
        : []),
      ...(t.opphevelse ? [coded('Opphevelse', t.opphevelse)] : []),
      ...sluttDato('Konklusjon', t.konklusjon),
    ],
  );
}

export function vedtakXml(v: Vedtak, idOf: IdOf): string {
  return element(
    'Vedtak',
    [
      ['Id', idOf(v.id)],
      ['MigrertId', v.migrertId],
      ['StartDato', v.startDato],
    ],
    [
      ...hjemler(v.lovhjemmel, v.jmfrLovhjemmel),
      ...v.krav.map((k) =>
        element(
          'Krav',
          [
            ['Id', idOf(k.id)],
            ['StartDato', k.startDato],
          ],
          k.konklusjon
            ? [
                element('Konklusjon', [
                  ['SluttDato', k.konklusjon.sluttDato],
                  ['Kode', k.konklusjon.kode],
                  ['Presisering', k.konklusjon.presisering],
                ]),
              ]
            : [],
        ),
      ),
      ...v.status.map((s) =>
        element('Status', [
          ['Id', idOf(s.id)],
          ['EndretDato', s.endretDato],
          ['Kode', s.kode],
        ]),
      ),
      ...sluttDato('Konklusjon', v.konklusjon),
    ],
  );
}

export function ettervernXml(e: Ettervern, idOf: IdOf): string {
  const k = e.konklusjon;
  return element(
    'Ettervern',
    [
      ['Id', idOf(e.id)],
      ['MigrertId', e.migrertId],
      ['TilbudSendtDato', e.tilbudSendtDato],
    ],
    k
      ? [
          element('Konklusjon', [
            ['SluttDato', k.sluttDato],
            ['Kode', k.kode],
          ]),
        ]
      : [],
  );
}

export function oversendelseXml(o: OversendelseFylkesnemnd, idOf: IdOf): string {
  return element(
    'OversendelseFylkesnemnd',
    [
      ['Id', idOf(o.id)],
      ['MigrertId', o.migrertId],
      ['StartDato', o.startDato],
    ],
    hjemler(o.lovhjemmel, o.jmfrLovhjemmel),
  );
}

export function flyttingXml(f: Flytting, idOf: IdOf): string {
  return element(
    'Flytting',
    [
      ['Id', idOf(f.id)],
      ['MigrertId', f.migrertId],
      ['SluttDato', f.sluttDato],
    ],
    [coded('ArsakFra', f.arsakFra), coded('FlyttingTil', f.flyttingTil)],
  );
}

export function relasjonXml(r: Relasjon, idOf: IdOf): string {
  return element('Relasjon', [
    ['Id', idOf(r.id)],
    ['FraId', idOf(r.fraId)],
    ['FraType', r.fraType],
    ['TilId', idOf(r.tilId)],
    ['TilType', r.tilType],
  ]);
}
