import { isIsoDate } from '@vern/domain';
import { z } from 'zod';
import { STEP_TYPES } from './journal-access.js';
import type { DocumentRow, NoteRow } from './journal.queries.js';

/** Request and response shapes of the journal, for validation and the OpenAPI document. */
export const CONTACT_KINDS = ['telefon', 'mote', 'melding', 'annet'] as const;
export const IsoDay = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });
export const StepType = z.enum(STEP_TYPES, { message: `must be one of ${STEP_TYPES.join(', ')}` });
export const StepLinkView = z.object({ type: StepType, id: z.string() });
const Page = {
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export const PageQuery = z.strictObject(Page);

export const NewNoteBody = z.strictObject({
  noteDate: IsoDay,
  title: z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(200, { message: 'must be at most 200 characters' }),
  body: z
    .string()
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' })
    .refine((s) => s.length <= 100_000, { message: 'must be at most 100000 characters' }),
  step: z
    .strictObject({
      type: StepType,
      id: z.string().min(1).max(50, { message: 'must be at most 50 characters' }),
    })
    .optional(),
  correctsNoteId: z.uuid({ message: 'must be a UUID' }).optional(),
  /** For a note of a phone call, meeting or message: shown in the case's communication log. */
  contact: z
    .strictObject({
      kind: z.enum(CONTACT_KINDS, { message: `must be one of ${CONTACT_KINDS.join(', ')}` }),
      direction: z.enum(['inn', 'ut'], { message: 'must be inn or ut' }),
      counterpart: z
        .string()
        .trim()
        .min(1, { message: 'must not be empty' })
        .max(200, { message: 'must be at most 200 characters' }),
    })
    .optional(),
});

export const UploadQuery = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .max(200, { message: 'must be at most 200 characters' }),
    filename: z
      .string()
      .min(1, { message: 'must not be empty' })
      .max(255, { message: 'must be at most 255 characters' }),
    documentDate: IsoDay.optional(),
    stepType: StepType.optional(),
    stepId: z.string().min(1).max(50, { message: 'must be at most 50 characters' }).optional(),
  })
  .refine((q) => (q.stepType === undefined) === (q.stepId === undefined), {
    message: 'stepType and stepId go together: give both or neither',
    path: ['stepId'],
  });

export const CaseParams = z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) });
export const NoteParams = z.strictObject({
  id: z.uuid({ message: 'must be a UUID' }),
  noteId: z.uuid({ message: 'must be a UUID' }),
});
export const DocumentParams = z.strictObject({
  id: z.uuid({ message: 'must be a UUID' }),
  docId: z.uuid({ message: 'must be a UUID' }),
});

const Person = z.object({ id: z.uuid(), name: z.string() });

export const NoteSummary = z.object({
  id: z.uuid(),
  noteDate: z.string(),
  title: z.string(),
  step: StepLinkView.nullable(),
  /** The earlier note this one corrects. */
  correctsNoteId: z.uuid().nullable(),
  /** Later notes that correct this one, oldest first. */
  correctedByNoteIds: z.array(z.uuid()),
  author: Person,
  createdAt: z.date(),
  /** Set for a note of a phone call, meeting or message. */
  contact: z
    .object({ kind: z.enum(CONTACT_KINDS), direction: z.enum(['inn', 'ut']), counterpart: z.string() })
    .nullable(),
});
export const NoteView = NoteSummary.extend({ body: z.string() });

export const DocumentView = z.object({
  id: z.uuid(),
  title: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  documentDate: z.string(),
  step: StepLinkView.nullable(),
  uploadedBy: Person,
  uploadedAt: z.date(),
  /** Only 'clean' documents can be downloaded. */
  scanStatus: z.enum(['pending', 'clean', 'infected', 'not_scanned']),
});

const stepOf = (r: { stepType: NoteRow['stepType']; stepId: string | null }) =>
  r.stepType && r.stepId ? { type: r.stepType, id: r.stepId } : null;

export function noteSummary(r: NoteRow): z.infer<typeof NoteSummary> {
  return {
    id: r.id,
    noteDate: r.noteDate,
    title: r.title,
    step: stepOf(r),
    correctsNoteId: r.correctsNoteId,
    correctedByNoteIds: r.correctedByNoteIds,
    author: { id: r.authorId, name: r.authorName },
    createdAt: r.createdAt,
    contact:
      r.contactKind && r.contactDirection && r.contactCounterpart
        ? { kind: r.contactKind, direction: r.contactDirection, counterpart: r.contactCounterpart }
        : null,
  };
}

export function documentView(r: DocumentRow): z.infer<typeof DocumentView> {
  return {
    id: r.id,
    title: r.title,
    filename: r.filename,
    mediaType: r.mediaType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    documentDate: r.documentDate,
    step: stepOf(r),
    uploadedBy: { id: r.uploadedById, name: r.uploadedByName },
    uploadedAt: r.uploadedAt,
    scanStatus: r.scanStatus,
  };
}
