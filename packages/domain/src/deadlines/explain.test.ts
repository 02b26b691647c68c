import { describe, expect, it } from 'vitest';
import { afterSteps, build, CONTENT, HAPPY_PATH, withSteps } from '../case/test-fixtures.js';
import { deadlinesOf, explainDeadlines } from './explain.js';

/** Hjelpetiltak with its plan (evaluation due 2025-09-10) and a new melding m2 from 1 September. */
const busy = () =>
  withSteps(afterSteps(8), { type: 'receive-melding', meldingId: 'm2', dato: '2025-09-01', ...CONTENT });

describe('explainDeadlines', () => {
  it('sorts overdue first, then open, then closed, each by due date', () => {
    const items = explainDeadlines(busy(), { today: '2025-09-20', birthDate: '2008-03-15' });
    expect(items.map((i) => [i.ruleId, i.status, i.dueDate])).toEqual([
      ['melding-gjennomgang', 'overdue', '2025-09-08'],
      ['tiltaksplan-evaluering', 'overdue', '2025-09-10'],
      ['ettervern-tilbud', 'open', '2026-03-14'],
      ['undersokelsesplan', 'met', '2025-01-10'],
      ['melding-gjennomgang', 'met', '2025-01-13'],
      ['tiltaksplan', 'met', '2025-03-10'],
      ['undersokelse-konklusjon', 'met', '2025-04-13'],
    ]);
  });

  it('with openOnly, only what is still to do', () => {
    const items = explainDeadlines(busy(), { today: '2025-09-01', openOnly: true });
    expect(items.map((i) => [i.ruleId, i.elementId, i.status])).toEqual([
      ['melding-gjennomgang', 'm2', 'open'],
      ['tiltaksplan-evaluering', 'p2', 'open'],
    ]);
  });

  it('every item names its law, says why in Norwegian, and has a unique id', () => {
    const items = deadlinesOf(busy(), { today: '2025-09-20', birthDate: '2008-03-15' });
    for (const i of items) {
      expect(i.legalReference).toMatch(/§ \d/);
      expect(i.explanation).toContain(i.legalReference);
      expect(i.explanation).toMatch(/frist/i);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('a closed case has nothing open', () => {
    const items = explainDeadlines(build(HAPPY_PATH), { today: '2026-06-30', openOnly: true });
    expect(items).toEqual([]);
  });

  it('does not change the history it reads', () => {
    const h = busy();
    const copy = structuredClone(h);
    explainDeadlines(h, { today: '2025-09-20' });
    expect(h).toEqual(copy);
  });
});
