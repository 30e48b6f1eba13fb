/**
 * Read-only look-ups of loop.e2e.ts (the product to use, the scores before and after), kept apart
 * so the test file reads as the loop it drives. Nothing here performs a step of the loop.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface Part {
  key: string;
  label: string;
  points: number;
  detail: string;
}
export interface Scores {
  credit: { score: number; parts: Part[] };
  quality: { score: number; parts: Part[] };
}
export interface Chosen {
  id: string;
  name: string;
  retailPriceFen: number;
}

async function get<T>(page: Page, url: string, params?: Record<string, string | number>): Promise<T> {
  const res = await page.request.get(url, { params });
  expect(res.ok(), `GET ${url}: HTTP ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

const OPEN_SAMPLES = new Set(['requested', 'approved', 'shipped', 'received']);
const OPEN_COOPS = new Set(['proposed', 'accepted', 'active']);

/**
 * A pool product of the given producer that 为你选品 shows the signed-in streamer this month and
 * that the streamer has no open sample request or live cooperation for.
 */
export async function chooseProduct(page: Page, producerOrg: string): Promise<Chosen> {
  type Item = { product: { id: string; name: string; producerName: string; retailPriceFen: number } };
  const reco = await get<{ items: Item[] }>(page, '/api/matching/recommendations', { limit: 30 });
  const samples = await get<{ items: { status: string; product: { id: string } }[] }>(page, '/api/matching/samples/mine', { pageSize: 200 });
  const coops = await get<{ items: { status: string; product: { id: string } }[] }>(page, '/api/matching/cooperations', { pageSize: 200 });
  const busy = new Set([...samples.items.filter((s) => OPEN_SAMPLES.has(s.status)), ...coops.items.filter((c) => OPEN_COOPS.has(c.status))].map((x) => x.product.id));
  const found = reco.items.map((i) => i.product).find((p) => p.producerName.includes(producerOrg) && !busy.has(p.id));
  expect(found, `a product of ${producerOrg} in 为你选品 without an open sample or cooperation`).toBeTruthy();
  return { id: found!.id, name: found!.name, retailPriceFen: found!.retailPriceFen };
}

/** The streamer's credit and the product's quality score, both with their breakdowns. */
export async function scores(page: Page, productId: string): Promise<Scores> {
  const credit = await get<Scores['credit']>(page, '/api/matching/credit');
  const product = await get<{ quality: Scores['quality'] }>(page, `/api/catalog/products/${encodeURIComponent(productId)}`);
  return { credit, quality: product.quality };
}

export function part(parts: Part[], key: string): Part {
  const p = parts.find((x) => x.key === key);
  expect(p, `score part ${key}`).toBeTruthy();
  return p!;
}

/** "3 份评价，平均 4.5 分" → 3; "暂无样品评价，按中性值计" → 0. */
export function evaluationCount(samples: Part): number {
  return Number(/(\d+) 份评价/.exec(samples.detail)?.[1] ?? 0);
}

/** Signs the convention in force through its page if another suite published a newer one: cooperating needs it. */
export async function ensureSignedInUi(page: Page): Promise<void> {
  const c = await get<{ mySignature: unknown }>(page, '/api/compliance/convention');
  if (c.mySignature) return;
  await page.goto('/compliance/convention');
  await page.getByTestId('convention-agree').check();
  await page.getByTestId('convention-sign').click();
  await page.getByTestId('convention-signed').waitFor();
}
