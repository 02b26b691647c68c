import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { affectedCases, changeExpectedEnd, registerAbsence } from './absence.js';
import { redistribute } from './redistribute.js';
import { ledStaff, myAbsences } from './staff-directory.js';

const uuid = z.uuid({ message: 'must be a UUID' });
const day = z.iso.date({ message: 'must be a date, YYYY-MM-DD' });
const Kind = z.enum(['sick_leave', 'holiday', 'course', 'other']);
const Absence = z.object({
  id: z.uuid(),
  kind: Kind,
  startsOn: z.string(),
  expectedEndOn: z.string().nullable(),
});

/** Staff absence and redistribution of an absent caseworker's cases. */
export const absenceRoutes: RoutePlugin = (app, { database }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/staff/:id/absences',
    {
      schema: {
        summary: 'Register an absence (sick leave, holiday, course): by the person or their leader',
        tags: ['staff'],
        params: z.strictObject({ id: uuid }),
        body: z.strictObject({ kind: Kind, startsOn: day, expectedEndOn: day.nullable().default(null) }),
        response: {
          201: z.object({
            id: z.uuid(),
            staffUserId: z.uuid(),
            kind: Kind,
            startsOn: z.string(),
            expectedEndOn: z.string().nullable(),
          }),
        },
      },
    },
    async (request, reply) => {
      const created = await withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        registerAbsence(a, request.params.id, request.body),
      );
      return reply.status(201).send(created);
    },
  );

  api.post(
    '/absences/:id/expected-end',
    {
      schema: {
        summary:
          "Change an absence's expected last day (back early, away longer, end now known or unknown): by the person or their leader",
        tags: ['staff'],
        params: z.strictObject({ id: uuid }),
        body: z.strictObject({ expectedEndOn: day.nullable() }),
        response: { 200: Absence.extend({ staffUserId: z.uuid() }) },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        changeExpectedEnd(a, request.params.id, request.body.expectedEndOn),
      ),
  );

  api.get(
    '/absences/mine',
    {
      schema: {
        summary: 'My current and coming absences, and my staff id to register one under',
        tags: ['staff'],
        response: {
          200: z.object({
            staffUserId: z.uuid(),
            items: z.array(Absence.extend({ registeredByName: z.string() })),
          }),
        },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) => myAbsences(a)),
  );

  api.get(
    '/staff',
    {
      schema: {
        summary:
          'Leader: the active staff I lead (my unit; the head of service everyone), with roles and current and coming absences',
        tags: ['staff'],
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                roles: z.array(z.string()),
                unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
                absent: z.boolean(),
                absences: z.array(Absence),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const items = await withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        ledStaff(a),
      );
      return { items };
    },
  );

  api.get(
    '/absences/affected',
    {
      schema: {
        summary:
          "Leader: each absence of staff I lead, with the absent person's cases that have a deadline in it",
        tags: ['case-data'],
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                kind: Kind,
                startsOn: z.string(),
                expectedEndOn: z.string().nullable(),
                active: z.boolean(),
                staffUserId: z.uuid(),
                staffName: z.string(),
                unitId: z.uuid().nullable(),
                cases: z.array(
                  z.object({
                    sakId: z.uuid(),
                    journalnummer: z.string(),
                    childName: z.string(),
                    unit: z.object({ id: z.uuid(), name: z.string() }),
                    deadlines: z.array(
                      z.object({
                        id: z.uuid(),
                        ruleId: z.string(),
                        legalReference: z.string(),
                        dueDate: z.string(),
                        status: z.enum(['open', 'overdue']),
                      }),
                    ),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const items = await withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        affectedCases(a),
      );
      return { items };
    },
  );

  api.post(
    '/absences/:id/redistribute',
    {
      schema: {
        summary: "Move an absent caseworker's cases to others, all in one transaction",
        tags: ['case-data'],
        params: z.strictObject({ id: uuid }),
        body: z.strictObject({
          moves: z
            .array(z.strictObject({ sakId: uuid, caseworkerId: uuid }))
            .min(1, { message: 'must move at least one case' })
            .max(500, { message: 'must move at most 500 cases at a time' }),
        }),
        response: { 200: z.object({ moved: z.number() }) },
      },
    },
    async (request) =>
      withStaffAccess(database, requireStaff(request), { requestId: request.id }, (a) =>
        redistribute(a, request.params.id, request.body.moves),
      ),
  );
};
