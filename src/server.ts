import fs from 'node:fs';
import path from 'node:path';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyRequest, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App, AppContext } from './core/app-context.js';
import { registerAuditRoutes } from './core/audit/audit.routes.js';
import { registerAuthRoutes } from './core/auth/auth.routes.js';
import { readSessionToken } from './core/auth/session-cookie.js';
import { LoginThrottle } from './core/auth/login-throttle.js';
import { SessionService } from './core/auth/session.service.js';
import { registerCalendarRoutes } from './core/calendar/calendar.routes.js';
import { CalendarService } from './core/calendar/calendar.service.js';
import type { Config } from './core/config.js';
import type { Database } from './core/db/database.js';
import { DomainError, errorReply, pickLang } from './core/errors.js';
import { declarePublicRoutes, enforceAccess } from './core/http/access.js';
import { assertSameOrigin } from './core/http/csrf.js';
import { installErrorHandling } from './core/http/error-handler.js';
import { registerHealthRoutes } from './core/http/health.routes.js';
import { registerWebApp } from './core/http/web-app.js';
import { registerUnitRoutes } from './core/identity/units.routes.js';
import { registerUserRoutes } from './core/identity/users.routes.js';
import { registerNotificationRoutes } from './core/notifications/notifications.routes.js';
import { registerRegionRoutes } from './core/regions/regions.routes.js';
import { RegionService } from './core/regions/regions.service.js';
import { registerCatalogRoutes } from './modules/catalog/catalog.routes.js';
import { registerComplianceRoutes } from './modules/compliance/compliance.routes.js';
import { registerMatchingRoutes } from './modules/matching/matching.routes.js';
import { registerDeskRoutes } from './modules/desk/desk.routes.js';
import { LocalFileStorage } from './modules/catalog/files/storage.js';

// Validation messages in Chinese, the UI's first language.
z.config(z.locales.zhCN());

const VERSION: string = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')).version;

export function createContext(config: Config, database: Database): AppContext {
  return {
    config,
    database,
    db: database.db,
    sessions: new SessionService(database.db, config.session),
    calendar: new CalendarService(database.db),
    regions: new RegionService(),
    loginThrottle: new LoginThrottle(config.login.maxFailuresPerIp),
    storage: new LocalFileStorage(config.dataDir),
    startedAt: Date.now(),
    version: VERSION,
  };
}

/** Each module contributes its routes here; later issues add theirs to this list. */
const ROUTE_MODULES: ((app: App, ctx: AppContext) => void)[] = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerUnitRoutes,
  registerUserRoutes,
  registerAuditRoutes,
  registerNotificationRoutes,
  registerRegionRoutes,
  registerCalendarRoutes,
  registerCatalogRoutes,
  registerComplianceRoutes,
  registerMatchingRoutes,
  registerDeskRoutes,
];

declare module 'fastify' {
  interface FastifyInstance {
    routeList: RouteOptions[];
  }
}

export interface BuildOptions {
  logger?: boolean;
  /** Serve web/dist when it exists (default true). */
  web?: boolean;
  /** Where the built web app is (default web/dist). */
  webDist?: string;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
    // Per-request log lines only when debugging: at load they cost more than the request.
    logController: new LogController({ disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace' }),
  }).withTypeProvider<ZodTypeProvider>();

  // Every route, as registered, for the access-declaration test and the docs.
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route as RouteOptions);
  });
  app.decorate('routeList', routes);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  app.decorateRequest('auth', null);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'LiveBase 直播基地服务平台 API',
        version: VERSION,
        description:
          '登录：POST /api/auth/login，成功后以 HttpOnly 会话 Cookie 认证后续请求。错误统一为 { "error": { "code", "message" } }，' +
          '默认中文，发送 Accept-Language: en 得到英文。跨站写请求会被拒绝；脚本与命令行不带 Origin/Sec-Fetch-Site 头即可调用。',
      },
      tags: [{ name: 'system' }, { name: 'auth' }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    declarePublicRoutes(docs, 'API documentation is public; it holds no data');
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
    docs.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  });

  // One hook, in order: CSRF before anything reads the cookie, then the caller, then their rights.
  // Callback style, so a request whose session is in the cache passes without a single await.
  const checkAccess = (req: FastifyRequest, expired: boolean) => {
    // routeOptions builds a fresh object on every access: read it once.
    const { url, config } = req.routeOptions;
    if (!url) return; // not found: the 404 handler answers
    const access = config.access;
    if (expired && access && !('public' in access)) throw new DomainError('SESSION_EXPIRED');
    enforceAccess(req, access);
  };
  app.addHook('onRequest', (req, _reply, done) => {
    try {
      assertSameOrigin(req, ctx.config.publicOrigin);
      const token = readSessionToken(req);
      const cached = token ? ctx.sessions.peek(token) : undefined;
      if (!token || cached) {
        req.auth = cached ?? null;
        checkAccess(req, false);
        return done();
      }
      ctx.sessions.resolve(token).then(
        (resolved) => {
          try {
            if (resolved !== 'expired') req.auth = resolved;
            checkAccess(req, resolved === 'expired');
            done();
          } catch (err) {
            done(err as Error);
          }
        },
        (err: Error) => done(err),
      );
    } catch (err) {
      done(err as Error);
    }
  });

  for (const register of ROUTE_MODULES) register(app, ctx);

  const sendIndexHtml = opts.web === false ? null : await registerWebApp(app, opts.webDist);
  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url === '/api' || req.url.startsWith('/api/');
    if (!isApi && sendIndexHtml && (req.method === 'GET' || req.method === 'HEAD')) return sendIndexHtml(reply);
    const { status, body } = errorReply(new DomainError('ROUTE_NOT_FOUND'), pickLang(req.headers['accept-language']));
    return reply.status(status).send(body);
  });

  return app;
}
