import { CreatePerson, CreateRelation, EndRelation, RELATION_KINDS, UpdatePerson } from '@vern/domain';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withStaffAccess } from '../../platform/access/gateway.js';
import { requireStaff } from '../../platform/auth/session-hook.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { RoutePlugin } from '../../platform/http/app.js';
import { Address, IdParams } from '../cases/cases.routes.js';
import { addRelation } from './add-relation.js';
import { endRelation } from './end-relation.js';
import { getPerson } from './get-person.js';
import { numberTaken, personRulesOf } from './identity-check.js';
import { listRelations } from './list-relations.js';
import { lookupPerson } from './lookup-person.js';
import { isUniqueViolation } from './persons.queries.js';
import { registerPerson } from './register-person.js';
import { searchPersons } from './search-persons.js';
import { updatePerson } from './update-person.js';

const PersonView = z.object({
  id: z.uuid(),
  fodselsnummer: z.string().nullable(),
  dufNummer: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  kjonn: z.enum(['0', '1', '2']).nullable(),
  addressProtection: z.enum(['ingen', 'fortrolig', 'strengt_fortrolig', 'strengt_fortrolig_utland']),
  address: Address.nullable(),
  addressHidden: z.boolean(),
});
const PersonBrief = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  hasCase: z.boolean(),
});
const RelationView = z.object({
  id: z.uuid(),
  direction: z.enum(['outgoing', 'incoming']),
  kind: z.enum(RELATION_KINDS),
  other: PersonBrief.omit({ hasCase: true }),
  parentalResponsibility: z.boolean(),
  livesWith: z.boolean(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
const RelationParams = z.strictObject({
  id: z.uuid({ message: 'must be a UUID' }),
  relationId: z.uuid({ message: 'must be a UUID' }),
});

/** A race lost to another registration of the same number answers like the checked case. */
function conflictOnRace(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new AppError(ErrorCode.Conflict, 'The person or relation is already registered', [
      { field: 'body', reason: 'is already registered', code: 'PERSON_EXISTS' },
    ]);
  }
  throw error;
}

/** Person routes. Tag `person-data`: each has an access suite (access-coverage test). */
export const personRoutes: RoutePlugin = (app, { database, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rules = personRulesOf(config);
  const tags = ['person-data'];

  api.get(
    '/persons',
    {
      schema: {
        summary: 'Search persons I have need-to-know for, by name or number',
        tags,
        querystring: z.strictObject({ q: z.string().min(1).max(200) }),
        response: { 200: z.object({ items: z.array(PersonBrief.extend({ score: z.number() })) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        searchPersons(access, request.query.q),
      );
      return { items };
    },
  );

  api.post(
    '/persons',
    {
      schema: { summary: 'Register a person', tags, body: CreatePerson, response: { 201: PersonView } },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const result = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        registerPerson(access, request.body, rules),
      ).catch(conflictOnRace);
      if (result.kind === 'exists') throw numberTaken(result.existing);
      return reply.status(201).send(result.person);
    },
  );

  api.post(
    '/persons/lookup',
    {
      schema: {
        summary: 'Is a person with this fødselsnummer already registered? (intake; minimal answer)',
        tags,
        body: z.strictObject({
          fodselsnummer: z
            .string()
            .max(40)
            .transform((v) => v.replace(/\s+/g, '')),
        }),
        response: { 200: z.object({ match: PersonBrief.nullable() }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const match = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        lookupPerson(access, request.body.fodselsnummer, rules),
      );
      return { match };
    },
  );

  api.get(
    '/persons/:id',
    { schema: { summary: 'Read a person', tags, params: IdParams, response: { 200: PersonView } } },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        getPerson(access, request.params.id),
      );
    },
  );

  api.patch(
    '/persons/:id',
    {
      schema: {
        summary: 'Change a person',
        tags,
        params: IdParams,
        body: UpdatePerson,
        response: { 200: PersonView },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const result = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        updatePerson(access, request.params.id, request.body, rules),
      ).catch(conflictOnRace);
      if (result.kind === 'exists') throw numberTaken(result.existing);
      return result.person;
    },
  );

  api.get(
    '/persons/:id/relations',
    {
      schema: {
        summary: "A person's relations (others within need-to-know only)",
        tags,
        params: IdParams,
        response: { 200: z.object({ items: z.array(RelationView) }) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        listRelations(access, request.params.id),
      );
      return { items };
    },
  );

  api.post(
    '/persons/:id/relations',
    {
      schema: {
        summary: 'Add a relation',
        tags,
        params: IdParams,
        body: CreateRelation,
        response: { 201: RelationView },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const relation = await withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        addRelation(access, request.params.id, request.body),
      ).catch(conflictOnRace);
      return reply.status(201).send(relation);
    },
  );

  api.post(
    '/persons/:id/relations/:relationId/end',
    {
      schema: {
        summary: 'End a relation (kept as history)',
        tags,
        params: RelationParams,
        body: EndRelation,
        response: { 200: RelationView },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return withStaffAccess(database, actor, { requestId: request.id }, (access) =>
        endRelation(access, request.params.id, request.params.relationId, request.body),
      );
    },
  );
};
