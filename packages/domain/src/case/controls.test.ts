import { describe, expect, it } from 'vitest';
import { CASE_CONTROLS, runControls } from './controls.js';
import {
  BIRTH_DATE,
  build,
  CONTROL_PREFIXES,
  findingsOf,
  HAPPY_PATH,
  mutate,
  TODAY,
} from './test-fixtures.js';

const CLEAN = () => build(HAPPY_PATH);

describe('runControls', () => {
  it('finds nothing in a case built from the happy path', () => {
    expect(runControls(CLEAN(), { reportingDate: TODAY, birthDate: BIRTH_DATE })).toEqual([]);
  });

  it('implements these controls with the specification’s severities', () => {
    expect(CASE_CONTROLS.map((c) => `${c.id}:${c.severity}`)).toEqual([
      'filbeskrivelse:FATAL',
      ...['sak-1:ERROR', 'sak-2a:ERROR', 'sak-7:WARNING', 'sak-8:ERROR', 'sak-21:ERROR', 'sak-23:INFO'],
      ...['personalia-2f:ERROR', 'personalia-11:ERROR', 'personalia-12:ERROR', 'personalia-13:WARNING'],
      ...['personalia-14:ERROR', 'personalia-15:ERROR', 'personalia-16:ERROR', 'personalia-17:ERROR'],
      'personalia-18:INFO',
      ...['melding-2a:ERROR', 'melding-2c:ERROR', 'melding-2e:ERROR', 'melding-3:WARNING', 'melding-4:ERROR'],
      ...['melding-5:ERROR', 'melding-19:INFO', 'melder-2:ERROR', 'saksinnhold-2:ERROR'],
      ...['undersokelse-2a:ERROR', 'undersokelse-2c:ERROR', 'undersokelse-2e:ERROR', 'undersokelse-3:ERROR'],
      ...[
        'undersokelse-7:ERROR',
        'undersokelse-11:WARNING',
        'undersokelse-19:ERROR',
        'undersokelse-20:ERROR',
      ],
      'undersokelse-21:ERROR',
      ...['vedtak-2a:ERROR', 'vedtak-2c:ERROR', 'vedtak-2e:ERROR', 'vedtak-2f:ERROR', 'vedtak-2g:ERROR'],
      ...['vedtak-2h:ERROR', 'vedtak-2i:INFO', 'vedtak-2j:INFO', 'vedtak-3:ERROR', 'vedtak-4:ERROR'],
      ...['vedtak-5:ERROR', 'vedtak-19:INFO', 'vedtak-20:WARNING'],
      ...['oversendelse-2e:ERROR', 'oversendelse-2f:ERROR', 'oversendelse-5:ERROR'],
      ...['tiltak-2a:ERROR', 'tiltak-2c:ERROR', 'tiltak-2e:ERROR', 'tiltak-5:WARNING', 'tiltak-6:WARNING'],
      ...['tiltak-7:ERROR', 'tiltak-8:ERROR', 'tiltak-9:WARNING', 'tiltak-12:ERROR', 'tiltak-13:ERROR'],
      ...['tiltak-14:ERROR', 'tiltak-19:WARNING', 'tiltak-20:ERROR', 'tiltak-21:ERROR', 'tiltak-22:WARNING'],
      'tiltak-23:WARNING',
      ...[
        'plan-2a:ERROR',
        'plan-2c:ERROR',
        'plan-2e:ERROR',
        'plan-2f:ERROR',
        'plan-2g:ERROR',
        'plan-19:INFO',
      ],
      ...[
        'ettervern-2a:ERROR',
        'ettervern-2c:ERROR',
        'ettervern-2e:ERROR',
        'flytting-2c:ERROR',
        'flytting-2f:ERROR',
      ],
    ]);
  });

  it('has every control in one of the tested groups, each id once', () => {
    const prefixes = Object.values(CONTROL_PREFIXES).flat();
    const ids = CASE_CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== 'filbeskrivelse' && !prefixes.some((p) => id.startsWith(p)))).toEqual(
      [],
    );
  });

  it('reports what breaks the schema as FATAL (filbeskrivelse), with the field', () => {
    const lapsedCode = mutate(CLEAN(), (h) => h.meldinger[0]?.melder.splice(0, 1, { kode: '15' }));
    expect(findingsOf('filbeskrivelse', lapsedCode)).toEqual([
      {
        controlId: 'filbeskrivelse',
        severity: 'FATAL',
        field: 'meldinger.0.melder.0.kode',
        message:
          'Innholdet er feil i forhold til filbeskrivelsen / XSD (Koden 15 gikk ut 2024-12-31 og kan ikke brukes 2025-01-06.)',
      },
    ]);
    const reusedId = mutate(CLEAN(), (h) => h.planer[1] && (h.planer[1].id = 'm1'));
    expect(findingsOf('filbeskrivelse', reusedId)[0]?.field).toBe('planer.1.id');
    expect(findingsOf('filbeskrivelse', CLEAN())).toEqual([]);
  });

  it('still runs the other controls when the schema check fails', () => {
    const broken = mutate(CLEAN(), (h) => {
      h.meldinger[0]?.melder.splice(0, 1, { kode: '15' });
      if (h.meldinger[0]) h.meldinger[0].startDato = '2025-01-05';
    });
    const ids = runControls(broken, { reportingDate: TODAY }).map((f) => f.controlId);
    expect(ids).toEqual(expect.arrayContaining(['filbeskrivelse', 'melding-2e']));
  });

  it('downgrades ERROR to WARNING for data migrated from KOSTRA (MigrertId)', () => {
    const early = (migrertId?: string) =>
      mutate(CLEAN(), (h) => {
        const m = h.meldinger[0];
        if (!m) return;
        m.startDato = '2025-01-05';
        if (migrertId) m.migrertId = migrertId;
      });
    expect(findingsOf('melding-2e', early())[0]?.severity).toBe('ERROR');
    expect(findingsOf('melding-2e', early('KOSTRA-123'))[0]?.severity).toBe('WARNING');
  });

  it('runs a control only from its «Gyldig fra» date', () => {
    const early = mutate(CLEAN(), (h) => h.vedtak[0] && (h.vedtak[0].startDato = '2025-01-05'));
    expect(findingsOf('vedtak-2e', early)).toHaveLength(1);
    expect(findingsOf('vedtak-2e', { history: early, reportingDate: '2021-12-31' })).toEqual([]);
  });

  it('throws on a reporting date or birth date that is not a date', () => {
    expect(() => runControls(CLEAN(), { reportingDate: '2026-13-01' })).toThrow(RangeError);
    expect(() => runControls(CLEAN(), { reportingDate: TODAY, birthDate: '15.06.2020' })).toThrow(RangeError);
  });
});
