import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.js';
import type { RegionService } from '../core/regions/regions.service.js';
import { shanghaiDate } from '../core/time.js';
import { signConvention } from '../modules/compliance/convention/convention.service.js';
import { proposeCooperation, transitionCooperation } from '../modules/matching/cooperations/cooperations.service.js';
import { requestSample, transitionSample } from '../modules/matching/samples/samples.service.js';
import { sweepSamples } from '../modules/matching/samples/samples.sweeps.js';
import { reportSession, saveSession, transitionSession } from '../modules/matching/sessions/sessions.service.js';
import { viewerFor } from './seed-compliance.js';
import { DEMO_STREAMER_PROFILES } from './demo-streamer-profiles.js';

const DAY = 86_400_000;
const inDays = (n: number, hours = 20) => new Date(Date.parse(`${shanghaiDate(Date.now() + n * DAY)}T00:00:00+08:00`) + hours * 3_600_000).toISOString();
const SHIP_TO = '四川省泸州市纳溪区永宁路 88 号 直播基地收发室 0830-0000000';
const RATINGS = { quality: 5, taste: 5, packaging: 4, match: 5 };
const CLEAN_SCRIPT = '家人们晚上好！今天给大家带来纳溪的特早茶，明前采摘，茶汤清亮，回甘明显。包装上有生产日期和承诺达标合格证，大家放心下单。';

/**
 * Samples, cooperations and live sessions in every state (issue 5), written through the services
 * so histories, notifications and scores are as in real use: the demo streamer 明二锅 and the
 * 纳溪 producer's products at the centre, other demo streamers around them.
 */
export async function seedDemoMatchingActivity(db: Kysely<DB>, regions: RegionService): Promise<boolean> {
  if (await db.selectFrom('sample_requests').select('id').limit(1).executeTakeFirst()) return false;
  const deps = { db, regions };
  const convention = await db.selectFrom('conventions').select('version').orderBy('version', 'desc').executeTakeFirst();
  const names = ['streamer', ...DEMO_STREAMER_PROFILES.filter((p) => p.unit !== null).slice(0, 12).map((p) => p.username)];
  const streamers = await Promise.all(names.map((n) => viewerFor(db, n)));
  if (convention) for (const s of streamers) await signConvention(db, { ...s.actor, userId: s.userId, unitId: null }, convention.version);
  const producer = await viewerFor(db, 'producer');
  const products = await db
    .selectFrom('products')
    .innerJoin('producers', 'producers.id', 'products.producer_id')
    .select(['products.id', 'products.supply_price_fen', 'products.retail_price_fen'])
    .where('producers.owner_user_id', '=', producer.userId)
    .where('products.in_pool', '=', 1)
    .orderBy('products.name')
    .execute();
  if (products.length < 3 || streamers.length < 8) return false;
  const [main, ...others] = streamers;
  const p = (i: number) => products[i % products.length]!;
  const ask = async (who: typeof main, i: number) => requestSample(deps, who!, { productId: p(i).id, quantity: 1, shipTo: SHIP_TO, message: '想在下周的直播里介绍这款产品' });
  const sampleStep = (who: typeof main, id: string, body: Parameters<typeof transitionSample>[3]) => transitionSample(deps, who!, id, body);

  // Samples that the clock moves on: one left undecided (expires), one received and never evaluated (overdue).
  await ask(others[0], 0);
  const late = await ask(others[1], 1);
  await sampleStep(producer, late.id, { event: 'approve', photoIds: [] });
  await sampleStep(producer, late.id, { event: 'ship', carrier: '中通快递', trackingNo: 'ZT7700012345', photoIds: [] });
  await sampleStep(others[1], late.id, { event: 'receive', photoIds: [] });
  await sweepSamples(deps, new Date(Date.now() + 15 * DAY).toISOString());
  // Every other state.
  await ask(others[2], 0);
  const approved = await ask(others[3], 1);
  await sampleStep(producer, approved.id, { event: 'approve', photoIds: [] });
  const declined = await ask(others[4], 2);
  await sampleStep(producer, declined.id, { event: 'decline', reason: '本季样品已发完，下批新茶上市后再联系', photoIds: [] });
  const shipped = await ask(others[5], 2);
  await sampleStep(producer, shipped.id, { event: 'approve', photoIds: [] });
  await sampleStep(producer, shipped.id, { event: 'ship', carrier: '顺丰速运', trackingNo: 'SF1400098765', photoIds: [] });
  const cancelled = await ask(others[6], 0);
  await sampleStep(others[6], cancelled.id, { event: 'cancel', reason: '直播档期调整', photoIds: [] });
  for (const [who, i] of [[main, 0], [others[2], 2]] as const) {
    const s = await ask(who, i);
    await sampleStep(producer, s.id, { event: 'approve', photoIds: [] });
    await sampleStep(producer, s.id, { event: 'ship', carrier: '顺丰速运', trackingNo: `SF15000${i}4321`, photoIds: [] });
    await sampleStep(who, s.id, { event: 'receive', photoIds: [] });
    if (who === main) await sampleStep(who, s.id, { event: 'evaluate', ratings: RATINGS, text: '茶香清雅，回甘明显，包装结实，和描述一致。', photoIds: [] });
  }

  // Cooperations in every state.
  const terms = (i: number, fromDays: number, toDays: number) => ({ productId: p(i).id, windowFrom: shanghaiDate(Date.now() + fromDays * DAY), windowTo: shanghaiDate(Date.now() + toDays * DAY), supplyPriceFen: p(i).supply_price_fen, commissionBp: 2000, quantityCap: 800, shippingMode: 'producer_ships' as const, afterSaleTerms: '坏件包赔，48 小时内处理售后' });
  const mainCoop = await proposeCooperation(db, main!, { ...terms(0, 0, 30), split: { collectiveBp: 2000, membersBp: 6000, streamerBp: 2000 } });
  await transitionCooperation(db, producer, mainCoop.id, 'accept', null);
  await transitionCooperation(db, producer, mainCoop.id, 'activate', null);
  const other = await proposeCooperation(db, producer, { ...terms(0, 0, 20), streamerId: others[2]!.userId });
  await transitionCooperation(db, others[2]!, other.id, 'accept', null);
  await proposeCooperation(db, others[3]!, terms(1, 3, 20));
  const done = await proposeCooperation(db, producer, { ...terms(2, 0, 10), streamerId: others[4]!.userId });
  await transitionCooperation(db, others[4]!, done.id, 'accept', null);
  await transitionCooperation(db, producer, done.id, 'activate', null);
  await transitionCooperation(db, producer, done.id, 'complete', null);
  const ended = await proposeCooperation(db, others[5]!, terms(1, 1, 15));
  await transitionCooperation(db, others[5]!, ended.id, 'terminate', '主播档期冲突，双方协商终止');

  // Live sessions in every state, the main streamer's around one product.
  const session = (coop: string, i: number, days: number, title: string, script = CLEAN_SCRIPT, livePrice = p(i).retail_price_fen) => ({
    platform: 'douyin' as const,
    title,
    startsAt: inDays(days),
    endsAt: inDays(days, 23),
    roomUrl: null,
    script,
    partyDemo: false,
    products: [{ cooperationId: coop, livePriceFen: livePrice, stock: 300 }],
  });
  await saveSession(db, main!, null, session(mainCoop.id, 0, 6, '纳溪特早茶品鉴专场（草稿）', '家人们，这是全网最低价的特早茶，喝了还能降血压！'));
  const scheduled = await saveSession(db, main!, null, { ...session(mainCoop.id, 0, 3, '纳溪好物·党员示范直播间'), partyDemo: true });
  await transitionSession(db, main!, scheduled.id, 'schedule', null);
  const clash = await saveSession(db, others[2]!, null, session(other.id, 0, 3, '川南好茶夜场', CLEAN_SCRIPT, Math.round(p(0).supply_price_fen * 0.9)));
  await transitionSession(db, others[2]!, clash.id, 'schedule', null);
  const live = await saveSession(db, main!, null, session(mainCoop.id, 0, 1, '明前茶现场直播'));
  for (const e of ['schedule', 'go_live']) await transitionSession(db, main!, live.id, e, null);
  const toReport = await saveSession(db, main!, null, session(mainCoop.id, 0, 1, '开春第一场：纳溪特早茶'));
  for (const e of ['schedule', 'go_live', 'end']) await transitionSession(db, main!, toReport.id, e, null);
  const reported = await saveSession(db, main!, null, session(mainCoop.id, 0, 1, '纳溪特早茶返场'));
  for (const e of ['schedule', 'go_live', 'end']) await transitionSession(db, main!, reported.id, e, null);
  await reportSession(deps, main!, reported.id, [{ productId: p(0).id, unitsSold: 486, gmvFen: 486 * p(0).retail_price_fen, unitsRefunded: 9, complaints: 1 }]);
  const cancelledSession = await saveSession(db, main!, null, session(mainCoop.id, 0, 9, '周末加场'));
  await transitionSession(db, main!, cancelledSession.id, 'cancel', '与合江荔枝专场时间冲突，改期');
  return true;
}
