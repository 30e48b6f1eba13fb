/**
 * Matching pages (issue 5): the demo streamer (375×812) opens 为你选品, reads why a product is
 * recommended and requests a sample of a product of the demo producer; the producer sees the
 * streamer's credit and follow-through, approves and ships it; the streamer confirms receipt and
 * evaluates it. The streamer edits their profile; the producer opens 主播匹配, sees ranked
 * streamers, targets the product at one of them and opens it again. Every page is shot at
 * 1280 px and at 375 px.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, openMobileMenu, screenshot, signedIn, useBrowser, waitForText, type Viewport } from './helpers';
import { choose, confirmPopover, fill, inputOf, settled, shanghaiDay, tinyPng, viewportShot } from './violations.helpers';

const browser = useBrowser();

/** The demo producer (纳溪特早茶合作社·刘芳) and its cooperative's name on product cards. */
const PRODUCER_ORG = '纳溪区特早茶专业合作社';
const STREAMER_NAME = '主播·明二锅';
const TRACKING = `SF${Date.now()}`;

async function sampleStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="page-matching-sample"][data-status="${status}"]`).waitFor();
}

/** Clicks the n-th star (1–5) of an antd Rate. */
async function rate(page: Page, testId: string, stars: number): Promise<void> {
  await page.getByTestId(testId).locator('li.ant-rate-star').nth(stars - 1).locator('div[role="radio"]').click();
}

async function shot(page: Page, name: string, viewport: Viewport): Promise<void> {
  // From the top: a full-page shot of a scrolled page repeats the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  if (viewport === MOBILE) await expectNoHorizontalOverflow(page);
  await screenshot(page, `${name}-${viewport === MOBILE ? 'mobile' : 'desktop'}`);
}

describe('matching: samples', () => {
  let productId = '';
  let sampleId = '';

  it('the streamer (375×812) sees 为你选品 with reasons and requests a sample', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await openMobileMenu(page);
      await page.getByTestId('menu-matching.recommendations').click();
      await page.getByTestId('page-matching-recommendations').waitFor();
      // The planned session's month: November, when the producer's pomelo is in season.
      await choose(page, 'reco-month', '11 月');
      await page.locator('[data-testid="page-matching-recommendations"][data-month="11"]').waitFor();
      const first = page.getByTestId('reco-card').first();
      await first.waitFor();
      const reasons = await page.getByTestId('reason-tag').allTextContents();
      expect(reasons.some((r) => r === '应季' || r === '本地好品')).toBe(true);
      await waitForText(page.getByTestId('page-matching-recommendations').getByTestId('credit-line'), /信用分 \d+ · 可同时申请 \d+ 份 · 进行中 \d+ 份/);
      await first.getByTestId('why').click();
      await expect.poll(() => first.getByTestId('score-part').count()).toBeGreaterThanOrEqual(5);
      await shot(page, 'matching-recommendations', MOBILE);

      const card = page.locator(`[data-testid="reco-card"][data-producer*="${PRODUCER_ORG}"]`).first();
      await card.waitFor();
      productId = (await card.getAttribute('data-product-id')) ?? '';
      expect(productId).not.toBe('');
      await card.scrollIntoViewIfNeeded();
      await card.getByTestId('request-sample').click();
      await page.getByTestId('sample-request-form').waitFor();
      await settled(page);
      await waitForText(page.locator('.ant-modal').getByTestId('credit-line'), '可同时申请');
      await fill(page, 'sample-quantity', '2');
      await fill(page, 'sample-planned-on', shanghaiDay(10));
      await fill(page, 'sample-ship-to', '四川省泸州市纳溪区永宁街道 明二锅 13800000001');
      await fill(page, 'sample-message', '下周助农专场想试播，先看看果子品相。');
      await viewportShot(page, 'matching-sample-request-mobile');
      await page.getByTestId('sample-request-submit').click();

      await sampleStatus(page, 'requested');
      expect(page.url()).toContain('/matching/samples/');
      sampleId = (await page.getByTestId('page-matching-sample').getAttribute('data-sample-id')) ?? '';
      await waitForText(page.getByTestId('sample-due'), '审批时限');
      await page.getByTestId('sample-action-cancel').waitFor();
      await shot(page, 'matching-sample-requested', MOBILE);

      // A second request for the same product is refused, in the dialog, in the server's words.
      await page.goto('/matching/recommendations?month=11');
      const again = page.locator(`[data-testid="reco-card"][data-product-id="${productId}"]`);
      await again.getByTestId('request-sample').click();
      await page.getByTestId('sample-request-form').waitFor();
      await settled(page);
      await page.getByTestId('sample-request-submit').click();
      await waitForText(page.getByTestId('sample-request-error'), '已有一份进行中的样品申请');
    } finally {
      await context.close();
    }
  });

  it('the producer sees the streamer’s record, approves and ships the sample', async () => {
    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.goto('/matching/sample-requests');
      await page.getByTestId('page-matching-sample-requests').waitFor();
      const row = page.locator(`[data-testid="sample-row"][data-id="${sampleId}"]`);
      await row.waitFor();
      await waitForText(row.getByTestId('sample-streamer'), STREAMER_NAME);
      await shot(page, 'matching-sample-requests', DESKTOP);
      await row.getByTestId('sample-row-link').click();

      await sampleStatus(page, 'requested');
      await expect(page.getByTestId('page-matching-sample').getAttribute('data-viewer')).resolves.toBe('producer');
      await waitForText(page.getByTestId('streamer-record'), /信用分 \d+ · 样品履约率 (暂无记录|\d+%（评价 \d+ \/ 逾期 \d+）) · 进行中 1 份/);
      await waitForText(page.getByTestId('sample-ship-to-value'), '13800000001');
      await shot(page, 'matching-sample-review', DESKTOP);
      await page.getByTestId('sample-action-approve').click();
      await confirmPopover(page);
      await sampleStatus(page, 'approved');

      await page.getByTestId('sample-action-ship').click();
      await settled(page);
      await fill(page, 'ship-carrier', '顺丰速运');
      await fill(page, 'ship-tracking', TRACKING);
      await page.getByTestId('ship-submit').click();
      await sampleStatus(page, 'shipped');
      await waitForText(page.getByTestId('sample-tracking'), TRACKING);
      await waitForText(page.getByTestId('sample-due'), '自动签收');
      await expect.poll(() => page.getByTestId('history-entry').count()).toBe(3);
      await shot(page, 'matching-sample-shipped', DESKTOP);
    } finally {
      await context.close();
    }
  });

  it('the streamer (375×812) confirms receipt and evaluates the sample', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto('/matching/samples');
      const row = page.locator(`[data-testid="sample-row"][data-id="${sampleId}"][data-status="shipped"]`);
      await row.waitFor();
      await shot(page, 'matching-samples', MOBILE);
      await row.getByTestId('sample-row-link').click();
      await sampleStatus(page, 'shipped');
      await page.getByTestId('sample-action-receive').click();
      await confirmPopover(page);
      await sampleStatus(page, 'received');
      await waitForText(page.getByTestId('sample-due'), '评价时限');

      await page.getByTestId('sample-action-evaluate').click();
      await settled(page);
      await rate(page, 'rate-quality', 5);
      await rate(page, 'rate-taste', 4);
      await rate(page, 'rate-packaging', 4);
      await rate(page, 'rate-match', 5);
      await fill(page, 'evaluation-text', '果肉细嫩、酸甜适口，网套包装完好，和描述一致。');
      const photos = page.getByTestId('evaluation-photos');
      await photos.locator('input[type=file]').setInputFiles({ name: '样品.png', mimeType: 'image/png', buffer: tinyPng() });
      await photos.getByTestId('file-thumb').waitFor();
      await viewportShot(page, 'matching-sample-evaluate-mobile');
      await page.getByTestId('evaluate-submit').click();

      await sampleStatus(page, 'evaluated');
      await expect(page.getByTestId('evaluation-quality').getAttribute('data-value')).resolves.toBe('5');
      await expect(page.getByTestId('evaluation-taste').getAttribute('data-value')).resolves.toBe('4');
      await waitForText(page.getByTestId('evaluation-text-value'), '酸甜适口');
      await page.getByTestId('sample-evaluation').getByTestId('file-thumb').waitFor();
      await waitForText(page.getByTestId('sample-status').first(), '已评价');
      expect(await page.getByTestId('sample-actions').count()).toBe(0);
      await shot(page, 'matching-sample-evaluated', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the producer sees the evaluation and the closed request at 375×812', async () => {
    const { context, page } = await signedIn(browser(), 'producer', MOBILE);
    try {
      await page.goto(`/matching/sample-requests/${sampleId}`);
      await sampleStatus(page, 'evaluated');
      await waitForText(page.getByTestId('evaluation-text-value'), '酸甜适口');
      await shot(page, 'matching-sample-evaluated-producer', MOBILE);
      await page.goto('/matching/sample-requests?status=evaluated');
      await page.locator(`[data-testid="sample-row"][data-id="${sampleId}"]`).waitFor();
      await shot(page, 'matching-sample-requests', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the producer opens 主播匹配 from the product page, targets the product and opens it again', async () => {
    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.goto(`/catalog/my-products/${productId}`);
      await page.getByTestId('product-matchmaking').click();
      await page.locator(`[data-testid="page-matching-matchmaking"][data-product-id="${productId}"]`).waitFor();
      const plan = page.getByTestId('plan-card');
      await page.locator('[data-testid="plan-card"][data-mode="open"]').waitFor();
      await expect.poll(() => page.getByTestId('streamer-match').count()).toBeGreaterThanOrEqual(3);
      const best = page.getByTestId('streamer-match').first();
      await best.getByTestId('reason-tag').first().waitFor();
      await best.getByTestId('why').click();
      await best.getByTestId('score-part').first().waitFor();
      await shot(page, 'matching-matchmaking', DESKTOP);

      const ming = page.locator(`[data-testid="streamer-match"][data-name="${STREAMER_NAME}"]`);
      await ming.getByTestId('add-targeted').click();
      await waitForText(ming.getByTestId('add-targeted'), '已在定向名单');
      await waitForText(page.getByTestId('plan-streamers'), STREAMER_NAME);
      await page.getByTestId('plan-save').click();
      await expectToast(page, '分销方式已保存');
      await page.locator('[data-testid="plan-card"][data-mode="targeted"]').waitFor();
      await waitForText(page.getByTestId('plan-current'), `定向（指定主播）：${STREAMER_NAME}`);
      await shot(page, 'matching-matchmaking-targeted', DESKTOP);

      // Exclusive without a streamer or date is refused on the form; then back to open.
      await plan.getByTestId('plan-mode-exclusive').click();
      await page.getByTestId('plan-save').click();
      await waitForText(plan, '独家分销须指定一位主播');
      await plan.getByTestId('plan-mode-open').click();
      await page.getByTestId('plan-save').click();
      await page.locator('[data-testid="plan-card"][data-mode="open"]').waitFor();
    } finally {
      // Other suites share the server: never leave the product with a non-open plan.
      await page.request.put(`/api/matching/products/${productId}/plan`, { data: { mode: 'open' } }).catch(() => undefined);
      await context.close();
    }
  });
});

describe('matching: profile and pages at both sizes', () => {
  it('the streamer changes the typical units per session and saves the profile', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto('/matching/profile');
      await page.getByTestId('page-matching-profile').waitFor();
      await expect.poll(() => page.getByTestId('credit-part').count()).toBeGreaterThanOrEqual(3);
      await waitForText(page.getByTestId('credit-quota'), '可同时申请');
      await waitForText(page.getByTestId('party-status'), '已由');
      const units = await inputOf(page, 'profile-typical-units');
      await expect.poll(() => units.inputValue()).not.toBe('');
      await shot(page, 'matching-profile', MOBILE);
      await units.fill('1800');
      await page.getByTestId('profile-save').click();
      await expectToast(page, '已保存');
      await page.reload();
      await expect.poll(async () => (await inputOf(page, 'profile-typical-units')).inputValue()).toBe('1800');
    } finally {
      await context.close();
    }
  });

  it('every matching page at the other size', async () => {
    const pages: [string, string, string, Viewport][] = [
      ['streamer', '/matching/recommendations', 'page-matching-recommendations', DESKTOP],
      ['streamer', '/matching/samples', 'page-matching-samples', DESKTOP],
      ['streamer', '/matching/profile', 'page-matching-profile', DESKTOP],
      ['producer', '/matching/matchmaking', 'page-matching-matchmaking', MOBILE],
      ['luzhou_staff', '/matching/sample-requests?status=all', 'page-matching-sample-requests', DESKTOP],
    ];
    for (const [user, path, testId, viewport] of pages) {
      const { context, page } = await signedIn(browser(), user, viewport);
      try {
        await page.goto(path);
        await page.getByTestId(testId).waitFor();
        await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
        if (testId === 'page-matching-matchmaking') await expect.poll(() => page.getByTestId('streamer-match').count()).toBeGreaterThan(0);
        if (testId === 'page-matching-recommendations') await page.getByTestId('reco-card').first().waitFor();
        await shot(page, `matching-${path.split('/')[2]!.split('?')[0]}${user === 'luzhou_staff' ? '-staff' : ''}`, viewport);
      } finally {
        await context.close();
      }
    }
  });
});
