import type { Lovhjemmel } from '../codes/lovhjemmel.js';
import type { LetterLang } from './template.js';

const LAW = {
  nb: { BVL: 'barnevernloven (1992)', BVL2021: 'barnevernsloven', BL1981: 'barneloven' },
  nn: { BVL: 'barnevernlova (1992)', BVL2021: 'barnevernslova', BL1981: 'barnelova' },
} as const;
const ORDINAL = {
  nb: ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette'],
  nn: ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette'],
} as const;
const WORDS = {
  nb: { ledd: 'ledd', bokstav: 'bokstav', punktum: 'punktum', jf: 'jf.' },
  nn: { ledd: 'ledd', bokstav: 'bokstav', punktum: 'punktum', jf: 'jf.' },
} as const;

type Hjemmel = Pick<Lovhjemmel, 'lov' | 'kapittel' | 'paragraf' | 'ledd' | 'bokstav' | 'punktum'>;

function one(h: Hjemmel, lang: LetterLang, withLaw: boolean): string {
  const w = WORDS[lang];
  const parts = [`${withLaw ? `${LAW[lang][h.lov]} ` : ''}§ ${h.kapittel}-${h.paragraf}`];
  if (h.ledd.length > 0) {
    const ledd = h.ledd.map((l) => ORDINAL[lang][Number(l) - 1] ?? `${l}.`);
    parts.push(`${ledd.join(' og ')} ${w.ledd}`);
  }
  if (h.bokstav.length > 0) parts.push(`${w.bokstav} ${h.bokstav.join(' og ')}`);
  if (h.punktum.length > 0) parts.push(`${h.punktum.join(' og ')}. ${w.punktum}`);
  return parts.join(' ');
}

/**
 * A vedtak's legal basis as a letter writes it: «barnevernsloven § 5-1 første ledd bokstav a,
 * jf. § 4-2». A jf.-hjemmel in another law names that law.
 */
export function lovhjemmelText(h: Hjemmel, jmfr: readonly Hjemmel[], lang: LetterLang): string {
  const main = one(h, lang, true);
  if (jmfr.length === 0) return main;
  return `${main}, ${WORDS[lang].jf} ${jmfr.map((j) => one(j, lang, j.lov !== h.lov)).join(', ')}`;
}
