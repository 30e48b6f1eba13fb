import type { App, AppContext } from '../../core/app-context.js';
import { registerExcelRoutes } from './excel/excel.routes.js';
import { BINARY_CONTENT_TYPES, registerFileRoutes } from './files/files.routes.js';
import { registerProducerRoutes } from './producers/producers.routes.js';
import { registerProductRoutes } from './products/products.routes.js';
import { registerSearchRoutes } from './search/search.routes.js';

/** The catalogue module's routes (issue 3). */
export function registerCatalogRoutes(app: App, ctx: AppContext): void {
  // Uploads and workbooks arrive as raw bytes; a plain cross-site form cannot send these types.
  app.addContentTypeParser(BINARY_CONTENT_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  registerFileRoutes(app, ctx);
  registerExcelRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerProducerRoutes(app, ctx);
  registerProductRoutes(app, ctx);
}
