/**
 * The registry file for one child (SSB Barnevern_v4.xsd): one `Barnevern` document holding
 * Fagsystem, Avgiver and exactly one `Sak`. The schema has no target namespace, so the document
 * has none. Pure: the extraction time and the document's id are parameters, and the result is a
 * string per child, so a caller can write children one at a time and never hold a tenant at once.
 */
import type { CaseHistory } from '../case/history.js';
import type { BegrepsType } from '../case/model.js';
import { isRegistryUuid, registryId } from './registry-id.js';
import {
  ettervernXml,
  flyttingXml,
  meldingXml,
  oversendelseXml,
  personaliaXml,
  planXml,
  relasjonXml,
  tiltakXml,
  undersokelseXml,
  vedtakXml,
  type IdOf,
} from './sak-elements.js';
import { element } from './xml.js';

/** The reporting service (XSD `AvgiverType`). Bydel only for a city district with its own service. */
export interface Avgiver {
  organisasjonsnummer: string;
  kommunenummer: string;
  kommunenavn: string;
  bydelsnummer?: string | undefined;
  bydelsnavn?: string | undefined;
}

/** The system that made the file (XSD `FagsystemType`). */
export interface Fagsystem {
  leverandor: string;
  navn: string;
  versjon: string;
}

/** An element the registry has from an earlier file and the case no longer holds (XSD `Slettet`). */
export interface SlettetElement {
  type: BegrepsType;
  /** The element's `Id` as it was sent (already a registry UUID). */
  id: string;
  /** The day it is reported as deleted. */
  sluttDato: string;
}

export interface BarnevernDocument {
  /** This file's `Id`: a new UUID per file; the next change file names it as `ForrigeId`. */
  id: string;
  /** When the extraction was made (`DatoUttrekk`, written in UTC). */
  datoUttrekk: Date;
  /** The `Id` of the last file sent for this case, in a change export. */
  forrigeId?: string | undefined;
  fagsystem: Fagsystem;
  avgiver: Avgiver;
  /** The case with its Personalia (composed from the person record). */
  history: CaseHistory;
  slettet?: readonly SlettetElement[];
  /** The id mapping to use (one per case, so a caller writing and hashing the case maps once). */
  idOf?: IdOf;
}

/** One top-level element of a Sak as the file names it. */
export interface ElementRef {
  type: BegrepsType;
  id: string;
}

const DIGITS = (n: number) => new RegExp(`^\\d{${n}}$`);

function check(ok: boolean, what: string): void {
  if (!ok) throw new RangeError(`Registry file: ${what}`);
}

function checkHeader(doc: BarnevernDocument): void {
  const a = doc.avgiver;
  check(isRegistryUuid(doc.id), `Id must be a UUID, got "${doc.id}"`);
  check(doc.forrigeId === undefined || isRegistryUuid(doc.forrigeId), 'ForrigeId must be a UUID');
  check(!Number.isNaN(doc.datoUttrekk.getTime()), 'DatoUttrekk is not a valid time');
  check(DIGITS(9).test(a.organisasjonsnummer), 'Avgiver/Organisasjonsnummer must have 9 digits');
  check(DIGITS(4).test(a.kommunenummer), 'Avgiver/Kommunenummer must have 4 digits');
  check(a.kommunenavn.length >= 1 && a.kommunenavn.length <= 250, 'Avgiver/Kommunenavn is 1-250 characters');
  check(a.bydelsnummer === undefined || DIGITS(2).test(a.bydelsnummer), 'Avgiver/Bydelsnummer has 2 digits');
  check(doc.fagsystem.leverandor.length >= 3, 'Fagsystem/Leverandor has at least 3 characters');
}

/** The mapping of the case's element ids to the file's UUIDs (see registry-id.ts), remembered per id. */
export function idMapper(history: CaseHistory): IdOf {
  const sakId = history.sak.id;
  const known = new Map<string, string>();
  return (id) => {
    let mapped = known.get(id);
    if (mapped === undefined) {
      mapped = registryId(sakId, id);
      known.set(id, mapped);
    }
    return mapped;
  };
}

/** The `Sak` element with everything the case holds, in the XSD's order, and `Slettet` last. */
export function sakXml(
  history: CaseHistory,
  slettet: readonly SlettetElement[] = [],
  idOf: IdOf = idMapper(history),
): string {
  const s = history.sak;
  return element(
    'Sak',
    [
      ['Id', idOf(s.id)],
      ['MigrertId', s.migrertId],
      ['StartDato', s.startDato],
      ['SluttDato', s.sluttDato],
      ['Journalnummer', s.journalnummer],
      ['Avsluttet', s.sluttDato !== undefined],
    ],
    [
      ...history.personalia.map((p) => personaliaXml(p, idOf)),
      ...history.meldinger.map((m) => meldingXml(m, idOf)),
      ...history.undersokelser.map((u) => undersokelseXml(u, idOf)),
      ...history.planer.map((p) => planXml(p, idOf)),
      ...history.tiltak.map((t) => tiltakXml(t, idOf)),
      ...history.vedtak.map((v) => vedtakXml(v, idOf)),
      ...history.ettervern.map((e) => ettervernXml(e, idOf)),
      ...history.oversendelserFylkesnemnd.map((o) => oversendelseXml(o, idOf)),
      ...history.flyttinger.map((f) => flyttingXml(f, idOf)),
      ...history.relasjoner.map((r) => relasjonXml(r, idOf)),
      ...slettet.map((d) =>
        element('Slettet', [
          ['Id', d.id],
          ['Type', d.type],
          ['SluttDato', d.sluttDato],
        ]),
      ),
    ],
  );
}

/** The Avgiver element; part of what a change export compares, since it is part of each file. */
export function avgiverXml(a: Avgiver): string {
  return element('Avgiver', [
    ['Organisasjonsnummer', a.organisasjonsnummer],
    ['Kommunenummer', a.kommunenummer],
    ['Kommunenavn', a.kommunenavn],
    ['Bydelsnummer', a.bydelsnummer],
    ['Bydelsnavn', a.bydelsnavn],
  ]);
}

/** `DatoUttrekk` in UTC to the second, e.g. 2026-03-01T09:30:10Z (the XSD's first example form). */
export function formatDatoUttrekk(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

/** The whole file for one child, with the XML declaration, as UTF-8 text. */
export function writeBarnevern(doc: BarnevernDocument): string {
  checkHeader(doc);
  const f = doc.fagsystem;
  const body = [
    element('Fagsystem', [
      ['Leverandor', f.leverandor],
      ['Navn', f.navn],
      ['Versjon', f.versjon],
    ]),
    avgiverXml(doc.avgiver),
    sakXml(doc.history, doc.slettet ?? [], doc.idOf ?? idMapper(doc.history)),
  ];
  const root = element(
    'Barnevern',
    [
      ['Id', doc.id],
      ['DatoUttrekk', formatDatoUttrekk(doc.datoUttrekk)],
      ['ForrigeId', doc.forrigeId],
    ],
    body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

/** The case's top-level elements with their ids in the file: what a later file may mark `Slettet`. */
export function elementRefs(history: CaseHistory, idOf: IdOf = idMapper(history)): ElementRef[] {
  const refs = (type: BegrepsType, list: readonly { id: string }[]) =>
    list.map((e) => ({ type, id: idOf(e.id) }));
  return [
    ...refs('Personalia', history.personalia),
    ...refs('Melding', history.meldinger),
    ...refs('Undersokelse', history.undersokelser),
    ...refs('Plan', history.planer),
    ...refs('Tiltak', history.tiltak),
    ...refs('Vedtak', history.vedtak),
    ...refs('Ettervern', history.ettervern),
    ...refs('OversendelseFylkesnemnd', history.oversendelserFylkesnemnd),
    ...refs('Flytting', history.flyttinger),
    ...refs('Relasjon', history.relasjoner),
  ];
}

/**
 * What a change file must mark deleted: elements of the last file sent for the case that the case
 * no longer holds (an element corrected away, a Personalia whose number was removed).
 */
export function deletedSince(
  previous: readonly ElementRef[],
  history: CaseHistory,
  sluttDato: string,
  idOf: IdOf = idMapper(history),
): SlettetElement[] {
  const now = new Set(elementRefs(history, idOf).map((r) => `${r.type}:${r.id}`));
  return previous
    .filter((r) => !now.has(`${r.type}:${r.id}`))
    .map((r) => ({ type: r.type, id: r.id, sluttDato }));
}
