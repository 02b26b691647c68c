import { describe, expect, it } from 'vitest';
import type { CaseListItem } from '../api/types';
import { filterCases, searchable } from './CaseList';

const item = (childName: string, unitName = 'Mottak og undersøkelse'): CaseListItem => ({
  id: childName,
  status: 'open',
  unitName,
  caseworkerName: 'Sara Saksbehandler',
  childName,
  childBirthDate: '2015-03-10',
});

describe('filterCases', () => {
  const items = [item('Åse Bjørnstad'), item('Emma Dahl', 'Tiltak og oppfølging')];

  it('finds by any words in any order, tolerant of æøå typed plainly', () => {
    expect(filterCases(items, 'bjornstad aase').map((c) => c.childName)).toEqual(['Åse Bjørnstad']);
    expect(filterCases(items, 'tiltak').map((c) => c.childName)).toEqual(['Emma Dahl']);
    expect(filterCases(items, '')).toHaveLength(2);
    expect(filterCases(items, 'emma bjørn')).toEqual([]);
    expect(searchable('Ærlig Øst')).toBe('aerlig ost');
  });
});
