import { describe, expect, it } from 'vitest';
import { casePath, matchStaffRoute, NEW_CASE_PATH, newCasePath, personPath, stepPath } from './staff-routes';

const ID = '0b7f3c1e-8f8e-4c59-9d55-2f1f0c8e9a10';

describe('staff routes', () => {
  it('round-trip the case and step paths, with a target holding a |', () => {
    expect(matchStaffRoute(casePath(ID))).toEqual({ page: 'case', sakId: ID });
    expect(matchStaffRoute(NEW_CASE_PATH)).toEqual({ page: 'new-case' });
    expect(matchStaffRoute(newCasePath(ID))).toEqual({ page: 'new-case', personId: ID });
    expect(matchStaffRoute(personPath(ID))).toEqual({ page: 'person', personId: ID });
    expect(matchStaffRoute(stepPath(ID, 'close-sak'))).toEqual({
      page: 'step',
      sakId: ID,
      type: 'close-sak',
    });
    expect(matchStaffRoute(stepPath(ID, 'add-plan', `Tiltak|${ID}`))).toEqual({
      page: 'step',
      sakId: ID,
      type: 'add-plan',
      target: `Tiltak|${ID}`,
    });
  });

  it('leaves anything else to the shared router (404)', () => {
    expect(matchStaffRoute('/saker/123')).toBeUndefined();
    expect(matchStaffRoute(`/saker/${ID}/steg/decide-vedtak`)).toBeUndefined();
    expect(matchStaffRoute(`/saker/${ID}/steg/close-sak/%E0%A4%A`)).toBeUndefined();
    expect(matchStaffRoute('/om')).toBeUndefined();
  });
});
