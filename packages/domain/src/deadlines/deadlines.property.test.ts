import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../case/apply.js';
import { CaseCommand } from '../case/commands.js';
import type { CaseHistory } from '../case/history.js';
import { CONTENT, emptyCase, TODAY } from '../case/test-fixtures.js';
import { addDays } from './calendar.js';
import { explainDeadlines } from './explain.js';
import { undersokelseDue } from './melding-rules.js';
import { CLOSED_STATUSES } from './types.js';

const FIRST = '2023-01-02';
/** Steps applied in order; null when the state machine refuses one (the property then skips). */
function steps(h: CaseHistory, ...inputs: Record<string, unknown>[]): CaseHistory | null {
  let current = h;
  for (const input of inputs) {
    const result = applyCommand(current, CaseCommand.parse(input), TODAY);
    if (!result.ok) return null;
    current = result.history;
  }
  return current;
}

const receive = (dato: string) => ({ type: 'receive-melding', meldingId: 'm1', dato, ...CONTENT });
const open = (dato: string) => ({
  type: 'open-undersokelse',
  meldingId: 'm1',
  undersokelseId: 'u1',
  dato,
  ...CONTENT,
});
const days = (max: number) => fc.integer({ min: 0, max });

describe('deadline properties', () => {
  it('the undersøkelse deadline with an extension is never earlier, on either reading', () => {
    fc.assert(
      fc.property(days(5000), (offset) => {
        const receipt = addDays('2000-01-01', offset);
        const plain = undersokelseDue(receipt, false);
        const extended = undersokelseDue(receipt, true);
        expect(extended.due > plain.due).toBe(true);
        expect(extended.ssbDue > plain.ssbDue).toBe(true);
      }),
    );
  });

  it('recording an extension request, granted, refused or pending, never moves the deadline earlier', () => {
    fc.assert(
      fc.property(
        days(900),
        days(7),
        days(250),
        fc.constantFrom<('1' | '2')[]>(['1'], ['2'], []),
        days(400),
        (receiptOffset, openAfter, extendAfter, innvilget, todayAfter) => {
          const receipt = addDays(FIRST, receiptOffset);
          const opened = addDays(receipt, openAfter);
          const before = steps(emptyCase('2022-01-03'), receive(receipt), open(opened));
          const extendOn = addDays(opened, extendAfter);
          const after =
            before &&
            steps(before, {
              type: 'extend-undersokelse',
              undersokelseId: 'u1',
              dato: extendOn,
              ...(innvilget.length ? { innvilget: innvilget[0] } : {}),
            });
          fc.pre(before !== null && after !== null);
          const today = addDays(opened, todayAfter);
          const due = (h: CaseHistory) =>
            explainDeadlines(h, { today }).find((i) => i.ruleId === 'undersokelse-konklusjon');
          const [a, b] = [due(before as CaseHistory), due(after as CaseHistory)];
          expect((b?.dueDate ?? '') >= (a?.dueDate ?? '')).toBe(true);
          expect((b?.ssbDueDate ?? b?.dueDate ?? '') >= (a?.ssbDueDate ?? a?.dueDate ?? '')).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('concluding the melding or the undersøkelse removes its open deadline', () => {
    fc.assert(
      fc.property(
        days(900),
        days(20),
        days(200),
        days(400),
        (receiptOffset, reviewAfter, concludeAfter, todayAfter) => {
          const receipt = addDays(FIRST, receiptOffset);
          const reviewed = addDays(receipt, reviewAfter);
          const concluded = addDays(reviewed, concludeAfter);
          const h = steps(
            emptyCase('2022-01-03'),
            receive(receipt),
            open(reviewed),
            {
              type: 'add-plan',
              planId: 'p1',
              plantype: '7',
              fra: { type: 'Undersokelse', id: 'u1' },
              dato: reviewed,
            },
            { type: 'conclude-undersokelse', undersokelseId: 'u1', dato: concluded, kode: '3' },
          );
          fc.pre(h !== null);
          const today = addDays(concluded, todayAfter);
          const items = explainDeadlines(h as CaseHistory, { today });
          for (const id of ['m1', 'u1']) {
            const mine = items.filter((i) => i.elementId === id);
            expect(mine.length).toBeGreaterThan(0);
            for (const i of mine) {
              expect(CLOSED_STATUSES).toContain(i.status);
              expect(i.completedDate).toBeDefined();
            }
          }
          expect(explainDeadlines(h as CaseHistory, { today, openOnly: true })).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
