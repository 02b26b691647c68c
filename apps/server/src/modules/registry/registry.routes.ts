import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { allowsSyntheticNumbers } from './case-file.js';
import { downloadExport } from './download-export.js';
import { listExports } from './list-exports.js';
import { startExport } from './start-export.js';
import { systemTenantFindings } from './tenant-findings.js';

const Severity = z.enum(['FATAL', 'ERROR', 'WARNING', 'INFO']);
const Counts = z.record(z.string(), z.number().int());
const Problem = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  element: z.string().nullable(),
  reason: z.string(),
});
const ExportSummary = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'ready', 'refused', 'failed']),
  fileCount: z.number().int(),
  elementCounts: Counts,
  findingCounts: Counts,
  validation: z.enum(['passed', 'failed', 'unavailable']).nullable(),
  problems: z.array(Problem),
  zipBytes: z.number().int().nullable(),
});
const ExportView = ExportSummary.extend({
  seq: z.number().int(),
  kind: z.enum(['total', 'changes']),
  changesSince: z.uuid().nullable(),
  via: z.enum(['api', 'cli']),
  startedBy: z.uuid().nullable(),
  startedByName: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});

/** The national registry: exports of the whole service and the controls over every case. */
export const registryRoutes: RoutePlugin = (app, { database, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const allowSyntheticNumbers = allowsSyntheticNumbers(config);

  api.post(
    '/registry/exports',
    {
      schema: {
        summary: 'Export the service to the national registry (total, or the changes since an export)',
        description:
          'Makes one Barnevern_v4.xsd file per case, validates each with xmllint and keeps them as a zip ' +
          'for download. 201 with status ready, or refused with the file, line, element and reason of ' +
          'each problem (nothing is offered then). validation=unavailable says xmllint or the XSD was missing.',
        tags: ['case-data'],
        body: z.strictObject({
          kind: z.enum(['total', 'changes']),
          changesSince: z.uuid({ message: 'must be the id of an earlier export' }).optional(),
        }),
        response: { 201: ExportSummary },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const result = await startExport(
        database,
        actor,
        { requestId: request.id },
        request.body,
        config.registry,
        allowSyntheticNumbers,
      );
      const { dir: _dir, ...summary } = result;
      return reply.status(201).send(summary);
    },
  );

  api.get(
    '/registry/exports',
    {
      schema: {
        summary: 'The history of registry exports: when, by whom, counts per element, findings per severity',
        tags: ['registry'],
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: { 200: z.object({ items: z.array(ExportView) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        listExports(access, request.query.limit),
      );
      return { items };
    },
  );

  api.get(
    '/registry/exports/:id/file',
    {
      schema: {
        summary: 'Download the zip of a ready export (one XML file per case)',
        tags: ['case-data'],
        params: z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) }),
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const file = await downloadExport(database, actor, request.params.id, request.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-length', String(file.bytes))
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );

  api.get(
    '/registry/findings',
    {
      schema: {
        summary:
          "The registry's controls over every case of the service, as the registry would run them today",
        tags: ['case-data'],
        querystring: z.strictObject({
          severity: z
            .union([Severity, z.array(Severity)])
            .optional()
            .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
          limit: z.coerce.number().int().min(1).max(5000).default(1000),
        }),
        response: {
          200: z.object({
            counts: z
              .object({
                FATAL: z.number().int(),
                ERROR: z.number().int(),
                WARNING: z.number().int(),
                INFO: z.number().int(),
              })
              .partial(),
            casesChecked: z.number().int(),
            casesHidden: z.number().int(),
            truncated: z.boolean(),
            items: z.array(
              z.object({
                caseId: z.uuid(),
                journalnummer: z.string(),
                controlId: z.string(),
                severity: Severity,
                message: z.string(),
                field: z.string(),
                elementId: z.string().optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return systemTenantFindings(database, actor, {
        severities: request.query.severity,
        limit: request.query.limit,
        requestId: request.id,
        allowSyntheticNumbers,
      });
    },
  );
};
