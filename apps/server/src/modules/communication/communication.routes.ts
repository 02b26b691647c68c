import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { listCaseCommunication } from './list-communication.js';

const CaseParams = z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) });

export const CommunicationEntry = z.object({
  source: z.enum(['journal_note', 'inbox_item', 'forsendelse']),
  id: z.uuid(),
  direction: z.enum(['inn', 'ut']),
  kind: z.string(),
  at: z.date(),
  dayOnly: z.boolean(),
  title: z.string().nullable(),
  counterpart: z.string().nullable(),
  status: z.string().nullable(),
  statusAt: z.date().nullable(),
  byName: z.string().nullable(),
});

export const communicationRoutes: RoutePlugin = async (app, deps) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/cases/:id/communication',
    {
      schema: {
        summary:
          "A case's communication log: letters sent, reports received, calls, meetings and messages noted, newest first",
        tags: ['case-data'],
        params: CaseParams,
        response: { 200: z.object({ items: z.array(CommunicationEntry) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        listCaseCommunication(access, request.params.id),
      );
      return { items };
    },
  );
};
