import type { App, AppContext } from '../app-context.js';
import { pingDatabase } from '../db/database.js';
import { currentMigration } from '../db/migrate.js';
import { healthSchema } from './health.schema.js';

export function registerHealthRoutes(app: App, ctx: AppContext): void {
  let migration: string | null = null;
  app.get(
    '/api/health',
    {
      config: { access: { public: true, why: 'load balancers and monitoring probe it without a session' } },
      schema: { tags: ['system'], summary: '健康检查：数据库类型、迁移版本、运行时长', response: { 200: healthSchema } },
    },
    async () => {
      // A failing database makes this throw (500), so a load balancer takes the node out.
      await pingDatabase(ctx.db);
      // The applied migration only changes at start-up, so it is read once.
      migration ??= await currentMigration(ctx.db);
      return {
        status: 'ok' as const,
        database: ctx.database.kind,
        migrationVersion: migration,
        uptimeSeconds: Math.round((Date.now() - ctx.startedAt) / 1000),
        version: ctx.version,
      };
    },
  );
}
