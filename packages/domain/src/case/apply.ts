/**
 * Performs a step on a case history: checks it with `checkTransition`, then returns the new history
 * (the old one is not changed). Relations the registry needs are added with the step that implies them.
 */
import type { CaseCommand, CommandOf } from './commands.js';
import type { CaseHistory } from './history.js';
import type { Melding, Plan, Tiltak, Undersokelse, Vedtak } from './model.js';
import { derivedId, relasjon } from './queries.js';
import { checkTransition, type TransitionError } from './state-machine.js';
import { mergedContent } from './transition-support.js';

export type ApplyResult = { ok: true; history: CaseHistory } | { ok: false; errors: TransitionError[] };

function assertNever(value: never): never {
  throw new Error(`Unhandled case command: ${JSON.stringify(value)}`);
}

function update<T extends { id: string }>(list: readonly T[], id: string, change: (item: T) => T): T[] {
  return list.map((item) => (item.id === id ? change(item) : item));
}

function newMelding(c: CommandOf<'receive-melding'> | CommandOf<'reopen-sak'>): Melding {
  return { id: c.meldingId, startDato: c.dato, melder: c.melder, saksinnhold: c.saksinnhold };
}

function concludeMelding(h: CaseHistory, c: CommandOf<'conclude-melding'> | CommandOf<'open-undersokelse'>) {
  const kode = c.type === 'open-undersokelse' ? '2' : c.kode;
  return update(h.meldinger, c.meldingId, (m) => ({
    ...m,
    ...mergedContent(m, c),
    konklusjon: { sluttDato: c.dato, kode },
  }));
}

function vedtakStatus(v: Vedtak, kode: '1' | '2' | '3' | '4', dato: string): Vedtak {
  const status = [
    ...v.status,
    { id: derivedId(v.id, `status${v.status.length + 1}`), endretDato: dato, kode },
  ];
  return { ...v, status, ...(kode === '3' || kode === '4' ? { konklusjon: { sluttDato: dato } } : {}) };
}

function next(h: CaseHistory, c: CaseCommand): CaseHistory {
  switch (c.type) {
    case 'receive-melding':
      return { ...h, meldinger: [...h.meldinger, newMelding(c)] };
    case 'reopen-sak': {
      const { sluttDato: _closed, ...sak } = h.sak;
      return { ...h, sak, meldinger: [...h.meldinger, newMelding(c)] };
    }
    case 'conclude-melding': {
      const joined = c.kode === '4' ? c.undersokelseId : undefined;
      const rel = joined === undefined ? [] : [relasjon('Melding', c.meldingId, 'Undersokelse', joined)];
      return { ...h, meldinger: concludeMelding(h, c), relasjoner: [...h.relasjoner, ...rel] };
    }
    case 'open-undersokelse': {
      const u: Undersokelse = { id: c.undersokelseId, startDato: c.dato, vedtaksgrunnlag: [] };
      return {
        ...h,
        meldinger: concludeMelding(h, c),
        undersokelser: [...h.undersokelser, u],
        relasjoner: [...h.relasjoner, relasjon('Melding', c.meldingId, 'Undersokelse', c.undersokelseId)],
      };
    }
    case 'extend-undersokelse': {
      const frist = { startDato: c.dato, ...(c.innvilget ? { innvilget: c.innvilget } : {}) };
      return {
        ...h,
        undersokelser: update(h.undersokelser, c.undersokelseId, (u) => ({ ...u, utvidetFrist: frist })),
      };
    }
    case 'conclude-undersokelse':
      return {
        ...h,
        undersokelser: update(h.undersokelser, c.undersokelseId, (u) => {
          const medvirkning = c.barnetsMedvirkning ?? u.barnetsMedvirkning;
          const k = {
            sluttDato: c.dato,
            kode: c.kode,
            ...(c.presisering ? { presisering: c.presisering } : {}),
          };
          return {
            ...u,
            vedtaksgrunnlag: c.vedtaksgrunnlag,
            ...(medvirkning ? { barnetsMedvirkning: medvirkning } : {}),
            konklusjon: k,
          };
        }),
      };
    case 'decide-vedtak': {
      const v: Vedtak = {
        id: c.vedtakId,
        startDato: c.dato,
        lovhjemmel: c.lovhjemmel,
        jmfrLovhjemmel: c.jmfrLovhjemmel,
        krav: [],
        status: [{ id: derivedId(c.vedtakId, 'status1'), endretDato: c.dato, kode: c.status }],
      };
      const relasjoner = [...h.relasjoner];
      if (c.undersokelseId !== undefined)
        relasjoner.push(relasjon('Undersokelse', c.undersokelseId, 'Vedtak', c.vedtakId));
      const oversendelser = [...h.oversendelserFylkesnemnd];
      if (c.oversendelseId !== undefined) {
        const { lovhjemmel, jmfrLovhjemmel } = c;
        oversendelser.push({ id: c.oversendelseId, startDato: c.dato, lovhjemmel, jmfrLovhjemmel });
        relasjoner.push(relasjon('Vedtak', c.vedtakId, 'OversendelseFylkesnemnd', c.oversendelseId));
      }
      return { ...h, vedtak: [...h.vedtak, v], relasjoner, oversendelserFylkesnemnd: oversendelser };
    }
    case 'change-vedtak-status':
      return { ...h, vedtak: update(h.vedtak, c.vedtakId, (v) => vedtakStatus(v, c.kode, c.dato)) };
    case 'receive-krav':
      return {
        ...h,
        vedtak: update(h.vedtak, c.vedtakId, (v) => ({
          ...v,
          krav: [...v.krav, { id: c.kravId, startDato: c.dato }],
        })),
      };
    case 'conclude-krav': {
      const konklusjon = {
        sluttDato: c.dato,
        kode: c.kode,
        ...(c.presisering ? { presisering: c.presisering } : {}),
      };
      return {
        ...h,
        vedtak: update(h.vedtak, c.vedtakId, (v) => ({
          ...v,
          krav: update(v.krav, c.kravId, (k) => ({ ...k, konklusjon })),
        })),
      };
    }
    case 'start-tiltak': {
      const v = h.vedtak.find((x) => x.id === c.vedtakId);
      if (!v) return h;
      const t: Tiltak = {
        id: c.tiltakId,
        startDato: c.dato,
        lovhjemmel: c.lovhjemmel ?? v.lovhjemmel,
        jmfrLovhjemmel: c.jmfrLovhjemmel ?? v.jmfrLovhjemmel,
        kategori: c.kategori,
        tiltaksgrunnlag: c.tiltaksgrunnlag,
        ...(c.tilsyn ? { tilsyn: c.tilsyn } : {}),
        ...(c.oppfolging ? { oppfolging: c.oppfolging } : {}),
      };
      return {
        ...h,
        tiltak: [...h.tiltak, t],
        relasjoner: [...h.relasjoner, relasjon('Vedtak', c.vedtakId, 'Tiltak', c.tiltakId)],
      };
    }
    case 'record-visit':
      return {
        ...h,
        tiltak: update(h.tiltak, c.tiltakId, (t) => {
          const followUp = t[c.besok];
          if (!followUp) return t;
          const visit = {
            id: derivedId(t.id, `${c.besok}${followUp.utfort.length + 1}`),
            utfortDato: c.dato,
          };
          return { ...t, [c.besok]: { ...followUp, utfort: [...followUp.utfort, visit] } };
        }),
      };
    case 'end-tiltak':
      return {
        ...h,
        tiltak: update(h.tiltak, c.tiltakId, (t) => ({
          ...t,
          ...(c.opphevelse ? { opphevelse: c.opphevelse } : {}),
          konklusjon: { sluttDato: c.dato },
        })),
      };
    case 'add-plan': {
      const p: Plan = { id: c.planId, startDato: c.dato, plantype: c.plantype, evaluering: [] };
      return {
        ...h,
        planer: [...h.planer, p],
        relasjoner: [...h.relasjoner, relasjon(c.fra.type, c.fra.id, 'Plan', c.planId)],
      };
    }
    case 'evaluate-plan':
      return {
        ...h,
        planer: update(h.planer, c.planId, (p) => ({
          ...p,
          evaluering: [...p.evaluering, { utfortDato: c.dato }],
        })),
      };
    case 'end-plan':
      return {
        ...h,
        planer: update(h.planer, c.planId, (p) => ({ ...p, konklusjon: { sluttDato: c.dato } })),
      };
    case 'offer-ettervern':
      return { ...h, ettervern: [...h.ettervern, { id: c.ettervernId, tilbudSendtDato: c.dato }] };
    case 'conclude-ettervern':
      return {
        ...h,
        ettervern: update(h.ettervern, c.ettervernId, (e) => ({
          ...e,
          konklusjon: { sluttDato: c.dato, kode: c.kode },
        })),
      };
    case 'register-flytting': {
      const { flyttingId: id, dato: sluttDato, arsakFra, flyttingTil } = c;
      return { ...h, flyttinger: [...h.flyttinger, { id, sluttDato, arsakFra, flyttingTil }] };
    }
    case 'close-sak':
      return { ...h, sak: { ...h.sak, sluttDato: c.dato } };
    default:
      return assertNever(c);
  }
}

/** Checks `command` against `history` on `today` and, when allowed, returns the history after it. */
export function applyCommand(history: CaseHistory, command: CaseCommand, today: string): ApplyResult {
  const verdict = checkTransition(history, command, today);
  return verdict.ok ? { ok: true, history: next(history, command) } : verdict;
}
