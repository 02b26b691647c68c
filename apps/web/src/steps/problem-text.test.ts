import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../api/http';
import { staffTranslate } from '../i18n/useStaffT';
import { detailText, problemText } from './problem-text';

const t = (key: Parameters<typeof staffTranslate>[1], params?: Record<string, string | number>) =>
  staffTranslate('nb', key, params);
const problem = (p: Partial<ApiProblem>): ApiProblem => ({
  status: 400,
  code: 'VALIDATION_FAILED',
  message: '',
  details: [],
  ...p,
});

describe('problem texts', () => {
  it('shows the state machine Norwegian as it is, and generic English reasons as "not valid"', () => {
    const invalid = problem({ status: 422, code: 'INVALID_TRANSITION' });
    expect(
      detailText(t, invalid, { field: 'command.dato', reason: 'Datoen kan ikke være etter i dag.' }),
    ).toBe('Datoen kan ikke være etter i dag.');
    const validation = problem({});
    expect(detailText(t, validation, { field: 'childPersonId', reason: 'must be a UUID' })).toBe(
      'Verdien er ikke gyldig.',
    );
    expect(
      detailText(t, validation, { field: 'command.lovhjemmel.kapittel', reason: 'Kan ikke være 0.' }),
    ).toBe('Kan ikke være 0.');
  });

  it('explains the request as a whole for stale versions, refusals, outages and the network', () => {
    expect(
      problemText(
        t,
        problem({
          status: 409,
          code: 'CONFLICT',
          details: [{ field: 'expectedVersion', reason: 'x', code: 'STALE_VERSION' }],
        }),
      ),
    ).toBe(staffTranslate('nb', 'form.stale'));
    expect(
      problemText(t, problem({ status: 403, code: 'FORBIDDEN', message: 'Du har ikke delegert myndighet.' })),
    ).toBe('Du har ikke delegert myndighet.');
    expect(problemText(t, problem({ status: 500, code: 'INTERNAL', requestId: 'req-1' }))).toContain('req-1');
    expect(problemText(t, problem({ status: 0, code: 'NETWORK' }))).toBe(
      staffTranslate('nb', 'form.network'),
    );
    expect(
      problemText(
        t,
        problem({ status: 422, code: 'INVALID_TRANSITION', details: [{ field: 'command', reason: 'x' }] }),
      ),
    ).toBeNull();
  });
});
