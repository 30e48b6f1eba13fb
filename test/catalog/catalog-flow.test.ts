import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { EXE_BYTES, NAXI_VILLAGE, PDF_MINI, PNG_1PX, makeCreditCode, productInput, upload } from '../support/catalog-fixtures.js';

/** The whole path of a product: a producer applies, staff approve, the product is verified and found. */
describe('catalogue flow through the HTTP API', () => {
  let t: TestApp;
  let producer: Client;
  let staff: Client;
  let streamer: Client;
  let producerId: string;
  let productId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [producer, staff, streamer] = await Promise.all([t.login('producer'), t.login('luzhou_staff'), t.login('streamer')]);
  });
  afterAll(() => t.close());

  it('a producer applies with a licence file and submits', async () => {
    const file = await upload(producer, 'licence', PDF_MINI, 'application/pdf', '营业执照.pdf');
    expect(file.statusCode, file.body).toBe(200);
    const created = await producer.post('/api/catalog/producers', {
      name: '纳溪区护国镇沙田村柚子专业合作社',
      type: 'coop',
      regionCode: NAXI_VILLAGE,
      contactName: '刘芳',
      contactPhone: '13912345678',
      creditCode: makeCreditCode(),
      bankAccount: '6222020200112233445',
      licenceFileIds: [file.json().id],
    });
    expect(created.statusCode, created.body).toBe(200);
    const p = created.json();
    producerId = p.id;
    expect(p.status).toBe('draft');
    expect(p.regionName).toContain('沙田村');
    expect(p.licences).toHaveLength(1);
    expect(p.bankAccount).not.toContain('0200112233');
    expect(p.actions).toContain('submit');
    const submitted = await producer.post(`/api/catalog/producers/${producerId}/transition`, { event: 'submit' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
  });

  it('a wrong check character gets a clear Chinese message and writes nothing', async () => {
    const code = makeCreditCode();
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const res = await producer.post('/api/catalog/producers', { name: '错误代码合作社', type: 'coop', regionCode: NAXI_VILLAGE, contactName: '张三', contactPhone: '13912345678', creditCode: wrong });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('校验位');
    const list = await producer.get('/api/catalog/producers?q=错误代码');
    expect(list.json().total).toBe(0);
  });

  it('staff must check the documents before approving', async () => {
    const pending = await staff.get(`/api/catalog/producers/${producerId}`);
    expect(pending.json().actions).toEqual(['reject']);
    expect(pending.json().blockedActions).toEqual([{ event: 'approve', reason: 'documents_unchecked', message: expect.stringContaining('资料已核对') }]);
    const early = await staff.post(`/api/catalog/producers/${producerId}/transition`, { event: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('资料');
    expect((await staff.post(`/api/catalog/producers/${producerId}/document-check`, { checked: true })).statusCode).toBe(200);
    const approved = await staff.post(`/api/catalog/producers/${producerId}/transition`, { event: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect(approved.json().history.map((h: { event: string }) => h.event)).toEqual(['create', 'submit', 'approve']);
  });

  it('a renamed executable is refused as an image', async () => {
    const res = await upload(producer, 'product_image', EXE_BYTES, 'image/png', 'photo.png');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('按文件内容识别');
  });

  it('the producer adds a product with a photo, a batch and a 合格证, then submits', async () => {
    const img = await upload(producer, 'product_image', PNG_1PX, 'image/png', 'tea.png');
    expect(img.statusCode, img.body).toBe(200);
    const created = await producer.post('/api/catalog/products', { ...productInput({ name: '沙田村红心柚 5斤装', categoryId: 'fruit.citrus', seasonMonths: [9, 10, 11], imageIds: [img.json().id] }), producerId });
    expect(created.statusCode, created.body).toBe(200);
    productId = created.json().id;
    expect(created.json().images).toHaveLength(1);
    expect(created.json().inPool).toBe(false);

    const withBatch = await producer.post(`/api/catalog/products/${productId}/batches`, { code: 'ST-2026-10', producedOn: '2026-10-20', quantity: 2000, quantityUnit: '箱' });
    expect(withBatch.statusCode, withBatch.body).toBe(200);
    const batch = withBatch.json().batches[0];
    expect(batch.valid).toBe(false);
    expect(batch.traceCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);

    const withEvidence = await producer.post(`/api/catalog/batches/${batch.id}/evidence`, { kind: 'compliance_certificate', title: '承诺达标合格证', issuer: '纳溪区护国镇沙田村柚子专业合作社', issuedOn: '2026-10-20', validUntil: '2099-12-31' });
    expect(withEvidence.statusCode, withEvidence.body).toBe(200);
    expect(withEvidence.json().batches[0].valid).toBe(true);

    const submitted = await producer.post(`/api/catalog/products/${productId}/transition`, { event: 'submit' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    // Not in the pool yet: the streamer cannot see it.
    expect((await streamer.get(`/api/catalog/products/${productId}`)).statusCode).toBe(404);
  });

  it('staff verify it and it appears in search for a streamer, with its quality breakdown', async () => {
    const noMethods = await staff.post(`/api/catalog/products/${productId}/transition`, { event: 'verify', methods: [] });
    expect(noMethods.statusCode).toBe(409);
    const verified = await staff.post(`/api/catalog/products/${productId}/transition`, { event: 'verify', methods: ['document_check', 'tasting'] });
    expect(verified.statusCode, verified.body).toBe(200);
    const v = verified.json();
    expect(v.status).toBe('verified');
    expect(v.inPool).toBe(true);
    expect(v.quality.score).toBeGreaterThan(0);
    expect(v.quality.parts.map((p: { key: string }) => p.key)).toContain('verification');

    for (const q of ['红心柚', '柚子', '沙田']) {
      const res = await streamer.get(`/api/catalog/products?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items.map((i: { id: string }) => i.id), q).toContain(productId);
    }
    const detail = await streamer.get(`/api/catalog/products/${productId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().canEdit).toBe(false);
    expect(detail.json().actions).toEqual([]);
    const image = await streamer.get(detail.json().images[0].url);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });
});
