import { z } from 'zod';

/** Response shapes of the case process, for the OpenAPI document and the response serialiser. */
export const ControlFindingView = z.object({
  controlId: z.string(),
  severity: z.enum(['FATAL', 'ERROR', 'WARNING', 'INFO']),
  message: z.string(),
  field: z.string(),
  elementId: z.string().optional(),
});

export const MeldingDetailView = z.object({
  meldingId: z.string(),
  receivedAt: z.date(),
  channel: z.string(),
  content: z.string(),
  melderName: z.string().nullable(),
  anonymous: z.boolean(),
  needsImmediateFollowUp: z.boolean(),
});

export const CaseEventView = z.object({
  seq: z.number().int(),
  type: z.string(),
  dato: z.string(),
  recordedAt: z.date(),
  actorName: z.string().nullable(),
  /** The step as taken (packages/domain CaseCommand). */
  command: z.unknown(),
});

export const CaseProcessView = z.object({
  journalnummer: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  version: z.number().int(),
  /** The registry's view of the case (packages/domain CaseHistory). */
  history: z.record(z.string(), z.unknown()),
  events: z.array(CaseEventView),
  meldinger: z.array(MeldingDetailView),
  findings: z.array(ControlFindingView),
});

export const StepResultView = z.object({
  version: z.number().int(),
  /** The step as taken, with the ids the server gave what it created. */
  command: z.record(z.string(), z.unknown()),
});
