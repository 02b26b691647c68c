import { osloDate } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { AppDeps, RoutePlugin } from '../../platform/http/app.js';
import { addJournalNote } from './add-journal-note.js';
import { databaseDocumentStore } from './document-store.js';
import { DocumentIntegrityError, downloadDocument } from './download-document.js';
import { attachmentDisposition, cleanFilename } from './filename.js';
import { getJournalNote } from './get-journal-note.js';
import {
  CaseParams,
  DocumentParams,
  DocumentView,
  documentView,
  NewNoteBody,
  NoteParams,
  NoteSummary,
  noteSummary,
  NoteView,
  PageQuery,
  UploadQuery,
} from './journal.schemas.js';
import { listCaseDocuments } from './list-documents.js';
import { listJournalNotes } from './list-journal-notes.js';
import { InfectedUpload, MAX_DOCUMENT_BYTES, uploadDocument } from './upload-document.js';
import { virusScannerFor } from './virus-scanner.js';

const TOO_LARGE = () =>
  new AppError(ErrorCode.PayloadTooLarge, 'The document is too large', [
    { field: 'body', reason: `must be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` },
  ]);

/**
 * Journal routes: notes and documents of a case. Tag `case-data`: each has an access suite.
 * The upload route alone takes a binary body; every other route stays JSON-only.
 */
export const journalRoutes: RoutePlugin = async (app, deps) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const store = databaseDocumentStore;

  api.post(
    '/cases/:id/notes',
    {
      schema: {
        summary: 'Write a journal note in a case (a correction names the note it corrects)',
        tags: ['case-data'],
        params: CaseParams,
        body: NewNoteBody,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const { step, correctsNoteId, contact, ...rest } = request.body;
      const created = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        addJournalNote(access, request.params.id, {
          ...rest,
          step: step ?? null,
          correctsNoteId: correctsNoteId ?? null,
          contact: contact ?? null,
        }),
      );
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/cases/:id/notes',
    {
      schema: {
        summary: "A case's journal notes, newest first (without their text)",
        tags: ['case-data'],
        params: CaseParams,
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(NoteSummary) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const rows = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        listJournalNotes(access, request.params.id, request.query),
      );
      return { items: rows.map(noteSummary) };
    },
  );

  api.get(
    '/cases/:id/notes/:noteId',
    {
      schema: {
        summary: 'One journal note with its text',
        tags: ['case-data'],
        params: NoteParams,
        response: { 200: NoteView },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const note = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        getJournalNote(access, request.params.id, request.params.noteId),
      );
      return { ...noteSummary(note), body: note.body };
    },
  );

  api.get(
    '/cases/:id/documents',
    {
      schema: {
        summary: "A case's documents (metadata), newest first",
        tags: ['case-data'],
        params: CaseParams,
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(DocumentView) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const rows = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        listCaseDocuments(access, request.params.id, request.query),
      );
      return { items: rows.map(documentView) };
    },
  );

  api.get(
    '/cases/:id/documents/:docId/content',
    {
      schema: {
        summary: 'Download a document (only one the virus scan passed; checked against its SHA-256)',
        tags: ['case-data'],
        params: DocumentParams,
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      let file;
      try {
        file = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
          downloadDocument(access, request.params.id, request.params.docId, store),
        );
      } catch (error) {
        if (!(error instanceof DocumentIntegrityError)) throw error;
        request.log.error(
          { event: 'document-integrity', documentId: error.documentId, problem: error.problem },
          'a stored document failed its integrity check and was not served',
        );
        throw new AppError(
          ErrorCode.Internal,
          'Something went wrong on our side. Quote the request id if you contact us.',
        );
      }
      return reply
        .header(
          'content-type',
          file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType,
        )
        .header('content-disposition', attachmentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(file.bytes);
    },
  );

  await app.register(uploadRoute(deps, store));
};

/**
 * The upload route, in a context of its own: the only place the API reads a body that is not
 * JSON. Any Content-Type is read as bytes (up to MAX_DOCUMENT_BYTES) so that the use case can refuse
 * a wrong one with its reason; a signed-out caller or an announced oversize body is refused before
 * a byte is read.
 */
function uploadRoute(deps: AppDeps, store: typeof databaseDocumentStore) {
  const scanner = virusScannerFor(deps.config);
  return async (upload: FastifyInstance) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES },
      (_request, body, done) => done(null, body),
    );
    upload.addHook('onRequest', async (request) => {
      requireStaff(request);
      if (Number(request.headers['content-length']) > MAX_DOCUMENT_BYTES) throw TOO_LARGE();
    });
    upload.withTypeProvider<ZodTypeProvider>().post(
      '/cases/:id/documents',
      {
        bodyLimit: MAX_DOCUMENT_BYTES,
        schema: {
          summary:
            'Upload a document: the body is the file, Content-Type its media type, the rest in the query',
          tags: ['case-data'],
          params: CaseParams,
          querystring: UploadQuery,
          response: { 201: DocumentView },
        },
      },
      async (request, reply) => {
        const actor = requireStaff(request);
        const { title, filename, documentDate, stepType, stepId } = request.query;
        const name = cleanFilename(filename);
        if (!name) {
          throw new AppError(ErrorCode.ValidationFailed, 'The request is invalid', [
            { field: 'query.filename', reason: 'has no usable characters' },
          ]);
        }
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        try {
          const row = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
            uploadDocument(
              access,
              request.params.id,
              {
                bytes,
                contentType: request.headers['content-type'],
                title,
                filename: name,
                documentDate: documentDate ?? osloDate(access.now),
                step: stepType && stepId ? { type: stepType, id: stepId } : null,
              },
              { store, scanner },
            ),
          );
          return await reply.status(201).send(documentView(row));
        } catch (error) {
          if (error instanceof InfectedUpload) {
            request.log.warn(
              { event: 'upload-infected', signature: error.signature },
              'an upload was refused by the virus scan',
            );
          }
          throw error;
        }
      },
    );
  };
}
