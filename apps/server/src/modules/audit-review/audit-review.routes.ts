import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCitizen, requireStaff } from '../../platform/auth/session-hook.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { IdParams } from '../cases/cases.routes.js';
import { listBreakGlass, reviewBreakGlass } from './break-glass-review.js';
import { caseAccessLog } from './case-access-log.js';
import { citizenInnsynslogg } from './citizen-innsynslogg.js';
import { toCsv } from './csv.js';
import { personInnsynslogg } from './person-innsynslogg.js';

const Period = z.strictObject({
  from: z.coerce.date({ message: 'must be a date (YYYY-MM-DD or ISO time)' }).optional(),
  to: z.coerce.date({ message: 'must be a date (YYYY-MM-DD or ISO time)' }).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

const AccessLogEntry = z.object({
  at: z.date(),
  action: z.string(),
  outcome: z.string(),
  emergency: z.boolean(),
  roles: z.array(z.string()),
  unitName: z.string().nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorKind: z.string(),
  breakGlassReason: z.string().nullable(),
});

const InnsynsloggEntry = z.object({
  at: z.date(),
  action: z.string(),
  roles: z.array(z.string()),
  unit: z.string().nullable(),
  staffName: z.string().optional(),
  emergency: z.boolean(),
});

function sendCsv(reply: FastifyReply, name: string, csv: string) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(csv);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const auditReviewRoutes: RoutePlugin = (app, { database }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/cases/:id/access-log',
    {
      schema: {
        summary: 'Who accessed this case (leaders); ?format=csv for a spreadsheet',
        tags: ['case-data'],
        params: IdParams,
        querystring: Period,
        response: { 200: z.object({ items: z.array(AccessLogEntry) }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const { format, ...filter } = request.query;
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        caseAccessLog(a, request.params.id, filter),
      );
      if (format === 'csv') {
        return sendCsv(
          reply,
          `tilgangslogg-${request.params.id}.csv`,
          toCsv(
            ['tidspunkt', 'handling', 'utfall', 'nødtilgang', 'roller', 'enhet', 'ansatt', 'begrunnelse'],
            items.map((i) => [
              iso(i.at),
              i.action,
              i.outcome,
              i.emergency,
              i.roles.join(' '),
              i.unitName,
              i.actorName,
              i.breakGlassReason,
            ]),
          ),
        );
      }
      return { items };
    },
  );

  api.get(
    '/audit/break-glass',
    {
      schema: {
        summary: 'Break-the-glass events for review (leaders); ?format=csv for a spreadsheet',
        tags: ['case-data'],
        querystring: Period.extend({
          staffUserId: z.uuid().optional(),
          unreviewed: z.enum(['true', 'false']).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                sakId: z.uuid(),
                staffUserId: z.uuid(),
                staffName: z.string(),
                reason: z.string(),
                grantedAt: z.date(),
                expiresAt: z.date(),
                reviewedAt: z.date().nullable(),
                reviewedBy: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const { format, unreviewed, ...filter } = request.query;
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        listBreakGlass(a, { ...filter, unreviewed: unreviewed === 'true' }),
      );
      if (format === 'csv') {
        return sendCsv(
          reply,
          'naadtilgang.csv',
          toCsv(
            ['tidspunkt', 'utløper', 'sak', 'ansatt', 'begrunnelse', 'gjennomgått', 'gjennomgått av'],
            items.map((i) => [
              iso(i.grantedAt),
              iso(i.expiresAt),
              i.sakId,
              i.staffName,
              i.reason,
              iso(i.reviewedAt),
              i.reviewedBy,
            ]),
          ),
        );
      }
      return { items };
    },
  );

  api.post(
    '/audit/break-glass/:id/review',
    {
      schema: {
        summary: 'Mark a break-the-glass event as reviewed',
        tags: ['case-data'],
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        reviewBreakGlass(a, request.params.id),
      );
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/persons/:id/innsynslogg',
    {
      schema: {
        summary: "A person's innsynslogg, as they would see it",
        tags: ['person-data'],
        params: IdParams,
        response: { 200: z.object({ items: z.array(InnsynsloggEntry) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        personInnsynslogg(a, request.params.id),
      );
      return { items };
    },
  );

  api.get(
    '/me/innsynslogg',
    {
      schema: {
        summary: 'Who has looked at my records (signed-in citizen)',
        tags: ['person-data'],
        response: { 200: z.object({ items: z.array(InnsynsloggEntry.extend({ service: z.string() })) }) },
      },
    },
    async (request) => {
      const actor = requireCitizen(request);
      return { items: await citizenInnsynslogg(database, actor, request.id) };
    },
  );
};
