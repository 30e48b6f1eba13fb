import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export async function loadAdminYears(db: Kysely<DB>) {
  const [years, days] = await Promise.all([
    db.selectFrom('calendar_years').select(['year']).execute(),
    db.selectFrom('calendar_days').select(['date', 'year', 'kind', 'name']).orderBy('date').execute(),
  ]);
  return { years: years.map((y) => Number(y.year)), days };
}

export async function replaceYear(
  db: Kysely<DB>,
  year: number,
  entries: readonly { date: string; kind: string; name: string }[],
  userId: string | null,
  now: string,
): Promise<void> {
  await db.deleteFrom('calendar_days').where('year', '=', year).execute();
  if (entries.length) {
    await db
      .insertInto('calendar_days')
      .values(entries.map((e) => ({ date: e.date, year, kind: e.kind, name: e.name, updated_by: userId, updated_at: now })))
      .execute();
  }
  await db
    .insertInto('calendar_years')
    .values({ year, updated_by: userId, updated_at: now })
    .onConflict((oc) => oc.column('year').doUpdateSet({ updated_by: userId, updated_at: now }))
    .execute();
}
