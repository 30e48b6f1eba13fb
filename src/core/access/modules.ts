import type { Role } from './roles.js';

/**
 * The navigation modules of the web app and who may use them. The server sends each user the
 * keys they may use (`/api/me` → `modules`) and the web menu shows exactly those; the routes
 * behind a module declare the same roles. Later issues add their modules here.
 */
export interface ModuleEntry {
  key: string;
  roles: readonly Role[] | 'any';
}

export const MODULES = [
  { key: 'workbench', roles: 'any' },
  { key: 'notifications', roles: 'any' },
  { key: 'calendar', roles: 'any' },
  { key: 'profile', roles: 'any' },
  { key: 'catalog.pool', roles: 'any' },
  { key: 'catalog.myProducers', roles: ['producer'] },
  { key: 'catalog.myProducts', roles: ['producer'] },
  { key: 'catalog.producerReview', roles: ['base_staff', 'admin'] },
  { key: 'catalog.productReview', roles: ['base_staff', 'admin'] },
  { key: 'catalog.synonyms', roles: ['base_staff', 'admin'] },
  { key: 'catalog.import', roles: ['producer', 'base_staff', 'admin'] },
  { key: 'matching.recommendations', roles: ['streamer'] },
  { key: 'matching.samples', roles: ['streamer'] },
  { key: 'matching.profile', roles: ['streamer'] },
  { key: 'matching.sampleRequests', roles: ['producer', 'base_staff', 'admin'] },
  { key: 'matching.matchmaking', roles: ['producer', 'base_staff', 'admin'] },
  { key: 'matching.cooperations', roles: ['streamer', 'producer', 'base_staff', 'admin'] },
  { key: 'matching.sessions', roles: ['streamer', 'base_staff', 'admin'] },
  { key: 'matching.priceBoard', roles: ['streamer', 'producer', 'base_staff', 'admin'] },
  { key: 'matching.reliability', roles: ['producer'] },
  { key: 'matching.partyMembers', roles: ['org_secretary'] },
  { key: 'compliance.check', roles: 'any' },
  { key: 'compliance.convention', roles: ['streamer'] },
  { key: 'compliance.myViolations', roles: ['streamer'] },
  { key: 'compliance.reports', roles: ['streamer', 'producer'] },
  { key: 'compliance.violations', roles: ['base_staff', 'admin'] },
  { key: 'compliance.conventionAdmin', roles: ['base_staff', 'admin'] },
  { key: 'compliance.lexicon', roles: ['base_staff', 'admin'] },
  { key: 'desk.new', roles: ['streamer', 'producer'] },
  { key: 'desk.mine', roles: ['streamer', 'producer'] },
  { key: 'desk.queue', roles: ['dept_officer', 'base_staff', 'admin'] },
  { key: 'desk.followups', roles: ['dept_officer'] },
  { key: 'desk.serviceDays', roles: ['streamer', 'producer', 'dept_officer', 'base_staff', 'admin'] },
  { key: 'desk.dashboard', roles: ['dept_officer', 'base_staff', 'admin'] },
  { key: 'admin.units', roles: ['admin'] },
  { key: 'admin.users', roles: ['admin'] },
  { key: 'admin.audit', roles: ['admin'] },
  { key: 'admin.calendar', roles: ['admin'] },
  { key: 'admin.desk', roles: ['admin'] },
] as const satisfies readonly ModuleEntry[];

export type ModuleKey = (typeof MODULES)[number]['key'];

export function modulesFor(roles: readonly Role[]): ModuleKey[] {
  return MODULES.filter((m) => m.roles === 'any' || (m.roles as readonly Role[]).some((r) => roles.includes(r))).map(
    (m) => m.key,
  );
}
