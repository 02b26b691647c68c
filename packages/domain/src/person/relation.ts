import { z } from 'zod';
import { IsoDate } from '../case/model.js';

/**
 * What the related person is to the person the relation belongs to (usually the child): "Kari is
 * `mor` of Ola" is stored on Ola with Kari as the related person. `foresatt` is a guardian with
 * parental responsibility who is not a parent; foster parents (`fosterforelder`) have the daily care
 * but not parental responsibility (barnevernsloven § 5-2 keeps that with the parents).
 */
export const RELATION_KINDS = [
  'mor',
  'far',
  'medmor',
  'forelder',
  'foresatt',
  'fosterforelder',
  'sosken',
  'besteforelder',
  'annen',
] as const;
export const RelationKind = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof RelationKind>;

/** The kinds that can hold parental responsibility (foreldreansvar). */
export const PARENTAL_RESPONSIBILITY_KINDS: readonly RelationKind[] = [
  'mor',
  'far',
  'medmor',
  'forelder',
  'foresatt',
];

/**
 * The body of adding a relation. The related person is named by id (a person the caller may see,
 * or one registered but not yet tied to anyone) or by fødselsnummer (knowing the number is the
 * caller's proof; the server looks it up in the service).
 */
export const CreateRelation = z
  .strictObject({
    relatedPersonId: z.uuid({ message: 'må være en UUID' }).optional(),
    relatedFodselsnummer: z
      .string()
      .transform((v) => v.replace(/\s+/g, ''))
      .pipe(z.string().regex(/^\d{11}$/, 'Fødselsnummeret må ha 11 sifre.'))
      .optional(),
    kind: RelationKind,
    startDate: IsoDate.nullable().default(null),
    endDate: IsoDate.nullable().default(null),
    parentalResponsibility: z.boolean().default(false),
    livesWith: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if ((v.relatedPersonId === undefined) === (v.relatedFodselsnummer === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['relatedPersonId'],
        message: 'Oppgi enten relatedPersonId eller relatedFodselsnummer, ikke begge.',
      });
    }
    if (v.startDate !== null && v.endDate !== null && v.endDate < v.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Sluttdatoen kan ikke være før startdatoen.',
      });
    }
    if (v.parentalResponsibility && !PARENTAL_RESPONSIBILITY_KINDS.includes(v.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parentalResponsibility'],
        message: `En relasjon av typen ${v.kind} kan ikke ha foreldreansvar.`,
      });
    }
    if (v.kind === 'foresatt' && !v.parentalResponsibility) {
      ctx.addIssue({
        code: 'custom',
        path: ['parentalResponsibility'],
        message: 'En foresatt har foreldreansvar: sett parentalResponsibility til true.',
      });
    }
  });
export type CreateRelation = z.infer<typeof CreateRelation>;

/** The body of ending a relation (e.g. a foster home placement that ended). */
export const EndRelation = z.strictObject({ endDate: IsoDate });
export type EndRelation = z.infer<typeof EndRelation>;
