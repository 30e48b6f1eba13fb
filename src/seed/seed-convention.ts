import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../core/audit/audit.service.js';
import type { DB } from '../core/db/schema.js';
import { DEMO_CONVENTION } from '../modules/compliance/convention/demo-convention.js';
import { publishConvention } from '../modules/compliance/convention/convention.service.js';

/** Publishes the demo convention (version 1) into a database that has none; streamers are asked to sign. */
export async function seedDemoConvention(db: Kysely<DB>): Promise<boolean> {
  if (await db.selectFrom('conventions').select('id').limit(1).executeTakeFirst()) return false;
  await publishConvention(db, SYSTEM_ACTOR, { title: DEMO_CONVENTION.title, clauses: DEMO_CONVENTION.clauses.map(({ text, source }) => ({ text, source })) });
  return true;
}
