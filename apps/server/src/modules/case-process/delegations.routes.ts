import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { IdParams } from '../cases/cases.routes.js';
import { grantDelegation, readDelegations, revokeDelegation } from './delegations.js';

const uuid = () => z.uuid({ message: 'must be a UUID' });

const DelegationView = z.object({
  id: z.uuid(),
  lov: z.enum(['BVL', 'BVL2021', 'BL1981']),
  kapittel: z.string().nullable(),
  paragraf: z.string().nullable(),
  role: z.string().nullable(),
  staffUserId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  grantedAt: z.date(),
  revokedAt: z.date().nullable(),
});

/** Who may make which vedtak (delegeringsreglement). */
export const delegationRoutes: RoutePlugin = (app, { database }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const part = z
    .string()
    .regex(/^[1-9][0-9]*[a-z]*$/, 'must be a number, optionally with small letters after');
  api.get(
    '/delegations',
    {
      schema: {
        summary: 'The delegation of authority to make vedtak',
        tags: ['administration'],
        response: { 200: z.object({ items: z.array(DelegationView) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, readDelegations);
      return { items };
    },
  );
  api.post(
    '/delegations',
    {
      schema: {
        summary: 'Delegate authority to make vedtak on a law, chapter or paragraph',
        tags: ['administration'],
        body: z.strictObject({
          lov: z.enum(['BVL', 'BVL2021', 'BL1981']),
          kapittel: part.nullable().default(null),
          paragraf: part.nullable().default(null),
          role: z
            .enum([
              'saksbehandler',
              'fagleder',
              'barnevernleder',
              'mottak',
              'systemansvarlig',
              'barnevernvakt',
            ])
            .nullable()
            .default(null),
          staffUserId: uuid().nullable().default(null),
        }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const created = await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        grantDelegation(a, request.body),
      );
      return reply.status(201).send(created);
    },
  );
  api.post(
    '/delegations/:id/revoke',
    {
      schema: {
        summary: 'Revoke a delegation (kept for the record)',
        tags: ['administration'],
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      await withStaffAccess(database, actor, { requestId: request.id }, (a) =>
        revokeDelegation(a, request.params.id),
      );
      return reply.status(204).send(null);
    },
  );
};
