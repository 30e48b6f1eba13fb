import type { Page } from 'playwright-core';
import { confirmPopover } from './violations.helpers';

/** Waits until a page's root element reports the record in `expected` state (data-status). */
export async function status(page: Page, root: string, expected: string): Promise<void> {
  await page.locator(`[data-testid="${root}"][data-status="${expected}"]`).waitFor();
}

/** On the session form with a clean script: saves the draft, then schedules it from the detail page. */
export async function saveAndSchedule(page: Page): Promise<void> {
  await page.getByTestId('session-save').click();
  await status(page, 'page-matching-session', 'draft');
  await page.getByTestId('session-script-clean').waitFor();
  await page.getByTestId('session-action-schedule').click();
  await status(page, 'page-matching-session', 'scheduled');
}

/** On a scheduled session's page: goes live, then ends it, confirming each step. */
export async function goLiveAndEnd(page: Page): Promise<void> {
  await status(page, 'page-matching-session', 'scheduled');
  await page.getByTestId('session-action-go_live').click();
  await confirmPopover(page);
  await status(page, 'page-matching-session', 'live');
  await page.getByTestId('session-action-end').click();
  await confirmPopover(page);
  await status(page, 'page-matching-session', 'ended');
}
