/**
 * What a reporter may be told about their report, and nothing more (never case content). The Act
 * (barnevernsloven, tilbakemelding til melder) gives every reporter word that the report was
 * received; a reporter with a duty to report (offentlig melder) is also told whether an
 * undersøkelse was opened. A private reporter hears no more than the receipt: what became of the
 * report is confidential (taushetsplikt).
 */
export type FeedbackStatus = 'received' | 'undersokelse' | 'no_undersokelse';

export interface FeedbackFacts {
  melderKind: 'privat' | 'offentlig';
  /**
   * The conclusion code of the melding each case got from the report (SSB's Melding/Konklusjon:
   * 2 an undersøkelse opened, 4 added to an undersøkelse under way, any other code henlagt or
   * moved on), undefined while that melding is not yet reviewed; empty while no case has it.
   */
  conclusions: readonly (string | undefined)[];
}

export function feedbackStatus(facts: FeedbackFacts): FeedbackStatus {
  if (facts.melderKind === 'privat' || facts.conclusions.length === 0) return 'received';
  if (facts.conclusions.some((k) => k === '2' || k === '4')) return 'undersokelse';
  if (facts.conclusions.every((k) => k !== undefined)) return 'no_undersokelse';
  return 'received';
}
