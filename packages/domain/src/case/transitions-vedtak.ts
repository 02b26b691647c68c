/**
 * Vedtak, krav and tiltak steps. A vedtak follows an undersøkelse concluded with kode 1 (status 1)
 * or 2 (status 2, begjæring to the board), or stands alone (an akuttvedtak). Status moves 2 → 1/3/4
 * and 1 → 3/4; 3 and 4 end it, once its tiltak have ended and its krav are concluded. A tiltak
 * needs a vedtak in force with status 1 on its start date; tilsyn and oppfølging visits are recorded
 * while it runs.
 */
import { barnevernlovMismatch, isOmsorgsovertakelse } from '../codes/lovhjemmel.js';
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import { isPlasseringstiltak, TILTAK_KATEGORI, TILTAK_OPPHEVELSE } from '../codes/tiltak.js';
import { VEDTAK_KRAV_KONKLUSJON, VEDTAK_STATUS } from '../codes/vedtak.js';
import { OPPFOLGING_HYPPIGHET, TILSYN_HYPPIGHET } from '../codes/personalia.js';
import type { CommandOf } from './commands.js';
import type { CaseHistory } from './history.js';
import type { Tiltak, Vedtak } from './model.js';
import { relatedTo, vedtakStatusOn } from './queries.js';
import {
  codedList,
  error,
  fresh,
  notBefore,
  notFound,
  presisering,
  validCode,
  type TransitionError,
} from './transition-support.js';

/** Which status a vedtak may move to from its current one; 3 and 4 are final. */
export const VEDTAK_STATUS_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
  '1': ['3', '4'],
  '2': ['1', '3', '4'],
  '3': [],
  '4': [],
};

function findVedtak(h: CaseHistory, id: string): { v?: Vedtak; errors: TransitionError[] } {
  const v = h.vedtak.find((x) => x.id === id);
  return v ? { v, errors: [] } : { errors: notFound('vedtaket', id, 'vedtakId') };
}

const ended = (v: Vedtak) =>
  error('VEDTAK_ENDED', `Vedtaket ble avsluttet ${v.konklusjon?.sluttDato ?? ''}.`, 'vedtakId');

export function checkDecideVedtak(h: CaseHistory, c: CommandOf<'decide-vedtak'>): TransitionError[] {
  const errors = [
    ...fresh(h, c.vedtakId, 'vedtakId'),
    ...validCode(VEDTAK_STATUS, c.status, c.dato, 'status'),
  ];
  const wrongLaw = barnevernlovMismatch(c.lovhjemmel.lov, c.dato);
  if (wrongLaw) errors.push(error('LOVHJEMMEL_WRONG_LAW', wrongLaw, 'lovhjemmel.lov'));
  if (c.undersokelseId !== undefined) {
    const u = h.undersokelser.find((x) => x.id === c.undersokelseId);
    const kode = u?.konklusjon?.kode;
    if (!u) errors.push(...notFound('undersøkelsen', c.undersokelseId, 'undersokelseId'));
    else if (!u.konklusjon || (kode !== '1' && kode !== '2'))
      errors.push(
        error(
          'UNDERSOKELSE_NOT_CONCLUDED_FOR_VEDTAK',
          'Undersøkelsen må være konkludert med kode 1 (vedtak om tiltak) eller 2 (begjæring til nemnda).',
          'undersokelseId',
        ),
      );
    else {
      errors.push(...notBefore(c.dato, u.konklusjon.sluttDato, 'at undersøkelsen ble konkludert'));
      if (kode !== c.status)
        errors.push(
          error(
            'VEDTAK_STATUS_MISMATCH',
            kode === '1'
              ? 'Undersøkelsen endte med vedtak om tiltak: vedtaket skal ha status 1 (godkjent).'
              : 'Undersøkelsen endte med begjæring til nemnda: vedtaket skal ha status 2.',
            'status',
          ),
        );
    }
  }
  if (c.status === '2') {
    if (c.oversendelseId === undefined)
      errors.push(
        error(
          'OVERSENDELSE_REQUIRED',
          'Registrer oversendelsen til nemnda sammen med begjæringen.',
          'oversendelseId',
        ),
      );
    else errors.push(...fresh(h, c.oversendelseId, 'oversendelseId'));
  } else if (c.oversendelseId !== undefined) {
    errors.push(
      error('OVERSENDELSE_NOT_EXPECTED', 'Bare en begjæring (status 2) sendes til nemnda.', 'oversendelseId'),
    );
  }
  return errors;
}

export function checkChangeVedtakStatus(
  h: CaseHistory,
  c: CommandOf<'change-vedtak-status'>,
): TransitionError[] {
  const { v, errors } = findVedtak(h, c.vedtakId);
  if (!v) return errors;
  const current = vedtakStatusOn(v);
  if (current && !(VEDTAK_STATUS_TRANSITIONS[current.kode] ?? []).includes(c.kode))
    errors.push(
      (VEDTAK_STATUS_TRANSITIONS[current.kode] ?? []).length === 0
        ? ended(v)
        : error('STATUS_NOT_ALLOWED', `Status ${current.kode} kan ikke endres til ${c.kode}.`, 'kode'),
    );
  errors.push(...validCode(VEDTAK_STATUS, c.kode, c.dato, 'kode'));
  errors.push(...notBefore(c.dato, current?.endretDato ?? v.startDato, 'forrige statusendring'));
  if (c.kode === '3' || c.kode === '4') {
    for (const t of tiltakOf(h, v)) {
      if (!t.konklusjon)
        errors.push(
          error('TILTAK_STILL_ACTIVE', `Avslutt tiltak ${t.id} før vedtaket avsluttes.`, 'vedtakId'),
        );
      else errors.push(...notBefore(c.dato, t.konklusjon.sluttDato, `at tiltak ${t.id} ble avsluttet`));
    }
    for (const k of v.krav) {
      if (!k.konklusjon)
        errors.push(error('KRAV_OPEN', `Konkluder krav ${k.id} før vedtaket avsluttes.`, 'vedtakId'));
      else errors.push(...notBefore(c.dato, k.konklusjon.sluttDato, `at krav ${k.id} ble konkludert`));
    }
  }
  return errors;
}

function tiltakOf(h: CaseHistory, v: Vedtak): Tiltak[] {
  const ids = relatedTo(h, 'Vedtak', v.id, 'Tiltak');
  return h.tiltak.filter((t) => ids.includes(t.id));
}

export function checkReceiveKrav(h: CaseHistory, c: CommandOf<'receive-krav'>): TransitionError[] {
  const { v, errors } = findVedtak(h, c.vedtakId);
  if (!v) return errors;
  if (v.konklusjon) errors.push(ended(v));
  return [...errors, ...fresh(h, c.kravId, 'kravId'), ...notBefore(c.dato, v.startDato, 'vedtaksdatoen')];
}

export function checkConcludeKrav(h: CaseHistory, c: CommandOf<'conclude-krav'>): TransitionError[] {
  const { v, errors } = findVedtak(h, c.vedtakId);
  if (!v) return errors;
  const krav = v.krav.find((k) => k.id === c.kravId);
  if (!krav) return notFound('kravet', c.kravId, 'kravId');
  if (krav.konklusjon) return [error('ALREADY_CONCLUDED', 'Kravet er allerede konkludert.', 'kravId')];
  return [
    ...notBefore(c.dato, krav.startDato, 'at kravet ble mottatt'),
    ...validCode(VEDTAK_KRAV_KONKLUSJON, c.kode, c.dato, 'kode'),
    ...presisering(VEDTAK_KRAV_KONKLUSJON, c, 'presisering'),
  ];
}

export function checkStartTiltak(h: CaseHistory, c: CommandOf<'start-tiltak'>): TransitionError[] {
  const { v, errors } = findVedtak(h, c.vedtakId);
  errors.push(...fresh(h, c.tiltakId, 'tiltakId'));
  errors.push(...validCode(TILTAK_KATEGORI, c.kategori.kode, c.dato, 'kategori.kode'));
  errors.push(...presisering(TILTAK_KATEGORI, c.kategori, 'kategori.presisering'));
  errors.push(...codedList(SAKSINNHOLD, c.tiltaksgrunnlag, c.dato, 'tiltaksgrunnlag'));
  c.tilsyn?.hyppighet.forEach((x, i) => {
    errors.push(...validCode(TILSYN_HYPPIGHET, x.kode, x.startDato, `tilsyn.hyppighet.${i}.kode`));
  });
  c.oppfolging?.hyppighet.forEach((x, i) => {
    errors.push(...validCode(OPPFOLGING_HYPPIGHET, x.kode, x.startDato, `oppfolging.hyppighet.${i}.kode`));
  });
  errors.push(...followUpDates(c));
  if (!v) return errors;
  if (v.konklusjon) errors.push(ended(v));
  else if (vedtakStatusOn(v, c.dato)?.kode !== '1')
    errors.push(
      error(
        'VEDTAK_NOT_APPROVED',
        'Tiltaket må bygge på et godkjent vedtak (status 1) på startdatoen.',
        'vedtakId',
      ),
    );
  errors.push(...notBefore(c.dato, v.startDato, 'vedtaksdatoen'));
  const l = c.lovhjemmel;
  if (
    l &&
    (l.lov !== v.lovhjemmel.lov ||
      l.kapittel !== v.lovhjemmel.kapittel ||
      l.paragraf !== v.lovhjemmel.paragraf)
  )
    errors.push(
      error(
        'LOVHJEMMEL_MISMATCH',
        'Tiltaket må ha samme lov, kapittel og paragraf som vedtaket.',
        'lovhjemmel',
      ),
    );
  return errors;
}

/**
 * Who supervises and how often apply from the tiltak's start; visits are recorded as they happen
 * (`record-visit`), not with the start.
 */
function followUpDates(c: CommandOf<'start-tiltak'>): TransitionError[] {
  const dated = [
    ...(c.tilsyn?.ansvarlig ?? []).map((x, i) => [x.startDato, `tilsyn.ansvarlig.${i}.startDato`] as const),
    ...(c.tilsyn?.hyppighet ?? []).map((x, i) => [x.startDato, `tilsyn.hyppighet.${i}.startDato`] as const),
    ...(c.oppfolging?.hyppighet ?? []).map(
      (x, i) => [x.startDato, `oppfolging.hyppighet.${i}.startDato`] as const,
    ),
  ];
  const errors = dated
    .filter(([date]) => date !== c.dato)
    .map(([, field]) => error('DATE_NOT_TILTAK_START', 'Gjelder fra tiltakets startdato.', field));
  if ((c.tilsyn?.utfort.length ?? 0) + (c.oppfolging?.utfort.length ?? 0) > 0)
    errors.push(error('VISITS_RECORDED_LATER', 'Registrer besøk etter hvert som de gjøres.', 'tilsyn'));
  return errors;
}

export function checkRecordVisit(h: CaseHistory, c: CommandOf<'record-visit'>): TransitionError[] {
  const t = h.tiltak.find((x) => x.id === c.tiltakId);
  if (!t) return notFound('tiltaket', c.tiltakId, 'tiltakId');
  if (t.konklusjon) return [error('ALREADY_ENDED', 'Tiltaket er avsluttet.', 'tiltakId')];
  const errors = notBefore(c.dato, t.startDato, 'at tiltaket startet');
  if (!t[c.besok])
    errors.push(
      error(
        'FOLLOW_UP_NOT_SET',
        c.besok === 'tilsyn'
          ? 'Tiltaket har ikke tilsyn registrert.'
          : 'Tiltaket har ikke oppfølging registrert.',
        'besok',
      ),
    );
  return errors;
}

export function checkEndTiltak(h: CaseHistory, c: CommandOf<'end-tiltak'>): TransitionError[] {
  const t = h.tiltak.find((x) => x.id === c.tiltakId);
  if (!t) return notFound('tiltaket', c.tiltakId, 'tiltakId');
  if (t.konklusjon) return [error('ALREADY_ENDED', 'Tiltaket er allerede avsluttet.', 'tiltakId')];
  const inside = [
    t.startDato,
    ...(t.tilsyn?.utfort ?? []).map((u) => u.utfortDato),
    ...(t.oppfolging?.utfort ?? []).map((u) => u.utfortDato),
  ].sort();
  const errors = notBefore(c.dato, inside.at(-1) ?? t.startDato, 'tiltakets start eller siste besøk');
  if (c.opphevelse) {
    errors.push(...validCode(TILTAK_OPPHEVELSE, c.opphevelse.kode, c.dato, 'opphevelse.kode'));
    errors.push(...presisering(TILTAK_OPPHEVELSE, c.opphevelse, 'opphevelse.presisering'));
  } else if (isOmsorgsovertakelse(t.lovhjemmel, t.jmfrLovhjemmel) && isPlasseringstiltak(t.kategori.kode)) {
    errors.push(
      error(
        'OPPHEVELSE_MISSING',
        'Oppgi hvorfor omsorgstiltaket avsluttes (årsak til opphevelse).',
        'opphevelse',
      ),
    );
  }
  return errors;
}
