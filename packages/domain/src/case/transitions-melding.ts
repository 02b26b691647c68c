/**
 * Melding and undersøkelse steps (barnevernsloven §§ 2-1, 2-2): a melding is received, reviewed and
 * concluded; kode 2 opens an undersøkelse, kode 4 joins an ongoing one; the undersøkelse is concluded
 * only after every melding in it, and every melding still under review, is concluded.
 */
import { MELDER, MELDING_KONKLUSJON } from '../codes/melding.js';
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import {
  BARNETS_MEDVIRKNING,
  UNDERSOKELSE_KONKLUSJON,
  UTVIDET_FRIST_INNVILGET,
} from '../codes/undersokelse.js';
import { codesValidOn } from '../codes/code-list.js';
import type { CommandOf } from './commands.js';
import type { CaseHistory } from './history.js';
import { activeOn, relatedFrom, relatedTo } from './queries.js';
import {
  codedList,
  error,
  fresh,
  meldingContent,
  mergedContent,
  notBefore,
  notFound,
  presisering,
  validCode,
  type TransitionError,
} from './transition-support.js';

/** Undersøkelsesplan (§ 2-2 third paragraph) is required for undersøkelser started under BVL2021. */
export const UNDERSOKELSESPLAN_REQUIRED_FROM = '2023-01-01';

export function checkReceiveMelding(
  h: CaseHistory,
  c: CommandOf<'receive-melding'> | CommandOf<'reopen-sak'>,
): TransitionError[] {
  return [
    ...fresh(h, c.meldingId, 'meldingId'),
    ...codedList(MELDER, c.melder, c.dato, 'melder'),
    ...codedList(SAKSINNHOLD, c.saksinnhold, c.dato, 'saksinnhold'),
  ];
}

export function checkReopenSak(h: CaseHistory, c: CommandOf<'reopen-sak'>): TransitionError[] {
  const end = h.sak.sluttDato;
  if (end === undefined)
    return [error('SAK_OPEN', 'Saken er ikke avsluttet. Registrer meldingen som en ny melding i saken.')];
  return [...notBefore(c.dato, end, 'at saken ble avsluttet'), ...checkReceiveMelding(h, c)];
}

function openMelding(h: CaseHistory, c: { meldingId: string; dato: string }) {
  const melding = h.meldinger.find((m) => m.id === c.meldingId);
  if (!melding) return { errors: notFound('meldingen', c.meldingId, 'meldingId') };
  if (melding.konklusjon)
    return {
      errors: [error('ALREADY_CONCLUDED', 'Meldingen er allerede konkludert.', 'meldingId')],
    };
  return { melding, errors: notBefore(c.dato, melding.startDato, 'at meldingen ble mottatt') };
}

export function checkConcludeMelding(h: CaseHistory, c: CommandOf<'conclude-melding'>): TransitionError[] {
  const { melding, errors } = openMelding(h, c);
  if (!melding) return errors;
  errors.push(...validCode(MELDING_KONKLUSJON, c.kode, c.dato, 'kode'));
  errors.push(...meldingContent(mergedContent(melding, c), melding.startDato, c.dato));
  switch (c.kode) {
    case '2':
      errors.push(
        error('USE_OPEN_UNDERSOKELSE', 'Bruk «Åpne undersøkelse» for å konkludere med undersøkelse.', 'kode'),
      );
      break;
    case '3':
      if (!h.tiltak.some((t) => activeOn(t.startDato, t.konklusjon?.sluttDato, c.dato)))
        errors.push(
          error(
            'NO_ACTIVE_TILTAK',
            'Barnet har ingen aktive tiltak denne datoen, så kode 3 passer ikke.',
            'kode',
          ),
        );
      break;
    case '4': {
      const u = h.undersokelser.find((x) => x.id === c.undersokelseId);
      if (c.undersokelseId === undefined)
        errors.push(error('UNDERSOKELSE_REQUIRED', 'Velg den pågående undersøkelsen.', 'undersokelseId'));
      else if (!u) errors.push(...notFound('undersøkelsen', c.undersokelseId, 'undersokelseId'));
      else if (u.konklusjon || u.startDato > c.dato)
        errors.push(
          error('UNDERSOKELSE_NOT_ONGOING', 'Undersøkelsen pågikk ikke denne datoen.', 'undersokelseId'),
        );
      break;
    }
    default:
      break;
  }
  if (c.kode !== '4' && c.undersokelseId !== undefined)
    errors.push(
      error(
        'UNDERSOKELSE_NOT_EXPECTED',
        'Bare kode 4 knytter meldingen til en undersøkelse.',
        'undersokelseId',
      ),
    );
  return errors;
}

export function checkOpenUndersokelse(h: CaseHistory, c: CommandOf<'open-undersokelse'>): TransitionError[] {
  const { melding, errors } = openMelding(h, c);
  if (!melding) return errors;
  return [
    ...errors,
    ...fresh(h, c.undersokelseId, 'undersokelseId'),
    ...validCode(MELDING_KONKLUSJON, '2', c.dato, 'dato'),
    ...meldingContent(mergedContent(melding, c), melding.startDato, c.dato),
  ];
}

function ongoingUndersokelse(h: CaseHistory, id: string) {
  const u = h.undersokelser.find((x) => x.id === id);
  if (!u) return { errors: notFound('undersøkelsen', id, 'undersokelseId') };
  if (u.konklusjon)
    return {
      errors: [error('ALREADY_CONCLUDED', 'Undersøkelsen er allerede konkludert.', 'undersokelseId')],
    };
  return { u, errors: [] as TransitionError[] };
}

export function checkExtendUndersokelse(
  h: CaseHistory,
  c: CommandOf<'extend-undersokelse'>,
): TransitionError[] {
  const { u, errors } = ongoingUndersokelse(h, c.undersokelseId);
  if (!u) return errors;
  if (u.utvidetFrist?.innvilget !== undefined)
    errors.push(error('FRIST_ALREADY_DECIDED', 'Søknaden om utvidet frist er allerede avgjort.'));
  errors.push(...notBefore(c.dato, u.startDato, 'at undersøkelsen startet'));
  if (c.innvilget) errors.push(...validCode(UTVIDET_FRIST_INNVILGET, c.innvilget, c.dato, 'innvilget'));
  return errors;
}

export function checkConcludeUndersokelse(
  h: CaseHistory,
  c: CommandOf<'conclude-undersokelse'>,
): TransitionError[] {
  const { u, errors } = ongoingUndersokelse(h, c.undersokelseId);
  if (!u) return errors;
  errors.push(...notBefore(c.dato, u.startDato, 'at undersøkelsen startet'));
  // Its own meldinger, and any melding still under review: it may belong in this undersøkelse (kode 4).
  const related = relatedFrom(h, 'Melding', 'Undersokelse', u.id);
  for (const m of h.meldinger) {
    if (m.konklusjon && related.includes(m.id))
      errors.push(...notBefore(c.dato, m.konklusjon.sluttDato, `meldingen ${m.id} ble konkludert`));
    else if (!m.konklusjon && (related.includes(m.id) || m.startDato <= c.dato))
      errors.push(
        error(
          'MELDING_NOT_CONCLUDED',
          `Meldingen ${m.id} må konkluderes før undersøkelsen (eventuelt inn i undersøkelsen med kode 4).`,
          'undersokelseId',
        ),
      );
  }
  errors.push(...validCode(UNDERSOKELSE_KONKLUSJON, c.kode, c.dato, 'kode'));
  errors.push(...presisering(UNDERSOKELSE_KONKLUSJON, c, 'presisering'));
  if ((c.kode === '1' || c.kode === '2') && c.vedtaksgrunnlag.length === 0)
    errors.push(
      error(
        'VEDTAKSGRUNNLAG_MISSING',
        'Registrer vedtaksgrunnlag når undersøkelsen ender med tiltak eller begjæring til nemnda.',
        'vedtaksgrunnlag',
      ),
    );
  errors.push(...codedList(SAKSINNHOLD, c.vedtaksgrunnlag, c.dato, 'vedtaksgrunnlag'));
  const medvirkning = c.barnetsMedvirkning ?? u.barnetsMedvirkning;
  if (medvirkning) {
    const m = medvirkning;
    errors.push(...validCode(BARNETS_MEDVIRKNING, m.medvirkningType, m.startDato, 'barnetsMedvirkning'));
    errors.push(...notBefore(m.startDato, u.startDato, 'at undersøkelsen startet', 'barnetsMedvirkning'));
    if (m.startDato > c.dato)
      errors.push(
        error(
          'DATE_AFTER',
          'Medvirkningen kan ikke være etter at undersøkelsen konkluderes.',
          'barnetsMedvirkning',
        ),
      );
  } else if (codesValidOn(BARNETS_MEDVIRKNING, c.dato).length > 0) {
    errors.push(
      error(
        'MEDVIRKNING_MISSING',
        'Registrer hvordan barnet medvirket i undersøkelsen.',
        'barnetsMedvirkning',
      ),
    );
  }
  if (u.startDato >= UNDERSOKELSESPLAN_REQUIRED_FROM && !hasUndersokelsesplan(h, u.id))
    errors.push(
      error(
        'UNDERSOKELSESPLAN_MISSING',
        'Undersøkelsen må ha en undersøkelsesplan (§ 2-2) før den konkluderes.',
      ),
    );
  return errors;
}

function hasUndersokelsesplan(h: CaseHistory, undersokelseId: string): boolean {
  const planIds = relatedTo(h, 'Undersokelse', undersokelseId, 'Plan');
  return h.planer.some((p) => planIds.includes(p.id) && p.plantype === '7');
}
