import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess, type StaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { attachmentDisposition } from '../journal/filename.js';
import { createLetter } from './create-letter.js';
import { editLetter } from './edit-letter.js';
import { getLetter } from './get-letter.js';
import { getLetterOptions } from './get-letter-options.js';
import { getLetterPdf, LetterIntegrityError } from './get-letter-pdf.js';
import {
  CaseParams,
  EditLetterBody,
  LetterOptions,
  LetterParams,
  LetterSummary,
  letterSummary,
  LetterView,
  NewLetterBody,
  PageQuery,
  SendLetterBody,
} from './letters.schemas.js';
import { listLetters } from './list-letters.js';
import { sendLetter, type LetterDispatch } from './send-letter.js';

/**
 * Letters on a case: templates and recipients to choose from, drafts, the preview as the recipient
 * sees it (JSON and PDF), and sending. Tag `case-data`: each route has an access suite.
 * `dispatch` writes the outgoing message (forsendelse) in the sending transaction.
 */
export function letterRoutes(dispatch: LetterDispatch | null): RoutePlugin {
  return async (app, deps) => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const gateway = <T>(request: FastifyRequest, fn: (access: StaffAccess) => Promise<T>): Promise<T> =>
      withStaffAccess(deps.database, requireStaff(request), { requestId: request.id }, fn);

    api.get(
      '/cases/:id/letter-options',
      {
        schema: {
          summary:
            'What a new letter on this case can be: templates, recipients (the child and related persons), vedtak',
          tags: ['case-data'],
          params: CaseParams,
          response: { 200: LetterOptions },
        },
      },
      async (request) => gateway(request, (access) => getLetterOptions(access, request.params.id)),
    );

    api.get(
      '/cases/:id/letters',
      {
        schema: {
          summary: "A case's letters, newest first",
          tags: ['case-data'],
          params: CaseParams,
          querystring: PageQuery,
          response: { 200: z.object({ items: z.array(LetterSummary) }) },
        },
      },
      async (request) => {
        const rows = await gateway(request, (access) =>
          listLetters(access, request.params.id, request.query),
        );
        return { items: rows.map(letterSummary) };
      },
    );

    api.post(
      '/cases/:id/letters',
      {
        schema: {
          summary: 'Start a letter from a template for one recipient (a draft)',
          tags: ['case-data'],
          params: CaseParams,
          body: NewLetterBody,
          response: { 201: z.object({ id: z.uuid() }) },
        },
      },
      async (request, reply) => {
        const created = await gateway(request, (access) =>
          createLetter(access, request.params.id, request.body),
        );
        return reply.status(201).send(created);
      },
    );

    api.get(
      '/cases/:id/letters/:letterId',
      {
        schema: {
          summary: 'One letter, with the preview of what the recipient will see (letter and notification)',
          tags: ['case-data'],
          params: LetterParams,
          response: { 200: LetterView },
        },
      },
      async (request) =>
        gateway(request, (access) => getLetter(access, request.params.id, request.params.letterId)),
    );

    api.put(
      '/cases/:id/letters/:letterId',
      {
        schema: {
          summary:
            "Change a draft's inputs (free text, meeting time and place, reply date); names the version it changes",
          tags: ['case-data'],
          params: LetterParams,
          body: EditLetterBody,
          response: { 200: z.object({ id: z.uuid(), version: z.number().int() }) },
        },
      },
      async (request) =>
        gateway(request, (access) =>
          editLetter(access, request.params.id, request.params.letterId, request.body),
        ),
    );

    api.get(
      '/cases/:id/letters/:letterId/pdf',
      {
        schema: {
          summary: 'The letter as PDF/A: a draft as it would be sent today, a sent letter as it was sent',
          tags: ['case-data'],
          params: LetterParams,
        },
      },
      async (request, reply) => {
        let file;
        try {
          file = await gateway(request, (access) =>
            getLetterPdf(access, request.params.id, request.params.letterId),
          );
        } catch (error) {
          if (!(error instanceof LetterIntegrityError)) throw error;
          request.log.error(
            { event: 'letter-integrity', letterId: error.letterId },
            'a sent letter failed its integrity check and was not served',
          );
          throw new AppError(
            ErrorCode.Internal,
            'Something went wrong on our side. Quote the request id if you contact us.',
          );
        }
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachmentDisposition(file.filename))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "sandbox; default-src 'none'")
          .send(file.bytes);
      },
    );

    api.post(
      '/cases/:id/letters/:letterId/send',
      {
        schema: {
          summary:
            'Send a draft: the final PDF is stored with its SHA-256 and handed to the dispatch in one transaction',
          tags: ['case-data'],
          params: LetterParams,
          body: SendLetterBody,
          response: { 200: z.object({ id: z.uuid(), status: z.literal('sent'), pdfSha256: z.string() }) },
        },
      },
      async (request) =>
        gateway(request, (access) =>
          sendLetter(access, request.params.id, request.params.letterId, request.body, dispatch),
        ),
    );
  };
}
