import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { AppDeps, RoutePlugin } from '../../platform/http/app.js';
import { attachmentDisposition, cleanFilename } from '../journal/filename.js';
import { InfectedUpload } from '../journal/upload-document.js';
import { virusScannerFor } from '../journal/virus-scanner.js';
import { addScan, MAX_SCAN_BYTES } from './add-scan.js';
import { personRulesOf } from '../persons/identity-check.js';
import { findMatches } from './find-matches.js';
import { downloadAttachment, getInboxItem, InboxFileIntegrityError, listInbox } from './read-inbox.js';
import { ManualItemBody, registerManualItem } from './register-manual-item.js';
import {
  LinkBody,
  linkItem,
  NotMeldingBody,
  recordNotMelding,
  RegisterBody,
  registerMelding,
} from './register-melding.js';

const ItemParams = z.strictObject({ id: z.uuid({ message: 'must be a UUID' }) });
const AttachmentParams = ItemParams.extend({ attachmentId: z.uuid({ message: 'must be a UUID' }) });
const STATUS = ['open', 'all', 'new', 'quarantined', 'registered', 'linked', 'not_melding'] as const;

const Summary = z.object({
  id: z.uuid(),
  channel: z.string(),
  messageType: z.string(),
  receivedAt: z.date(),
  reviewDueDate: z.string(),
  status: z.enum(['new', 'quarantined', 'registered', 'linked', 'not_melding']),
  needsImmediateFollowUp: z.boolean(),
  childNames: z.array(z.string()),
  melderName: z.string().nullable(),
  melderIdentifiedBy: z.enum(['idporten']).nullable(),
  problemCount: z.number().int(),
});
const Registration = z.object({
  sakId: z.uuid(),
  journalnummer: z.string(),
  meldingId: z.string(),
  personId: z.uuid(),
  kind: z.enum(['new_case', 'existing_case', 'linked']),
  createdAt: z.date(),
});
const Resolution = z.object({ itemId: z.uuid(), registrations: z.array(Registration) });

/**
 * The inbox (meldingsmottak): staff routes behind the access gateway, each audited. Who may work it
 * is the capability intake.inbox (intake, leaders, the out-of-hours duty); an item tied to a case
 * the actor is blocked from answers 404 like one that does not exist.
 */
export const intakeRoutes: RoutePlugin = async (app, deps) => {
  const { database, config } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rules = personRulesOf(config);
  const run = <T>(
    request: { id: string },
    fn: Parameters<typeof withStaffAccess<T>>[3],
    actor: ReturnType<typeof requireStaff>,
  ) => withStaffAccess(database, actor, { requestId: request.id }, fn);

  api.get(
    '/intake/items',
    {
      schema: {
        summary: 'The inbox: open items (new and quarantined) first the urgent, then the oldest',
        tags: ['case-data'],
        querystring: z.strictObject({
          status: z.enum(STATUS).default('open'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(Summary) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await run(request, (access) => listInbox(access, request.query), actor);
      return { items };
    },
  );

  api.post(
    '/intake/items',
    {
      schema: {
        summary: 'Register what came by phone, letter, e-mail, SMS, in person, chat or the archive system',
        tags: ['case-data'],
        body: ManualItemBody,
        response: { 201: z.object({ id: z.uuid() }), 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const result = await run(request, (access) => registerManualItem(access, request.body), actor);
      return reply.status(result.created ? 201 : 200).send({ id: result.id });
    },
  );

  api.get(
    '/intake/items/:id',
    {
      schema: {
        summary: 'One inbox item: what arrived as it came, what was read from it, its files, what it became',
        tags: ['case-data'],
        params: ItemParams,
        response: {
          200: Summary.extend({
            recordedAt: z.date(),
            raw: z.string().nullable(),
            rawMediaType: z.string(),
            content: z.record(z.string(), z.unknown()).nullable(),
            problems: z.array(z.object({ field: z.string(), reason: z.string() })),
            resolvedAt: z.date().nullable(),
            notMeldingReason: z.string().nullable(),
            attachments: z.array(
              z.object({
                id: z.uuid(),
                filename: z.string(),
                mediaType: z.string(),
                sizeBytes: z.number().int(),
                sha256: z.string(),
                problem: z.string().nullable(),
              }),
            ),
            registrations: z.array(Registration),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return run(request, (access) => getInboxItem(access, request.params.id), actor);
    },
  );

  api.get(
    '/intake/items/:id/attachments/:attachmentId/content',
    {
      schema: {
        summary: 'Download a file of an inbox item (checked against its SHA-256)',
        tags: ['case-data'],
        params: AttachmentParams,
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      let file;
      try {
        file = await run(
          request,
          (access) => downloadAttachment(access, request.params.id, request.params.attachmentId),
          actor,
        );
      } catch (error) {
        if (!(error instanceof InboxFileIntegrityError)) throw error;
        request.log.error(
          { event: 'inbox-file-integrity', attachmentId: error.attachmentId },
          'an inbox file failed its checksum and was not served',
        );
        throw new AppError(ErrorCode.Internal, 'Something went wrong on our side. Quote the request id.');
      }
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachmentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(file.bytes);
    },
  );

  api.get(
    '/intake/items/:id/matches',
    {
      schema: {
        summary:
          'Suggested children and cases for an item (fødselsnummer, name, birth date, address), case flags and likely duplicate reports',
        tags: ['case-data'],
        params: ItemParams,
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return run(request, (access) => findMatches(access, request.params.id, rules), actor);
    },
  );

  api.post(
    '/intake/items/:id/register',
    {
      schema: {
        summary:
          "Register the item as a melding on each child's case (new or existing), through the case process",
        tags: ['case-data'],
        params: ItemParams,
        body: RegisterBody,
        response: { 200: Resolution },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return run(request, (access) => registerMelding(access, request.params.id, request.body, rules), actor);
    },
  );

  api.post(
    '/intake/items/:id/link',
    {
      schema: {
        summary: 'Record that the item is the same report as a melding already registered',
        tags: ['case-data'],
        params: ItemParams,
        body: LinkBody,
        response: { 200: Resolution },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return run(request, (access) => linkItem(access, request.params.id, request.body), actor);
    },
  );

  api.post(
    '/intake/items/:id/not-melding',
    {
      schema: {
        summary: 'Record that the item is not a melding, with the reason',
        tags: ['case-data'],
        params: ItemParams,
        body: NotMeldingBody,
        response: { 200: z.object({ itemId: z.uuid() }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return run(
        request,
        (access) => recordNotMelding(access, request.params.id, request.body.reason),
        actor,
      );
    },
  );
  await app.register(scanRoute(deps));
};

/**
 * The scan upload, in a context of its own as the journal's upload is: the only inbox route that
 * reads a body that is not JSON. A signed-out caller or an announced oversize body is refused before
 * a byte is read.
 */
function scanRoute(deps: AppDeps) {
  const scanner = virusScannerFor(deps.config);
  return async (upload: FastifyInstance) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_SCAN_BYTES },
      (_request, body, done) => done(null, body),
    );
    upload.addHook('onRequest', async (request) => {
      requireStaff(request);
      if (Number(request.headers['content-length']) > MAX_SCAN_BYTES) {
        throw new AppError(ErrorCode.PayloadTooLarge, 'The file is too large', [
          { field: 'body', reason: `must be at most ${MAX_SCAN_BYTES / 1024 / 1024} MB` },
        ]);
      }
    });
    upload.withTypeProvider<ZodTypeProvider>().post(
      '/intake/items/:id/attachments',
      {
        bodyLimit: MAX_SCAN_BYTES,
        schema: {
          summary: 'Add a scan of a letter to an open inbox item: the body is the file (PDF or image)',
          tags: ['case-data'],
          params: ItemParams,
          querystring: z.strictObject({ filename: z.string().min(1).max(255) }),
          response: { 201: z.object({ id: z.uuid() }), 200: z.object({ id: z.uuid() }) },
        },
      },
      async (request, reply) => {
        const actor = requireStaff(request);
        const filename = cleanFilename(request.query.filename);
        if (!filename) {
          throw new AppError(ErrorCode.ValidationFailed, 'The request is invalid', [
            { field: 'query.filename', reason: 'has no usable characters' },
          ]);
        }
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        try {
          const added = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
            addScan(
              access,
              request.params.id,
              { bytes, contentType: request.headers['content-type'], filename },
              scanner,
            ),
          );
          return await reply.status(added.created ? 201 : 200).send({ id: added.id });
        } catch (error) {
          if (error instanceof InfectedUpload) {
            request.log.warn(
              { event: 'upload-infected', signature: error.signature },
              'a scan was refused by the virus scan',
            );
          }
          throw error;
        }
      },
    );
  };
}
