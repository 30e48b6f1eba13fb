/**
 * Violations and the lexicon editor (issue 4): a producer reports the demo streamer with a
 * screenshot; the streamer (375×812) finds it under 我的违规记录 and responds; base staff review
 * it, confirm it with a 5-point deduction and confirm the rectification. Base staff add a lexicon
 * term, try it on a sample text before saving, see the version go up and the change log record
 * it, and disable and re-enable it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  MOBILE,
  expectNoHorizontalOverflow,
  expectToast,
  openMobileMenu,
  screenshot,
  signedIn,
  uniqueSuffix,
  useBrowser,
  waitForText,
} from './helpers';
import { choose, confirmPopover, fill, inputOf, settled, shanghaiDay, tinyPng, viewportShot } from './violations.helpers';

const browser = useBrowser();

const STREAMER_NAME = '主播·明二锅';
/**
 * Base staff whose scope covers the demo streamer (纳溪, under 泸州): luzhou_staff. The demo
 * `base_staff` works at the Jinniu base, which does not cover 纳溪.
 */
const HANDLER = 'luzhou_staff';
const HANDLER_NAME = '何静';

async function status(page: Page, expected: string): Promise<void> {
  await page.locator(`[data-testid="page-compliance-violation"][data-status="${expected}"]`).waitFor();
}

describe('violations', () => {
  const suffix = uniqueSuffix();
  const summary = `直播中宣称“全网最低价” e2e${suffix}`;
  let violationId = '';

  it('a producer reports the demo streamer with an evidence screenshot', async () => {
    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.goto('/compliance/reports');
      await page.getByTestId('page-compliance-reports').waitFor();
      await waitForText(page.getByTestId('report-anonymous'), '不会向被举报的主播显示');
      await page.getByTestId('report-new').click();
      await page.getByTestId('report-form').waitFor();
      await settled(page);

      await choose(page, 'report-streamer', STREAMER_NAME, '明二锅');
      await fill(page, 'report-summary', summary);
      await fill(page, 'report-details', '主播在介绍纳溪特早茶时多次说“全网最低价”，未说明比较范围。');
      await choose(page, 'report-clause');
      await fill(page, 'report-occurred-on', shanghaiDay(-1));
      await fill(page, 'report-place', '抖音直播间 晚场');
      await fill(page, 'report-evidence-text', '家人们，这款茶是全网最低价，错过今天再等一年！');
      const files = page.getByTestId('report-evidence-files');
      await files.locator('input[type=file]').setInputFiles({ name: '直播截图.png', mimeType: 'image/png', buffer: tinyPng() });
      await files.getByTestId('file-thumb').waitFor();
      await files.scrollIntoViewIfNeeded();
      await viewportShot(page, 'violations-report-form-desktop');
      await page.getByTestId('report-submit').click();
      await expectToast(page, '已登记');

      const detail = page.getByTestId('page-compliance-violation');
      await detail.waitFor();
      await status(page, 'reported');
      expect(page.url()).toContain('/compliance/reports/');
      await expect(detail.getAttribute('data-viewer')).resolves.toBe('reporter');
      violationId = (await detail.getAttribute('data-violation-id')) ?? '';
      expect(violationId).not.toBe('');
      await waitForText(page.getByTestId('violation-summary'), summary);
      await page.getByTestId('violation-evidence-files').getByTestId('file-thumb').waitFor();
      // A reporter gets no buttons.
      expect(await page.getByTestId('violation-actions').count()).toBe(0);
      await screenshot(page, 'violations-reported-desktop');

      // 我的举报 lists it.
      await page.getByTestId('violation-back').click();
      await page.locator(`[data-testid="violation-row"][data-id="${violationId}"]`).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the streamer (375×812) opens 我的违规记录 and responds', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await openMobileMenu(page);
      await page.getByTestId('menu-compliance.myViolations').click();
      await page.getByTestId('page-compliance-my-violations').waitFor();
      await page.getByTestId('my-convention').waitFor();
      const row = page.locator(`[data-testid="violation-row"][data-id="${violationId}"]`);
      await row.waitFor();
      await page.getByTestId('my-violations-open').waitFor();
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'violations-mine-mobile');

      await row.getByTestId('violation-row-link').click();
      const detail = page.getByTestId('page-compliance-violation');
      await detail.waitFor();
      await expect(detail.getAttribute('data-viewer')).resolves.toBe('accused');
      // The reporter's identity is not shown to the streamer.
      expect(await page.getByTestId('violation-reporter').count()).toBe(0);
      expect(await page.content()).not.toContain('刘芳');
      await fill(page, 'violation-respond-text', '当时想表达直播间优惠力度大，没有核实全网价格，以后改说“直播间专享价”。');
      await page.getByTestId('violation-respond').click();
      await expectToast(page, '申辩已提交');
      await waitForText(page.getByTestId('violation-response'), '直播间专享价');
      await page.getByTestId('violation-has-response').first().waitFor();
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'violations-responded-mobile');
    } finally {
      await context.close();
    }
  });

  it('base staff review it, confirm it with a 5-point deduction and confirm the rectification', async () => {
    const { context, page } = await signedIn(browser(), HANDLER, DESKTOP);
    try {
      await page.goto('/compliance/violations');
      await page.getByTestId('page-compliance-violations').waitFor();
      await page.getByTestId('violation-status-reported').waitFor();
      await fill(page, 'violation-search', `e2e${suffix}`);
      await (await inputOf(page, 'violation-search')).press('Enter');
      const row = page.locator(`[data-testid="violation-row"][data-id="${violationId}"]`);
      await row.waitFor();
      await row.getByTestId('violation-has-response').waitFor();
      await screenshot(page, 'violations-queue-desktop');
      await row.getByTestId('violation-row-link').click();

      await status(page, 'reported');
      await waitForText(page.getByTestId('violation-reporter'), '刘芳');
      expect(await page.getByTestId('violation-actions').textContent()).toContain('开始核查');
      await waitForText(page.getByTestId('violation-response'), '直播间专享价');
      await page.getByTestId('violation-action-review').click();
      await confirmPopover(page);
      await status(page, 'under_review');

      await page.getByTestId('violation-action-confirm').click();
      await page.getByTestId('confirm-form').waitFor();
      await settled(page);
      await expect((await inputOf(page, 'confirm-evidence')).inputValue()).resolves.toContain('全网最低价');
      await fill(page, 'confirm-deduction', '5');
      await fill(page, 'confirm-note', '经核实属实，已约谈主播。');
      await viewportShot(page, 'violations-confirm-dialog-desktop');
      await page.getByTestId('confirm-submit').click();
      await status(page, 'confirmed');
      await waitForText(page.getByTestId('violation-status').first(), '已认定');
      await expect(page.getByTestId('violation-decision').getByTestId('violation-deduction').getAttribute('data-points')).resolves.toBe('5');
      await waitForText(page.getByTestId('violation-decision'), HANDLER_NAME);
      await screenshot(page, 'violations-confirmed-desktop');

      await page.getByTestId('violation-action-rectify').click();
      await settled(page);
      await fill(page, 'rectify-reason', '主播已删除相关视频，并在下一场直播中更正说明。');
      await page.getByTestId('rectify-submit').click();
      await status(page, 'rectified');
      await waitForText(page.getByTestId('violation-rectification'), '更正说明');
      expect(await page.getByTestId('history-entry').count()).toBeGreaterThanOrEqual(4);
      await screenshot(page, 'violations-rectified-desktop');
    } finally {
      await context.close();
    }
  });

  it('base staff see the queue at 375×812 without sideways scrolling', async () => {
    const { context, page } = await signedIn(browser(), HANDLER, MOBILE);
    try {
      await page.goto(`/compliance/violations/${violationId}`);
      await status(page, 'rectified');
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'violations-detail-mobile');
      await page.goto('/compliance/violations');
      await page.locator('[data-testid="violation-row"]').first().waitFor();
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'violations-queue-mobile');

      // In English too (then back, so the account's saved language stays Chinese).
      await page.getByTestId('lang-en').click();
      await waitForText(page.getByTestId('violation-status-rectified'), 'Rectified');
      await waitForText(page.getByTestId('violation-row').first(), /Clause \d+/);
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'violations-queue-mobile-en');
      await page.getByTestId('lang-zh').click();
      await waitForText(page.getByTestId('violation-status-rectified'), '已整改');
    } finally {
      await context.close();
    }
  });
});

describe('lexicon editor', () => {
  const term = `测试违禁词${Date.now() % 10000}`;
  const version = async (page: Page) => Number(await page.getByTestId('lexicon-version').getAttribute('data-version'));

  it('base staff add a term, try it before saving, and see the new version in the change log', async () => {
    const { context, page } = await signedIn(browser(), 'base_staff', DESKTOP);
    try {
      await page.goto('/compliance/lexicon');
      await page.getByTestId('page-compliance-lexicon').waitFor();
      await page.getByTestId('lexicon-table').locator('[data-testid="lexicon-row"]').first().waitFor();
      await waitForText(page.getByTestId('lexicon-version'), /当前词库版本 第 \d+ 版 · 共 \d+ 条/);
      const before = await version(page);
      await screenshot(page, 'lexicon-desktop');

      await page.getByTestId('lexicon-new').click();
      await page.getByTestId('lexicon-form').waitFor();
      await settled(page);
      await fill(page, 'lexicon-form-term', term);
      await fill(page, 'lexicon-form-clause', '3');
      await fill(page, 'lexicon-form-basis', '《广告法》第九条（端到端测试）');
      await fill(page, 'lexicon-form-why', '端到端测试用的词条。');
      await fill(page, 'lexicon-form-suggestion', '换一种说法。');

      // 试一试 before saving: the unsaved term is marked.
      await fill(page, 'lexicon-try-text', `家人们，这就是${term}，全网最低价！`);
      await page.getByTestId('lexicon-try-run').click();
      const own = page.locator(`[data-testid="try-mark"][data-term="${term}"]`);
      await own.waitFor();
      await expect(own.textContent()).resolves.toBe(term);
      await expect(page.getByTestId('lexicon-try-own').getAttribute('data-hits')).resolves.toBe('1');
      await page.locator(`[data-testid="try-finding"][data-term="${term}"]`).waitFor();
      await page.getByTestId('lexicon-try-findings').scrollIntoViewIfNeeded();
      await viewportShot(page, 'lexicon-try-desktop');

      await page.getByTestId('lexicon-form-submit').click();
      await expectToast(page, '已新增词条');
      await page.getByTestId('lexicon-drawer').waitFor({ state: 'hidden' });
      await expect.poll(() => version(page)).toBeGreaterThan(before);
      const created = await version(page);

      await page.getByTestId('lexicon-tab-changes').click();
      const change = page.locator(`[data-testid="lexicon-change-row"][data-term="${term}"]`).first();
      await change.waitFor();
      await expect(change.getAttribute('data-version')).resolves.toBe(String(created));
      await change.locator('.ant-table-row-expand-icon').click();
      await page.getByTestId('lexicon-change-diff').first().waitFor();
      await screenshot(page, 'lexicon-changes-desktop');
    } finally {
      await context.close();
    }
  });

  it('base staff disable the term and enable it again', async () => {
    const { context, page } = await signedIn(browser(), 'base_staff', DESKTOP);
    try {
      await page.goto('/compliance/lexicon');
      await page.getByTestId('page-compliance-lexicon').waitFor();
      await fill(page, 'lexicon-search', term);
      await (await inputOf(page, 'lexicon-search')).press('Enter');
      const row = page.locator(`[data-testid="lexicon-row"][data-term="${term}"]`);
      await row.waitFor();
      const v0 = await version(page);
      await row.getByTestId('lexicon-enabled').click();
      await expectToast(page, `已停用「${term}」`);
      await page.locator(`[data-testid="lexicon-row"][data-term="${term}"][data-enabled="false"]`).waitFor();
      await expect.poll(() => version(page)).toBe(v0 + 1);
      await row.getByTestId('lexicon-enabled').click();
      await expectToast(page, `已启用「${term}」`);
      await page.locator(`[data-testid="lexicon-row"][data-term="${term}"][data-enabled="true"]`).waitFor();
      await expect.poll(() => version(page)).toBe(v0 + 2);

      // The entry's own history lists the three changes.
      await row.getByTestId('lexicon-edit').click();
      await page.getByTestId('lexicon-entry-history').waitFor();
      await expect.poll(() => page.getByTestId('lexicon-entry-change').count()).toBe(3);
      await page.getByTestId('lexicon-entry-history').scrollIntoViewIfNeeded();
      await viewportShot(page, 'lexicon-entry-history-desktop');
    } finally {
      await context.close();
    }
  });

  it('the lexicon page and its form at 375×812', async () => {
    const { context, page } = await signedIn(browser(), 'base_staff', MOBILE);
    try {
      await page.goto('/compliance/lexicon');
      await page.getByTestId('lexicon-table').locator('[data-testid="lexicon-row"]').first().waitFor();
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'lexicon-mobile');
      await page.getByTestId('lexicon-new').click();
      await page.getByTestId('lexicon-form').waitFor();
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await viewportShot(page, 'lexicon-form-mobile');
      await fill(page, 'lexicon-form-term', '最');
      await fill(page, 'lexicon-form-negation', '2');
      await page.getByTestId('lexicon-form-allow-in').click();
      await page.keyboard.type('最近');
      await page.keyboard.press('Enter');
      await fill(page, 'lexicon-try-text', '最近上新的腊肉，不是最好的，但一定是最实在的。');
      await page.getByTestId('lexicon-try-run').click();
      await page.getByTestId('lexicon-try-result').waitFor();
      await page.getByTestId('lexicon-try-result').scrollIntoViewIfNeeded();
      await expectNoHorizontalOverflow(page);
      await viewportShot(page, 'lexicon-try-mobile');
    } finally {
      await context.close();
    }
  });
});
