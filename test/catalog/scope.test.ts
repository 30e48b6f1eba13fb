import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireEvidence } from '../../src/modules/catalog/catalog.sweeps.js';
import { addDays, shanghaiDate } from '../../src/core/time.js';
import { makeUser } from '../support/factories.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { NAXI_VILLAGE, PNG_1PX, makeCreditCode, productInput, upload } from '../support/catalog-fixtures.js';

/** Who sees and changes what in the catalogue, bad input, and the evidence-expiry sweep. */
describe('catalogue scope, bad input and expiry', () => {
  let t: TestApp;
  let owner: Client;
  let otherProducer: Client;
  let luzhouStaff: Client;
  let dazhouStaff: Client;
  let streamer: Client;
  let producerId: string;
  let productId: string;
  let batchId: string;
  let imageUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    const other = await makeUser(t.db, [{ role: 'producer', unitName: '纳溪区互联网行业党委' }]);
    [owner, otherProducer, luzhouStaff, dazhouStaff, streamer] = await Promise.all([
      t.login('producer'),
      t.login(other.username, other.password),
      t.login('luzhou_staff'),
      t.login('dazhou_staff'),
      t.login('streamer'),
    ]);
    const licence = await upload(owner, 'licence', PNG_1PX, 'image/png', '营业执照.png');
    const p = await owner.post('/api/catalog/producers', { name: '范围测试合作社', type: 'coop', regionCode: NAXI_VILLAGE, contactName: '刘芳', contactPhone: '13912345678', creditCode: makeCreditCode(), licenceFileIds: [licence.json().id] });
    producerId = p.json().id;
    const img = await upload(owner, 'product_image', PNG_1PX, 'image/png');
    const product = await owner.post('/api/catalog/products', { ...productInput({ name: '范围测试腊肉', categoryId: 'cured.bacon', imageIds: [img.json().id] }), producerId });
    expect(product.statusCode, product.body).toBe(200);
    productId = product.json().id;
    imageUrl = product.json().images[0].url;
  });
  afterAll(() => t.close());

  it('a producer sees only their own producers and drafts', async () => {
    expect((await owner.get('/api/catalog/products/manage')).json().items.map((i: { id: string }) => i.id)).toContain(productId);
    expect((await otherProducer.get('/api/catalog/products/manage')).json().items.map((i: { id: string }) => i.id)).not.toContain(productId);
    expect((await otherProducer.get(`/api/catalog/products/${productId}`)).statusCode).toBe(404);
    expect((await otherProducer.get(`/api/catalog/producers/${producerId}`)).statusCode).toBe(404);
    expect((await otherProducer.get('/api/catalog/producers')).json().total).toBe(0);
    expect((await otherProducer.request('PUT', `/api/catalog/products/${productId}`, productInput({ name: '篡改' }))).statusCode).toBe(404);
    expect((await otherProducer.get(imageUrl)).statusCode).toBe(404);
    expect((await streamer.get(imageUrl)).statusCode).toBe(404);
    expect((await owner.get(imageUrl)).statusCode).toBe(200);
  });

  it("another city's staff can neither see nor change Luzhou's records", async () => {
    expect((await dazhouStaff.get(`/api/catalog/producers/${producerId}`)).statusCode).toBe(404);
    expect((await dazhouStaff.get(`/api/catalog/products/${productId}`)).statusCode).toBe(404);
    expect((await dazhouStaff.post(`/api/catalog/producers/${producerId}/document-check`, { checked: true })).statusCode).toBe(404);
    expect((await dazhouStaff.post(`/api/catalog/products/${productId}/transition`, { event: 'verify', methods: ['tasting'] })).statusCode).toBe(404);
    expect((await dazhouStaff.get('/api/catalog/products/manage')).json().items.map((i: { id: string }) => i.id)).not.toContain(productId);
    expect((await luzhouStaff.get('/api/catalog/products/manage')).json().items.map((i: { id: string }) => i.id)).toContain(productId);
  });

  it('a producer cannot approve their own application or verify their own product', async () => {
    expect((await owner.post(`/api/catalog/producers/${producerId}/transition`, { event: 'submit' })).statusCode).toBe(200);
    expect((await owner.post(`/api/catalog/producers/${producerId}/document-check`, { checked: true })).statusCode).toBe(403);
    const approve = await owner.post(`/api/catalog/producers/${producerId}/transition`, { event: 'approve' });
    expect(approve.statusCode).toBe(403);
  });

  it('bad product input gets a Chinese 400 naming the field, and nothing is written', async () => {
    const count = async () => Number((await t.db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const cheap = await owner.post('/api/catalog/products', { ...productInput({ retailPriceFen: 100, supplyPriceFen: 500 }), producerId });
    expect(cheap.statusCode).toBe(400);
    expect(cheap.json().error.message).toContain('建议零售价不能低于供货价');
    const badCategory = await owner.post('/api/catalog/products', { ...productInput({ categoryId: 'tea' }), producerId });
    expect(badCategory.statusCode).toBe(400);
    expect(badCategory.json().error.message).toContain('细分类目');
    const badRegion = await owner.post('/api/catalog/products', { ...productInput({ originRegionCode: '519999' }), producerId });
    expect(badRegion.statusCode).toBe(400);
    const fractionalFen = await owner.post('/api/catalog/products', { ...productInput({ supplyPriceFen: 12.5 }), producerId });
    expect(fractionalFen.statusCode).toBe(400);
    const otherImage = await upload(otherProducer, 'product_image', PNG_1PX, 'image/png');
    const stolen = await owner.post('/api/catalog/products', { ...productInput({ imageIds: [otherImage.json().id] }), producerId });
    expect(stolen.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('expired evidence takes the product out of the pool once, and tells the producer', async () => {
    await luzhouStaff.post(`/api/catalog/producers/${producerId}/document-check`, { checked: true });
    expect((await luzhouStaff.post(`/api/catalog/producers/${producerId}/transition`, { event: 'approve' })).statusCode).toBe(200);
    const today = shanghaiDate();
    const withBatch = await owner.post(`/api/catalog/products/${productId}/batches`, { code: 'EXP-1', producedOn: addDays(today, -10), quantity: 100 });
    batchId = withBatch.json().batches[0].id;
    const ev = await owner.post(`/api/catalog/batches/${batchId}/evidence`, { kind: 'compliance_certificate', title: '承诺达标合格证', issuer: '范围测试合作社', issuedOn: addDays(today, -10), validUntil: addDays(today, 2) });
    expect(ev.json().batches[0].valid).toBe(true);
    await owner.post(`/api/catalog/products/${productId}/transition`, { event: 'submit' });
    const verified = await luzhouStaff.post(`/api/catalog/products/${productId}/transition`, { event: 'verify', methods: ['document_check'] });
    expect(verified.json()).toMatchObject({ inPool: true, poolValidUntil: addDays(today, 2) });

    expect(await expireEvidence(t.db, t.ctx.regions, addDays(today, 2))).toBe(0);
    expect(await expireEvidence(t.db, t.ctx.regions, addDays(today, 3))).toBe(1);
    expect(await expireEvidence(t.db, t.ctx.regions, addDays(today, 3))).toBe(0);
    const after = await t.db.selectFrom('products').select(['in_pool', 'status']).where('id', '=', productId).executeTakeFirstOrThrow();
    expect(after).toEqual({ in_pool: 0, status: 'verified' });
    const notes = (await owner.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(notes).toContain('catalog.evidence_expired');
    expect((await streamer.get(`/api/catalog/products/${productId}`)).statusCode).toBe(404);
  });
});
