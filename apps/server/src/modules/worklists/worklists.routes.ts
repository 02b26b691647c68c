import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { caseload } from './caseload.js';
import { intakeList } from './intake-list.js';
import { listNotifications, markNotificationRead } from './notifications.js';
import { myWork, serviceWork, teamWork } from './worklists.js';

const uuid = z.uuid({ message: 'must be a UUID' });
const Counts = z.object({ open: z.number(), overdue: z.number(), dueThisWeek: z.number() });
const Item = z.object({
  id: z.uuid(),
  sakId: z.uuid(),
  journalnummer: z.string(),
  childName: z.string(),
  kind: z.string(),
  ruleId: z.string(),
  legalReference: z.string(),
  element: z.object({ type: z.string(), id: z.string() }),
  dueDate: z.string(),
  status: z.enum(['open', 'overdue']),
  explanation: z.string(),
  owner: z.object({ id: z.uuid(), name: z.string(), absent: z.boolean() }).nullable(),
  unit: z.object({ id: z.uuid(), name: z.string() }),
});
const Worklist = z.object({ items: z.array(Item), counts: Counts });
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
const listQuery = {
  due: z.enum(['overdue', 'due-soon', 'open']).default('open'),
  ruleId: z
    .string()
    .regex(/^[a-z-]{2,60}$/, { message: 'must be a rule id such as melding-gjennomgang' })
    .optional(),
  ...page,
};
const caseworkerId = z.union([uuid, z.literal('none')]).optional();

/** Worklists and notifications. Tag `case-data`: each route has an access suite. */
export const worklistRoutes: RoutePlugin = (app, { database }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/worklists/mine',
    {
      schema: {
        summary: 'My work: the open deadlines of my cases, overdue first, then by due day',
        tags: ['case-data'],
        querystring: z.strictObject(listQuery),
        response: { 200: Worklist },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        myWork(a, request.query),
      ),
  );

  api.get(
    '/worklists/team',
    {
      schema: {
        summary: "My unit's open deadlines (team leader), optionally one caseworker's ('none': unassigned)",
        tags: ['case-data'],
        querystring: z.strictObject({ ...listQuery, caseworkerId }),
        response: { 200: Worklist },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        teamWork(a, request.query),
      ),
  );

  api.get(
    '/worklists/service',
    {
      schema: {
        summary: "The service's open deadlines (head of service), with counts per unit",
        tags: ['case-data'],
        querystring: z.strictObject({ ...listQuery, unitId: uuid.optional(), caseworkerId }),
        response: {
          200: Worklist.extend({
            units: z.array(Counts.extend({ unitId: z.uuid(), unitName: z.string() })),
          }),
        },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        serviceWork(a, request.query),
      ),
  );

  api.get(
    '/worklists/intake',
    {
      schema: {
        summary: 'Unassigned meldinger to review, with the hours left of the one-week review (§ 2-1)',
        tags: ['case-data'],
        querystring: z.strictObject(page),
        response: {
          200: z.object({
            today: z.string(),
            items: z.array(
              z.object({
                deadlineId: z.uuid(),
                sakId: z.uuid(),
                journalnummer: z.string(),
                childName: z.string(),
                meldingId: z.string(),
                receivedAt: z.date().nullable(),
                dueDate: z.string(),
                hoursLeft: z.number(),
                legalReference: z.string(),
                explanation: z.string(),
                unit: z.object({ id: z.uuid(), name: z.string() }),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        intakeList(a, request.query),
      ),
  );

  const Load = z.object({ openCases: z.number(), openDeadlines: z.number(), overdueDeadlines: z.number() });
  api.get(
    '/worklists/caseload',
    {
      schema: {
        summary: 'Open cases and deadlines per caseworker and unit now, and daily snapshots back in time',
        tags: ['case-data'],
        querystring: z.strictObject({ days: z.coerce.number().int().min(0).max(366).default(0) }),
        response: {
          200: z.object({
            today: z.string(),
            caseworkers: z.array(
              Load.extend({
                unitId: z.uuid(),
                unitName: z.string(),
                caseworkerId: z.uuid().nullable(),
                caseworkerName: z.string().nullable(),
              }),
            ),
            units: z.array(Load.extend({ unitId: z.uuid(), unitName: z.string() })),
            history: z.array(
              Load.extend({ day: z.string(), unitId: z.uuid(), caseworkerId: z.uuid().nullable() }),
            ),
          }),
        },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        caseload(a, request.query),
      ),
  );

  api.get(
    '/notifications',
    {
      schema: {
        summary:
          'My notifications, newest first, with the unread count: kinds and ids, and with withCases=true the child and case each is about (audited)',
        tags: ['case-data'],
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          unreadOnly: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
          withCases: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        response: {
          200: z.object({
            unread: z.number(),
            items: z.array(
              z.object({
                id: z.uuid(),
                kind: z.string(),
                sakId: z.uuid().nullable(),
                refId: z.uuid().nullable(),
                createdAt: z.date(),
                readAt: z.date().nullable(),
                about: z
                  .object({
                    journalnummer: z.string(),
                    childName: z.string(),
                    deadline: z.object({ ruleId: z.string(), dueDate: z.string() }).nullable(),
                  })
                  .nullable()
                  .optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        listNotifications(a, request.query),
      ),
  );

  api.post(
    '/notifications/:id/read',
    {
      schema: {
        summary: 'Mark one of my notifications read',
        tags: ['notifications'],
        params: z.strictObject({ id: uuid }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        markNotificationRead(a, request.params.id),
      );
      return reply.status(204).send(null);
    },
  );
};
