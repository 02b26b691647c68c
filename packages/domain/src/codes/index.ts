import type { CodeList } from './code-list.js';
import { ETTERVERN_KONKLUSJON } from './ettervern.js';
import { FLYTTING_ARSAK_FRA, FLYTTING_TIL } from './flytting.js';
import { LOVHJEMMEL_LOV } from './lovhjemmel.js';
import { MELDER, MELDING_KONKLUSJON } from './melding.js';
import { KJONN, OPPFOLGING_HYPPIGHET, TILSYN_HYPPIGHET } from './personalia.js';
import { PLANTYPE } from './plan.js';
import { SAKSINNHOLD, TILTAKSGRUNNLAG, VEDTAKSGRUNNLAG } from './saksinnhold.js';
import { TILTAK_KATEGORI, TILTAK_OPPHEVELSE } from './tiltak.js';
import { BARNETS_MEDVIRKNING, UNDERSOKELSE_KONKLUSJON, UTVIDET_FRIST_INNVILGET } from './undersokelse.js';
import { VEDTAK_KRAV_KONKLUSJON, VEDTAK_STATUS } from './vedtak.js';

export * from './code-list.js';
export * from './ettervern.js';
export * from './flytting.js';
export * from './kunnskapsmodellen.js';
export * from './lovhjemmel.js';
export * from './melding.js';
export * from './personalia.js';
export * from './plan.js';
export * from './saksinnhold.js';
export * from './tiltak.js';
export * from './undersokelse.js';
export * from './vedtak.js';

/** Every code list with the registry path it fills, for the exporter and for list-wide checks. */
export const REGISTRY_CODE_LISTS: readonly { readonly path: string; readonly list: CodeList }[] = [
  { path: '/Barnevern/Sak/@Kjonn', list: KJONN },
  { path: '/Barnevern/Sak/Melding/Melder/@Kode', list: MELDER },
  { path: '/Barnevern/Sak/Melding/Saksinnhold/@Kode', list: SAKSINNHOLD },
  { path: '/Barnevern/Sak/Melding/Konklusjon/@Kode', list: MELDING_KONKLUSJON },
  { path: '/Barnevern/Sak/Undersokelse/Vedtaksgrunnlag/@Kode', list: VEDTAKSGRUNNLAG },
  { path: '/Barnevern/Sak/Undersokelse/BarnetsMedvirkning/MedvirkningType', list: BARNETS_MEDVIRKNING },
  { path: '/Barnevern/Sak/Undersokelse/UtvidetFrist/@Innvilget', list: UTVIDET_FRIST_INNVILGET },
  { path: '/Barnevern/Sak/Undersokelse/Konklusjon/@Kode', list: UNDERSOKELSE_KONKLUSJON },
  { path: '/Barnevern/Sak/Plan/@Plantype', list: PLANTYPE },
  // LovhjemmelType also sits under Vedtak and OversendelseFylkesnemnd, with the same list.
  { path: '/Barnevern/Sak/Tiltak/Lovhjemmel/Lov', list: LOVHJEMMEL_LOV },
  { path: '/Barnevern/Sak/Tiltak/Kategori/@Kode', list: TILTAK_KATEGORI },
  { path: '/Barnevern/Sak/Tiltak/Tiltaksgrunnlag/@Kode', list: TILTAKSGRUNNLAG },
  { path: '/Barnevern/Sak/Tiltak/Opphevelse/@Kode', list: TILTAK_OPPHEVELSE },
  { path: '/Barnevern/Sak/Tiltak/Oppfolging/Hyppighet/@Kode', list: OPPFOLGING_HYPPIGHET },
  { path: '/Barnevern/Sak/Tiltak/Tilsyn/Hyppighet/@Kode', list: TILSYN_HYPPIGHET },
  { path: '/Barnevern/Sak/Vedtak/Status/@Kode', list: VEDTAK_STATUS },
  { path: '/Barnevern/Sak/Vedtak/Krav/Konklusjon/@Kode', list: VEDTAK_KRAV_KONKLUSJON },
  { path: '/Barnevern/Sak/Ettervern/Konklusjon/@Kode', list: ETTERVERN_KONKLUSJON },
  { path: '/Barnevern/Sak/Flytting/ArsakFra/@Kode', list: FLYTTING_ARSAK_FRA },
  { path: '/Barnevern/Sak/Flytting/FlyttingTil/@Kode', list: FLYTTING_TIL },
];
