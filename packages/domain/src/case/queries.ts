/** Read-only questions about a case history, shared by the state machine and the controls. */
import type { CaseHistory } from './history.js';
import type { BegrepsType, Relasjon, Vedtak, VedtakStatus } from './model.js';

/** Ids of the `fraType` elements with a Relasjon to (`tilType`, `tilId`). */
export function relatedFrom(
  h: CaseHistory,
  fraType: BegrepsType,
  tilType: BegrepsType,
  tilId: string,
): string[] {
  return h.relasjoner
    .filter((r) => r.fraType === fraType && r.tilType === tilType && r.tilId === tilId)
    .map((r) => r.fraId);
}

/** Ids of the `tilType` elements that (`fraType`, `fraId`) has a Relasjon to. */
export function relatedTo(
  h: CaseHistory,
  fraType: BegrepsType,
  fraId: string,
  tilType: BegrepsType,
): string[] {
  return h.relasjoner
    .filter((r) => r.fraType === fraType && r.fraId === fraId && r.tilType === tilType)
    .map((r) => r.tilId);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A deterministic id made from other ids, so replaying the same commands gives the same history:
 * readable while it fits the 50 characters of an id, a hash of the parts when it does not.
 */
export function derivedId(...parts: string[]): string {
  const joined = parts.join('>');
  return joined.length <= 50 ? joined : `h-${fnv1a(joined, 2166136261)}${fnv1a(joined, 16777619)}`;
}

export function relasjon(fraType: BegrepsType, fraId: string, tilType: BegrepsType, tilId: string): Relasjon {
  return { id: derivedId(fraId, tilId), fraType, fraId, tilType, tilId };
}

/** The status in force on `date` (the last one changed on or before it), or the latest without a date. */
export function vedtakStatusOn(vedtak: Vedtak, date?: string): VedtakStatus | undefined {
  const sorted = [...vedtak.status].sort((a, b) => (a.endretDato < b.endretDato ? -1 : 1));
  const eligible = date === undefined ? sorted : sorted.filter((s) => s.endretDato <= date);
  return eligible.at(-1);
}

/** Whether a dated period [start, end] (end open while missing) covers `date`. */
export function activeOn(start: string, end: string | undefined, date: string): boolean {
  return start <= date && (end === undefined || date <= end);
}

/** Every date recorded in the case's elements (not the sak's own), for "nothing after the end" checks. */
export function elementDates(h: CaseHistory): string[] {
  const dates: string[] = [];
  const add = (...ds: (string | undefined)[]) => ds.forEach((d) => d !== undefined && dates.push(d));
  h.meldinger.forEach((m) => add(m.startDato, m.konklusjon?.sluttDato));
  h.undersokelser.forEach((u) =>
    add(u.startDato, u.konklusjon?.sluttDato, u.utvidetFrist?.startDato, u.barnetsMedvirkning?.startDato),
  );
  h.vedtak.forEach((v) => {
    add(v.startDato, v.konklusjon?.sluttDato, ...v.status.map((s) => s.endretDato));
    v.krav.forEach((k) => add(k.startDato, k.konklusjon?.sluttDato));
  });
  h.tiltak.forEach((t) => {
    add(t.startDato, t.konklusjon?.sluttDato);
    [...(t.tilsyn?.utfort ?? []), ...(t.oppfolging?.utfort ?? [])].forEach((u) => add(u.utfortDato));
  });
  h.planer.forEach((p) =>
    add(p.startDato, p.konklusjon?.sluttDato, ...p.evaluering.map((e) => e.utfortDato)),
  );
  h.ettervern.forEach((e) => add(e.tilbudSendtDato, e.konklusjon?.sluttDato));
  h.oversendelserFylkesnemnd.forEach((o) => add(o.startDato));
  h.flyttinger.forEach((f) => add(f.sluttDato));
  return dates;
}

/** Whether any element with an id equal to `id` exists in the case (the sak included). */
export function idInUse(h: CaseHistory, id: string): boolean {
  if (h.sak.id === id) return true;
  const lists = [
    h.personalia,
    h.meldinger,
    h.undersokelser,
    h.vedtak,
    h.tiltak,
    h.planer,
    h.ettervern,
    h.oversendelserFylkesnemnd,
    h.flyttinger,
    h.relasjoner,
  ];
  if (lists.some((list) => list.some((e: { id: string }) => e.id === id))) return true;
  if (h.vedtak.some((v) => v.krav.some((k) => k.id === id) || v.status.some((s) => s.id === id))) return true;
  return h.tiltak.some((t) =>
    [...(t.tilsyn?.utfort ?? []), ...(t.oppfolging?.utfort ?? [])].some((u) => u.id === id),
  );
}
