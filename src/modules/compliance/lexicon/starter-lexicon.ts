import type { LexiconEntry } from '../checker/lexicon-entry.js';
import { CLAIM_TERMS } from './claim-terms.js';
import { CONDUCT_TERMS } from './conduct-terms.js';


/**
 * The starter lexicon shipped with the code (version "starter"), written for LiveBase from the
 * statutes and the 2023 guidance on absolute terms — not copied from "违禁词" lists. Base staff edit
 * and version it from here on.
 *
 * How to read an entry:
 * - severity: must_fix where the law forbids the wording outright (absolute claims, curative claims
 *   for ordinary food, false price claims, faked sales data, state-organ names, tobacco ads, smearing
 *   competitors); caution where it depends on facts the streamer may be able to prove (限量, 独家,
 *   首选, 原价, 出厂价) or on context.
 * - clause: the 《主播公约》 clause — 1 遵守法律法规, 2 不诋毁攻击他人, 3 反对流量至上畸形审美,
 *   4 不偷税漏税, 5 真实宣传不夸大, 6 食品不宣称疗效, 7 明码标价不欺诈, 8 不使用国家机关名义,
 *   9 不宣扬迷信, 10 不推广烟草, 11 文明用语.
 * - allowIn: longer words around the term that are not a claim. They follow the exemptions of
 *   《广告绝对化用语执法指南》(2023): time and order facts (第一次, 第一批), usage and storage tips
 *   (最佳食用期, 最好冷藏), grades set by standards (特级, 一级 — therefore not terms at all),
 *   official titles and awards (国家级非物质文化遗产), product names (万能胶), plus ordinary words
 *   that merely contain the term (治愈系, 转运中心, 去火锅店, 巴氏杀菌).
 * - negationWindow: a negation word (the checker's list) within that many characters before the
 *   claim undoes it (不能治疗, 并非药品, 不刷单, 不销售烟草制品).
 *
 * Terms are written in simplified Chinese without spaces or doubled characters: the checker folds
 * traditional, full-width, spaced and repeated forms onto them. Symbols are noise to the checker
 * except %, and digits never collapse, so 100% is a term of its own beside 百分百 and 百分之百. Latin and
 * digit terms (no1, top1, 第1名) rely on the checker ignoring a match that runs on into more
 * letters or digits (NO.10, 第10名).
 */

export const STARTER_LEXICON: LexiconEntry[] = [...CLAIM_TERMS, ...CONDUCT_TERMS];
