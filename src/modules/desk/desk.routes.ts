import type { App, AppContext } from '../../core/app-context.js';
import { registerDashboardRoutes } from './dashboard/dashboard.routes.js';
import { registerDepartmentRoutes } from './departments/departments.routes.js';
import { registerTicketRoutes } from './tickets/tickets.routes.js';
import { registerServiceDayRoutes } from './service-days/service-days.routes.js';

/** The service desk (上门解难题, SPEC §2.4). */
export function registerDeskRoutes(app: App, ctx: AppContext): void {
  registerDepartmentRoutes(app, ctx);
  registerTicketRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerServiceDayRoutes(app, ctx);
}
