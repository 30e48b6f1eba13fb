import type { Kysely } from 'kysely';
import type { Role } from '../core/access/roles.js';
import { scopeFor } from '../core/access/scope.js';
import type { DB } from '../core/db/schema.js';
import * as usersRepo from '../core/identity/users.repo.js';
import { nowIso } from '../core/time.js';
import { STAFF_ROLES, type CatalogViewer } from '../modules/catalog/access.js';
import { currentChecker } from '../modules/compliance/lexicon/lexicon.service.js';
import { reportViolation, respondToViolation, transitionViolation } from '../modules/compliance/violations/violations.service.js';
import * as conventionService from '../modules/compliance/convention/convention.service.js';
import { DEMO_STREAMERS, DEMO_VIOLATIONS } from './demo-compliance-data.js';
import { DEMO_UNITS } from './demo-units.js';

/** The demo user as the services see a signed-in caller. */
export async function viewerFor(db: Kysely<DB>, username: string): Promise<CatalogViewer> {
  const user = await usersRepo.findUserByUsername(db, username);
  if (!user) throw new Error(`demo user ${username} is missing`);
  const roles = (await usersRepo.rolesOfUsers(db, [user.id])).map((r) => ({ ...r, role: r.role as Role }));
  return {
    userId: user.id,
    roles: [...new Set(roles.map((r) => r.role))],
    staffScope: scopeFor(roles, STAFF_ROLES),
    producerScope: scopeFor(roles, ['producer']),
    actor: { userId: user.id, ip: null },
  };
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo streamers (some have signed the demo convention) and violations in every state, written
 * through the services so notifications, history and audit rows are as in real use. Runs after
 * the demo units, users and convention; writes nothing when the streamers exist already.
 */
export async function seedDemoCompliance(db: Kysely<DB>, passwordHash: string): Promise<boolean> {
  if (await usersRepo.findUserByUsername(db, DEMO_STREAMERS[0].username)) return false;
  const units = new Map((await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.name, u.id]));
  const unitId = (key: string) => units.get(DEMO_UNITS.find((u) => u.key === key)!.name)!;
  const now = nowIso();
  for (const s of DEMO_STREAMERS) {
    const row = usersRepo.newUserRow({ username: s.username, displayName: s.displayName, phone: s.phone, passwordHash, now });
    await usersRepo.insertUser(db, row);
    await usersRepo.insertRoles(db, row.id, [{ role: 'streamer', unitId: unitId(s.unit) }], now);
  }
  const convention = await db.selectFrom('conventions').select('version').orderBy('version', 'desc').executeTakeFirst();
  if (convention) {
    for (const s of DEMO_STREAMERS.filter((x) => x.signs)) {
      const viewer = await viewerFor(db, s.username);
      await conventionService.signConvention(db, { ...viewer.actor, userId: viewer.userId, unitId: null }, convention.version);
    }
  }
  const { checker } = await currentChecker(db);
  for (const v of DEMO_VIOLATIONS) {
    const reporter = await viewerFor(db, v.reporter);
    const streamer = await viewerFor(db, v.streamer);
    const finding = v.fromCheckerTerm ? checker.check(v.evidenceText).find((f) => f.term === v.fromCheckerTerm) : undefined;
    const { id } = await reportViolation(db, reporter, {
      streamerId: streamer.userId,
      summary: v.summary,
      details: v.details ?? null,
      clause: v.clause ?? null,
      occurredOn: daysAgo(v.occurredDaysAgo),
      place: v.place,
      evidenceText: v.evidenceText,
      evidenceFileIds: [],
      finding: finding ? { start: finding.start, end: finding.end, text: finding.text, term: finding.term, category: finding.category, severity: finding.severity, clause: finding.clause, basis: finding.basis } : null,
    });
    for (const step of v.steps) {
      if (step.event === 'respond') {
        await respondToViolation(db, streamer, id, step.text);
        continue;
      }
      const staff = await viewerFor(db, step.by);
      await transitionViolation(db, staff, id, step.event === 'confirm' ? { event: 'confirm', clause: step.clause, evidence: step.evidence, creditDeduction: step.creditDeduction, reason: step.reason ?? null } : { event: step.event, reason: 'reason' in step ? step.reason : null });
    }
  }
  return true;
}
