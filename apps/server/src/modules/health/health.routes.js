import { z } from 'zod';
import { AppError, ErrorCode } from '../../platform/errors.js';
export const Health = z.object({ status: z.literal('ok') });
/** GET /api/health: ok only when the database answers. */
export const healthRoutes = (app, { database }) => {
    app.withTypeProvider().get('/health', {
        schema: {
            summary: 'Is the service up, with its database?',
            tags: ['platform'],
            response: { 200: Health },
        },
    }, async () => {
        try {
            await database.ping();
        }
        catch {
            throw new AppError(ErrorCode.Unavailable, 'The database does not answer');
        }
        return { status: 'ok' };
    });
};
//# sourceMappingURL=health.routes.js.map