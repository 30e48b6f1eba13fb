import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { actorOf } from '../../../core/http/request-actor.js';
import { summarize } from '../check.schema.js';
import {
  lexiconChangesQuerySchema,
  lexiconChangesSchema,
  lexiconEntryInputSchema,
  lexiconListQuerySchema,
  lexiconListSchema,
  lexiconSavedSchema,
  lexiconTryBodySchema,
  lexiconTryResultSchema,
} from './lexicon.schema.js';
import * as lexicon from './lexicon.service.js';

/**
 * The lexicon is one for the whole platform (like the synonym table): base staff anywhere and
 * admins edit it; every change is versioned and audited.
 */
const EDITORS: RouteAccess = { roles: ['base_staff', 'admin'], scope: 'shared-reference' };
const tags = ['compliance: lexicon'];

export function registerLexiconRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/compliance/lexicon',
    { config: { access: EDITORS }, schema: { tags, summary: '合规词库（当前版本号、筛选、分页）', querystring: lexiconListQuerySchema, response: { 200: lexiconListSchema } } },
    async (req) => {
      const { enabled, ...rest } = req.query;
      return lexicon.listEntries(ctx.db, { ...rest, enabled: enabled === undefined ? undefined : enabled === 'true' });
    },
  );

  app.post(
    '/api/compliance/lexicon',
    { config: { access: EDITORS }, schema: { tags, summary: '新增词条（生成新的词库版本）', body: lexiconEntryInputSchema, response: { 200: lexiconSavedSchema } } },
    async (req) => lexicon.createEntry(ctx.db, { ...actorOf(req), unitId: null }, req.body),
  );

  app.put(
    '/api/compliance/lexicon/:id',
    { config: { access: EDITORS }, schema: { tags, summary: '修改、停用或启用词条（生成新的词库版本）', params: idParamsSchema, body: lexiconEntryInputSchema, response: { 200: lexiconSavedSchema } } },
    async (req) => lexicon.updateEntry(ctx.db, { ...actorOf(req), unitId: null }, req.params.id, req.body),
  );

  app.get(
    '/api/compliance/lexicon/changes',
    { config: { access: EDITORS }, schema: { tags, summary: '词库修改记录（每次修改一个版本，含修改前后）', querystring: lexiconChangesQuerySchema, response: { 200: lexiconChangesSchema } } },
    async (req) => lexicon.listChanges(ctx.db, req.query),
  );

  app.post(
    '/api/compliance/lexicon/try',
    {
      config: { access: EDITORS },
      schema: { tags, summary: '试一试：用现行词库加上未保存的草稿词条检查一段文字', body: lexiconTryBodySchema, response: { 200: lexiconTryResultSchema } },
    },
    async (req) => {
      const { version, checker } = await lexicon.tryDraft(ctx.db, req.body.text, req.body.draft);
      return summarize(checker.check(req.body.text), version, checker.termCount);
    },
  );
}
