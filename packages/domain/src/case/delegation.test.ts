import { describe, expect, it } from 'vitest';
import { delegationCovers, formatHjemmel, mayDecideVedtak, type VedtakDelegation } from './delegation.js';

const row = (over: Partial<VedtakDelegation>): VedtakDelegation => ({
  lov: 'BVL2021',
  kapittel: null,
  paragraf: null,
  role: 'barnevernleder',
  staffUserId: null,
  ...over,
});
const hjemmel = (kapittel: string, paragraf: string) => ({ lov: 'BVL2021' as const, kapittel, paragraf });

describe('vedtak delegation', () => {
  it('a row covers its law, its chapter or its one paragraph', () => {
    expect(delegationCovers(row({}), hjemmel('4', '2'))).toBe(true);
    expect(delegationCovers(row({ lov: 'BVL' }), hjemmel('4', '2'))).toBe(false);
    expect(delegationCovers(row({ kapittel: '3' }), hjemmel('3', '1'))).toBe(true);
    expect(delegationCovers(row({ kapittel: '3' }), hjemmel('4', '1'))).toBe(false);
    expect(delegationCovers(row({ kapittel: '3', paragraf: '1' }), hjemmel('3', '1'))).toBe(true);
    expect(delegationCovers(row({ kapittel: '3', paragraf: '1' }), hjemmel('3', '2'))).toBe(false);
  });

  it('applies to the named role or the named staff member only', () => {
    const rows = [
      row({ role: 'fagleder', kapittel: '3' }),
      row({ role: null, staffUserId: 'u-9', kapittel: '4' }),
    ];
    const caseworker = { staffUserId: 'u-1', roles: ['saksbehandler'] as const };
    const leader = { staffUserId: 'u-2', roles: ['saksbehandler', 'fagleder'] as const };
    const named = { staffUserId: 'u-9', roles: ['saksbehandler'] as const };
    expect(mayDecideVedtak(caseworker, rows, hjemmel('3', '1'))).toBe(false);
    expect(mayDecideVedtak(leader, rows, hjemmel('3', '1'))).toBe(true);
    expect(mayDecideVedtak(leader, rows, hjemmel('4', '2'))).toBe(false);
    expect(mayDecideVedtak(named, rows, hjemmel('4', '2'))).toBe(true);
    expect(mayDecideVedtak(named, [], hjemmel('4', '2'))).toBe(false);
  });

  it('formats a legal basis as people write it', () => {
    expect(formatHjemmel(hjemmel('4', '2'))).toBe('BVL2021 § 4-2');
  });
});
