/**
 * Catalogue at 375×812 (SPEC §2.1, §2.2 search, §3 phones): a producer creates a product with a
 * photo, adds a batch and its 承诺达标合格证 and submits it; Luzhou base staff verify it; the
 * streamer finds it in the selection pool by a two-character word of its name. Also: a renamed
 * non-image file is refused in the upload UI with the server's Chinese message.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  MOBILE,
  expectNoHorizontalOverflow,
  expectToast,
  openMobileMenu,
  pickTreeSelect,
  screenshot,
  signedIn,
  uniqueSuffix,
  useBrowser,
  waitForText,
} from './helpers';

const browser = useBrowser();

const PRODUCER = '泸州市纳溪区特早茶专业合作社';
/** A word no demo product uses, so the search result is this test's product. */
const WORD = '雀舌';

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

/** A valid 2×2 RGB PNG (red and white), made here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.from([0, 196, 29, 29, 255, 255, 255, 0, 255, 255, 255, 196, 29, 29]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const shanghaiDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** The input whose test id sits on the input itself or on an antd wrapper around it. */
async function inputOf(page: Page, testId: string) {
  const el = page.getByTestId(testId);
  const tag = await el.evaluate((e) => e.tagName);
  return tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input, textarea').first();
}

async function fill(page: Page, testId: string, value: string): Promise<void> {
  await (await inputOf(page, testId)).fill(value);
}

async function openModule(page: Page, key: string, pageTestId: string): Promise<void> {
  await openMobileMenu(page);
  await page.getByTestId(`menu-${key}`).click();
  await page.getByTestId(pageTestId).waitFor();
  await page.locator('.ant-drawer-open').waitFor({ state: 'detached', timeout: 5_000 });
}

/** Waits until CSS transitions and animations (panels opening, toasts) have finished. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/** Confirms the open Popconfirm; a click that lands while it is still animating in is retried. */
async function confirmPopover(page: Page): Promise<void> {
  const ok = page.locator('.ant-popover:visible [data-testid="confirm-ok"]').first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await settled(page);
    await ok.click({ timeout: 5_000 }).catch(() => undefined);
    if (await ok.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false)) return;
  }
  throw new Error('the confirmation did not close');
}

describe('catalogue at 375×812', () => {
  const suffix = uniqueSuffix();
  const name = `纳溪${WORD}明前 e2e${suffix}`;
  const batchCode = `E2E-${suffix}`.toUpperCase();

  it('producer creates a product with a photo, a batch and its certificate, and submits it', async () => {
    const { context, page } = await signedIn(browser(), 'producer', MOBILE);
    try {
      await openModule(page, 'catalog.myProducts', 'page-my-products');
      await page.getByTestId('product-create').click();
      await page.getByTestId('page-product-form').waitFor();
      // The producer's only approved producer is preselected, its village as the origin.
      await waitForText(page.getByTestId('product-form-producer'), PRODUCER);
      await waitForText(page.getByTestId('product-form-origin'), '梅岭村');

      // A text file renamed to .png is refused by content, with the server's Chinese message.
      const images = page.getByTestId('product-form-images');
      await images.locator('input[type=file]').setInputFiles({ name: '茶园.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片，只是一段文字。') });
      await waitForText(page.getByTestId('product-form-images-error'), /只接受/);
      expect(await page.getByTestId('product-form-images-error').textContent()).toMatch(/[\u4e00-\u9fff]/);
      expect(await images.getByTestId('file-thumb').count()).toBe(0);
      await screenshot(page, 'catalog-upload-refused-mobile');

      // A real PNG uploads and shows as a thumbnail.
      await images.locator('input[type=file]').setInputFiles({ name: '茶园.png', mimeType: 'image/png', buffer: tinyPng() });
      await images.getByTestId('file-thumb').waitFor();
      expect(await page.getByTestId('product-form-images-error').count()).toBe(0);

      await fill(page, 'product-form-name', name);
      await pickTreeSelect(page, 'product-form-category', '绿茶');
      await fill(page, 'product-form-selling-points', '梅岭村早春单芽，扁直匀整，栗香带兰花香。');
      await fill(page, 'product-form-spec', '100g/罐');
      await fill(page, 'product-form-shelf-life', '540');
      await fill(page, 'product-form-supply-price', '88');
      await fill(page, 'product-form-retail-price', '128');
      await fill(page, 'product-form-commission', '25');
      for (const m of [2, 3, 4]) await page.getByTestId(`season-month-${m}`).click();
      await expect(page.getByTestId('season-month-3').getAttribute('data-checked')).resolves.toBe('true');
      await page.getByTestId('product-form-tags').click();
      await page.keyboard.type('泸州好品');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'catalog-product-form-mobile');
      await page.getByTestId('product-form-submit').click();
      await expectToast(page, '商品已创建');

      // The product page: draft, not in the pool yet.
      await page.getByTestId('page-product-detail').waitFor();
      await expect(page.getByTestId('product-name').textContent()).resolves.toBe(name);
      await expect(page.getByTestId('product-status').getAttribute('data-status')).resolves.toBe('draft');
      await expect(page.getByTestId('product-supply-price').textContent()).resolves.toBe('¥88.00');
      await expect(page.getByTestId('product-commission').textContent()).resolves.toBe('25%');
      await page.getByTestId('product-images').getByTestId('file-thumb').waitFor();

      // 添加批次
      await page.getByTestId('batch-add').click();
      await fill(page, 'batch-form-code', batchCode);
      await fill(page, 'batch-form-produced-on', shanghaiDay(-3));
      await fill(page, 'batch-form-quantity', '500');
      await page.getByTestId('batch-form-submit').click();
      await expectToast(page, '批次已添加');
      const batch = page.getByTestId(`batch-${batchCode}`);
      await batch.getByTestId('batch-invalid').waitFor();

      // 承诺达标合格证, valid for half a year, with a photo of it.
      await page.getByTestId(`evidence-add-${batchCode}`).click();
      await waitForText(page.getByTestId('evidence-form-kind'), '承诺达标合格证');
      await fill(page, 'evidence-form-issuer', '泸州市纳溪区特早茶专业合作社');
      await fill(page, 'evidence-form-number', `HG-${suffix}`);
      await fill(page, 'evidence-form-issued-on', shanghaiDay(-1));
      await fill(page, 'evidence-form-valid-until', shanghaiDay(180));
      await page.getByTestId('evidence-form-file').locator('input[type=file]').setInputFiles({ name: '合格证.png', mimeType: 'image/png', buffer: tinyPng() });
      await page.getByTestId('evidence-form-file').getByTestId('file-thumb').waitFor();
      await page.getByTestId('evidence-form-submit').click();
      await expectToast(page, '凭证已添加');
      await batch.getByTestId('batch-valid').waitFor();
      await expect(batch.getByTestId('evidence-row').getAttribute('data-kind')).resolves.toBe('compliance_certificate');

      // 提交核验
      await page.getByTestId('product-action-submit').click();
      await confirmPopover(page);
      await expectToast(page, '已提交核验');
      await page.locator('[data-testid="product-status"][data-status="submitted"]').waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'catalog-product-submitted-mobile');
    } finally {
      await context.close();
    }
  });

  it('Luzhou base staff find it under 商品核验 and verify it with methods', async () => {
    const { context, page } = await signedIn(browser(), 'luzhou_staff', MOBILE);
    try {
      await openModule(page, 'catalog.productReview', 'page-product-review');
      await fill(page, 'products-filter-q', name);
      await (await inputOf(page, 'products-filter-q')).press('Enter');
      const row = page.locator(`[data-testid="product-row"][data-name="${name}"]`);
      await row.waitFor();
      await expect(row.getByTestId('product-status').getAttribute('data-status')).resolves.toBe('submitted');
      await expectNoHorizontalOverflow(page);
      await row.getByTestId('product-row-link').click();

      await page.getByTestId('page-product-detail').waitFor();
      await expect(page.getByTestId('product-name').textContent()).resolves.toBe(name);
      await page.getByTestId(`batch-${batchCode}`).getByTestId('batch-valid').waitFor();
      await page.getByTestId('product-action-verify').click();
      await expect((await inputOf(page, 'verify-method-document_check')).isChecked()).resolves.toBe(true);
      await (await inputOf(page, 'verify-method-tasting')).check();
      await screenshot(page, 'catalog-verify-mobile');
      await page.getByTestId('verify-submit').click();
      await expectToast(page, '已核验通过');
      await page.locator('[data-testid="product-status"][data-status="verified"]').waitFor();
      await page.locator('[data-testid="pool-tag"][data-in-pool="true"]').waitFor();
      await screenshot(page, 'catalog-verified-mobile');
    } finally {
      await context.close();
    }
  });

  it(`the streamer finds it in the 选品池 by "${WORD}"`, async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      await openModule(page, 'catalog.pool', 'page-pool');
      await fill(page, 'pool-search', WORD);
      await (await inputOf(page, 'pool-search')).press('Enter');
      const card = page.locator(`[data-testid="pool-card"][data-name="${name}"]`);
      await card.waitFor();
      await waitForText(page.getByTestId('pool-terms'), WORD);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'catalog-pool-search-mobile');

      await card.click();
      await page.getByTestId('page-product-detail').waitFor();
      await expect(page.getByTestId('product-producer').textContent()).resolves.toBe(PRODUCER);
      // A streamer gets no buttons: no edit, no transitions.
      expect(await page.getByTestId('product-actions').count()).toBe(0);
      expect(await page.getByTestId('batch-add').count()).toBe(0);
      // The quality score with its "如何计算" panel.
      await page.getByTestId('quality-how').click();
      await page.getByTestId('quality-how-panel').waitFor();
      await expect(page.getByTestId('quality-how-panel').textContent()).resolves.toContain('核验深度');
      await settled(page);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'catalog-pool-product-mobile');

      // 返回 restores the search.
      await page.getByTestId('product-back').click();
      await card.waitFor();
      await expect((await inputOf(page, 'pool-search')).inputValue()).resolves.toBe(WORD);
    } finally {
      await context.close();
    }
  });
});
