/**
 * The whole loop in Chromium (issue 5): the demo streamer 主播·明二锅 (375×812) finds a product of
 * 纳溪特早茶合作社 in the 选品池 and requests a sample from 为你选品; the producer (1280×800)
 * approves and ships it; the streamer receives and evaluates it, proposes a cooperation, the
 * producer accepts; the streamer plans a session whose script the checker flags, fixes it,
 * schedules, goes live, ends and files the sales report; and the scores move: the product's
 * quality counts the new evaluation and the after-sale figures, the streamer's credit the report.
 * Every step goes through the UI; page.request only reads.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, openMobileMenu, screenshot, signedIn, uniqueSuffix, useBrowser, waitForText, type Viewport } from './helpers';
import { choose, confirmPopover, fill, inputOf, settled, shanghaiDay, viewportShot } from './violations.helpers';
import { goLiveAndEnd, saveAndSchedule, status } from './session.helpers';
import { chooseProduct, ensureSignedInUi, evaluationCount, part, scores, type Chosen, type Scores } from './loop.helpers';

const browser = useBrowser();

const PRODUCER_ORG = '纳溪区特早茶专业合作社';
const STREAMER_NAME = '主播·明二锅';
const TRACKING = `SF${Date.now()}`;
/** Two must-fix phrases: a price claim and a medical one. */
const SCRIPT = '家人们，这款果子今天是全网最低价，每天吃一点还能治疗失眠，果肉清甜多汁，产地直发。';
/** The sales report: 2 refunds and 2 complaints in 120 units. */
const SOLD = 120;
const REFUNDED = 2;
const COMPLAINTS = 2;

async function shot(page: Page, name: string, viewport: Viewport): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  if (viewport === MOBILE) await expectNoHorizontalOverflow(page);
  await screenshot(page, `loop-${name}-${viewport === MOBILE ? 'mobile' : 'desktop'}`);
}

/** Clicks the n-th star (1–5) of an antd Rate. */
async function rate(page: Page, testId: string, stars: number): Promise<void> {
  await page.getByTestId(testId).locator('li.ant-rate-star').nth(stars - 1).locator('div[role="radio"]').click();
}

describe('the whole loop: find, sample, cooperate, go live, report, scores move', () => {
  const title = `梅岭助农专场 ${uniqueSuffix()}`;
  let product: Chosen;
  let before: Scores;
  let sampleId = '';
  let coopId = '';
  let sessionId = '';

  it('the streamer (375×812) finds a product in the 选品池 and requests a sample from 为你选品', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await ensureSignedInUi(page);
      product = await chooseProduct(page, PRODUCER_ORG);
      before = await scores(page, product.id);

      // 选品池: search by the first word of the product's name and open it.
      await openMobileMenu(page);
      await page.getByTestId('menu-catalog.pool').click();
      await page.getByTestId('page-pool').waitFor();
      const word = product.name.split(' ')[0]!;
      await fill(page, 'pool-search', word);
      await (await inputOf(page, 'pool-search')).press('Enter');
      const card = page.locator(`[data-testid="pool-card"][data-product-id="${product.id}"]`);
      await card.waitFor();
      await shot(page, 'pool-search', MOBILE);
      await card.click();
      await page.locator(`[data-testid="page-product-detail"][data-product-id="${product.id}"]`).waitFor();
      await waitForText(page.getByTestId('product-producer'), PRODUCER_ORG);
      await waitForText(page.getByTestId('quality-score'), String(before.quality.score));
      await shot(page, 'product', MOBILE);

      // 为你选品: the same product, with its reasons, and 申请样品.
      await openMobileMenu(page);
      await page.getByTestId('menu-matching.recommendations').click();
      const reco = page.locator(`[data-testid="reco-card"][data-product-id="${product.id}"]`);
      await reco.waitFor();
      await reco.scrollIntoViewIfNeeded();
      await reco.getByTestId('reason-tag').first().waitFor();
      await reco.getByTestId('request-sample').click();
      await page.getByTestId('sample-request-form').waitFor();
      await settled(page);
      await waitForText(page.getByTestId('sample-request-product'), product.name);
      await fill(page, 'sample-quantity', '1');
      await fill(page, 'sample-planned-on', shanghaiDay(7));
      await fill(page, 'sample-ship-to', '四川省泸州市纳溪区永宁街道 明二锅 13800000001');
      await fill(page, 'sample-message', '下周助农专场想试播，先看看品相和口感。');
      await viewportShot(page, 'loop-sample-request-mobile');
      await page.getByTestId('sample-request-submit').click();
      await status(page, 'page-matching-sample', 'requested');
      sampleId = (await page.getByTestId('page-matching-sample').getAttribute('data-sample-id')) ?? '';
      expect(sampleId).not.toBe('');
      await shot(page, 'sample-requested', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the producer (1280×800) approves and ships the sample', async () => {
    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.getByTestId('menu-matching.sampleRequests').click();
      await page.getByTestId('page-matching-sample-requests').waitFor();
      const row = page.locator(`[data-testid="sample-row"][data-id="${sampleId}"]`);
      await waitForText(row.getByTestId('sample-streamer'), STREAMER_NAME);
      await row.getByTestId('sample-row-link').click();
      await status(page, 'page-matching-sample', 'requested');
      await waitForText(page.getByTestId('streamer-record'), `信用分 ${before.credit.score}`);
      await page.getByTestId('sample-action-approve').click();
      await confirmPopover(page);
      await status(page, 'page-matching-sample', 'approved');
      await page.getByTestId('sample-action-ship').click();
      await settled(page);
      await fill(page, 'ship-carrier', '顺丰速运');
      await fill(page, 'ship-tracking', TRACKING);
      await page.getByTestId('ship-submit').click();
      await status(page, 'page-matching-sample', 'shipped');
      await waitForText(page.getByTestId('sample-tracking'), TRACKING);
      await shot(page, 'sample-shipped', DESKTOP);
    } finally {
      await context.close();
    }
  });

  it('the streamer confirms receipt and evaluates the sample', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto('/matching/samples');
      await page.locator(`[data-testid="sample-row"][data-id="${sampleId}"][data-status="shipped"]`).getByTestId('sample-row-link').click();
      await status(page, 'page-matching-sample', 'shipped');
      await page.getByTestId('sample-action-receive').click();
      await confirmPopover(page);
      await status(page, 'page-matching-sample', 'received');
      await page.getByTestId('sample-action-evaluate').click();
      await settled(page);
      for (const k of ['quality', 'taste', 'packaging', 'match']) await rate(page, `rate-${k}`, 5);
      await fill(page, 'evaluation-text', '果肉清甜多汁，个头均匀，包装完好，和描述一致。');
      await viewportShot(page, 'loop-sample-evaluate-mobile');
      await page.getByTestId('evaluate-submit').click();
      await status(page, 'page-matching-sample', 'evaluated');
      await waitForText(page.getByTestId('evaluation-text-value'), '清甜多汁');
      await shot(page, 'sample-evaluated', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the streamer proposes a cooperation (合作 → 发起合作) and the producer accepts it', async () => {
    const s = await signedIn(browser(), 'streamer', MOBILE);
    try {
      const page = s.page;
      await openMobileMenu(page);
      await page.getByTestId('menu-matching.cooperations').click();
      await page.getByTestId('page-matching-cooperations').waitFor();
      await page.getByTestId('coop-new').click();
      await page.getByTestId('coop-propose-form').waitFor();
      await settled(page);
      await choose(page, 'coop-product', product.name, product.name.split(' ')[0]);
      await page.getByTestId('coop-supply-hint').waitFor();
      // Supply price and commission come prefilled with the producer's terms.
      await expect.poll(async () => (await inputOf(page, 'coop-supply-price')).inputValue()).not.toBe('');
      await fill(page, 'coop-quantity', '500');
      await fill(page, 'coop-after-sale', '签收后 48 小时内坏果包赔，运费由合作社承担。');
      await viewportShot(page, 'loop-coop-propose-mobile');
      await page.getByTestId('coop-propose-submit').click();
      await expectToast(page, '合作提议已发出');
      await status(page, 'page-matching-cooperation', 'proposed');
      coopId = (await page.getByTestId('page-matching-cooperation').getAttribute('data-coop-id')) ?? '';
      expect(coopId).not.toBe('');
    } finally {
      await s.context.close();
    }

    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.goto('/matching/cooperations?status=proposed');
      await page.locator(`[data-testid="coop-row"][data-id="${coopId}"]`).getByTestId('coop-row-link').click();
      await status(page, 'page-matching-cooperation', 'proposed');
      await page.getByTestId('coop-action-accept').click();
      await confirmPopover(page);
      await status(page, 'page-matching-cooperation', 'accepted');
      await shot(page, 'coop-accepted', DESKTOP);
    } finally {
      await context.close();
    }
  });

  it('the streamer plans a session; the checker blocks scheduling; the streamer fixes the script and schedules', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto(`/matching/cooperations/${coopId}`);
      await page.getByTestId('coop-schedule-session').click();
      await page.getByTestId('session-form').waitFor();
      await fill(page, 'session-title', title);
      const row = page.getByTestId('session-product-row').first();
      await waitForText(row, product.name);
      await fill(page, 'session-product-price', (product.retailPriceFen / 100).toFixed(2));
      await fill(page, 'session-product-stock', '300');
      await fill(page, 'session-script', SCRIPT);
      await page.getByTestId('session-script-check').click();
      await page.getByTestId('session-script-must-fix').waitFor();
      await expect(page.getByTestId('check-summary').getAttribute('data-must-fix')).resolves.toBe('2');
      await shot(page, 'session-form', MOBILE);
      await page.getByTestId('session-save').click();

      // Saved as a draft; scheduling is blocked, with the hint and 修改话术.
      await status(page, 'page-matching-session', 'draft');
      sessionId = (await page.getByTestId('page-matching-session').getAttribute('data-session-id')) ?? '';
      const blocked = page.getByTestId('session-blocked-schedule');
      await expect(blocked.getAttribute('data-reason')).resolves.toBe('script_must_fix');
      await waitForText(blocked, '话术中有 2 处必须修改的违规用语');
      expect(await page.getByTestId('session-action-schedule').count()).toBe(0);
      await shot(page, 'session-blocked', MOBILE);

      // 修改话术: take the checker's suggestion for the price claim, rewrite the medical one.
      await page.getByTestId('session-fix-script').click();
      await page.getByTestId('session-form').waitFor();
      await page.getByTestId('session-script-check').click();
      const price = page.locator('[data-testid="finding-mark"][data-severity="must_fix"]').filter({ hasText: '全网最低价' });
      await price.click();
      await page.locator('.ant-popover:visible [data-testid="apply-suggestion"]').click();
      const script = await inputOf(page, 'session-script');
      await expect.poll(() => script.inputValue()).toContain('本场优惠价（以页面价格为准）');
      await script.fill((await script.inputValue()).replace('每天吃一点还能治疗失眠，', '饭后来一瓣，解腻爽口，'));
      await page.getByTestId('session-script-check').click();
      await page.getByTestId('check-clean').waitFor();
      await shot(page, 'session-fixed', MOBILE);
      await saveAndSchedule(page);
      await shot(page, 'session-scheduled', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the streamer goes live, ends and files the sales report', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto(`/matching/sessions/${sessionId}`);
      await goLiveAndEnd(page);
      await page.getByTestId('session-report').waitFor();
      await fill(page, 'report-units', String(SOLD));
      await expect.poll(async () => (await inputOf(page, 'report-gmv')).inputValue()).toBe(((SOLD * product.retailPriceFen) / 100).toFixed(2));
      await fill(page, 'report-refunded', String(REFUNDED));
      await fill(page, 'report-complaints', String(COMPLAINTS));
      await shot(page, 'session-report-form', MOBILE);
      await page.getByTestId('session-report-submit').click();
      await expectToast(page, '战报已提交');
      await status(page, 'page-matching-session', 'reported');
      await expect(page.getByTestId('session-product-report').getAttribute('data-units')).resolves.toBe(String(SOLD));
      await shot(page, 'session-reported', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the scores move: the product’s quality counts the evaluation and the sales, the credit the report', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      const after = await scores(page, product.id);
      // Quality: one more evaluation (all fives), and after-sale figures instead of the neutral value.
      const samplesBefore = part(before.quality.parts, 'samples');
      const samplesAfter = part(after.quality.parts, 'samples');
      expect(evaluationCount(samplesAfter)).toBe(evaluationCount(samplesBefore) + 1);
      expect(samplesAfter.points).toBeGreaterThan(samplesBefore.points);
      const afterSale = part(after.quality.parts, 'after_sale');
      expect(afterSale.detail).toMatch(/^退款率 [\d.]+%，投诉率 [\d.]+%$/);
      expect(afterSale.detail).not.toBe(part(before.quality.parts, 'after_sale').detail);
      expect(after.quality.score).not.toBe(before.quality.score);
      // Credit: the report was on time; its complaints cost points.
      expect(part(after.credit.parts, 'reports').points).toBe(part(before.credit.parts, 'reports').points);
      expect(part(after.credit.parts, 'complaints').points).toBeLessThan(part(before.credit.parts, 'complaints').points);
      expect(after.credit.score).toBeLessThan(before.credit.score);

      // The product page shows the new score and the breakdown in 如何计算.
      await page.goto(`/catalog/pool/${product.id}`);
      await waitForText(page.getByTestId('quality-score'), String(after.quality.score));
      await waitForText(page.getByTestId('quality-part-samples'), String(samplesAfter.points));
      await page.getByTestId('quality-how').click();
      const how = page.getByTestId('quality-how-panel');
      await waitForText(how, `${evaluationCount(samplesAfter)} 份评价`);
      await waitForText(how, afterSale.detail);
      await shot(page, 'product-after', MOBILE);

      // 主播资料与信用: the score with its breakdown, 战报按时 among the parts.
      await openMobileMenu(page);
      await page.getByTestId('menu-matching.profile').click();
      await page.locator(`[data-testid="credit-card"][data-score="${after.credit.score}"]`).waitFor();
      await waitForText(page.getByTestId('credit-score'), String(after.credit.score));
      const reports = page.locator('[data-testid="credit-part"][data-key="reports"]');
      await waitForText(reports, '战报按时');
      await waitForText(reports, part(after.credit.parts, 'reports').detail);
      await expect(page.locator('[data-testid="credit-part"][data-key="complaints"]').getAttribute('data-points')).resolves.toBe(String(part(after.credit.parts, 'complaints').points));
      await shot(page, 'credit-after', MOBILE);
    } finally {
      await context.close();
    }

    // Tidy up for the suites sharing the server: 为你选品 leaves out products a streamer sells.
    const producer = await signedIn(browser(), 'producer', DESKTOP);
    try {
      expect((await producer.page.request.post(`/api/matching/cooperations/${coopId}/transition`, { data: { event: 'terminate', reason: 'e2e 清理' } })).ok()).toBe(true);
    } finally {
      await producer.context.close();
    }
  });
});
