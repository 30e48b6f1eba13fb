import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, useBrowser, pickSelectOption, pickTreeSelect, screenshot, signedIn, uniqueSuffix, waitForText } from './helpers';

const browser = useBrowser();

const node = (page: Page, name: string) => page.getByTestId('unit-node').filter({ hasText: name }).first();

async function selectUnit(page: Page, name: string) {
  await page.getByTestId('unit-filter').locator('input').fill(name);
  await node(page, name).click();
  await expect(page.getByTestId('unit-details-name').textContent()).resolves.toBe(name);
}

describe.each([
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
] as const)('unit administration (%s)', (label, viewport) => {
  it('creates a child unit, renames, moves and deactivates it; refuses a move into its own subtree', async () => {
    const { context, page } = await signedIn(browser(), 'admin', viewport);
    const name = `E2E测试企业${uniqueSuffix()}`;
    const renamed = `${name}改`;
    try {
      await page.goto('/admin/units');
      await page.getByTestId('page-units').waitFor();
      await node(page, '四川省').waitFor();
      await selectUnit(page, '成都市');

      // 新建下级 with type and region (lazy-loaded cascader: 四川省 → 成都市 → 金牛区).
      await page.getByTestId('unit-action-create').click();
      await page.getByTestId('unit-form-name').fill(name);
      await page.getByTestId('unit-form-type').click();
      await pickSelectOption(page, '直播基地');
      await page.getByTestId('unit-form-region').click();
      const menus = page.locator('.ant-cascader-dropdown:visible');
      await menus.locator('.ant-cascader-menu-item', { hasText: '四川省' }).click();
      await menus.locator('.ant-cascader-menu').nth(1).locator('.ant-cascader-menu-item', { hasText: '成都市' }).click();
      await menus.locator('.ant-cascader-menu').nth(2).locator('.ant-cascader-menu-item', { hasText: '金牛区' }).click();
      await page.keyboard.press('Escape');
      await screenshot(page, `units-create-${label}`);
      await page.getByTestId('unit-form-submit').click();
      await expectToast(page, '单位已创建');
      await expect(page.getByTestId('unit-details-name').textContent()).resolves.toBe(name);
      await expect(page.getByTestId('unit-details').textContent()).resolves.toContain('510106');
      await expect(page.getByTestId('unit-details').textContent()).resolves.toContain('直播基地');

      // 重命名
      await page.getByTestId('unit-action-edit').click();
      // The region code is resolved back into its path through GET /api/regions/:code.
      await waitForText(page.getByTestId('unit-form-region'), /四川省.*成都市.*金牛区/);
      await page.getByTestId('unit-form-name').fill(renamed);
      await page.getByTestId('unit-form-submit').click();
      await expectToast(page, '已保存');
      await waitForText(page.getByTestId('unit-details-name'), renamed);
      await page.getByTestId('unit-filter').locator('input').fill(renamed);
      await node(page, renamed).waitFor();

      // 移动 to 达州市
      await page.getByTestId('unit-action-move').click();
      await pickTreeSelect(page, 'unit-move-parent', '达州市');
      await page.getByTestId('unit-move-submit').click();
      await expectToast(page, '单位已移动');
      await waitForText(page.getByTestId('unit-details').locator('.ant-breadcrumb'), /四川省.*达州市.*改/);

      // 停用
      await page.getByTestId('unit-action-deactivate').click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await expectToast(page, '单位已停用');
      await page.getByTestId('unit-status-inactive').waitFor();
      await expect(node(page, renamed).getAttribute('data-active')).resolves.toBe('false');
      await screenshot(page, `units-deactivated-${label}`);

      // The server refuses moving 成都市 under its own 金牛区 and we show why.
      await selectUnit(page, '成都市');
      await page.getByTestId('unit-action-move').click();
      await pickTreeSelect(page, 'unit-move-parent', '金牛区');
      await page.getByTestId('unit-move-submit').click();
      await expectToast(page, '不能把单位移动到它自己或它的下级之下');
      await page.locator('.ant-modal:visible .ant-modal-close').click();
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  });
});
