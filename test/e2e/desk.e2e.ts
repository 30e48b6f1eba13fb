/**
 * The service desk end to end (issue 6): the demo streamer files a 发票 question on a phone, it
 * reaches the 纳溪 tax bureau, the bureau's officer takes it from the queue and answers it on a
 * desktop, and the streamer rates the answer, which closes the ticket. Every page is shot.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, expectToast, openMobileMenu, screenshot, signedIn, uniqueSuffix, useBrowser, waitForText } from './helpers';
import { fill, settled } from './violations.helpers';

const browser = useBrowser();
const TITLE = `直播卖腊肉怎么给买家开发票 ${uniqueSuffix()}`;
let ticketId = '';
let ticketNo = '';

const ticketPage = (page: Page) => page.getByTestId('page-desk-ticket');

async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="page-desk-ticket"][data-status="${status}"]`).waitFor();
}

async function act(page: Page, event: string): Promise<void> {
  await settled(page);
  await page.getByTestId(`desk-action-${event}`).click();
}

describe('service desk', () => {
  it('the streamer files a 发票 question on a phone and it goes to the 纳溪 tax bureau', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await openMobileMenu(page);
      await page.getByTestId('menu-desk.new').click();
      await page.getByTestId('page-desk-new').waitFor();
      await page.getByTestId('desk-category-tax').click();
      await page.getByTestId('desk-type-inquiry').click();
      await fill(page, 'desk-title', TITLE);
      await fill(page, 'desk-description', '买家下单后要发票，我是个人主播没有公司，能不能去税务局代开？需要带什么材料？');
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'desk-new-mobile');
      await page.getByTestId('desk-submit').click();
      await ticketPage(page).waitFor();
      await statusIs(page, 'submitted');
      ticketId = (await ticketPage(page).getAttribute('data-ticket-id'))!;
      ticketNo = (await ticketPage(page).getAttribute('data-ticket-no'))!;
      expect(ticketNo).toMatch(/^FW\d{8}-\d{4}$/);
      await waitForText(ticketPage(page), '国家税务总局泸州市纳溪区税务局');
      await expect(page.getByTestId('desk-ticket-status').textContent()).resolves.toContain('待分派');
      await expect(page.getByTestId('desk-time-limit').textContent()).resolves.toContain('3');
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'desk-ticket-submitted-mobile');
    } finally {
      await context.close();
    }
  });

  it('the 税务 officer finds it in the queue, takes it and answers it', async () => {
    expect(ticketNo).not.toBe('');
    const { context, page } = await signedIn(browser(), 'dept_officer', DESKTOP);
    try {
      await page.getByTestId('menu-desk.queue').click();
      await page.getByTestId('page-desk-queue').waitFor();
      const search = page.getByTestId('desk-filter-q').locator('input').first();
      await search.fill(ticketNo);
      await search.press('Enter');
      const row = page.locator(`[data-testid="desk-row"][data-ticket-no="${ticketNo}"]`);
      await row.waitFor();
      await screenshot(page, 'desk-queue-desktop');
      await row.getByTestId('desk-row-link').first().click();
      await ticketPage(page).waitFor();
      await statusIs(page, 'submitted');

      await act(page, 'assign');
      await page.getByTestId('desk-assign-submit').click();
      await statusIs(page, 'assigned');
      await waitForText(ticketPage(page), '纳溪区税务·陈静');
      await act(page, 'start');
      await statusIs(page, 'in_progress');
      await act(page, 'resolve');
      await fill(page, 'desk-resolution', '个人主播可通过电子税务局或纳溪区办税服务厅申请代开增值税普通发票，带身份证和订单记录即可。');
      await page.getByTestId('desk-resolve-submit').click();
      await statusIs(page, 'resolved');
      await expect(page.getByTestId('desk-ticket-status').textContent()).resolves.toContain('已办结');
      await screenshot(page, 'desk-ticket-resolved-desktop');
    } finally {
      await context.close();
    }
  });

  it('the streamer reads the answer, rates it 非常满意 and the ticket closes', async () => {
    expect(ticketId).not.toBe('');
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await page.goto(`/desk/tickets/${ticketId}`);
      await statusIs(page, 'resolved');
      await waitForText(ticketPage(page), '电子税务局');
      await act(page, 'close');
      await page.getByTestId('desk-rate').locator('li').nth(4).click();
      await waitForText(page.getByTestId('desk-rate-label'), '非常满意');
      await fill(page, 'desk-rating-comment', '回答很清楚，谢谢！');
      await page.getByTestId('desk-close-submit').click();
      await statusIs(page, 'closed');
      await expectToast(page, /评价|关闭/);
      await expect(page.getByTestId('desk-ticket-status').textContent()).resolves.toContain('已关闭');
      const events = await page.getByTestId('history-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
      expect(events).toEqual(expect.arrayContaining(['submit', 'assign', 'start', 'resolve', 'close']));
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'desk-ticket-closed-mobile');
    } finally {
      await context.close();
    }
  });
});
