import { checkReportSubmission, REPORT_PROBLEM_REASONS, ReportContent } from '@vern/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loopbackAliases } from '../../../platform/auth/auth-runtime.js';
import { AppError, ErrorCode } from '../../../platform/errors.js';
import type { AppDeps, RoutePlugin } from '../../../platform/http/app.js';
import { RateLimited, RateLimiter } from '../../../platform/http/rate-limit.js';
import { attachmentDisposition } from '../../journal/filename.js';
import { MAX_PAYLOAD_BYTES } from '../fiks/read-bekymringsmelding.js';
import { checkReportStatus, getReceiptAgain } from './check-report-status.js';
import { serviceDirectory, type Service } from './public-report.queries.js';
import { receiptPdf } from './receipt-pdf.js';
import { receivePublicReport } from './receive-public-report.js';

const TAGS = ['public-report'];
const SlugParams = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be the short name of a service'),
});
const KeyBody = z.strictObject({
  reference: z.string().min(1, 'is required').max(40),
  statusCode: z.string().min(1, 'is required').max(40),
});
const Receipt = z.object({
  reference: z.string(),
  receivedAt: z.date(),
  service: z.string(),
  melderKind: z.enum(['privat', 'offentlig']),
  lang: z.enum(['nb', 'nn', 'en']),
  report: ReportContent,
  melderIdentified: z.boolean(),
  duplicate: z.boolean(),
});

/**
 * Origins a browser may post the form from: the public URL (and its other loopback name on a
 * developer's machine). A browser names the page's origin on every POST; a request without Origin
 * is not a browser's cross-site one. With JSON only, no CORS, and the one cookie that matters (a
 * signed-in reporter's session) honoured only with its CSRF token, a forged cross-site submission
 * cannot be sent anyway; this is the belt to those braces.
 */
function originCheck(publicUrl: string) {
  const allowed = new Set(loopbackAliases(publicUrl).map((u) => new URL(u).origin));
  return (request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowed.has(origin)) {
      throw new AppError(ErrorCode.Forbidden, 'The form may be sent only from the service’s own pages', [
        { field: 'headers.origin', reason: 'is not this service’s address', code: 'ORIGIN' },
      ]);
    }
  };
}

/**
 * The public concern-report form's API (no sign-in needed; a signed-in citizen may send as
 * identified, see receivePublicReport): the services one may report to, sending a
 * report, and, with the reference number and status code from the receipt, the status (feedback to
 * the reporter) and the receipt as a PDF. Every route is rate limited per client address; the
 * sending route reads the body as bytes (JSON only), which are stored unchanged.
 */
export const publicReportRoutes: RoutePlugin = async (app, deps) => {
  await app.register(async (scope: FastifyInstance) => publicScope(scope, deps), { prefix: '/public' });
};

async function publicScope(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const { database, config } = deps;
  const directory = serviceDirectory(database);
  const limiter = new RateLimiter(config.reportRateLimit);
  const checkOrigin = originCheck(config.http.publicUrl);
  const api = scope.withTypeProvider<ZodTypeProvider>();

  // The body is kept as it came, so the JSON is parsed here and not by Fastify's parser.
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: MAX_PAYLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );
  scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      limiter.check(request, request.method === 'GET' ? 'read' : (request.routeOptions.url ?? 'post'));
    } catch (error) {
      if (error instanceof RateLimited) {
        request.log.info({ event: 'rate-limited', route: request.routeOptions.url }, 'too many requests');
        void reply.header('retry-after', String(error.retryAfterSeconds));
      }
      throw error;
    }
    if (request.method === 'POST') checkOrigin(request);
  });
  const service = async (slug: string): Promise<Service> => {
    const found = await directory.bySlug(slug);
    if (!found) throw AppError.notFound('The service');
    return found;
  };
  const json = (request: FastifyRequest): unknown => {
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new AppError(ErrorCode.MalformedJson, 'The body is not valid JSON', [
        { field: 'body', reason: 'is not valid JSON (UTF-8)' },
      ]);
    }
  };

  api.get(
    '/tjenester',
    {
      schema: {
        summary: 'The services a report of concern can be sent to (name and short name)',
        tags: TAGS,
        response: { 200: z.object({ items: z.array(z.object({ slug: z.string(), name: z.string() })) }) },
      },
    },
    async () => ({ items: (await directory.all()).map((s) => ({ slug: s.slug, name: s.name })) }),
  );

  api.post(
    '/tjenester/:slug/bekymringsmeldinger',
    {
      schema: {
        summary:
          'Send a report of concern (no sign-in needed). The body (JSON, ReportSubmission in @vern/domain) is stored as it came; 201 with the receipt after the commit, 200 with the same receipt for a retry with the same idempotency key. With identifiedBy: idporten the reporter must be signed in as a citizen (cookie and x-csrf-token): the identity is taken from the session, and without one the body is refused at body.identifiedBy',
        tags: TAGS,
        params: SlugParams,
        response: { 201: Receipt, 200: Receipt },
      },
    },
    async (request, reply) => {
      const receivedAt = new Date();
      const target = await service(request.params.slug);
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const checked = checkReportSubmission(json(request));
      if (!checked.ok) {
        throw new AppError(
          ErrorCode.ValidationFailed,
          'The report is not complete',
          checked.problems.map((p) => ({
            field: `body.${p.field}`,
            reason: REPORT_PROBLEM_REASONS[p.code],
            code: p.code,
          })),
        );
      }
      const receipt = await receivePublicReport(database, target, {
        raw,
        submission: checked.value,
        receivedAt,
        requestId: request.id,
        citizen: request.actor?.kind === 'citizen' ? request.actor : undefined,
      });
      return reply.status(receipt.duplicate ? 200 : 201).send(receipt);
    },
  );

  api.post(
    '/tjenester/:slug/bekymringsmeldinger/status',
    {
      schema: {
        summary: 'What the reporter may be told about their report now (reference number and status code)',
        tags: TAGS,
        params: SlugParams,
        response: {
          200: z.object({
            reference: z.string(),
            receivedAt: z.date(),
            melderKind: z.enum(['privat', 'offentlig']),
            status: z.enum(['received', 'undersokelse', 'no_undersokelse']),
            since: z.date(),
          }),
        },
      },
    },
    async (request) => {
      const target = await service(request.params.slug);
      const key = KeyBody.safeParse(json(request));
      if (!key.success) throw keyProblems(key.error);
      return checkReportStatus(database, target, key.data, request.id);
    },
  );

  api.post(
    '/tjenester/:slug/bekymringsmeldinger/kvittering',
    {
      schema: {
        summary: 'The receipt with what was reported, as a PDF (within a day of sending)',
        tags: TAGS,
        params: SlugParams,
      },
    },
    async (request, reply) => {
      const target = await service(request.params.slug);
      const key = KeyBody.safeParse(json(request));
      if (!key.success) throw keyProblems(key.error);
      const receipt = await getReceiptAgain(database, target, key.data, new Date(), request.id);
      const pdf = await receiptPdf(receipt);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(`kvittering-${receipt.reference}.pdf`))
        .header('x-content-type-options', 'nosniff')
        .send(pdf);
    },
  );
}

function keyProblems(error: z.ZodError): AppError {
  return new AppError(
    ErrorCode.ValidationFailed,
    'The request is invalid',
    error.issues.map((i) => ({ field: ['body', ...i.path.map(String)].join('.'), reason: i.message })),
  );
}
