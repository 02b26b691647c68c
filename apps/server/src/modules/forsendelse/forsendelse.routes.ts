import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCapability, withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { dispatchServicesFor } from './dispatch-services.js';
import { checkOrganisasjon } from './enhetsregisteret/enhetsregisteret.js';
import { setDefaultEnhetsregisteret } from './forsendelse-runtime.js';
import {
  CaseParams,
  ForsendelseParams,
  ForsendelseSummary,
  ForsendelseView,
  MineQuery,
  OrganisasjonLookupView,
  OrgnrParams,
} from './forsendelse.schemas.js';
import { getForsendelse } from './get-forsendelse.js';
import { listCaseForsendelser } from './list-case-forsendelser.js';
import { listMyForsendelser } from './list-my-forsendelser.js';
import { printForsendelse } from './print-forsendelse.js';
import { retryForsendelse } from './retry-forsendelse.js';

const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/**
 * Dispatch routes: the organisation lookup before sending, a case's forsendelser, the sender's own
 * list, one forsendelse with its history, and retry or print of one that did not get through.
 * Tag `case-data`: each has an access suite (forsendelse.access.int.test.ts).
 */
export const forsendelseRoutes: RoutePlugin = async (app, deps) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const services = dispatchServicesFor(deps.config);
  setDefaultEnhetsregisteret(services.enhetsregisteret);

  api.get(
    '/forsendelse/organisasjoner/:orgnr',
    {
      schema: {
        summary:
          'Look an organisation up in Enhetsregisteret before sending to it (registered name or why not)',
        tags: ['case-data'],
        params: OrgnrParams,
        response: { 200: OrganisasjonLookupView },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      requireCapability(actor, 'case.write');
      const check = await checkOrganisasjon(services.enhetsregisteret, request.params.orgnr, 'params.orgnr');
      await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        access.audit({
          action: 'lookup',
          objectType: 'organisasjon',
          objectId: null,
          fields: ['enhetsregisteret.navn', 'enhetsregisteret.status'],
        }),
      );
      return check.ok
        ? {
            organisasjonsnummer: check.organisasjonsnummer,
            ok: true,
            navn: check.navn,
            underenhet: check.underenhet,
            reason: null,
            message: null,
          }
        : {
            organisasjonsnummer: check.organisasjonsnummer,
            ok: false,
            navn: check.navn,
            underenhet: false,
            reason: check.reason,
            message: check.message,
          };
    },
  );

  api.get(
    '/cases/:id/forsendelser',
    {
      schema: {
        summary: "A case's forsendelser, newest first, with status and history",
        tags: ['case-data'],
        params: CaseParams,
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(ForsendelseSummary) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        listCaseForsendelser(access, request.params.id, request.query),
      );
      return { items };
    },
  );

  api.get(
    '/forsendelser/mine',
    {
      schema: {
        summary: 'Mine sendinger: what I sent, all or the failed or unopened ones',
        tags: ['case-data'],
        querystring: MineQuery,
        response: { 200: z.object({ items: z.array(ForsendelseSummary) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        listMyForsendelser(access, request.query),
      );
      return { items };
    },
  );

  api.get(
    '/forsendelser/:id',
    {
      schema: {
        summary: 'One forsendelse with its history, documents and attempts',
        tags: ['case-data'],
        params: ForsendelseParams,
        response: { 200: ForsendelseView },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        getForsendelse(access, request.params.id),
      );
    },
  );

  api.post(
    '/forsendelser/:id/retry',
    {
      schema: {
        summary: 'Send a dead letter again (from the first attempt; what arrived is not sent twice)',
        tags: ['case-data'],
        params: ForsendelseParams,
        response: { 200: ForsendelseSummary },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        retryForsendelse(access, request.params.id),
      );
    },
  );

  api.post(
    '/forsendelser/:id/print',
    {
      schema: {
        summary: 'Send a dead letter, a failed or an unopened forsendelse on paper',
        tags: ['case-data'],
        params: ForsendelseParams,
        response: { 200: ForsendelseSummary },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(deps.database, actor, { requestId: request.id }, (access) =>
        printForsendelse(access, request.params.id),
      );
    },
  );
};
