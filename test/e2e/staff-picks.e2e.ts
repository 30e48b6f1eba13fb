import { describe, expect, it } from 'vitest';
import { baseUrl, DESKTOP, MOBILE, screenshot, signedIn, useBrowser } from './helpers';
import { choose } from './violations.helpers';

const browser = useBrowser();

/** Base staff match both ways on 主播匹配: products for a streamer in their units, below the product's streamers. */
describe('staff matchmaking: products for a streamer', () => {
  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const)('Luzhou staff pick products for 明二锅 (%s)', async (name, viewport) => {
    const { context, page } = await signedIn(browser(), 'luzhou_staff', viewport);
    try {
      await page.goto(`${baseUrl()}/matching/matchmaking`);
      await page.getByTestId('staff-picks').waitFor();
      await choose(page, 'staff-picks-streamer', '明二锅', '明二锅');
      const picks = page.getByTestId('staff-pick');
      await picks.first().waitFor();
      expect(await picks.count()).toBeGreaterThan(0);
      const api = await page.request.get(`${baseUrl()}/api/matching/streamers/${await streamerId(page)}/recommendations?limit=10`);
      expect(api.status()).toBe(200);
      const first = ((await api.json()) as { items: { product: { name: string } }[] }).items[0]!;
      await expect(picks.first().textContent()).resolves.toContain(first.product.name);
      await page.getByTestId('staff-picks').scrollIntoViewIfNeeded();
      await screenshot(page, `staff-picks-${name}`);
    } finally {
      await context.close();
    }
  });
});

/** Any pool product, not only the top of 为你选品, can be asked for from its page. */
describe('pool product page for a streamer', () => {
  it('offers 申请样品 and 发起合作 on a product outside the top picks (375×812)', async () => {
    const { context, page } = await signedIn(browser(), 'streamer', MOBILE);
    try {
      const found = await page.request.get(`${baseUrl()}/api/catalog/products?q=${encodeURIComponent('特早茶')}&pageSize=5`);
      const product = ((await found.json()) as { items: { id: string; name: string }[] }).items[0]!;
      await page.goto(`${baseUrl()}/catalog/pool/${product.id}`);
      await page.getByTestId('product-request-sample').click();
      await expect(page.getByTestId('sample-request-product').textContent()).resolves.toContain(product.name);
      await screenshot(page, 'pool-product-request-sample-mobile');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('product-propose').getAttribute('href')).resolves.toBe(`/matching/cooperations?product=${product.id}`);
    } finally {
      await context.close();
    }
  });
});

async function streamerId(page: import('playwright-core').Page): Promise<string> {
  const res = await page.request.get(`${baseUrl()}/api/compliance/streamers?q=${encodeURIComponent('明二锅')}`);
  return ((await res.json()) as { items: { userId: string }[] }).items[0]!.userId;
}
