import { describe, expect, it } from 'vitest';
import { modulesFor } from './modules.js';
import { Scope, scopeFor, type RoleUnit } from './scope.js';

const grants: RoleUnit[] = [
  { role: 'admin', unitId: 'lz', unitName: '泸州', unitPath: '/sc/lz/' },
  { role: 'admin', unitId: 'nx', unitName: '纳溪', unitPath: '/sc/lz/nx/' },
  { role: 'streamer', unitId: 'dz', unitName: '达州', unitPath: '/sc/dz/' },
];

describe('data scope', () => {
  it('covers a unit and everything below, never sideways or above', () => {
    const s = scopeFor(grants, ['admin']);
    expect(s.covers('/sc/lz/')).toBe(true);
    expect(s.covers('/sc/lz/nx/village/')).toBe(true);
    expect(s.covers('/sc/dz/')).toBe(false);
    expect(s.covers('/sc/')).toBe(false);
    expect(s.covers('/sc/lzx/')).toBe(false);
  });
  it('drops nested roots and names the covering unit', () => {
    const s = scopeFor(grants, ['admin']);
    expect(s.roots).toEqual([{ unitId: 'lz', path: '/sc/lz/' }]);
    expect(s.coveringUnitId('/sc/lz/nx/x/')).toBe('lz');
    expect(s.coveringUnitId('/sc/dz/')).toBeNull();
  });
  it('counts only the asked-for roles', () => {
    expect(scopeFor(grants, ['streamer']).pathPrefixes).toEqual(['/sc/dz/']);
    expect(scopeFor(grants, ['reviewer']).isEmpty).toBe(true);
    expect(new Scope([]).covers('/sc/')).toBe(false);
  });
});

describe('menu modules per role', () => {
  it('gives everyone the common modules and only admins the admin pages', () => {
    expect(modulesFor(['streamer'])).toEqual(['workbench', 'notifications', 'calendar', 'profile', 'catalog.pool', 'matching.recommendations', 'matching.samples', 'matching.profile', 'matching.cooperations', 'matching.sessions', 'matching.priceBoard', 'compliance.check', 'compliance.convention', 'compliance.myViolations', 'compliance.reports', 'desk.new', 'desk.mine', 'desk.serviceDays']);
    expect(modulesFor(['producer'])).toEqual(expect.arrayContaining(['catalog.myProducers', 'catalog.myProducts', 'catalog.import']));
    expect(modulesFor(['producer'])).not.toContain('catalog.productReview');
    expect(modulesFor(['admin'])).toEqual(expect.arrayContaining(['admin.units', 'admin.users', 'admin.audit', 'admin.calendar']));
    expect(modulesFor([])).toEqual(['workbench', 'notifications', 'calendar', 'profile', 'catalog.pool', 'compliance.check']);
    expect(modulesFor(['base_staff'])).toEqual(expect.arrayContaining(['compliance.violations', 'compliance.conventionAdmin', 'compliance.lexicon']));
    expect(modulesFor(['base_staff'])).not.toContain('compliance.convention');
  });
});
