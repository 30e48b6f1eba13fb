import type { App, AppContext } from '../app-context.js';
import { pageOf } from '../http/common.schema.js';
import { actingAs } from '../http/request-actor.js';
import { auditEntrySchema, listAuditQuerySchema } from './audit.schema.js';
import { searchAuditLog } from './audit.service.js';

export function registerAuditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/admin/audit',
    {
      config: { access: { roles: ['admin'], scope: 'unit-subtree' } },
      schema: {
        tags: ['admin: audit'],
        summary: '检索审计日志（省级管理员看全部；其他管理员看其管辖单位内发生的操作）',
        querystring: listAuditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (req) => {
      const { page, pageSize, ...filters } = req.query;
      const scope = actingAs(req, ['admin']).scope;
      // An admin of a root unit sees everything, including system and anonymous entries.
      const atRoot = scope.roots.some((r) => r.path.split('/').filter(Boolean).length === 1);
      const iso = (s?: string) => (s ? new Date(s).toISOString() : undefined);
      return searchAuditLog(
        ctx.db,
        { ...filters, from: iso(filters.from), to: iso(filters.to), actorUnitPaths: atRoot ? null : scope.pathPrefixes },
        page,
        pageSize,
      );
    },
  );
}
