import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { AuthRuntime } from '../auth/auth-runtime.js';
import { installSessions } from '../auth/session-hook.js';
import type { Database } from '../db/database.js';
import { AppError, ErrorCode } from '../errors.js';
import { pathOnly, requestId } from '../logging/logger.js';
import { installErrorHandler, sendError } from './error-handler.js';
import { installSecurityHeaders } from './security-headers.js';
import { installStaticApps, PORTAL_DIST, spaFallback, WEB_DIST } from './static-apps.js';

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  /** Where the built front ends are; tests may point elsewhere or nowhere. */
  staticApps?: { web: string; portal: string } | false;
  /** Sign-in and sessions (clock, relying party, dev IdP); made from the config when absent. */
  auth?: AuthRuntime;
}

/** A module contributes its routes through one function of this shape. */
export type RoutePlugin = (app: FastifyInstance, deps: AppDeps) => void | Promise<void>;

/**
 * Builds the HTTP server: JSON API under /api with zod schemas and a generated OpenAPI document,
 * the one error mapping, security headers on every response, and the two front ends.
 */
export async function buildApp(deps: AppDeps, modules: RoutePlugin[]): Promise<FastifyInstance> {
  const { config, logger } = deps;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // We log one line per request ourselves (onResponse), with the route pattern instead of the URL.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    trustProxy: config.http.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => requestId(config.http.trustProxy ? req.headers['x-request-id'] : undefined),
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
  });

  // Only JSON is accepted by the API; anything else is refused before it reaches a handler.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(
      new AppError(
        ErrorCode.UnsupportedMediaType,
        'The Content-Type is not supported; send application/json',
      ),
      undefined,
    );
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app, { behindTls: config.http.behindTls });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the path: a path may carry an identifier someone typed in.
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vern API',
        version: '0.1.0',
        description: 'Case management for Norwegian municipal child welfare services.',
      },
      servers: [{ url: config.http.publicUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(
    async (api) => {
      installSessions(api, deps);
      for (const register of modules) await register(api, deps);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );

  const served =
    deps.staticApps === false
      ? []
      : await installStaticApps(app, deps.staticApps ?? { web: WEB_DIST, portal: PORTAL_DIST });

  app.setNotFoundHandler((request, reply) => {
    return (
      spaFallback(served, request, reply) ??
      sendError(request, reply, AppError.notFound(`${request.method} ${pathOnly(request.url)}`))
    );
  });

  return app;
}
