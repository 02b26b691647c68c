import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app.js';
import { AppError, ErrorCode } from '../../platform/errors.js';

export const Health = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof Health>;

/** GET /api/health: ok only when the database answers. */
export const healthRoutes: RoutePlugin = (app, { database }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        summary: 'Is the service up, with its database?',
        tags: ['platform'],
        response: { 200: Health },
      },
    },
    async () => {
      try {
        await database.ping();
      } catch {
        throw new AppError(ErrorCode.Unavailable, 'The database does not answer');
      }
      return { status: 'ok' as const };
    },
  );
};
