import { describe, expect, it } from 'vitest';
import { countsText, groupBySeverity, mayOpenCases, mayReport, type TenantFinding } from './registry';

const f = (severity: TenantFinding['severity'], controlId: string): TenantFinding => ({
  caseId: '8c0f6b9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f',
  journalnummer: '2026/1',
  controlId,
  severity,
  message: 'm',
  field: 'sak',
});

describe('registry page rules', () => {
  it('lets the systemansvarlig and the head of service report, nobody else', () => {
    expect(mayReport(['systemansvarlig'])).toBe(true);
    expect(mayReport(['barnevernleder'])).toBe(true);
    expect(mayReport(['saksbehandler', 'fagleder'])).toBe(false);
    expect(mayReport(['ukjent'])).toBe(false);
  });

  it('links cases only for a role that opens cases', () => {
    expect(mayOpenCases(['systemansvarlig'])).toBe(false);
    expect(mayOpenCases(['barnevernleder'])).toBe(true);
  });

  it('groups findings FATAL, ERROR, WARNING and leaves out empty groups', () => {
    const groups = groupBySeverity([f('WARNING', 'w'), f('ERROR', 'e1'), f('FATAL', 'x'), f('ERROR', 'e2')]);
    expect(groups.map(([s, l]) => [s, l.map((x) => x.controlId)])).toEqual([
      ['FATAL', ['x']],
      ['ERROR', ['e1', 'e2']],
      ['WARNING', ['w']],
    ]);
  });

  it('writes counts per element in a stable order without zeros', () => {
    expect(countsText({ Tiltak: 1, Melding: 3, Plan: 0 })).toBe('Melding 3, Tiltak 1');
  });
});
