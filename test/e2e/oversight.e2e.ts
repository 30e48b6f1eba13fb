/**
 * Oversight pages (issue 5): the joint branch secretary confirms a declared party member on
 * 党员主播确认 and withdraws it again (the demo data is left as found); the demo producer reads its
 * 履约分 with the breakdown; Luzhou base staff export 直播场次 as .xlsx (producers and streamers see
 * no export). Every page is shot at 1280 px and at 375 px.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, openMobileMenu, screenshot, signedIn, useBrowser, type Viewport } from './helpers';
import { confirmPopover, settled } from './violations.helpers';

const browser = useBrowser();

/** Declared in the demo data as a member of 金牛区电商直播产业基地联合党支部, not yet confirmed. */
const AMEI = '主播·金牛阿梅';
const BRANCH = '金牛区电商直播产业基地联合党支部';

async function shot(page: Page, name: string, viewport: Viewport): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  if (viewport === MOBILE) await expectNoHorizontalOverflow(page);
  await screenshot(page, `${name}-${viewport === MOBILE ? 'mobile' : 'desktop'}`);
}

async function openModule(page: Page, viewport: Viewport, key: string, testId: string): Promise<void> {
  if (viewport === MOBILE) await openMobileMenu(page);
  await page.getByTestId(`menu-${key}`).click();
  await page.getByTestId(testId).waitFor();
  if (viewport === MOBILE) await page.locator('.ant-drawer-open').waitFor({ state: 'detached', timeout: 5_000 });
}

const rowOf = (page: Page, name: string) => page.getByTestId('party-member-row').filter({ hasText: name });

async function tab(page: Page, key: 'pending' | 'confirmed'): Promise<void> {
  await page.getByTestId(`party-tab-${key}`).click();
  await page.locator(`[data-testid="page-matching-party-members"][data-tab="${key}"]`).waitFor();
}

describe('oversight', () => {
  it('the branch secretary confirms a declared party member, then withdraws it again', async () => {
    const { context, page } = await signedIn(browser(), 'org_secretary', DESKTOP);
    try {
      await openModule(page, DESKTOP, 'matching.partyMembers', 'page-matching-party-members');
      await expect(page.getByTestId('party-intro').textContent()).resolves.toContain('确认后主播可开设党员示范直播间');
      const amei = rowOf(page, AMEI);
      await amei.waitFor();
      await expect(amei.textContent()).resolves.toContain(BRANCH);
      await expect(amei.textContent()).resolves.toMatch(/申报于 \d{4}/);
      const pending = await page.getByTestId('party-member-name').allTextContents();
      expect(pending.length).toBeGreaterThanOrEqual(1);
      await shot(page, 'oversight-party-pending', DESKTOP);

      await amei.getByTestId('party-confirm').click();
      await expectToast(page, `已确认 ${AMEI} 的党员身份`);
      await amei.waitFor({ state: 'detached' });
      await tab(page, 'confirmed');
      const confirmed = rowOf(page, AMEI);
      await confirmed.waitFor();
      await expect(confirmed.getAttribute('data-confirmed')).resolves.toBe('true');
      await expect(confirmed.getByTestId('party-confirmed-by').textContent()).resolves.toMatch(/联合党支部书记·王强 于 \d{4}/);
      await shot(page, 'oversight-party-confirmed', DESKTOP);

      await confirmed.getByTestId('party-withdraw').click();
      await expect(page.locator('.ant-popover:visible').textContent()).resolves.toContain(`撤回对 ${AMEI} 党员身份的确认？`);
      await confirmPopover(page);
      await expectToast(page, `已撤回对 ${AMEI} 的确认`);
      await confirmed.waitFor({ state: 'detached' });
      await tab(page, 'pending');
      await rowOf(page, AMEI).getByTestId('party-confirm').waitFor();
      expect((await page.getByTestId('party-member-name').allTextContents()).sort()).toEqual([...pending].sort());
    } finally {
      await context.close();
    }

    const mobile = await signedIn(browser(), 'org_secretary', MOBILE);
    try {
      await openModule(mobile.page, MOBILE, 'matching.partyMembers', 'page-matching-party-members');
      await rowOf(mobile.page, AMEI).getByTestId('party-confirm').waitFor();
      await shot(mobile.page, 'oversight-party-pending', MOBILE);
    } finally {
      await mobile.context.close();
    }
  });

  for (const viewport of [DESKTOP, MOBILE]) {
    it(`the producer reads its reliability score and breakdown at ${viewport.width} px`, async () => {
      const { context, page } = await signedIn(browser(), 'producer', viewport);
      try {
        await openModule(page, viewport, 'matching.reliability', 'page-matching-reliability');
        const card = page.getByTestId('reliability-card').first();
        await card.waitFor();
        const score = Number(await card.getAttribute('data-score'));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        await expect(card.getByTestId('reliability-score').textContent()).resolves.toBe(String(score));
        const keys = await card.getByTestId('reliability-part').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
        expect(keys).toEqual(['decisions', 'shipping_time', 'shipped', 'cooperations', 'after_sale', 'incidents']);
        await expect(card.locator('[data-testid="reliability-part"][data-key="incidents"]').getAttribute('data-max')).resolves.toBe('0');
        await expect(card.locator('[data-testid="reliability-part"][data-key="decisions"]').textContent()).resolves.toMatch(/审批及时.*\/ 20/);
        await expect(card.getByTestId('reliability-raise').textContent()).resolves.toContain('及时处理样品申请');
        await shot(page, 'oversight-reliability', viewport);
      } finally {
        await context.close();
      }
    });
  }

  it('a streamer sees the producer\'s reliability on a sample', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await openModule(page, MOBILE, 'matching.samples', 'page-matching-samples');
      await page.getByTestId('sample-row-link').first().click();
      await page.getByTestId('sample-facts').waitFor();
      await expect(page.getByTestId('producer-reliability').textContent()).resolves.toMatch(/^生产主体履约分 \d+$/);
      await page.getByTestId('sample-facts').scrollIntoViewIfNeeded();
      await settled(page);
      await page.getByTestId('sample-facts').screenshot({ path: `${inject('artifactsDir')}/oversight-sample-reliability-mobile.png` });
    } finally {
      await context.close();
    }
  });

  it('Luzhou base staff export 直播场次 as .xlsx; the button is theirs only', async () => {
    const { context, page } = await signedIn(browser(), 'luzhou_staff', DESKTOP);
    try {
      await openModule(page, DESKTOP, 'matching.sessions', 'page-matching-sessions');
      await page.getByTestId('session-tab-all').waitFor();
      await shot(page, 'oversight-sessions-export', DESKTOP);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      expect(await download.failure()).toBeNull();
      for (const [key, testId] of [['matching.cooperations', 'page-matching-cooperations'], ['matching.sampleRequests', 'page-matching-sample-requests']] as const) {
        await openModule(page, DESKTOP, key, testId);
        await page.getByTestId('export-xlsx').waitFor();
      }
    } finally {
      await context.close();
    }

    const mobile = await signedIn(browser(), 'luzhou_staff', MOBILE);
    try {
      await openModule(mobile.page, MOBILE, 'matching.sessions', 'page-matching-sessions');
      await mobile.page.getByTestId('export-xlsx').waitFor();
      await shot(mobile.page, 'oversight-sessions-export', MOBILE);
      await openModule(mobile.page, MOBILE, 'matching.sampleRequests', 'page-matching-sample-requests');
      await mobile.page.getByTestId('export-xlsx').waitFor();
      await shot(mobile.page, 'oversight-samples-export', MOBILE);
    } finally {
      await mobile.context.close();
    }

    const producer = await signedIn(browser(), 'producer', DESKTOP);
    try {
      await openModule(producer.page, DESKTOP, 'matching.sampleRequests', 'page-matching-sample-requests');
      await producer.page.getByTestId('sample-table').waitFor();
      await expect(producer.page.getByTestId('export-xlsx').count()).resolves.toBe(0);
    } finally {
      await producer.context.close();
    }
  });
});
