import type { App, AppContext } from '../../core/app-context.js';
import type { RouteAccess } from '../../core/http/access.js';
import { checkBodySchema, checkResultSchema, MAX_CHECK_CHARS, summarize } from './check.schema.js';
import { registerConventionRoutes } from './convention/convention.routes.js';
import { registerLexiconRoutes } from './lexicon/lexicon.routes.js';
import { currentChecker } from './lexicon/lexicon.service.js';
import { registerViolationRoutes } from './violations/violations.routes.js';

/** Anyone signed in may check a text; it reads no organisation data and stores nothing. */
const ANYONE: RouteAccess = { roles: 'authenticated', scope: 'none' };
const tags = ['compliance'];

export function registerComplianceRoutes(app: App, ctx: AppContext): void {
  registerConventionRoutes(app, ctx);
  registerLexiconRoutes(app, ctx);
  registerViolationRoutes(app, ctx);
  app.post(
    '/api/compliance/check',
    {
      config: { access: ANYONE },
      // Up to MAX_CHECK_CHARS Chinese characters: three bytes each in UTF-8, plus JSON escapes.
      bodyLimit: MAX_CHECK_CHARS * 4 + 1024,
      schema: { tags, summary: '合规检查：找出话术、标题、商品描述中的违规用语（含位置、条款、依据、原因与改写建议）', body: checkBodySchema, response: { 200: checkResultSchema } },
    },
    async (req) => {
      const { version, checker } = await currentChecker(ctx.db);
      return summarize(checker.check(req.body.text), version, checker.termCount);
    },
  );
}
