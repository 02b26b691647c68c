import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { withStaffAccess } from '../../platform/access/gateway.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { Address, IdParams } from '../cases/cases.routes.js';
import { getPerson } from './get-person.js';

const PersonView = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  addressProtection: z.enum(['ingen', 'fortrolig', 'strengt_fortrolig', 'strengt_fortrolig_utland']),
  address: Address.nullable(),
  addressHidden: z.boolean(),
});

export const personRoutes: RoutePlugin = (app, { database }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/persons/:id',
    {
      schema: {
        summary: 'Read a person',
        tags: ['person-data'],
        params: IdParams,
        response: { 200: PersonView },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        getPerson(access, request.params.id),
      );
    },
  );
};
