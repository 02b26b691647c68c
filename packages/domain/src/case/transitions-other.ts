/** Plan, ettervern, flytting and closing steps. */
import { ETTERVERN_KONKLUSJON } from '../codes/ettervern.js';
import { FLYTTING_ARSAK_FRA, FLYTTING_TIL } from '../codes/flytting.js';
import { PLANTYPE } from '../codes/plan.js';
import { isPlasseringstiltak } from '../codes/tiltak.js';
import type { CommandOf } from './commands.js';
import type { CaseHistory } from './history.js';
import { elementDates, vedtakStatusOn } from './queries.js';
import {
  error,
  fresh,
  notBefore,
  notFound,
  presisering,
  validCode,
  type TransitionError,
} from './transition-support.js';

/**
 * What each plantype is linked from: the undersøkelsesplan (7) from its undersøkelse, the plan after
 * an akuttvedtak (8) from the vedtak, the others from the tiltak or vedtak they plan.
 */
export function planSources(plantype: string): readonly ('Undersokelse' | 'Vedtak' | 'Tiltak')[] {
  if (plantype === '7') return ['Undersokelse'];
  if (plantype === '8') return ['Vedtak'];
  return ['Tiltak', 'Vedtak'];
}

const SOURCE_NAMES = { Undersokelse: 'undersøkelsen', Vedtak: 'vedtaket', Tiltak: 'tiltaket' } as const;

export function checkAddPlan(h: CaseHistory, c: CommandOf<'add-plan'>): TransitionError[] {
  const errors = [...fresh(h, c.planId, 'planId'), ...validCode(PLANTYPE, c.plantype, c.dato, 'plantype')];
  const allowed = planSources(c.plantype);
  if (!allowed.includes(c.fra.type)) {
    const names = allowed.map((t) => SOURCE_NAMES[t]).join(' eller ');
    errors.push(error('PLAN_SOURCE_TYPE', `Plantype ${c.plantype} knyttes til ${names}.`, 'fra.type'));
    return errors;
  }
  const source = findSource(h, c.fra.type, c.fra.id);
  if (!source) return [...errors, ...notFound(SOURCE_NAMES[c.fra.type], c.fra.id, 'fra.id')];
  if (source.end !== undefined)
    errors.push(
      error(
        'SOURCE_ENDED',
        `Planen kan ikke knyttes til ${SOURCE_NAMES[c.fra.type]}, som er avsluttet.`,
        'fra.id',
      ),
    );
  errors.push(...notBefore(c.dato, source.start, `at ${SOURCE_NAMES[c.fra.type]} startet`));
  return errors;
}

function findSource(h: CaseHistory, type: 'Undersokelse' | 'Vedtak' | 'Tiltak', id: string) {
  const list = type === 'Undersokelse' ? h.undersokelser : type === 'Vedtak' ? h.vedtak : h.tiltak;
  const found = list.find((x) => x.id === id);
  return found && { start: found.startDato, end: found.konklusjon?.sluttDato };
}

function openPlan(h: CaseHistory, id: string) {
  const p = h.planer.find((x) => x.id === id);
  if (!p) return { errors: notFound('planen', id, 'planId') };
  if (p.konklusjon) return { errors: [error('ALREADY_ENDED', 'Planen er allerede avsluttet.', 'planId')] };
  return { p, errors: [] as TransitionError[] };
}

export function checkEvaluatePlan(h: CaseHistory, c: CommandOf<'evaluate-plan'>): TransitionError[] {
  const { p, errors } = openPlan(h, c.planId);
  return p ? notBefore(c.dato, p.startDato, 'at planen startet') : errors;
}

export function checkEndPlan(h: CaseHistory, c: CommandOf<'end-plan'>): TransitionError[] {
  const { p, errors } = openPlan(h, c.planId);
  if (!p) return errors;
  const last = [p.startDato, ...p.evaluering.map((e) => e.utfortDato)].sort().at(-1) ?? p.startDato;
  return notBefore(c.dato, last, 'planens start eller siste evaluering');
}

export function checkOfferEttervern(h: CaseHistory, c: CommandOf<'offer-ettervern'>): TransitionError[] {
  return fresh(h, c.ettervernId, 'ettervernId');
}

export function checkConcludeEttervern(
  h: CaseHistory,
  c: CommandOf<'conclude-ettervern'>,
): TransitionError[] {
  const e = h.ettervern.find((x) => x.id === c.ettervernId);
  if (!e) return notFound('ettervernet', c.ettervernId, 'ettervernId');
  if (e.konklusjon) return [error('ALREADY_CONCLUDED', 'Ettervernet er allerede konkludert.', 'ettervernId')];
  return [
    ...notBefore(c.dato, e.tilbudSendtDato, 'at tilbudet ble sendt'),
    ...validCode(ETTERVERN_KONKLUSJON, c.kode, c.dato, 'kode'),
  ];
}

export function checkRegisterFlytting(h: CaseHistory, c: CommandOf<'register-flytting'>): TransitionError[] {
  const errors = [
    ...fresh(h, c.flyttingId, 'flyttingId'),
    ...validCode(FLYTTING_ARSAK_FRA, c.arsakFra.kode, c.dato, 'arsakFra.kode'),
    ...presisering(FLYTTING_ARSAK_FRA, c.arsakFra, 'arsakFra.presisering'),
    ...validCode(FLYTTING_TIL, c.flyttingTil.kode, c.dato, 'flyttingTil.kode'),
    ...presisering(FLYTTING_TIL, c.flyttingTil, 'flyttingTil.presisering'),
  ];
  if (!h.tiltak.some((t) => isPlasseringstiltak(t.kategori.kode) && t.startDato <= c.dato))
    errors.push(
      error('NO_PLASSERING', 'En flytting gjelder et barn som er plassert, og barnet har ingen plassering.'),
    );
  return errors;
}

/**
 * Closing needs every element concluded or ended, except a vedtak in force (the registry's controls
 * exempt vedtak), and no begjæring waiting for the board; nothing may be dated after the end.
 */
export function checkCloseSak(h: CaseHistory, c: CommandOf<'close-sak'>): TransitionError[] {
  const errors: TransitionError[] = [];
  const open = (what: string, id: string) =>
    errors.push(error('OPEN_ELEMENT', `${what} ${id} må avsluttes før saken kan avsluttes.`));
  h.meldinger.filter((m) => !m.konklusjon).forEach((m) => open('Meldingen', m.id));
  h.undersokelser.filter((u) => !u.konklusjon).forEach((u) => open('Undersøkelsen', u.id));
  h.tiltak.filter((t) => !t.konklusjon).forEach((t) => open('Tiltaket', t.id));
  h.planer.filter((p) => !p.konklusjon).forEach((p) => open('Planen', p.id));
  h.ettervern.filter((e) => !e.konklusjon).forEach((e) => open('Ettervernet', e.id));
  h.vedtak.forEach((v) => v.krav.filter((k) => !k.konklusjon).forEach((k) => open('Kravet', k.id)));
  h.vedtak
    .filter((v) => vedtakStatusOn(v)?.kode === '2')
    .forEach((v) => errors.push(error('VEDTAK_PENDING', `Begjæringen i vedtak ${v.id} venter på nemnda.`)));
  const last = elementDates(h).sort().at(-1);
  if (last !== undefined) errors.push(...notBefore(c.dato, last, 'den siste datoen i saken'));
  return errors;
}
