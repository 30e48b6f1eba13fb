/**
 * Cooperation and live sessions (issue 5): the demo streamer (375×812) proposes a cooperation for a
 * pool product of the demo producer, with a village split; the producer accepts it. The streamer
 * plans a session under it with a live price below the supply price and a script saying 全网最低价:
 * the checker marks it, scheduling is blocked with a 修改话术 hint, the streamer applies the
 * suggestion, schedules, goes live, ends and files the sales report; the price board shows the
 * session with its marks. Base staff let another draft's must-fix script through with a reason.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, screenshot, signedIn, uniqueSuffix, useBrowser, waitForText, type Viewport } from './helpers';
import { choose, confirmPopover, fill, inputOf, settled, viewportShot } from './violations.helpers';
import { goLiveAndEnd, saveAndSchedule, status } from './session.helpers';

const browser = useBrowser();

/** A pool product of the demo producer (supply ¥145.00, suggested retail ¥238.00). */
const PRODUCT = '纳溪特早茶 明前一级 500g';
const SCRIPT = '家人们，今晚这款纳溪特早茶明前一级是全网最低价，汤色清亮，回甘明显。';
const STAFF = 'luzhou_staff';

async function shot(page: Page, name: string, viewport: Viewport): Promise<void> {
  await settled(page);
  if (viewport === MOBILE) await expectNoHorizontalOverflow(page);
  await screenshot(page, `${name}-${viewport === MOBILE ? 'mobile' : 'desktop'}`);
}

/** Signs the convention in force if another suite published a newer one: cooperation needs it. */
async function ensureSigned(page: Page): Promise<void> {
  const c = (await (await page.request.get('/api/compliance/convention')).json()) as { version: number; mySignature: unknown };
  if (!c.mySignature) expect((await page.request.post('/api/compliance/convention/sign', { data: { version: c.version } })).ok()).toBe(true);
}

describe('cooperation and live sessions', () => {
  const suffix = uniqueSuffix();
  const title = `明前茶助农专场 ${suffix}`;
  let productId = '';
  let coopId = '';
  let sessionId = '';
  let otherId = '';

  it('the streamer (375×812) proposes a cooperation with a village split', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await ensureSigned(page);
      const pool = (await (await page.request.get('/api/catalog/products', { params: { q: '明前一级', pageSize: 50 } })).json()) as { items: { id: string; name: string }[] };
      productId = pool.items.find((p) => p.name === PRODUCT)?.id ?? '';
      expect(productId).not.toBe('');

      await page.goto('/matching/cooperations');
      await page.getByTestId('page-matching-cooperations').waitFor();
      await page.getByTestId('coop-new').click();
      await page.getByTestId('coop-propose-form').waitFor();
      await settled(page);
      await choose(page, 'coop-product', PRODUCT, '明前一级');
      await waitForText(page.getByTestId('coop-supply-hint'), '¥145.00');
      // Prefilled with the producer's supply price; a lower one is refused on the form.
      await fill(page, 'coop-supply-price', '140');
      await fill(page, 'coop-quantity', '300');
      await page.getByTestId('coop-propose-submit').click();
      await waitForText(page.getByTestId('coop-propose-form'), '供货价不能低于生产主体的现行供货价（¥145.00）');
      await fill(page, 'coop-supply-price', '145');
      await fill(page, 'coop-commission', '20');
      await fill(page, 'coop-after-sale', '签收后 48 小时内破损、受潮包退包换，运费由合作社承担。');
      await page.getByTestId('coop-use-split').click();
      await fill(page, 'coop-split-collective', '30');
      await fill(page, 'coop-split-members', '50');
      await fill(page, 'coop-split-streamerShare', '20');
      await expectNoHorizontalOverflow(page);
      await viewportShot(page, 'coop-propose-mobile');
      await page.getByTestId('coop-propose-submit').click();
      await expectToast(page, '合作提议已发出');

      await status(page, 'page-matching-cooperation', 'proposed');
      coopId = (await page.getByTestId('page-matching-cooperation').getAttribute('data-coop-id')) ?? '';
      expect(coopId).not.toBe('');
      await expect(page.getByTestId('coop-split-members').getAttribute('data-bp')).resolves.toBe('5000');
      // The proposer cannot accept their own proposal, and is told why.
      await waitForText(page.getByTestId('coop-blocked-accept'), '不能确认自己发起的提议');
      expect(await page.getByTestId('coop-action-accept').count()).toBe(0);
      await shot(page, 'coop-proposed', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the producer sees the proposal in the list and accepts it', async () => {
    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.goto('/matching/cooperations?status=proposed');
      const row = page.locator(`[data-testid="coop-row"][data-id="${coopId}"]`);
      await row.waitFor();
      await shot(page, 'coop-list', DESKTOP);
      await row.getByTestId('coop-row-link').click();
      await status(page, 'page-matching-cooperation', 'proposed');
      await page.getByTestId('coop-split').waitFor();
      await waitForText(page.getByTestId('coop-supply'), '与现行供货价一致');
      await page.getByTestId('coop-action-accept').click();
      await confirmPopover(page);
      await status(page, 'page-matching-cooperation', 'accepted');
      await page.getByTestId('coop-action-terminate').waitFor();
      expect(await page.getByTestId('history-entry').count()).toBe(2);
      await shot(page, 'coop-accepted', DESKTOP);
    } finally {
      await context.close();
    }
  });

  it('the streamer (375×812) plans a session: price marks and a must-fix script block scheduling', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      // Accepted, or already active if the hourly window sweep ran meanwhile.
      await page.goto(`/matching/cooperations/${coopId}`);
      await page.getByTestId('coop-schedule-session').click();
      await page.getByTestId('session-form').waitFor();
      expect(page.url()).toContain(`cooperation=${coopId}`);
      await fill(page, 'session-title', title);
      await page.getByTestId('session-party-demo-switch').click();
      const product = page.getByTestId('session-product-row').first();
      await waitForText(product, PRODUCT);
      await fill(page, 'session-product-price', '139');
      await fill(page, 'session-product-stock', '200');
      // Below the supply price and under 70 % of ¥238: both marks, as information only.
      await expect.poll(() => product.getByTestId('session-product-ref').getAttribute('data-marks')).toBe('below_supply,far_below_retail');
      await fill(page, 'session-script', SCRIPT);
      await page.getByTestId('session-script-check').click();
      const mark = page.locator('[data-testid="finding-mark"][data-severity="must_fix"]').first();
      await mark.waitFor();
      await expect(mark.textContent()).resolves.toBe('全网最低价');
      await page.getByTestId('session-script-must-fix').waitFor();
      await shot(page, 'session-form', MOBILE);
      await page.getByTestId('session-save').click();

      await status(page, 'page-matching-session', 'draft');
      sessionId = (await page.getByTestId('page-matching-session').getAttribute('data-session-id')) ?? '';
      await expect(page.getByTestId('session-blocked-schedule').getAttribute('data-reason')).resolves.toBe('script_must_fix');
      expect(await page.getByTestId('session-action-schedule').count()).toBe(0);
      await expect(page.getByTestId('session-script-card').getAttribute('data-must-fix')).resolves.toBe('1');
      await page.locator('[data-testid="session-product"][data-marks="below_supply,far_below_retail"]').waitFor();
      await page.getByTestId('session-party-demo').first().waitFor();
      await shot(page, 'session-blocked', MOBILE);

      // 修改话术: apply the checker's suggestion, save, and schedule.
      await page.getByTestId('session-fix-script').click();
      await page.getByTestId('session-form').waitFor();
      await page.getByTestId('session-script-check').click();
      await mark.waitFor();
      await mark.click();
      await page.locator('.ant-popover:visible [data-testid="apply-suggestion"]').click();
      await page.getByTestId('check-clean').waitFor();
      await expect((await inputOf(page, 'session-script')).inputValue()).resolves.toContain('本场优惠价（以页面价格为准）');
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
      const form = page.getByTestId('session-report');
      await form.waitFor();
      await expect(page.getByTestId('session-report-due-at').first().getAttribute('data-overdue')).resolves.toBe('false');
      // One product: the report fields are the page's only ones.
      await fill(page, 'report-units', '80');
      // GMV starts as units × live price.
      await expect.poll(async () => (await inputOf(page, 'report-gmv')).inputValue()).toBe('11120.00');
      await fill(page, 'report-refunded', '2');
      await shot(page, 'session-report-form', MOBILE);
      await page.getByTestId('session-report-submit').click();
      await expectToast(page, '战报已提交');
      await status(page, 'page-matching-session', 'reported');
      await expect(page.getByTestId('session-product-report').getAttribute('data-gmv')).resolves.toBe('1112000');
      await shot(page, 'session-reported', MOBILE);

      await page.getByTestId('session-back').click();
      await page.locator(`[data-testid="session-row"][data-id="${sessionId}"]`).waitFor();
      await shot(page, 'sessions-list', MOBILE);

      await page.goto(`/matching/price-board/${productId}`);
      const boardRow = page.locator(`[data-testid="price-board-row"][data-session-id="${sessionId}"]`);
      await boardRow.waitFor();
      await expect(boardRow.getAttribute('data-marks')).resolves.toBe('below_supply,far_below_retail');
      await waitForText(page.getByTestId('price-board-note'), '平台不限定主播的销售价格');
      await shot(page, 'price-board', MOBILE);
    } finally {
      await context.close();
    }
  });

  it('the producer sees the session on the price board', async () => {
    const { context, page } = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await page.goto('/matching/price-board');
      await page.getByTestId('page-matching-price-board').waitFor();
      await choose(page, 'price-board-product', PRODUCT, '明前一级');
      await page.locator(`[data-testid="page-matching-price-board"][data-product-id="${productId}"]`).waitFor();
      await page.getByTestId('price-board-table').locator(`[data-testid="price-board-row"][data-session-id="${sessionId}"]`).waitFor();
      await page.locator(`[data-testid="price-chart-bar"][data-session-id="${sessionId}"]`).waitFor();
      await waitForText(page.getByTestId('price-board-product-name'), PRODUCT);
      await shot(page, 'price-board', DESKTOP);
    } finally {
      await context.close();
    }
  });

  it('base staff let a must-fix script through with a reason', async () => {
    // Another draft of the streamer, made through the API: the UI path is covered above.
    const s = await signedIn(browser(), 'streamer', MOBILE);
    try {
      const start = new Date(Date.now() + 3 * 86_400_000);
      const res = await s.page.request.post('/api/matching/sessions', {
        data: {
          platform: 'kuaishou',
          title: `周末加播 ${suffix}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
          script: SCRIPT,
          partyDemo: false,
          products: [{ cooperationId: coopId, livePriceFen: 19800, stock: 50 }],
        },
      });
      expect(res.ok()).toBe(true);
      otherId = ((await res.json()) as { id: string }).id;
    } finally {
      await s.context.close();
    }

    const { context, page } = await signedIn(browser(), STAFF, DESKTOP);
    try {
      await page.goto('/matching/sessions?status=draft');
      await page.locator('[data-testid="page-matching-sessions"][data-kind="scope"]').waitFor();
      const row = page.locator(`[data-testid="session-row"][data-id="${otherId}"]`);
      await row.getByTestId('session-must-fix').waitFor();
      await shot(page, 'sessions-staff', DESKTOP);
      await row.getByTestId('session-row-link').click();
      await status(page, 'page-matching-session', 'draft');
      await expect(page.getByTestId('page-matching-session').getAttribute('data-viewer')).resolves.toBe('staff');
      expect(await page.getByTestId('session-fix-script').count()).toBe(0);
      await page.getByTestId('session-override').click();
      await fill(page, 'override-reason', '好');
      await page.getByTestId('override-submit').click();
      await page.locator('.ant-form-item-explain-error').filter({ hasText: '至少 4 个字' }).waitFor();
      await fill(page, 'override-reason', '经核实为主播口误，已当面提醒，本场放行。');
      await page.getByTestId('override-submit').click();
      await expectToast(page, '已放行');
      await waitForText(page.getByTestId('session-override-info'), '本场放行');
      expect(await page.getByTestId('session-override').count()).toBe(0);
      await waitForText(page.getByTestId('history'), '话术已放行');
      await shot(page, 'session-override', DESKTOP);
    } finally {
      await context.close();
    }

    // The streamer may schedule it now; then tidy up for the suites that share the server.
    const again = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await again.page.goto(`/matching/sessions/${otherId}`);
      await again.page.getByTestId('session-action-schedule').waitFor();
      await again.page.getByTestId('session-override-info').waitFor();
      await shot(again.page, 'session-overridden', MOBILE);
      expect((await again.page.request.post(`/api/matching/sessions/${otherId}/transition`, { data: { event: 'cancel', reason: 'e2e 清理' } })).ok()).toBe(true);
    } finally {
      await again.context.close();
    }
    const producer = await signedIn(browser(), 'producer', DESKTOP);
    try {
      // 为你选品 leaves out products a streamer sells: end the cooperation again.
      expect((await producer.page.request.post(`/api/matching/cooperations/${coopId}/transition`, { data: { event: 'terminate', reason: 'e2e 清理' } })).ok()).toBe(true);
    } finally {
      await producer.context.close();
    }
  });
});
