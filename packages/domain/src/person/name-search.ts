/**
 * Name folding for person search. The same function exists in SQL (`vern_search_name` in migration
 * 0007), which fills person.search_name as a generated column; an integration test feeds both the
 * same tricky names and demands identical output. Change one, change the other (in a new migration).
 *
 * The folding is deliberate and Norwegian:
 * - accents go (é → e, ü → u, ö → o, ä → a, å → a, š → s, á → a), by Unicode decomposition (NFD);
 * - æ → ae, œ → oe, ß → ss, þ → th; ø → o, đ/ð → d, ł → l, ŋ → n, ŧ → t, ı → i (letters without a
 *   decomposition, including the Sami ones);
 * - upper case → lower case (ASCII only after the steps above, so the SQL side needs no locale);
 * - everything else that is not a-z or 0-9 (spaces, hyphens, apostrophes, other scripts) separates
 *   tokens;
 * - then the old spellings: "aa" → "a" (Aase = Åse = Ase, Haakon = Håkon) and "oe" → "o"
 *   (Oeystein = Øystein = Oystein), written `a{2,}` and `oe+` so that folding twice changes nothing.
 *
 * Word order does not matter to the search: trigram similarity compares sets of word trigrams.
 */

const MULTI: Readonly<Record<string, string>> = {
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ẞ: 'ss',
  þ: 'th',
  Þ: 'th',
};
const SINGLE: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  ŋ: 'n',
  Ŋ: 'n',
  ŧ: 't',
  Ŧ: 't',
  ı: 'i',
};

/** The characters of MULTI and SINGLE, for the migration's SQL to be checked against. */
export const SEARCH_FOLDING = { multi: MULTI, single: SINGLE } as const;

/** Folds a name (or a search query) to lower-case ASCII tokens separated by single spaces. */
export function normalizePersonName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆœŒßẞþÞ]/g, (c) => MULTI[c] ?? c)
    .replace(/[øØđĐðÐłŁŋŊŧŦı]/g, (c) => SINGLE[c] ?? c)
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/a{2,}/g, 'a')
    .replace(/oe+/g, 'o');
}

/** What person.search_name holds: the folded given and family names. */
export function personSearchName(givenName: string, familyName: string): string {
  return normalizePersonName(`${givenName} ${familyName}`);
}

/** The kinds of search query: an identity number, a DUF-nummer, or a name. */
export type PersonQuery =
  | { kind: 'fodselsnummer'; value: string }
  | { kind: 'duf'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'empty' };

/**
 * Reads a search box: 11 digits (spaces allowed) is an exact identity-number lookup, 12 digits a
 * DUF-nummer; anything else is a name, folded. A name of fewer than two letters is 'empty'.
 */
export function parsePersonQuery(q: string): PersonQuery {
  const digits = q.replace(/[\s.]/g, '');
  if (/^\d{11}$/.test(digits)) return { kind: 'fodselsnummer', value: digits };
  if (/^\d{12}$/.test(digits)) return { kind: 'duf', value: digits };
  const name = normalizePersonName(q);
  return name.replace(/ /g, '').length < 2 ? { kind: 'empty' } : { kind: 'name', value: name };
}
