import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCitizen } from '../../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../../platform/http/app.js';
import { getOwnReport } from './get-own-report.js';
import { listOwnReports } from './list-own-reports.js';
import { serviceDirectory } from './public-report.queries.js';

const TAGS = ['public-report'];
const OwnReport = z.object({
  id: z.uuid(),
  reference: z.string(),
  service: z.object({ slug: z.string(), name: z.string() }),
  receivedAt: z.date(),
  melderKind: z.enum(['privat', 'offentlig']),
  status: z.enum(['received', 'undersokelse', 'no_undersokelse']),
  since: z.date(),
});

/**
 * «Min side» for a reporter who sent the public form signed in with ID-porten: their reports and
 * what they may be told about each (the status page's answer), without the reference number and
 * status code. Citizen session only; never case content; another citizen's report is 404.
 */
export const ownReportRoutes: RoutePlugin = (app, deps) => {
  const { database } = deps;
  const directory = serviceDirectory(database);
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/citizen/bekymringsmeldinger',
    {
      schema: {
        summary: 'The signed-in citizen’s own reports of concern (sent signed in) and their status',
        tags: TAGS,
        response: { 200: z.object({ items: z.array(OwnReport) }) },
      },
    },
    async (request) => ({
      items: await listOwnReports(database, directory, requireCitizen(request), request.id),
    }),
  );

  api.get(
    '/citizen/bekymringsmeldinger/:id',
    {
      schema: {
        summary: 'One of the signed-in citizen’s own reports of concern and its status (404 otherwise)',
        tags: TAGS,
        params: z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) }),
        response: { 200: OwnReport },
      },
    },
    async (request) =>
      getOwnReport(database, directory, requireCitizen(request), request.params.id, request.id),
  );
};
