import type { CaseHistory, Vedtak } from '@vern/domain';

/** Which elements of a case a step may point at. */
export type ElementQuery =
  | 'open-melding'
  | 'open-undersokelse'
  | 'undersokelse-for-vedtak'
  | 'approved-vedtak'
  | 'live-vedtak'
  | 'open-krav'
  | 'open-tiltak'
  | 'open-plan'
  | 'open-ettervern'
  | 'plan-source';

/** One choice: `value` is the ids joined with '|'; the label is `element.<kind>` with its date. */
export interface ElementOption {
  value: string;
  kind: 'melding' | 'undersokelse' | 'vedtak' | 'krav' | 'tiltak' | 'plan' | 'ettervern';
  dato: string;
  /** A code that tells elements apart (plantype, tiltak kategori, vedtak paragraph). */
  detail?: string;
}

/** The status in force now: the latest by date. */
export function currentStatus(v: Vedtak): string | undefined {
  return [...v.status].sort((a, b) => (a.endretDato < b.endretDato ? -1 : 1)).at(-1)?.kode;
}

const hjemmel = (v: Vedtak) => `${v.lovhjemmel.lov} § ${v.lovhjemmel.kapittel}-${v.lovhjemmel.paragraf}`;

/** Whether a vedtak already follows this undersøkelse (a Relasjon Undersokelse → Vedtak). */
export function hasVedtak(h: CaseHistory, undersokelseId: string): boolean {
  return h.relasjoner.some(
    (r) => r.fraType === 'Undersokelse' && r.fraId === undersokelseId && r.tilType === 'Vedtak',
  );
}

export function elementOptions(h: CaseHistory, query: ElementQuery): ElementOption[] {
  const vedtak = (v: Vedtak): ElementOption => ({
    value: v.id,
    kind: 'vedtak',
    dato: v.startDato,
    detail: hjemmel(v),
  });
  switch (query) {
    case 'open-melding':
      return h.meldinger
        .filter((m) => !m.konklusjon)
        .map((m) => ({ value: m.id, kind: 'melding', dato: m.startDato }));
    case 'open-undersokelse':
      return h.undersokelser
        .filter((u) => !u.konklusjon)
        .map((u) => ({ value: u.id, kind: 'undersokelse', dato: u.startDato }));
    case 'undersokelse-for-vedtak':
      return h.undersokelser
        .filter((u) => (u.konklusjon?.kode === '1' || u.konklusjon?.kode === '2') && !hasVedtak(h, u.id))
        .map((u) => ({ value: u.id, kind: 'undersokelse', dato: u.startDato }));
    case 'approved-vedtak':
      return h.vedtak.filter((v) => !v.konklusjon && currentStatus(v) === '1').map(vedtak);
    case 'live-vedtak':
      return h.vedtak.filter((v) => !v.konklusjon).map(vedtak);
    case 'open-krav':
      return h.vedtak.flatMap((v) =>
        v.krav
          .filter((k) => !k.konklusjon)
          .map((k): ElementOption => ({ value: `${v.id}|${k.id}`, kind: 'krav', dato: k.startDato })),
      );
    case 'open-tiltak':
      return h.tiltak
        .filter((t) => !t.konklusjon)
        .map((t) => ({ value: t.id, kind: 'tiltak', dato: t.startDato, detail: t.kategori.kode }));
    case 'open-plan':
      return h.planer
        .filter((p) => !p.konklusjon)
        .map((p) => ({ value: p.id, kind: 'plan', dato: p.startDato, detail: p.plantype }));
    case 'open-ettervern':
      return h.ettervern
        .filter((e) => !e.konklusjon)
        .map((e) => ({ value: e.id, kind: 'ettervern', dato: e.tilbudSendtDato }));
    case 'plan-source':
      return [
        ...h.undersokelser
          .filter((u) => !u.konklusjon)
          .map((u): ElementOption => ({
            value: `Undersokelse|${u.id}`,
            kind: 'undersokelse',
            dato: u.startDato,
          })),
        ...h.vedtak.filter((v) => !v.konklusjon).map((v) => ({ ...vedtak(v), value: `Vedtak|${v.id}` })),
        ...h.tiltak
          .filter((t) => !t.konklusjon)
          .map((t): ElementOption => ({
            value: `Tiltak|${t.id}`,
            kind: 'tiltak',
            dato: t.startDato,
            detail: t.kategori.kode,
          })),
      ];
    default:
      return assertNever(query);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unknown element query: ${String(value)}`);
}
