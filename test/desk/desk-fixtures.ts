import { hashPassword } from '../../src/core/auth/password.js';
import { insertRoles, insertUser, newUserRow } from '../../src/core/identity/users.repo.js';
import { seedDemoDepartments } from '../../src/seed/seed-desk.js';
import { createTestApp, DEMO_PASSWORD, type Client, type TestApp } from '../support/test-app.js';

export const TAX_INQUIRY = {
  category: 'tax',
  type: 'inquiry',
  title: '直播收入怎么开发票',
  description: '买家要发票，个人主播没有公司，能不能去税务局代开？需要带什么材料？',
};

export interface DeskTest {
  t: TestApp;
  login(username: string): Promise<Client>;
  unitId(name: string): Promise<string>;
  userId(username: string): Promise<string>;
  /** A new user with one role at a unit (by name), signed in. */
  newUser(role: string, unitName: string): Promise<{ client: Client; id: string }>;
}

/** The app with the demo departments and officers (no demo tickets). */
export async function createDeskTest(): Promise<DeskTest> {
  const t = await createTestApp();
  const hash = await hashPassword(DEMO_PASSWORD);
  await seedDemoDepartments(t.db, hash);
  let n = 0;
  const unitId = async (name: string) => (await t.db.selectFrom('units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  return {
    t,
    login: (u) => t.login(u),
    unitId,
    userId: async (username) => (await t.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id,
    async newUser(role, unitName) {
      const row = newUserRow({ username: `desk_${role}_${++n}`, displayName: `测试用户${n}`, passwordHash: hash });
      await insertUser(t.db, row);
      await insertRoles(t.db, row.id, [{ role, unitId: await unitId(unitName) }], row.created_at);
      return { client: await t.login(row.username), id: row.id };
    },
  };
}
