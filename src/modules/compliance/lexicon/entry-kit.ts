import type { Category, LexiconEntry, Severity } from '../checker/lexicon-entry.js';

/** What the starter lexicon's entries are written with: legal bases, one maker per category, shared exemptions. */
export type Extra = Partial<Pick<LexiconEntry, 'allowIn' | 'negationWindow' | 'basis' | 'clause'>>;

export const M: Severity = 'must_fix';
export const C: Severity = 'caution';

// ── Legal bases ─────────────────────────────────────────────────────────────────────────────
export const AD_ABSOLUTE = '《广告法》(2021修正)第九条第（三）项；《广告绝对化用语执法指南》(2023)';
export const TRADEMARK = '《商标法》(2019修正)第十四条第五款';
export const MEDICAL = '《广告法》(2021修正)第十七条；《食品安全法》第七十三条';
export const MEDICAL_ENDORSE = '《广告法》(2021修正)第十七条、第二十八条；《食品安全法》第七十三条';
export const PRICE = '《明码标价和禁止价格欺诈规定》(2022)第十九条；《价格法》第十四条第（四）项';
export const PRICE_ABSOLUTE = `${PRICE}；《广告法》(2021修正)第九条第（三）项`;
export const PRICE_GOVERNMENT = '《明码标价和禁止价格欺诈规定》(2022)第十九条第（一）项';
export const PRICE_PROMISE = '《明码标价和禁止价格欺诈规定》(2022)第十九条第（五）项';
export const PRICE_CONDITIONS = '《明码标价和禁止价格欺诈规定》(2022)第十九条第（六）项';
export const DEFAMATION = '《反不正当竞争法》(2019修正)第十一条；《广告法》(2021修正)第十三条；《网络直播营销管理办法（试行）》(2021)第十八条第（六）项';
export const VULGAR_SEXUAL = '《广告法》(2021修正)第九条第（八）项；《网络直播营销管理办法（试行）》(2021)第十八条第（一）项；《网络主播行为规范》(2022)第十四条第（十八）项';
export const VULGAR_INNUENDO = '《网络直播营销管理办法（试行）》(2021)第十八条第（一）项；《网络主播行为规范》(2022)第十四条第（十八）项';
export const VULGAR_AESTHETIC = '《网络主播行为规范》(2022)（反对流量至上、畸形审美）；《网络直播营销管理办法（试行）》(2021)第十八条第（一）项';
export const VULGAR_MILD = '《网络主播行为规范》(2022)（摒弃低俗、庸俗、媚俗）；《广告法》(2021修正)第九条第（七）项（违背社会良好风尚）';
export const VULGAR_INSULT = '《网络直播营销管理办法（试行）》(2021)第十八条第（六）项；《网络主播行为规范》(2022)第十四条第（二十四）项';
export const SCARCITY = '《反不正当竞争法》(2019修正)第八条第一款；《广告法》(2021修正)第二十八条；《网络直播营销管理办法（试行）》(2021)第十八条第（二）项';
export const FAKE_DATA = '《电子商务法》第十七条；《反不正当竞争法》(2019修正)第八条；《网络直播营销管理办法（试行）》(2021)第十八条第（四）项';
export const HIDE_REVIEWS = '《网络直播营销管理办法（试行）》(2021)第二十一条；《电子商务法》第十七条';
export const SPECIAL = '《广告法》(2021修正)第九条第（二）项、第二十八条';
export const SPECIAL_MEDIA = '《广告法》(2021修正)第二十八条；《反不正当竞争法》(2019修正)第八条';
export const SUPERSTITION = '《广告法》(2021修正)第九条第（八）项；《网络主播行为规范》(2022)第十四条第（二十一）项';
export const TOBACCO = '《广告法》(2021修正)第二十二条；《网络主播行为规范》(2022)第十四条第（二十六）项（未经许可直播销售专卖物品）';
export const E_CIGARETTE = `${TOBACCO}；《烟草专卖法实施条例》第六十五条（电子烟参照卷烟管理）`;

export function maker(category: Category, clause: number, basis: string) {
  return (term: string, severity: Severity, why: string, suggestion: string, extra: Extra = {}): LexiconEntry => ({
    term,
    category,
    severity,
    clause,
    basis,
    why,
    suggestion,
    ...extra,
  });
}

export const absolute = maker('absolute', 5, AD_ABSOLUTE);
export const medical = maker('medical', 6, MEDICAL);
export const price = maker('price', 7, PRICE);
export const defamation = maker('defamation', 2, DEFAMATION);
export const vulgar = maker('vulgar', 3, VULGAR_SEXUAL);
export const scarcity = maker('scarcity', 5, SCARCITY);
export const special = maker('special', 8, SPECIAL);
export const superstition = maker('superstition', 9, SUPERSTITION);
export const tobacco = maker('tobacco', 10, TOBACCO);

/** Negation window for health claims: 不能治疗, 不具有治疗作用, 没有任何治疗作用. */
export const NEG_MED = 4;
/** Shorter window for nouns a streamer may deny: 不卖假货, 不刷单, 不是骗子. */
export const NEG_SHORT = 3;

// Shared exemptions.
export const FIRST_ORDER = [
  '第一次', '第一时间', '第一批', '第一步', '第一天', '第一口', '第一季', '第一个', '第一款', '第一件', '第一单',
  '第一波', '第一轮', '第一期', '第一届', '第一场', '第一眼', '第一年', '第一遍', '第一道', '第一站', '第一排',
  '第一茬', '第一书记', '第一产业', '第一线',
];
export const AFTER_FIRST = (prefix: string) => ['批', '次', '届', '个'].map((s) => `${prefix}第一${s}`);
export const OFFICIAL_NATIONAL_TITLES = [
  '国家级非物质文化遗产', '国家级非遗', '国家级地理标志', '国家级贫困县', '国家级自然保护区', '国家级风景名胜区',
  '国家级森林公园', '国家级湿地公园', '国家级龙头企业', '国家级重点龙头企业', '国家级农业产业化', '国家级现代农业产业园',
  '国家级示范社', '国家级示范合作社', '国家级高新技术企业',
];
export const COMPOSITION = (hundred: string) =>
  ['纯棉', '棉', '羊毛', '真丝', '桑蚕丝', '蚕丝', '果汁', '纯果汁', '纯羊毛'].map((m) => `${hundred}${m}`);
