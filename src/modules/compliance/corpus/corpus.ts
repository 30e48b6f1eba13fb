import type { Category } from '../checker/lexicon-entry.js';
import { EVASION_CASES } from './evasion-cases.js';
import { TRAP_CASES } from './trap-cases.js';
import { CLAIM_CASES } from './claim-cases.js';
import { CONDUCT_CASES } from './conduct-cases.js';
import { RESTRICTED_CASES } from './restricted-cases.js';

/**
 * The labelled corpus the compliance checker is measured on (precision and recall per category,
 * see evaluate.ts). Lines a Sichuan rural-products streamer would say or write.
 *
 * Labels are what a careful regulator would flag, not what a word list happens to match:
 * - absolute: 《广告法》第九条第（三）项 — 最/第一/顶级/唯一/国家级/绝对/100% about the product's quality;
 *   not the 时空顺序 words (最近, 第一次, 第一批), storage tips (最好冷藏, 最佳食用期), grades set by
 *   standards (特级, 一级, 一等品), self-comparison, named awards and official titles
 *   (《广告绝对化用语执法指南》第四条).
 * - medical: 《广告法》第十七条, 《食品安全法》第七十三条 — disease, cure and health-function claims for
 *   ordinary food; not a claim that is denied (不能治疗任何疾病) or a plain warning (糖尿病人少吃).
 * - price: 《明码标价和禁止价格欺诈规定》— 最低价 claims, invented 原价/市场价, invented reasons for a low
 *   price (亏本, 跳楼), 谎称将要提价 or 政府定价; not a plainly stated price.
 * - defamation: 《反不正当竞争法》第十一条, 《广告法》第十三条 — smearing other sellers or their goods.
 * - vulgar: 《网络直播营销管理办法（试行）》, 《网络主播行为规范》 — swearing, insults, innuendo.
 * - scarcity: 《反不正当竞争法》第八条, 《网络直播营销管理办法（试行）》第十八条 — invented sales figures
 *   and heat, invented scarcity; not honest limits, seasons and stock stated as facts.
 * - special: 《广告法》第九条第（二）项 — 特供/专供/国宴, state organs' and officials' names.
 * - superstition: 《广告法》第九条第（八）项 — 开光, 转运, 招财, 辟邪…; not customary greetings.
 * - tobacco: 《广告法》第二十二条 — advertising tobacco products in any form.
 *
 * `expected[].text` is the exact substring as written (evasions included, from the first to the
 * last character of the term); ids: abs/med/pri/def/vul/sca/spe/sup/tob = violations (2+ findings
 * may span categories), eva = evasions, trap = must not be flagged.
 */
export interface CorpusCase {
  id: string;
  text: string;
  expected: { text: string; category: Category }[];
  note?: string;
}


export const CORPUS: CorpusCase[] = [...CLAIM_CASES, ...CONDUCT_CASES, ...RESTRICTED_CASES, ...EVASION_CASES, ...TRAP_CASES];
