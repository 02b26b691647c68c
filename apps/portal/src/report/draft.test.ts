import { checkReportSubmission } from '@vern/domain';
import { describe, expect, it } from 'vitest';
import {
  contentOf,
  DRAFT_KEY,
  discardDraft,
  hasContent,
  loadDraft,
  newDraft,
  saveDraft,
  submissionOf,
} from './draft';
import { setPath } from './draft-edit';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
const store = () => new MemoryStorage() as unknown as Storage & MemoryStorage;

describe('the report draft', () => {
  it('is kept and read back whole, keys included, and discarding leaves nothing', () => {
    const s = store();
    let d = setPath(newDraft(), 'kind', 'privat');
    d = setPath(d, 'children.0.name', 'Åse');
    d = setPath(d, 'report.concern', 'Limt inn:\n«tekst»');
    saveDraft(d, s);
    expect(loadDraft(s)).toEqual(d);
    discardDraft(s);
    expect(s.items.size).toBe(0);
    expect(loadDraft(s)).toBeNull();
  });

  it('a pristine draft has no content; one choice is content', () => {
    expect(hasContent(newDraft())).toBe(false);
    expect(hasContent(setPath(newDraft(), 'kind', 'privat'))).toBe(true);
  });

  it('ignores what is not a draft of this version', () => {
    const s = store();
    s.setItem(DRAFT_KEY, '{"version":2}');
    expect(loadDraft(s)).toBeNull();
    s.setItem(DRAFT_KEY, 'not json');
    expect(loadDraft(s)).toBeNull();
  });

  it('sends only what this kind of reporter is asked, as typed, and the server schema takes it', () => {
    let d = setPath(newDraft(), 'kind', 'privat');
    d = setPath(d, 'anonymous', true);
    d = setPath(d, 'melder.name', 'Skrevet før anonym ble valgt');
    d = setPath(d, 'children.0.name', ' Gutten i 2. etasje ');
    d = setPath(d, 'children.0.told', 'yes');
    d = setPath(d, 'report.concern', 'Roping.');
    expect(contentOf(d)).toEqual({
      melder: { kind: 'privat', anonymous: true },
      children: [{ name: ' Gutten i 2. etasje ' }],
      report: { concern: 'Roping.' },
    });
    expect(checkReportSubmission(submissionOf(d, 'nb'))).toMatchObject({ ok: true });
  });

  it('a professional gives whom they told, and the guardians', () => {
    let d = setPath(newDraft(), 'kind', 'offentlig');
    d = setPath(d, 'guardians', [{ name: 'Mor', phone: '', told: 'no', notToldWhy: 'Fare for barnet' }]);
    d = setPath(d, 'children.0.told', 'no');
    const c = contentOf(d);
    expect(c.children[0]?.told).toBe(false);
    expect(c.guardians).toEqual([{ name: 'Mor', told: false, notToldWhy: 'Fare for barnet' }]);
  });
});
