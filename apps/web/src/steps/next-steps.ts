import { checkTransition, isPlasseringstiltak, type CaseHistory } from '@vern/domain';
import { currentStatus, hasVedtak } from './elements';
import type { StepFormType } from './step-specs';

/** A step the case overview offers, on one element (`target`, as the form's element value) or the case. */
export interface NextStep {
  type: StepFormType;
  target?: string;
}

const UNDERSOKELSESPLAN = '7';

/**
 * The steps that make sense now, most pressing first: what is open gets its conclusion, a concluded
 * undersøkelse with kode 1 or 2 its vedtak, an approved vedtak its tiltak, a tiltak its plan,
 * visits and end. The server decides; this only decides what to offer.
 */
export function nextSteps(
  h: CaseHistory,
  today: string,
  /** Undersøkelser with a forslag til vedtak waiting for a decision: no second proposal. */
  proposedFor: ReadonlySet<string> = new Set(),
): NextStep[] {
  if (h.sak.sluttDato !== undefined) return [{ type: 'reopen-sak' }];
  const steps: NextStep[] = [];
  for (const m of h.meldinger.filter((x) => !x.konklusjon)) {
    steps.push({ type: 'open-undersokelse', target: m.id }, { type: 'conclude-melding', target: m.id });
  }
  for (const u of h.undersokelser) {
    if (u.konklusjon) {
      if (
        (u.konklusjon.kode === '1' || u.konklusjon.kode === '2') &&
        !hasVedtak(h, u.id) &&
        !proposedFor.has(u.id)
      )
        steps.push({ type: 'propose-vedtak', target: u.id });
      continue;
    }
    const hasPlan = h.relasjoner.some(
      (r) =>
        r.fraType === 'Undersokelse' &&
        r.fraId === u.id &&
        r.tilType === 'Plan' &&
        h.planer.some((p) => p.id === r.tilId && p.plantype === UNDERSOKELSESPLAN),
    );
    if (!hasPlan) steps.push({ type: 'add-plan', target: `Undersokelse|${u.id}` });
    if (u.utvidetFrist?.innvilget === undefined) steps.push({ type: 'extend-undersokelse', target: u.id });
    steps.push({ type: 'conclude-undersokelse', target: u.id });
  }
  for (const v of h.vedtak.filter((x) => !x.konklusjon)) {
    if (currentStatus(v) === '1') steps.push({ type: 'start-tiltak', target: v.id });
    steps.push({ type: 'change-vedtak-status', target: v.id });
  }
  for (const t of h.tiltak.filter((x) => !x.konklusjon)) {
    steps.push({ type: 'add-plan', target: `Tiltak|${t.id}` });
    if (t.oppfolging || t.tilsyn) steps.push({ type: 'record-visit', target: t.id });
    steps.push({ type: 'end-tiltak', target: t.id });
  }
  for (const p of h.planer.filter((x) => !x.konklusjon)) {
    steps.push({ type: 'evaluate-plan', target: p.id }, { type: 'end-plan', target: p.id });
  }
  for (const e of h.ettervern.filter((x) => !x.konklusjon))
    steps.push({ type: 'conclude-ettervern', target: e.id });
  steps.push({ type: 'receive-melding' });
  if (h.tiltak.some((t) => isPlasseringstiltak(t.kategori.kode))) steps.push({ type: 'register-flytting' });
  if (closable(h, today)) steps.push({ type: 'close-sak' });
  return steps;
}

/** Whether the case could be closed today (everything concluded): the state machine's own answer. */
export function closable(h: CaseHistory, today: string): boolean {
  return h.meldinger.length > 0 && checkTransition(h, { type: 'close-sak', dato: today }, today).ok;
}
