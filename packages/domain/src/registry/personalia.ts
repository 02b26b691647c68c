import type { Personalia } from '../case/model.js';
import { parseIdentityNumber } from '../identity-number.js';

/** The fields of a person record the registry's Personalia is made from. */
export interface PersonRecord {
  id: string;
  fodselsnummer: string | null;
  birthDate: string | null;
  kjonn: '0' | '1' | '2' | null;
  dufNummer: string | null;
}

/**
 * Personalia as the registry takes it, from the child's person record: present when the person has
 * an identity number the registry accepts (a real number or one of its placeholder forms) and a
 * birth date and kjønn, given or read from the number. The case overview and the export both
 * call it, so the file says what the case shows.
 */
export function registryPersonalia(p: PersonRecord, sakStart: string, today: string): Personalia[] {
  if (p.fodselsnummer === null) return [];
  const parsed = parseIdentityNumber(p.fodselsnummer, { allowSynthetic: true, today });
  const birthDate = p.birthDate ?? (parsed.ok ? parsed.birthDate : null);
  const derived = parsed.ok ? ({ male: '1', female: '2' } as const)[parsed.sex ?? 'male'] : null;
  const kjonn = p.kjonn ?? (parsed.ok && parsed.sex === null ? '0' : derived);
  if (!birthDate || !kjonn) return [];
  return [
    {
      id: p.id,
      startDato: sakStart,
      fodselsnummer: p.fodselsnummer,
      fodseldato: birthDate,
      kjonn,
      ...(p.dufNummer ? { dufNummer: p.dufNummer } : {}),
    },
  ];
}
