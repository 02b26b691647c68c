import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/nb';
import type { StaffKey } from '../i18n/dictionary';
import { entryKind, entryStatus, entryWhen, needsAttention } from './communication';

const t = (key: StaffKey, values: Record<string, string | number> = {}) =>
  nb[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

describe('the communication log in words', () => {
  it('gives a dated note its day and anything else its day and Norwegian time', () => {
    expect(entryWhen({ at: '2026-03-02T11:00:00.000Z', dayOnly: true })).toBe('2026-03-02');
    // 23:30 UTC on 2 March is 00:30 on 3 March in Oslo (winter time)
    expect(entryWhen({ at: '2026-03-02T23:30:00.000Z', dayOnly: false })).toBe('2026-03-03 00:30');
    // summer time: UTC+2
    expect(entryWhen({ at: '2026-07-01T08:05:00.000Z', dayOnly: false })).toBe('2026-07-01 10:05');
  });

  it('names the kind of contact, a report by its channel, and an unknown kind as it is', () => {
    expect(entryKind(t, { source: 'journal_note', kind: 'telefon' })).toBe('Telefonsamtale');
    expect(entryKind(t, { source: 'journal_note', kind: 'mote' })).toBe('Møte');
    expect(entryKind(t, { source: 'forsendelse', kind: 'brev' })).toBe('Brev');
    expect(entryKind(t, { source: 'inbox_item', kind: 'fiks_io' })).toBe('Bekymringsmelding (fiks_io)');
    expect(entryKind(t, { source: 'inbox_item', kind: 'svar' })).toBe('Svar på brev');
    expect(entryKind(t, { source: 'journal_note', kind: 'brevdue' })).toBe('brevdue');
  });

  it("words a letter's status, and marks the ones that did not get through", () => {
    expect(entryStatus(t, { status: null })).toBeNull();
    expect(entryStatus(t, { status: 'opened' })).toBe('Åpnet');
    expect(entryStatus(t, { status: 'dead_letter' })).toBe('Kunne ikke sendes');
    expect(needsAttention({ source: 'forsendelse', status: 'dead_letter' })).toBe(true);
    expect(needsAttention({ source: 'forsendelse', status: 'failed' })).toBe(true);
    expect(needsAttention({ source: 'forsendelse', status: 'opened' })).toBe(false);
    expect(needsAttention({ source: 'inbox_item', status: 'failed' })).toBe(false);
  });
});
