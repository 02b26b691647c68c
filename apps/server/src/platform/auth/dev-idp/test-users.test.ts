import { describe, expect, it } from 'vitest';
import { hasValidCheckDigits, TEST_CITIZENS } from './test-users.js';

describe('test citizens of the development IdP', () => {
  it('have fødselsnummer with valid check digits and a synthetic month (+80)', () => {
    for (const c of TEST_CITIZENS) {
      expect(hasValidCheckDigits(c.pid), c.name).toBe(true);
      expect(Number(c.pid.slice(2, 4)), c.name).toBeGreaterThan(80);
    }
  });

  it('the check rejects a changed digit', () => {
    expect(hasValidCheckDigits('14838512471')).toBe(false);
    expect(hasValidCheckDigits('1483851247')).toBe(false);
  });
});
