/**
 * Small UI helpers of violations.e2e.ts (antd selects, dialogs, drawers, a generated PNG), kept
 * apart so the test file reads as the flow it checks.
 */
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 2×2 RGB PNG, made here so the test needs no fixture file. */
export function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const rows = Buffer.from([0, 196, 29, 29, 255, 255, 255, 0, 255, 255, 255, 196, 29, 29]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

export const shanghaiDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** The input whose test id sits on the input itself or on an antd wrapper around it. */
export async function inputOf(page: Page, testId: string) {
  const el = page.getByTestId(testId).first();
  const tag = await el.evaluate((e) => e.tagName);
  return tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input, textarea').first();
}

export async function fill(page: Page, testId: string, value: string): Promise<void> {
  await (await inputOf(page, testId)).fill(value);
}

/** Waits until CSS transitions and animations (dialogs opening, toasts) have finished. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

export async function confirmPopover(page: Page): Promise<void> {
  const ok = page.locator('.ant-popover:visible [data-testid="confirm-ok"]').first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await settled(page);
    await ok.click({ timeout: 5_000 }).catch(() => undefined);
    if (await ok.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false)) return;
  }
  throw new Error('the confirmation did not close');
}

/** Opens an antd Select, optionally types a search, picks an option and waits for the popup to close. */
export async function choose(page: Page, testId: string, option?: string, typed?: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (typed) await page.keyboard.type(typed);
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const target = (option ? options.filter({ hasText: option }) : options).first();
  const popup = page.locator('.ant-select-dropdown:visible').first();
  // A searched list re-renders when its results arrive; a click on the outgoing option is lost,
  // so click again until the popup closes.
  for (let attempt = 0; attempt < 3; attempt++) {
    await target.click({ timeout: 10_000 }).catch(() => undefined);
    if (await popup.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false)) return;
  }
  await popup.waitFor({ state: 'hidden' });
}

/** The viewport only: a drawer is fixed, so a full-page shot would cut it at the first screen. */
export async function viewportShot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`) });
}
