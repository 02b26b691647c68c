import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { breakGlass } from './break-glass.js';
import { blockStaff, listCaseBlocks, unblockStaff } from './case-blocks.js';
import { getCase } from './get-case.js';
import { personRulesOf } from '../persons/identity-check.js';
import { CaseProcessView } from '../case-process/case-process.schemas.js';
import { DocumentView, NoteSummary } from '../journal/journal.schemas.js';
import { listCases } from './list-cases.js';

export const Address = z.object({
  street: z.string(),
  postalCode: z.string(),
  postalPlace: z.string(),
  municipality: z.string().nullable(),
});
const AddressProtection = z.enum(['ingen', 'fortrolig', 'strengt_fortrolig', 'strengt_fortrolig_utland']);
export const IdParams = z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) });

/** One statutory deadline of the case (packages/domain DeadlineItem). */
const CaseDeadline = z.object({
  id: z.string(),
  kind: z.string(),
  ruleId: z.string(),
  legalReference: z.string(),
  elementType: z.string(),
  elementId: z.string(),
  startDate: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'overdue', 'met', 'met-late', 'missed']),
  completedDate: z.string().optional(),
  ssbDueDate: z.string().optional(),
  dueOnDayOff: z.string().optional(),
  visits: z
    .object({
      year: z.number(),
      done: z.number(),
      required: z.number(),
      remaining: z.number(),
      perYear: z.number(),
    })
    .optional(),
  explanation: z.string(),
});

export const CaseView = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'closed']),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  caseworker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  child: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable(),
    addressProtection: AddressProtection,
    address: Address.nullable(),
    addressHidden: z.boolean(),
  }),
  access: z.object({ basis: z.string(), emergency: z.boolean() }),
  process: CaseProcessView,
  journal: z.object({ notes: z.array(NoteSummary), documents: z.array(DocumentView) }),
  deadlines: z.array(CaseDeadline),
});

const CaseListItem = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'closed']),
  unitName: z.string(),
  caseworkerName: z.string().nullable(),
  childName: z.string(),
  childBirthDate: z.string().nullable(),
});

/** Case routes. Tag `case-data`: every such route must have an access test (access-coverage test). */
export const caseRoutes: RoutePlugin = (app, { database, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/cases',
    {
      schema: {
        summary: 'Cases I have need-to-know for',
        tags: ['case-data'],
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(CaseListItem) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        listCases(access, request.query),
      );
      return { items };
    },
  );

  api.get(
    '/cases/:id',
    {
      schema: { summary: 'Open a case', tags: ['case-data'], params: IdParams, response: { 200: CaseView } },
    },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        getCase(access, request.params.id, { allowSyntheticNumbers: personRulesOf(config).allowSynthetic }),
      );
    },
  );

  api.post(
    '/cases/:id/break-glass',
    {
      schema: {
        summary: 'Open a case outside my need-to-know, with a written reason (break-the-glass)',
        tags: ['case-data'],
        params: IdParams,
        body: z.strictObject({
          reason: z
            .string()
            .trim()
            .min(10, { message: 'must say why, in at least 10 characters' })
            .max(2000, { message: 'must be at most 2000 characters' }),
        }),
        response: { 201: z.object({ grantId: z.uuid(), expiresAt: z.date() }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const grant = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        breakGlass(access, request.params.id, request.body.reason),
      );
      return reply.status(201).send(grant);
    },
  );

  api.get(
    '/cases/:id/blocks',
    {
      schema: {
        summary: 'Who is blocked from this case (sperring)',
        tags: ['case-data'],
        params: IdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                staffUserId: z.uuid(),
                staffName: z.string(),
                createdAt: z.date(),
                createdBy: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        listCaseBlocks(a, request.params.id),
      );
      return { items };
    },
  );

  api.post(
    '/cases/:id/blocks',
    {
      schema: {
        summary: 'Block a staff member from this case (sperring); effective on their next request',
        tags: ['case-data'],
        params: IdParams,
        body: z.strictObject({ staffUserId: z.uuid({ message: 'must be a UUID' }) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        blockStaff(a, request.params.id, request.body.staffUserId),
      );
      return reply.status(204).send(null);
    },
  );

  api.delete(
    '/cases/:id/blocks/:staffUserId',
    {
      schema: {
        summary: 'Lift a block',
        tags: ['case-data'],
        params: z.strictObject({
          id: z.uuid({ message: 'must be a UUID' }),
          staffUserId: z.uuid({ message: 'must be a UUID' }),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        unblockStaff(a, request.params.id, request.params.staffUserId),
      );
      return reply.status(204).send(null);
    },
  );
};
