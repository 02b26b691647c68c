import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesValidOn, type Code } from '../codes/code-list.js';
import { ETTERVERN_KONKLUSJON } from '../codes/ettervern.js';
import { FLYTTING_ARSAK_FRA, FLYTTING_TIL } from '../codes/flytting.js';
import { MELDER, MELDING_KONKLUSJON } from '../codes/melding.js';
import { PLANTYPE } from '../codes/plan.js';
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import { TILTAK_KATEGORI, TILTAK_OPPHEVELSE } from '../codes/tiltak.js';
import { BARNETS_MEDVIRKNING, UNDERSOKELSE_KONKLUSJON } from '../codes/undersokelse.js';
import { VEDTAK_KRAV_KONKLUSJON } from '../codes/vedtak.js';
import { applyCommand } from './apply.js';
import { CaseCommand } from './commands.js';
import { CASE_CONTROLS, runControls } from './controls.js';
import { addDays, laterOf } from './dates.js';
import type { CaseHistory } from './history.js';
import { vedtakStatusOn } from './queries.js';
import { BIRTH_DATE, BVL2021_3_1, BVL2021_5_1, emptyCase } from './test-fixtures.js';
import { planSources } from './transitions-other.js';
import { VEDTAK_STATUS_TRANSITIONS } from './transitions-vedtak.js';

const START = '2025-06-01';
const TODAY = '2027-06-30';
// How often each of the 20 step kinds below is drawn: the steps that move a case forward more often
// than those that start something new, so runs reach vedtak, tiltak, closing and reopening.
const KIND_WEIGHTS = [2, 4, 3, 1, 4, 3, 2, 1, 2, 3, 3, 4, 1, 3, 1, 2, 1, 2, 2, 2];
const KINDS = KIND_WEIGHTS.flatMap((weight, kind) => Array.from({ length: weight }, () => kind));

interface Step {
  kind: number;
  pick: number;
  offset: number;
  code: number;
  flag: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat({ max: 1000 }),
  offset: fc.integer({ min: -30, max: 60 }),
  code: fc.nat({ max: 1000 }),
  flag: fc.boolean(),
});

const pickFrom = <T>(list: readonly T[], pick: number): T | undefined =>
  list[pick % Math.max(list.length, 1)];

/** A code valid on `dato`, with a presisering when the code needs one. */
function coded(list: readonly Code[], dato: string, n: number, exclude: readonly string[] = []) {
  const entry = pickFrom(
    codesValidOn(list, dato).filter((c) => !exclude.includes(c.code)),
    n,
  );
  if (!entry) return undefined;
  return entry.needsPresisering ? { kode: entry.code, presisering: 'Presisert' } : { kode: entry.code };
}

function content(dato: string, s: Step) {
  return { melder: [coded(MELDER, dato, s.code)], saksinnhold: [coded(SAKSINNHOLD, dato, s.pick)] };
}

/** A plausible next step for `h`: ids are fresh, targets exist; the state machine decides the rest. */
function commandFor(h: CaseHistory, s: Step, dato: string, n: number): Record<string, unknown> | undefined {
  const openMeldinger = h.meldinger.filter((m) => !m.konklusjon);
  const openUndersokelser = h.undersokelser.filter((u) => !u.konklusjon);
  const melding = pickFrom(openMeldinger, s.pick);
  const undersokelse = pickFrom(openUndersokelser, s.pick);
  const vedtak = pickFrom(h.vedtak, s.pick);
  const base = { dato };
  switch (s.kind) {
    case 0:
      return { type: 'receive-melding', meldingId: `m${n}`, ...base, ...content(dato, s) };
    case 1: {
      const kode = coded(MELDING_KONKLUSJON, dato, s.code, ['2'])?.kode;
      const target = kode === '4' ? { undersokelseId: pickFrom(openUndersokelser, s.code)?.id } : {};
      return (
        melding && {
          type: 'conclude-melding',
          meldingId: melding.id,
          kode,
          ...target,
          ...base,
          ...content(dato, s),
        }
      );
    }
    case 2:
      return (
        melding && {
          type: 'open-undersokelse',
          meldingId: melding.id,
          undersokelseId: `u${n}`,
          ...base,
          ...content(dato, s),
        }
      );
    case 3:
      return (
        undersokelse && {
          type: 'extend-undersokelse',
          undersokelseId: undersokelse.id,
          innvilget: s.flag ? '1' : undefined,
          ...base,
        }
      );
    case 4: {
      const k = coded(UNDERSOKELSE_KONKLUSJON, dato, s.code);
      const m = coded(BARNETS_MEDVIRKNING, dato, s.pick);
      const medvirkning = m && { startDato: dato, medvirkningType: m.kode };
      const grunnlag = [coded(SAKSINNHOLD, dato, s.pick)];
      return (
        undersokelse &&
        k && {
          type: 'conclude-undersokelse',
          undersokelseId: undersokelse.id,
          ...k,
          vedtaksgrunnlag: grunnlag,
          barnetsMedvirkning: medvirkning,
          ...base,
        }
      );
    }
    case 5: {
      const ledToVedtak = h.undersokelser.filter(
        (x) => x.konklusjon?.kode === '1' || x.konklusjon?.kode === '2',
      );
      const u = s.flag ? undefined : pickFrom(ledToVedtak, s.pick);
      const status = u?.konklusjon?.kode ?? (s.code % 2 === 0 ? '1' : '2');
      const lovhjemmel = s.pick % 2 === 0 ? BVL2021_3_1 : BVL2021_5_1;
      const oversendelse = status === '2' ? { oversendelseId: `o${n}` } : {};
      return {
        type: 'decide-vedtak',
        vedtakId: `v${n}`,
        lovhjemmel,
        status,
        undersokelseId: u?.id,
        ...oversendelse,
        ...base,
      };
    }
    case 6: {
      const current = vedtak ? vedtakStatusOn(vedtak)?.kode : undefined;
      const kode = pickFrom(VEDTAK_STATUS_TRANSITIONS[current ?? ''] ?? [], s.code);
      if (!vedtak || kode === undefined) return undefined;
      return { type: 'change-vedtak-status', vedtakId: vedtak.id, kode, ...base };
    }
    case 7:
      return vedtak && { type: 'receive-krav', vedtakId: vedtak.id, kravId: `k${n}`, ...base };
    case 8: {
      const v = pickFrom(
        h.vedtak.filter((x) => x.krav.some((k) => !k.konklusjon)),
        s.pick,
      );
      const krav = v?.krav.find((k) => !k.konklusjon);
      return (
        v &&
        krav && {
          type: 'conclude-krav',
          vedtakId: v.id,
          kravId: krav.id,
          ...coded(VEDTAK_KRAV_KONKLUSJON, dato, s.code),
          ...base,
        }
      );
    }
    case 9: {
      const hyppighet = [{ id: `h${n}`, startDato: dato, kode: '4' }];
      const followUp = s.flag && {
        tilsyn: { ansvarlig: [{ id: `a${n}`, startDato: dato, kommunenummer: '4601' }], hyppighet },
        oppfolging: { hyppighet },
      };
      return (
        vedtak && {
          type: 'start-tiltak',
          tiltakId: `t${n}`,
          vedtakId: vedtak.id,
          kategori: coded(TILTAK_KATEGORI, dato, s.code),
          ...followUp,
          ...base,
        }
      );
    }
    case 10: {
      const t = pickFrom(
        h.tiltak.filter((x) => !x.konklusjon),
        s.pick,
      );
      const opphevelse = s.flag ? coded(TILTAK_OPPHEVELSE, dato, s.code) : undefined;
      return t && { type: 'end-tiltak', tiltakId: t.id, opphevelse, ...base };
    }
    case 11: {
      const plantype = coded(PLANTYPE, dato, s.code)?.kode ?? '1';
      const type = pickFrom(planSources(plantype), s.pick) ?? 'Tiltak';
      const all = type === 'Undersokelse' ? h.undersokelser : type === 'Vedtak' ? h.vedtak : h.tiltak;
      const open = all.filter((x: { konklusjon?: unknown }) => x.konklusjon === undefined);
      const source = pickFrom(open.length > 0 ? open : all, s.pick);
      return source && { type: 'add-plan', planId: `p${n}`, plantype, fra: { type, id: source.id }, ...base };
    }
    case 12:
    case 13: {
      const plan = pickFrom(
        h.planer.filter((p) => !p.konklusjon),
        s.pick,
      );
      return plan && { type: s.kind === 12 ? 'evaluate-plan' : 'end-plan', planId: plan.id, ...base };
    }
    case 14:
      return { type: 'offer-ettervern', ettervernId: `e${n}`, ...base };
    case 15: {
      const e = pickFrom(
        h.ettervern.filter((x) => !x.konklusjon),
        s.pick,
      );
      return (
        e && {
          type: 'conclude-ettervern',
          ettervernId: e.id,
          kode: coded(ETTERVERN_KONKLUSJON, dato, s.code)?.kode,
          ...base,
        }
      );
    }
    case 16:
      return {
        type: 'register-flytting',
        flyttingId: `f${n}`,
        arsakFra: coded(FLYTTING_ARSAK_FRA, dato, s.code),
        flyttingTil: coded(FLYTTING_TIL, dato, s.pick),
        ...base,
      };
    case 19: {
      const t = pickFrom(
        h.tiltak.filter((x) => !x.konklusjon && x.tilsyn),
        s.pick,
      );
      return t && { type: 'record-visit', tiltakId: t.id, besok: s.flag ? 'tilsyn' : 'oppfolging', ...base };
    }
    case 17:
      return { type: 'close-sak', ...base };
    case 18:
    default:
      return { type: 'reopen-sak', meldingId: `m${n}`, ...base, ...content(dato, s) };
  }
}

/** Runs the steps from an empty case, keeping the allowed ones; returns the case and what was applied. */
function play(steps: readonly Step[]): { history: CaseHistory; applied: string[] } {
  let history = emptyCase(START);
  let cursor = START;
  const applied: string[] = [];
  steps.forEach((s, n) => {
    const dato = addDays(cursor, s.offset);
    const input = commandFor(history, s, dato, n);
    if (!input) return;
    const parsed = CaseCommand.safeParse(JSON.parse(JSON.stringify(input)));
    if (!parsed.success) throw new Error(`Generator made an invalid command: ${parsed.error.message}`);
    const command = parsed.data;
    const result = applyCommand(history, command, TODAY);
    if (!result.ok) return;
    history = result.history;
    cursor = laterOf(cursor, dato);
    applied.push(command.type);
  });
  return { history, applied };
}

const DATE_ORDER = new Set(CASE_CONTROLS.filter((c) => c.dateOrder).map((c) => c.id));

describe('a case built only from allowed steps', () => {
  it('passes every date-order control and the schema (fast-check)', () => {
    const reached = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 20, maxLength: 150, size: 'max' }), (steps) => {
        const { history, applied } = play(steps);
        applied.forEach((t) => reached.set(t, (reached.get(t) ?? 0) + 1));
        const findings = runControls(history, { reportingDate: TODAY, birthDate: BIRTH_DATE });
        const broken = findings.filter(
          (f) => f.severity === 'FATAL' || (DATE_ORDER.has(f.controlId) && f.severity !== 'WARNING'),
        );
        expect(broken).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // The property means little unless the generator reaches the whole process.
    for (const type of CaseCommand.options.map((o) => o.shape.type.value)) {
      expect(reached.get(type) ?? 0, `${type} was applied in some run`).toBeGreaterThan(0);
    }
  }, 30_000);
});
