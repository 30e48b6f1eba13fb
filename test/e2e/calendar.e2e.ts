import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, useBrowser, screenshot, signedIn, waitForText } from './helpers';

const browser = useBrowser();

/** antd puts a test id on the <input> itself for some controls and on a wrapper for others. */
async function inputIn(page: Page, testId: string) {
  const el = page.getByTestId(testId).last();
  return (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input').first();
}

/** Types a date into an antd DatePicker found by test id. */
async function typeDate(page: Page, testId: string, date: string) {
  const input = await inputIn(page, testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

async function compute(page: Page, date: string, add: number) {
  await typeDate(page, 'calc-date', date);
  await (await inputIn(page, 'calc-add')).fill(String(add));
  await page.getByTestId('calc-submit').click();
  await waitForText(page.getByTestId('calc-result'), date);
}

describe('working calendar', () => {
  it('marks years without official data as 暂定, and an admin-entered year is no longer provisional (1280×800)', async () => {
    const { context, page } = await signedIn(browser(), 'admin', DESKTOP);
    try {
      await page.goto('/calendar');
      await page.getByTestId('page-calendar').waitFor();
      // An officially published year: 2026-10-01 is 国庆 (day off), +1 working day → 2026-10-08 (Oct 1–7 off).
      await compute(page, '2026-10-01', 1);
      // Enter in the date field already submits the form with the default +5; poll until the
      // answer to the explicit +1 submit replaces it.
      await expect.poll(() => page.getByTestId('calc-result-date').textContent()).toBe('2026-10-08');
      expect(await page.getByTestId('calc-result').getByTestId('provisional-tag').count()).toBe(0);
      // 2027 has no State Council data in the package yet.
      await compute(page, '2027-01-01', 0);
      await page.getByTestId('calc-result').getByTestId('provisional-tag').waitFor();
      await screenshot(page, 'calendar-provisional');

      await page.goto('/admin/calendar');
      await page.getByTestId('calendar-year-2027').click();
      await page.getByTestId('calendar-editor').getByTestId('source-none').waitFor();
      await page.getByTestId('calendar-row-add').click();
      await typeDate(page, 'calendar-row-date', '2027-01-01');
      await page.getByTestId('calendar-row-name').last().fill('元旦');
      await page.getByTestId('calendar-save').click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await expectToast(page, '已保存');
      await page.getByTestId('calendar-editor').getByTestId('source-admin').waitFor();
      await page.getByTestId('calendar-year-2027').getByTestId('source-admin').waitFor();
      await screenshot(page, 'admin-calendar-2027');

      await page.goto('/calendar');
      await compute(page, '2027-01-01', 0);
      await waitForText(page.getByTestId('calc-result'), '休息日');
      expect(await page.getByTestId('calc-result').getByTestId('provisional-tag').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('works at 375×812', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto('/calendar');
      await page.getByTestId('page-calendar').waitFor();
      await compute(page, '2028-03-01', 3);
      await page.getByTestId('calc-result').getByTestId('provisional-tag').waitFor();
      await page.getByTestId('calendar-entries').locator('.ant-table-row').first().waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'calendar-mobile');
    } finally {
      await context.close();
    }
  });
});
