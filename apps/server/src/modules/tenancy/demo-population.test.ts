import { parseIdentityNumber, runControls } from '@vern/domain';
import { describe, expect, it } from 'vitest';
import { PHASES } from './demo-case-steps.js';
import { generateDemoPopulation, type DemoCase } from './demo-population.js';

const TODAY = '2026-11-24';
const population = generateDemoPopulation({ seed: 2026, count: 300, today: TODAY });

/**
 * Personalia kontroll 12 refuses synthetic numbers, as the registry does: a demo must never carry a
 * number that could be a real person's, so every demo child trips it. It is the one control the
 * demo cannot satisfy; the test checks that it fires for that reason only.
 */
const SYNTHETIC_ONLY = 'personalia-12';

function findings(c: DemoCase, today = TODAY) {
  return runControls(
    { ...c.history, personalia: [c.personalia] },
    { reportingDate: today, ...(c.child.birthDate ? { birthDate: c.child.birthDate } : {}) },
  );
}

describe('the demo population', () => {
  it('has the asked number of children, with every phase present', () => {
    expect(population).toHaveLength(300);
    for (const phase of PHASES) expect(population.filter((c) => c.phase === phase).length).toBeGreaterThan(0);
  });

  it('shows what a demo should: urgent new meldinger, extended deadlines, placements with visits, moves', () => {
    const some = (p: (c: DemoCase) => boolean) => expect(population.filter(p).length).toBeGreaterThan(0);
    const lastWeek = '2026-11-17';
    some((c) => c.steps.some((s) => s.melding?.needsImmediateFollowUp && s.command.dato > lastWeek));
    some((c) => c.history.undersokelser.some((u) => u.utvidetFrist?.innvilget === '1'));
    some((c) => c.history.vedtak.some((v) => v.status.map((s) => s.kode).join() === '2,1'));
    some((c) => c.history.vedtak.some((v) => v.status.length === 1 && v.status[0]?.kode === '2'));
    some((c) => c.history.tiltak.some((t) => (t.tilsyn?.utfort.length ?? 0) >= 4));
    some((c) => c.history.tiltak.some((t) => (t.oppfolging?.utfort.length ?? 0) >= 4));
    some((c) => c.history.flyttinger.length > 0);
    some((c) => c.history.ettervern.some((e) => e.konklusjon?.kode === '1'));
    some((c) => c.history.planer.some((p) => p.plantype === '1' && p.evaluering.length >= 2));
    some((c) => c.steps.some((s) => s.command.type === 'reopen-sak'));
    some((c) => c.caseworker === null);
    some((c) => c.child.addressProtection === 'strengt_fortrolig');
    some((c) => c.child.addressProtection === 'fortrolig');
    // Steps taken in the order they happened.
    for (const c of population)
      c.steps.forEach((s, i) => {
        const next = c.steps[i + 1];
        if (next && next.command.type !== 'record-visit' && s.command.type !== 'record-visit')
          expect(s.command.dato <= next.command.dato, `${c.phase} step ${i}`).toBe(true);
      });
  });

  it('gives every case no FATAL or ERROR finding from the registry controls', () => {
    const bad = population.flatMap((c, i) =>
      findings(c)
        .filter((f) => (f.severity === 'FATAL' || f.severity === 'ERROR') && f.controlId !== SYNTHETIC_ONLY)
        .map((f) => `${i} ${c.phase} ${f.controlId} ${f.field}: ${f.message}`),
    );
    expect(bad).toEqual([]);
  });

  it('trips personalia-12 only for synthetic numbers, which are valid when synthetic numbers are allowed', () => {
    for (const c of population) {
      const fnr = c.personalia.fodselsnummer;
      const strict = parseIdentityNumber(fnr);
      const lenient = parseIdentityNumber(fnr, { allowSynthetic: true, today: TODAY });
      expect(lenient.ok, fnr).toBe(true);
      if (!strict.ok) expect(strict.code).toBe('SYNTHETIC');
      const flagged = findings(c).some((f) => f.controlId === SYNTHETIC_ONLY);
      expect(flagged).toBe(!strict.ok);
    }
  });

  it('uses only synthetic or placeholder identity numbers, unique, matching birth date and sex', () => {
    const numbers = population.flatMap((c) => [c.child, ...c.parents.map((p) => p.person)]);
    expect(new Set(numbers.map((p) => p.fodselsnummer)).size).toBe(numbers.length);
    for (const p of numbers) {
      const parsed = parseIdentityNumber(p.fodselsnummer, { allowSynthetic: true, today: TODAY });
      if (!parsed.ok) throw new Error(`invalid ${p.fodselsnummer}`);
      if (parsed.incomplete) {
        // Placeholders are no real number by construction: the parser prefers a real reading.
        expect(parsed.kind === 'termindato-99999' ? p.kjonn : 'placeholder').toMatch(/^(0|placeholder)$/);
        continue;
      }
      expect(parsed.synthetic).toBe(true);
      expect(parsed.birthDate).toBe(p.birthDate);
      expect(parsed.sex).toBe(p.kjonn === '2' ? 'female' : 'male');
    }
    const kinds = population.map((c) =>
      parseIdentityNumber(c.personalia.fodselsnummer, { allowSynthetic: true }),
    );
    expect(kinds.some((k) => k.ok && k.kind === 'd-nummer')).toBe(true);
    expect(kinds.some((k) => k.ok && k.kind === 'termindato-99999')).toBe(true);
    expect(population.some((c) => c.child.dufNummer !== null)).toBe(true);
  });

  it('keeps every step within the three years up to today', () => {
    for (const c of population)
      for (const s of c.steps) {
        expect(s.command.dato <= TODAY).toBe(true);
        expect(s.command.dato >= '2023-11-25').toBe(true);
      }
  });

  it('is deterministic: the same seed gives the same people, ids and steps', () => {
    const again = generateDemoPopulation({ seed: 2026, count: 300, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(population));
    const other = generateDemoPopulation({ seed: 7, count: 300, today: TODAY });
    expect(other[0]?.child.id).not.toBe(population[0]?.child.id);
  });

  it('works for other seeds, sizes and days', () => {
    for (const [seed, count, today] of [
      [1, 40, '2026-03-01'],
      [99, 120, '2027-06-15'],
      [5, 60, '2025-12-30'],
      [7, 300, TODAY],
      [8, 200, '2026-01-02'],
      [9, 200, '2028-02-29'],
    ] as const) {
      const other = generateDemoPopulation({ seed, count, today });
      expect(other).toHaveLength(count);
      const errors = other.flatMap((c) =>
        findings(c, today)
          .filter((f) => f.severity === 'ERROR' || f.severity === 'FATAL')
          .filter((f) => f.controlId !== SYNTHETIC_ONLY),
      );
      expect(errors).toEqual([]);
    }
  }, 30_000); // builds three populations (up to 120 cases): seconds on a loaded machine
});
