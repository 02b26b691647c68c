import { IsoDate, osloDate, type CommandOf } from '@vern/domain';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { IdParams } from '../cases/cases.routes.js';
import { assignCase } from './assign-case.js';
import type { MeldingDetailInput } from './case-process.queries.js';
import { StepResultView } from './case-process.schemas.js';
import { createCase } from './create-case.js';
import { recordStep } from './record-step.js';
import { parseStep } from './step-input.js';
import {
  decideVedtakProposal,
  listVedtakProposals,
  proposeVedtak,
  returnVedtakProposal,
} from './vedtak-proposals.js';

const uuid = () => z.uuid({ message: 'must be a UUID' });
const Version = z.number().int().min(0);
const StepCommand = z.record(z.string(), z.unknown());

const MeldingDetailBody = z.strictObject({
  receivedAt: z.coerce.date({ message: 'must be a date and time (ISO 8601)' }),
  channel: z.enum([
    'telefon',
    'brev',
    'e-post',
    'personlig_oppmote',
    'digitalt_skjema',
    'fiks_io',
    'sms',
    'chat',
    'barnevernvakt',
    'annet',
  ]),
  content: z.string().trim().min(1, 'must say what was reported').max(100_000),
  melderName: z.string().trim().min(1).max(200).nullable().default(null),
  anonymous: z.boolean().default(false),
  needsImmediateFollowUp: z.boolean().default(false),
});

function meldingDetail(body: z.infer<typeof MeldingDetailBody>): Omit<MeldingDetailInput, 'meldingId'> {
  if (body.anonymous && body.melderName !== null) {
    throw new AppError(ErrorCode.ValidationFailed, 'An anonymous melding has no reporter name', [
      { field: 'melding.melderName', reason: 'must be left out when the reporter is anonymous' },
    ]);
  }
  return body;
}

/** The case process: opening a case, taking steps, and vedtak by delegated authority. */
export const caseProcessRoutes: RoutePlugin = (app, { database }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const run = <T>(
    request: { id: string },
    actor: ReturnType<typeof requireStaff>,
    fn: Parameters<typeof withStaffAccess<T>>[3],
  ) => withStaffAccess(database, actor, { requestId: request.id }, fn);

  api.post(
    '/cases',
    {
      schema: {
        summary: 'Open a case for a child with its first melding',
        tags: ['case-data'],
        body: z.strictObject({
          childPersonId: uuid(),
          unitId: uuid().optional(),
          caseworkerId: uuid().nullable().optional(),
          melding: MeldingDetailBody,
          melder: z.array(z.unknown()).default([]),
          saksinnhold: z.array(z.unknown()).default([]),
        }),
        response: { 201: StepResultView.extend({ sakId: z.uuid(), journalnummer: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const b = request.body;
      const result = await run(request, actor, (access) =>
        createCase(access, {
          childPersonId: b.childPersonId,
          ...(b.unitId ? { unitId: b.unitId } : {}),
          ...(b.caseworkerId !== undefined ? { caseworkerId: b.caseworkerId } : {}),
          melding: meldingDetail(b.melding),
          // Checked with the step itself (parseStep), so the fields are reported as command.*.
          melder: b.melder as never,
          saksinnhold: b.saksinnhold as never,
        }),
      );
      return reply.status(201).send(result);
    },
  );

  api.post(
    '/cases/:id/steps',
    {
      schema: {
        summary: 'Take a step in a case (melding, undersøkelse, vedtak, tiltak, plan, …, closing)',
        tags: ['case-data'],
        params: IdParams,
        body: z.strictObject({
          expectedVersion: Version,
          command: StepCommand,
          melding: MeldingDetailBody.optional(),
        }),
        response: { 201: StepResultView },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const { expectedVersion, melding } = request.body;
      const detail = melding ? meldingDetail(melding) : undefined;
      const received = detail ? { dato: osloDate(detail.receivedAt) } : {};
      const command = parseStep(request.body.command, received);
      if (detail && received.dato !== command.dato) {
        throw new AppError(ErrorCode.ValidationFailed, 'The melding date and receipt time disagree', [
          { field: 'command.dato', reason: `must be the day of melding.receivedAt (${received.dato})` },
        ]);
      }
      const meldingInput =
        detail && 'meldingId' in command ? { ...detail, meldingId: command.meldingId } : undefined;
      const result = await run(request, actor, (access) =>
        recordStep(access, request.params.id, {
          expectedVersion,
          command,
          ...(meldingInput ? { melding: meldingInput } : {}),
        }),
      );
      return reply.status(201).send({ version: result.version, command: result.command });
    },
  );

  api.post(
    '/cases/:id/assign',
    {
      schema: {
        summary: 'Move a case to a unit and caseworker (null: back to intake)',
        tags: ['case-data'],
        params: IdParams,
        body: z.strictObject({ unitId: uuid(), caseworkerId: uuid().nullable() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      await run(request, actor, (access) => assignCase(access, request.params.id, request.body));
      return reply.status(204).send(null);
    },
  );

  const ProposalParams = z.strictObject({ id: uuid(), proposalId: uuid() });

  api.get(
    '/cases/:id/vedtak-proposals',
    {
      schema: {
        summary: 'Proposals for vedtak in this case (forslag til vedtak)',
        tags: ['case-data'],
        params: IdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                status: z.enum(['proposed', 'decided', 'returned', 'withdrawn']),
                command: z.record(z.string(), z.unknown()),
                begrunnelse: z.string(),
                proposedBy: z.string(),
                proposedAt: z.date(),
                decidedBy: z.string().nullable(),
                decidedAt: z.date().nullable(),
                returnReason: z.string().nullable(),
                mayDecide: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await run(request, actor, (access) => listVedtakProposals(access, request.params.id));
      return { items };
    },
  );

  api.post(
    '/cases/:id/vedtak-proposals',
    {
      schema: {
        summary: 'Propose a vedtak for someone with delegated authority to decide',
        tags: ['case-data'],
        params: IdParams,
        body: z.strictObject({
          command: StepCommand,
          begrunnelse: z.string().trim().min(1, 'must give the grounds').max(100_000),
        }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const command = parseStep({ ...request.body.command, type: 'decide-vedtak' });
      const created = await run(request, actor, (access) =>
        proposeVedtak(access, request.params.id, {
          command: command as CommandOf<'decide-vedtak'>,
          begrunnelse: request.body.begrunnelse,
        }),
      );
      return reply.status(201).send(created);
    },
  );

  api.post(
    '/cases/:id/vedtak-proposals/:proposalId/decide',
    {
      schema: {
        summary: 'Decide a proposed vedtak (needs delegated authority for its legal basis)',
        tags: ['case-data'],
        params: ProposalParams,
        body: z.strictObject({ expectedVersion: Version, dato: IsoDate.optional() }),
        response: { 201: StepResultView },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const { id, proposalId } = request.params;
      const { expectedVersion, dato } = request.body;
      const result = await run(request, actor, (access) =>
        decideVedtakProposal(access, id, proposalId, { expectedVersion, ...(dato ? { dato } : {}) }),
      );
      return reply.status(201).send({ version: result.version, command: result.command });
    },
  );

  api.post(
    '/cases/:id/vedtak-proposals/:proposalId/return',
    {
      schema: {
        summary: 'Return a proposed vedtak to the caseworker with the reason',
        tags: ['case-data'],
        params: ProposalParams,
        body: z.strictObject({ reason: z.string().trim().min(1, 'must say why').max(5000) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const { id, proposalId } = request.params;
      await run(request, actor, (access) =>
        returnVedtakProposal(access, id, proposalId, request.body.reason),
      );
      return reply.status(204).send(null);
    },
  );
};
