import type { Kysely } from 'kysely';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LoginThrottle } from './auth/login-throttle.js';
import type { SessionService } from './auth/session.service.js';
import type { CalendarService } from './calendar/calendar.service.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { DB } from './db/schema.js';
import type { RegionService } from './regions/regions.service.js';
import type { FileStorage } from '../modules/catalog/files/storage.js';

/** What route modules receive: the database and the few long-lived services. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  sessions: SessionService;
  calendar: CalendarService;
  regions: RegionService;
  loginThrottle: LoginThrottle;
  /** Uploaded files (the data directory by default). */
  storage: FileStorage;
  startedAt: number;
  version: string;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
