import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  MOBILE,
  expectNoHorizontalOverflow,
  expectToast,
  useBrowser, newContext,
  pickSelectOption,
  pickTreeSelect,
  screenshot,
  signedIn,
  uniqueSuffix,
  waitForText,
  visibleMenuKeys,
  openMobileMenu,
} from './helpers';

const browser = useBrowser();

async function tryLogin(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function confirmPopover(page: Page) {
  await page.locator('.ant-popover:visible .ant-popconfirm-buttons .ant-btn-primary, .ant-popconfirm:visible .ant-btn-primary').first().click();
}

describe.each([
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
] as const)('user administration (%s)', (label, viewport) => {
  it('creates a user with a role at a unit, resets the password, disables (no login) and re-enables', async () => {
    const { context, page } = await signedIn(browser(), 'admin', viewport);
    // Hyphens, not underscores: the server's search drops `_` from the query (see the report).
    const username = `e2e-${label}-${uniqueSuffix()}`;
    const row = () => page.getByTestId(`user-row-${username}`);
    try {
      await page.goto('/admin/users');
      await page.getByTestId('page-users').waitFor();
      await page.getByTestId('user-row-admin').waitFor();

      // 新建用户: one role row, 主播 @ 纳溪区互联网行业党委
      await page.getByTestId('user-create').click();
      await page.getByTestId('user-form-username').fill(username);
      await page.getByTestId('user-form-display-name').fill(`测试主播${label}`);
      await page.getByTestId('user-form-phone').fill('13912345678');
      await page.getByTestId('user-form-password').fill('e2e-initial-pass');
      await page.getByTestId('role-row-role-0').click();
      await pickSelectOption(page, '主播');
      await pickTreeSelect(page, 'role-row-unit-0', '纳溪区互联网行业党委');
      await screenshot(page, `users-create-${label}`);
      await page.getByTestId('user-form-submit').click();
      await expectToast(page, '用户已创建');

      // Find it; role tag "角色@单位" and masked phone.
      await page.getByTestId('user-filter-q').locator('input').fill(username);
      await page.getByTestId('user-filter-q').locator('input').press('Enter');
      await page.getByTestId('user-row-admin').waitFor({ state: 'detached' });
      await row().waitFor();
      await expect(page.locator('[data-testid^="user-row-"]').count()).resolves.toBe(1);
      await expect(row().getByTestId('role-tag').textContent()).resolves.toBe('主播@纳溪区互联网行业党委');
      await expect(row().textContent()).resolves.toContain('139****5678');
      expect(await row().textContent()).not.toContain('13912345678');

      // 查看完整号码 (audited)
      await page.getByTestId(`user-phone-reveal-${username}`).click();
      await expect(page.locator('.ant-popconfirm:visible').textContent()).resolves.toContain('审计日志');
      await confirmPopover(page);
      await expect(page.getByTestId(`user-phone-full-${username}`).textContent()).resolves.toBe('13912345678');

      // 分配角色: the dialog starts with the current grant; add 五星创评评审 @ 达州市.
      await page.getByTestId(`user-roles-${username}`).click();
      await waitForText(page.getByTestId('roles-row-unit-0'), '纳溪区互联网行业党委');
      await page.getByTestId('roles-row-add').click();
      await page.getByTestId('roles-row-role-1').click();
      await pickSelectOption(page, '五星创评评审');
      await pickTreeSelect(page, 'roles-row-unit-1', '达州市');
      await page.getByTestId('user-roles-submit').click();
      await expectToast(page, '已保存');
      await waitForText(row(), '五星创评评审@达州市');
      expect(await row().getByTestId('role-tag').count()).toBe(2);

      // 重置密码
      await page.getByTestId(`user-reset-${username}`).click();
      await page.getByTestId('user-reset-password').fill('e2e-reset-pass-2');
      await page.getByTestId('user-reset-confirm').fill('e2e-reset-pass-2');
      await page.getByTestId('user-reset-submit').click();
      await expectToast(page, '密码已重置');

      // 停用 → that user cannot sign in
      await page.getByTestId(`user-disable-${username}`).click();
      await confirmPopover(page);
      await expectToast(page, '用户已停用');
      await row().getByTestId('user-status-disabled').waitFor();
      await screenshot(page, `users-disabled-${label}`);

      const other = await newContext(browser(), viewport);
      try {
        const p2 = await other.newPage();
        await tryLogin(p2, username, 'e2e-reset-pass-2');
        await p2.getByTestId('login-error').waitFor();
        await expect(p2.getByTestId('login-error').textContent()).resolves.toContain('停用');
        expect(new URL(p2.url()).pathname).toBe('/login');

        // 启用 → the new password works; the user is asked to change it and sees only the common menu.
        await page.getByTestId(`user-enable-${username}`).click();
        await expectToast(page, '用户已启用');
        await row().getByTestId('user-status-active').waitFor();

        await tryLogin(p2, username, 'e2e-reset-pass-2');
        await p2.getByTestId('page-workbench').waitFor();
        await p2.getByTestId('must-change-password').waitFor();
        if (viewport === MOBILE) await openMobileMenu(p2);
        expect(await visibleMenuKeys(p2)).toEqual(['workbench', 'notifications', 'calendar', 'profile', 'catalog.pool', 'matching.recommendations', 'matching.samples', 'matching.profile', 'matching.cooperations', 'matching.sessions', 'matching.priceBoard', 'compliance.check', 'compliance.convention', 'compliance.myViolations', 'compliance.reports', 'desk.new', 'desk.mine', 'desk.serviceDays']);
        if (viewport === MOBILE) {
          await p2.getByTestId('menu-workbench').click();
          await p2.locator('.ant-drawer-open').waitFor({ state: 'detached', timeout: 5_000 });
        }
        await p2.waitForFunction(() => Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) >= 1);
        await screenshot(p2, `users-new-user-${label}`);

        if (viewport === DESKTOP) {
          // 个人设置: the user changes the reset password; the reminder goes away; sign out and in again.
          await p2.getByTestId('user-menu').click();
          await p2.getByTestId('user-menu-profile').click();
          await p2.getByTestId('page-profile').waitFor();
          await expect(p2.getByTestId('profile-phone').textContent()).resolves.toBe('13912345678');
          await p2.getByTestId('pw-current').fill('e2e-reset-pass-2');
          await p2.getByTestId('pw-new').fill('e2e-final-pass-3');
          await p2.getByTestId('pw-confirm').fill('e2e-final-pass-3');
          await p2.getByTestId('pw-submit').click();
          await expectToast(p2, '密码已修改');
          await p2.getByTestId('menu-workbench').click();
          await p2.getByTestId('page-workbench').waitFor();
          expect(await p2.getByTestId('must-change-password').count()).toBe(0);
          await p2.getByTestId('user-menu').click();
          await p2.getByTestId('user-menu-logout').click();
          await p2.getByTestId('login-card').waitFor();
          await tryLogin(p2, username, 'e2e-final-pass-3');
          await p2.getByTestId('page-workbench').waitFor();
        }
      } finally {
        await other.close();
      }

      // The phone read is in the audit log.
      await page.goto('/admin/audit');
      await page.getByTestId('page-audit').waitFor();
      await page.getByTestId('audit-filter-action').locator('input').fill('user.read_sensitive');
      await page.keyboard.press('Escape');
      await page.getByTestId('audit-search').click();
      const firstRow = page.locator('[data-testid="audit-table"] .ant-table-row').first();
      await firstRow.waitFor();
      await expect(firstRow.textContent()).resolves.toContain('user.read_sensitive');
      await firstRow.locator('.ant-table-row-expand-icon').click();
      await page.getByTestId('audit-before').first().waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `audit-${label}`);
    } finally {
      await context.close();
    }
  });
});
