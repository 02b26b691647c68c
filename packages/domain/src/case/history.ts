import { z } from 'zod';
import {
  Ettervern,
  Flytting,
  Melding,
  OversendelseFylkesnemnd,
  Personalia,
  Plan,
  Relasjon,
  Sak,
  Tiltak,
  Undersokelse,
  Vedtak,
} from './model.js';

/**
 * Everything the registry holds about one child's case (XSD `SakType`). The collections are the
 * XSD's repeated elements; `ErSlettet` and `Slettet` are not modelled: a deleted element is absent.
 */
export const CaseHistory = z
  .object({
    sak: Sak,
    personalia: z.array(Personalia).default([]),
    meldinger: z.array(Melding).default([]),
    undersokelser: z.array(Undersokelse).default([]),
    vedtak: z.array(Vedtak).default([]),
    tiltak: z.array(Tiltak).default([]),
    planer: z.array(Plan).default([]),
    ettervern: z.array(Ettervern).default([]),
    oversendelserFylkesnemnd: z.array(OversendelseFylkesnemnd).default([]),
    flyttinger: z.array(Flytting).default([]),
    relasjoner: z.array(Relasjon).default([]),
  })
  .superRefine((h, ctx) => {
    // Relasjon and the exporter address elements by id alone, so ids are unique across the case.
    const seen = new Set<string>([h.sak.id]);
    for (const key of ELEMENT_COLLECTIONS) {
      h[key].forEach((element, index) => {
        if (seen.has(element.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index, 'id'],
            message: `Id ${element.id} er brukt før i saken.`,
            params: { code: 'DUPLICATE_ID' },
          });
        }
        seen.add(element.id);
      });
    }
  });
export type CaseHistory = z.infer<typeof CaseHistory>;

/** The collections of a case history, in the XSD's order. */
export const ELEMENT_COLLECTIONS = [
  'personalia',
  'meldinger',
  'undersokelser',
  'planer',
  'tiltak',
  'vedtak',
  'ettervern',
  'oversendelserFylkesnemnd',
  'flyttinger',
  'relasjoner',
] as const;
export type ElementCollection = (typeof ELEMENT_COLLECTIONS)[number];

/** A case with no elements yet: the sak is opened by its first melding (`receive-melding`). */
export function createCaseHistory(input: {
  sakId: string;
  journalnummer: string;
  startDato: string;
  personalia?: Personalia[];
}): CaseHistory {
  return CaseHistory.parse({
    sak: { id: input.sakId, journalnummer: input.journalnummer, startDato: input.startDato },
    personalia: input.personalia ?? [],
  });
}
