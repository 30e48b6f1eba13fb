import type { Category } from '../checker/lexicon-entry.js';

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

export const CORPUS: CorpusCase[] = [
  // ───────────────────────────── absolute ─────────────────────────────
  {
    id: 'abs-001',
    text: '家人们，这是全网最好吃的腊肉，不好吃你来找我！',
    expected: [{ text: '全网最好吃', category: 'absolute' }],
  },
  {
    id: 'abs-002',
    text: '纳溪特早茶，品质全国第一，喝过的都说巴适。',
    expected: [{ text: '全国第一', category: 'absolute' }],
  },
  {
    id: 'abs-003',
    text: '合江荔枝里头，我们家的带绿是最正宗的。',
    expected: [{ text: '最正宗', category: 'absolute' }],
  },
  {
    id: 'abs-004',
    text: '顶级灯影牛肉，薄得能透光，一口下去满嘴香。',
    expected: [{ text: '顶级', category: 'absolute' }],
  },
  {
    id: 'abs-005',
    text: '这个柚子绝对是你今年吃过最甜的。',
    expected: [
      { text: '绝对', category: 'absolute' },
      { text: '最甜', category: 'absolute' },
    ],
    note: 'two absolute terms in one line',
  },
  {
    id: 'abs-006',
    text: '100%纯手工桃花米，一粒一粒都是精挑细选的。',
    expected: [{ text: '100%', category: 'absolute' }],
  },
  {
    id: 'abs-007',
    text: '这是世界上唯一一款用柏树枝熏够六十天的腊肉。',
    expected: [{ text: '世界上唯一', category: 'absolute' }],
  },
  {
    id: 'abs-008',
    text: '国家级品质的柑橘，今天直播间给大家安排上。',
    expected: [{ text: '国家级', category: 'absolute' }],
    note: '国家级 as a quality claim, not an official title',
  },
  {
    id: 'abs-009',
    text: '我们家的晚熟柑橘销量第一，好评第一。',
    expected: [
      { text: '销量第一', category: 'absolute' },
      { text: '好评第一', category: 'absolute' },
    ],
  },
  {
    id: 'abs-010',
    text: '吃过这么多腊肠，还是我们家的口感最佳。',
    expected: [{ text: '口感最佳', category: 'absolute' }],
  },
  {
    id: 'abs-011',
    text: '这款红心猕猴桃，史无前例的甜。',
    expected: [{ text: '史无前例', category: 'absolute' }],
  },
  {
    id: 'abs-012',
    text: '这是最高级的安岳柠檬，汁水特别多。',
    expected: [{ text: '最高级', category: 'absolute' }],
  },
  {
    id: 'abs-013',
    text: '汉源花椒，我们家的麻得最地道，没有之一。',
    expected: [
      { text: '最地道', category: 'absolute' },
      { text: '没有之一', category: 'absolute' },
    ],
  },
  {
    id: 'abs-014',
    text: '通江银耳里头，品质最好的就是我们这款。',
    expected: [{ text: '品质最好', category: 'absolute' }],
  },
  {
    id: 'abs-015',
    text: '桃花米煮出来香得很，是全世界最香的米。',
    expected: [{ text: '全世界最香', category: 'absolute' }],
  },
  {
    id: 'abs-016',
    text: '我们这个腊肉是永久保鲜的，放好久都不得坏。',
    expected: [{ text: '永久保鲜', category: 'absolute' }],
  },
  {
    id: 'abs-017',
    text: '不是最好的我们不卖，所以这箱丹棱不知火你放心拍。',
    expected: [{ text: '最好', category: 'absolute' }],
    note: 'the 不 before 最好 does not deny the claim: it still says the product is the best',
  },
  {
    id: 'abs-018',
    text: '别家的腊肠都是假货，我们家是全网唯一正宗的。',
    expected: [
      { text: '别家的腊肠都是假货', category: 'defamation' },
      { text: '全网唯一', category: 'absolute' },
    ],
    note: 'smear plus absolute claim',
  },

  // ───────────────────────────── medical ─────────────────────────────
  {
    id: 'med-001',
    text: '这个柚子吃了能降血压，家里有老人的一定要买。',
    expected: [{ text: '降血压', category: 'medical' }],
  },
  {
    id: 'med-002',
    text: '苍溪雪梨炖川贝，润肺止咳，娃娃咳嗽吃两天就好了。',
    expected: [
      { text: '润肺止咳', category: 'medical' },
      { text: '咳嗽吃两天就好了', category: 'medical' },
    ],
  },
  {
    id: 'med-003',
    text: '纳溪特早茶喝了能降血脂、降血糖，比吃药还管用。',
    expected: [
      { text: '降血脂', category: 'medical' },
      { text: '降血糖', category: 'medical' },
      { text: '比吃药还管用', category: 'medical' },
    ],
  },
  {
    id: 'med-004',
    text: '每天吃几片灯影牛肉，能抗癌。',
    expected: [{ text: '抗癌', category: 'medical' }],
  },
  {
    id: 'med-005',
    text: '我们的花椒油可以治疗风湿，老家的人都这么用。',
    expected: [{ text: '治疗风湿', category: 'medical' }],
  },
  {
    id: 'med-006',
    text: '柑橘皮晒干泡水喝，消炎杀菌。',
    expected: [{ text: '消炎杀菌', category: 'medical' }],
  },
  {
    id: 'med-007',
    text: '这个银耳汤增强免疫力，一家老小都适合。',
    expected: [{ text: '增强免疫力', category: 'medical' }],
    note: 'health-function claim for ordinary food',
  },
  {
    id: 'med-008',
    text: '虽然不是药，但是吃了能治失眠。',
    expected: [{ text: '治失眠', category: 'medical' }],
    note: 'a negation nearby (不是药) does not undo the claim that follows',
  },
  {
    id: 'med-009',
    text: '有了它就不用再吃降压药，每天两个柚子就能降血压。',
    expected: [
      { text: '不用再吃降压药', category: 'medical' },
      { text: '降血压', category: 'medical' },
    ],
    note: 'replacing medicine is itself a claim; 不用 before it is not a denial',
  },
  {
    id: 'med-010',
    text: '安岳柠檬泡水，美白淡斑还能排毒。',
    expected: [
      { text: '美白淡斑', category: 'medical' },
      { text: '排毒', category: 'medical' },
    ],
  },
  {
    id: 'med-011',
    text: '这款雅安藏茶能根治痛风。',
    expected: [{ text: '根治痛风', category: 'medical' }],
  },
  {
    id: 'med-012',
    text: '山里的老蜂蜜专治胃病，家里常备一瓶。',
    expected: [{ text: '专治胃病', category: 'medical' }],
  },
  {
    id: 'med-013',
    text: '柑橘维C多，多吃能预防感冒。',
    expected: [{ text: '预防感冒', category: 'medical' }],
  },
  {
    id: 'med-014',
    text: '我们的通江银耳有很高的药用价值。',
    expected: [{ text: '药用价值', category: 'medical' }],
    note: 'makes ordinary food sound like a medicine',
  },
  {
    id: 'med-015',
    text: '汉源花椒祛风除湿，还能治疗关节痛。',
    expected: [
      { text: '祛风除湿', category: 'medical' },
      { text: '治疗关节痛', category: 'medical' },
    ],
  },
  {
    id: 'med-016',
    text: '糖尿病人喝这个茶可以辅助治疗。',
    expected: [{ text: '辅助治疗', category: 'medical' }],
  },
  {
    id: 'med-017',
    text: '这是最好的降血糖水果，糖尿病人天天吃都没得事。',
    expected: [
      { text: '最好', category: 'absolute' },
      { text: '降血糖', category: 'medical' },
    ],
  },
  {
    id: 'med-018',
    text: '这个柚子特别能降血压。',
    expected: [{ text: '降血压', category: 'medical' }],
    note: '特别 contains 别, which is not a negation here',
  },
  {
    id: 'med-019',
    text: '没想到吃柚子还能降血糖，我妈吃了一个月。',
    expected: [{ text: '降血糖', category: 'medical' }],
    note: '没想到 is not a denial',
  },
  {
    id: 'med-020',
    text: '荔枝不仅好吃，还能治贫血。',
    expected: [{ text: '治贫血', category: 'medical' }],
    note: '不仅 is not a denial',
  },
  {
    id: 'med-021',
    text: '血橙非常适合三高人群，能降血脂。',
    expected: [{ text: '降血脂', category: 'medical' }],
    note: '非常 contains 非, which is not a negation here',
  },
  {
    id: 'med-022',
    text: '家人们看过来，这是我们纳溪自己的特早茶，今年第一批，明前采的。喝了能降血脂，比吃药还管用，全网最低价只要39！',
    expected: [
      { text: '降血脂', category: 'medical' },
      { text: '比吃药还管用', category: 'medical' },
      { text: '全网最低价', category: 'price' },
    ],
    note: 'paragraph; 第一批 must not be flagged',
  },

  // ───────────────────────────── price ─────────────────────────────
  {
    id: 'pri-001',
    text: '今天直播间全网最低价，家人们放心拍！',
    expected: [{ text: '全网最低价', category: 'price' }],
  },
  {
    id: 'pri-002',
    text: '这个价格是史上最低价，老板都哭了。',
    expected: [{ text: '史上最低价', category: 'price' }],
  },
  {
    id: 'pri-003',
    text: '原价298元一盒的纳溪特早茶，今天只要9.9元！',
    expected: [{ text: '原价298元', category: 'price' }],
    note: '虚构原价: a 97% cut with no seven-day transaction price behind it',
  },
  {
    id: 'pri-004',
    text: '亏本价清仓，腊肠每斤只要19块。',
    expected: [{ text: '亏本价', category: 'price' }],
    note: '虚构降价原因',
  },
  {
    id: 'pri-005',
    text: '跳楼价！合江荔枝5斤只要39！',
    expected: [{ text: '跳楼价', category: 'price' }],
  },
  {
    id: 'pri-006',
    text: '这个是政府指导价，全县的腊肉都是这个价。',
    expected: [{ text: '政府指导价', category: 'price' }],
    note: '谎称政府指导价',
  },
  {
    id: 'pri-007',
    text: '明天就涨价了，今天不拍就亏了。',
    expected: [{ text: '明天就涨价', category: 'price' }],
    note: '谎称将要提价',
  },
  {
    id: 'pri-008',
    text: '这个价格全网最低，找到更便宜的我给你退差价。',
    expected: [{ text: '全网最低', category: 'price' }],
  },
  {
    id: 'pri-009',
    text: '成本价都不到，纯粹是赔本赚吆喝。',
    expected: [
      { text: '成本价都不到', category: 'price' },
      { text: '赔本赚吆喝', category: 'price' },
    ],
  },
  {
    id: 'pri-010',
    text: '市场价128的灯影牛肉，直播间只要19.9。',
    expected: [{ text: '市场价128', category: 'price' }],
    note: '虚构比较价格',
  },
  {
    id: 'pri-011',
    text: '吐血价，柚子一块钱一斤！',
    expected: [{ text: '吐血价', category: 'price' }],
  },
  {
    id: 'pri-012',
    text: '今天是全年最低价，家人们冲！',
    expected: [{ text: '全年最低价', category: 'price' }],
  },
  {
    id: 'pri-013',
    text: '全国最便宜的桃花米就在我们直播间。',
    expected: [{ text: '全国最便宜', category: 'price' }],
  },
  {
    id: 'pri-014',
    text: '全网最低价的灯影牛肉，品质全国第一！',
    expected: [
      { text: '全网最低价', category: 'price' },
      { text: '全国第一', category: 'absolute' },
    ],
  },
  {
    id: 'pri-015',
    text: '全网疯抢，全网最低价，卖完马上恢复原价198。',
    expected: [
      { text: '全网疯抢', category: 'scarcity' },
      { text: '全网最低价', category: 'price' },
      { text: '恢复原价198', category: 'price' },
    ],
    note: 'three findings, two categories',
  },
  {
    id: 'pri-016',
    text: '最低价给到大家，腊肉38一斤。',
    expected: [{ text: '最低价', category: 'price' }],
  },

  // ───────────────────────────── defamation ─────────────────────────────
  {
    id: 'def-001',
    text: '别家的腊肉都是色素泡的，我们是柏树枝慢慢熏的。',
    expected: [{ text: '别家的腊肉都是色素泡的', category: 'defamation' }],
  },
  {
    id: 'def-002',
    text: '隔壁直播间的荔枝都是冒充的，根本不是合江的。',
    expected: [{ text: '隔壁直播间的荔枝都是冒充的', category: 'defamation' }],
  },
  {
    id: 'def-003',
    text: '老李家的柚子又酸又烂，千万莫买他家的。',
    expected: [
      { text: '老李家的柚子又酸又烂', category: 'defamation' },
      { text: '千万莫买他家的', category: 'defamation' },
    ],
  },
  {
    id: 'def-004',
    text: '其他主播都是骗子，只会割韭菜。',
    expected: [
      { text: '其他主播都是骗子', category: 'defamation' },
      { text: '只会割韭菜', category: 'defamation' },
    ],
  },
  {
    id: 'def-005',
    text: '外面卖的灯影牛肉都是猪肉冒充的。',
    expected: [{ text: '外面卖的灯影牛肉都是猪肉冒充的', category: 'defamation' }],
  },
  {
    id: 'def-006',
    text: '超市里的柑橘都是打了激素催熟的，吃了对身体不好。',
    expected: [{ text: '超市里的柑橘都是打了激素催熟的', category: 'defamation' }],
  },
  {
    id: 'def-007',
    text: '那些9块9的茶叶全是垃圾，喝了伤胃。',
    expected: [{ text: '那些9块9的茶叶全是垃圾', category: 'defamation' }],
  },
  {
    id: 'def-008',
    text: '网上那些便宜腊肠都是死猪肉做的。',
    expected: [{ text: '网上那些便宜腊肠都是死猪肉做的', category: 'defamation' }],
  },
  {
    id: 'def-009',
    text: '他们家用的是科技与狠活，我们是老办法做的。',
    expected: [{ text: '他们家用的是科技与狠活', category: 'defamation' }],
  },
  {
    id: 'def-010',
    text: '红太阳牌猕猴桃都是膨大剂泡大的，我们从来不用。',
    expected: [{ text: '红太阳牌猕猴桃都是膨大剂泡大的', category: 'defamation' }],
    note: 'names a competitor brand (fictional)',
  },
  {
    id: 'def-011',
    text: '同行卖的都是假货，大家擦亮眼睛。',
    expected: [{ text: '同行卖的都是假货', category: 'defamation' }],
  },
  {
    id: 'def-012',
    text: '那个网红主播卖的荔枝全是坏果，坑了好多人。',
    expected: [
      { text: '那个网红主播卖的荔枝全是坏果', category: 'defamation' },
      { text: '坑了好多人', category: 'defamation' },
    ],
  },
  {
    id: 'def-013',
    text: '别家的特早茶是陈茶翻新的，黑心得很。',
    expected: [
      { text: '别家的特早茶是陈茶翻新的', category: 'defamation' },
      { text: '黑心得很', category: 'defamation' },
    ],
  },

  // ───────────────────────────── vulgar ─────────────────────────────
  {
    id: 'vul-001',
    text: '卧槽，这腊肉也太香了吧！',
    expected: [{ text: '卧槽', category: 'vulgar' }],
  },
  {
    id: 'vul-002',
    text: '他妈的，这个柚子甜得不得了！',
    expected: [{ text: '他妈的', category: 'vulgar' }],
  },
  {
    id: 'vul-003',
    text: '这个灯影牛肉真的牛逼，老铁们冲！',
    expected: [{ text: '牛逼', category: 'vulgar' }],
  },
  {
    id: 'vul-004',
    text: '你懂个锤子，我们家的腊肠是自己灌的。',
    expected: [{ text: '懂个锤子', category: 'vulgar' }],
    note: 'Sichuan vulgar 锤子; compare the hammer in the traps',
  },
  {
    id: 'vul-005',
    text: '龟儿子些，还不赶紧下单！',
    expected: [{ text: '龟儿子', category: 'vulgar' }],
  },
  {
    id: 'vul-006',
    text: '一群瓜娃子，这么便宜都不晓得拍。',
    expected: [{ text: '瓜娃子', category: 'vulgar' }],
    note: 'insulting viewers',
  },
  {
    id: 'vul-007',
    text: '这根腊肠又粗又长，姐妹们懂的都懂。',
    expected: [{ text: '又粗又长', category: 'vulgar' }],
    note: 'sexual innuendo',
  },
  {
    id: 'vul-008',
    text: '喊你拍你就拍，傻逼才不拍。',
    expected: [{ text: '傻逼', category: 'vulgar' }],
  },
  {
    id: 'vul-009',
    text: '日你仙人板板，这个价格我都心痛。',
    expected: [{ text: '日你仙人板板', category: 'vulgar' }],
  },
  {
    id: 'vul-010',
    text: '屌丝也吃得起的好腊肉。',
    expected: [{ text: '屌丝', category: 'vulgar' }],
  },
  {
    id: 'vul-011',
    text: '哈批才去别个那里买。',
    expected: [{ text: '哈批', category: 'vulgar' }],
  },
  {
    id: 'vul-012',
    text: '主播今天穿得骚不骚？点个赞就告诉你。',
    expected: [{ text: '骚不骚', category: 'vulgar' }],
  },
  {
    id: 'vul-013',
    text: '尼玛，这价格也太低了吧！',
    expected: [{ text: '尼玛', category: 'vulgar' }],
    note: 'compare the Tibetan name 尼玛 in the traps',
  },
  {
    id: 'vul-014',
    text: '隔壁那个龟儿子卖的都是假货。',
    expected: [
      { text: '龟儿子', category: 'vulgar' },
      { text: '卖的都是假货', category: 'defamation' },
    ],
  },

  // ───────────────────────────── scarcity / fake data ─────────────────────────────
  {
    id: 'sca-001',
    text: '全网疯抢的合江荔枝，今天终于抢到货了！',
    expected: [{ text: '全网疯抢', category: 'scarcity' }],
  },
  {
    id: 'sca-002',
    text: '这款腊肠上架三秒就秒光了，家人们手慢无！',
    expected: [
      { text: '秒光', category: 'scarcity' },
      { text: '手慢无', category: 'scarcity' },
    ],
  },
  {
    id: 'sca-003',
    text: '库存告急！仅剩最后3单！',
    expected: [
      { text: '库存告急', category: 'scarcity' },
      { text: '仅剩最后3单', category: 'scarcity' },
    ],
    note: 'invented countdown; compare the plain stock figure in the traps',
  },
  {
    id: 'sca-004',
    text: '这批腊肉卖完以后再也买不到了，赶紧囤。',
    expected: [{ text: '再也买不到了', category: 'scarcity' }],
    note: 'made every winter: false scarcity',
  },
  {
    id: 'sca-005',
    text: '我们的柚子已经卖了一百万单，全网销量遥遥领先。',
    expected: [
      { text: '卖了一百万单', category: 'scarcity' },
      { text: '全网销量遥遥领先', category: 'scarcity' },
    ],
    note: 'invented sales figures (反不正当竞争法第八条)',
  },
  {
    id: 'sca-006',
    text: '直播间十万人在抢，马上就没了！',
    expected: [
      { text: '十万人在抢', category: 'scarcity' },
      { text: '马上就没了', category: 'scarcity' },
    ],
  },
  {
    id: 'sca-007',
    text: '今天这个福利仅此一次，错过再等一年。',
    expected: [
      { text: '仅此一次', category: 'scarcity' },
      { text: '错过再等一年', category: 'scarcity' },
    ],
  },
  {
    id: 'sca-008',
    text: '纳溪特早茶被抢疯了，大家抓紧。',
    expected: [{ text: '抢疯了', category: 'scarcity' }],
  },
  {
    id: 'sca-009',
    text: '万人抢购的灯影牛肉，今天又补了一点点货。',
    expected: [{ text: '万人抢购', category: 'scarcity' }],
  },
  {
    id: 'sca-010',
    text: '好评几十万条，回购率99%！',
    expected: [
      { text: '好评几十万条', category: 'scarcity' },
      { text: '回购率99%', category: 'scarcity' },
    ],
    note: 'invented review and repurchase data',
  },
  {
    id: 'sca-011',
    text: '这款腊肠已经断货三次了，全网都在抢。',
    expected: [
      { text: '已经断货三次了', category: 'scarcity' },
      { text: '全网都在抢', category: 'scarcity' },
    ],
  },
  {
    id: 'sca-012',
    text: '这是最后一波库存，抢完就下架，再也不上了。',
    expected: [
      { text: '最后一波', category: 'scarcity' },
      { text: '再也不上了', category: 'scarcity' },
    ],
  },

  // ───────────────────────────── special (特供专供, state organs) ─────────────────────────────
  {
    id: 'spe-001',
    text: '这款腊肉是国宴特供，一般人吃不到。',
    expected: [{ text: '国宴特供', category: 'special' }],
  },
  {
    id: 'spe-002',
    text: '人民大会堂专供的纳溪特早茶，今天上链接。',
    expected: [{ text: '人民大会堂专供', category: 'special' }],
  },
  {
    id: 'spe-003',
    text: '中南海特供的灯影牛肉，今天直播间也能买到。',
    expected: [{ text: '中南海特供', category: 'special' }],
  },
  {
    id: 'spe-004',
    text: '部队特供的桃花米，品质有保障。',
    expected: [{ text: '部队特供', category: 'special' }],
  },
  {
    id: 'spe-005',
    text: '这是农业农村部推荐的柑橘品种，大家放心买。',
    expected: [{ text: '农业农村部推荐', category: 'special' }],
    note: 'a state organ\'s name used to vouch for the product',
  },
  {
    id: 'spe-006',
    text: '县长代言的柚子，今天直播间特价。',
    expected: [{ text: '县长代言', category: 'special' }],
    note: 'an official\'s name in a commercial endorsement',
  },
  {
    id: 'spe-007',
    text: '这是政府指定的腊肠，品质有保证。',
    expected: [{ text: '政府指定', category: 'special' }],
  },
  {
    id: 'spe-008',
    text: '国宴级的合江荔枝，果肉像玻璃一样透。',
    expected: [{ text: '国宴级', category: 'special' }],
  },
  {
    id: 'spe-009',
    text: '机关食堂专供的腊肠，今天拿出来给大家。',
    expected: [{ text: '机关食堂专供', category: 'special' }],
  },
  {
    id: 'spe-010',
    text: '这个茶是领导人喝的，两会专供。',
    expected: [
      { text: '领导人喝的', category: 'special' },
      { text: '两会专供', category: 'special' },
    ],
  },
  {
    id: 'spe-011',
    text: '省委招待所指定用米，就是这款桃花米。',
    expected: [{ text: '省委招待所指定用米', category: 'special' }],
  },
  {
    id: 'spe-012',
    text: '军供品质的牦牛肉干，嚼劲十足。',
    expected: [{ text: '军供', category: 'special' }],
  },
  {
    id: 'spe-013',
    text: '国宴特供的腊肉，今天史上最低价。',
    expected: [
      { text: '国宴特供', category: 'special' },
      { text: '史上最低价', category: 'price' },
    ],
  },

  // ───────────────────────────── superstition ─────────────────────────────
  {
    id: 'sup-001',
    text: '这盒柑橘是开过光的，送人大吉大利。',
    expected: [{ text: '开过光', category: 'superstition' }],
    note: '大吉大利 alone is a customary greeting',
  },
  {
    id: 'sup-002',
    text: '吃了我们的柚子能转运，今年不顺的家人们赶紧来一箱。',
    expected: [{ text: '能转运', category: 'superstition' }],
  },
  {
    id: 'sup-003',
    text: '这串腊肉挂在门口能辟邪镇宅。',
    expected: [{ text: '辟邪镇宅', category: 'superstition' }],
  },
  {
    id: 'sup-004',
    text: '大师加持过的纳溪特早茶，喝了保佑全家平安。',
    expected: [
      { text: '大师加持', category: 'superstition' },
      { text: '保佑全家平安', category: 'superstition' },
    ],
  },
  {
    id: 'sup-005',
    text: '本命年的朋友吃这个红心猕猴桃可以化太岁。',
    expected: [{ text: '化太岁', category: 'superstition' }],
  },
  {
    id: 'sup-006',
    text: '风水先生说了，客厅摆一盆柑橘能招财。',
    expected: [
      { text: '风水先生', category: 'superstition' },
      { text: '能招财', category: 'superstition' },
    ],
  },
  {
    id: 'sup-007',
    text: '按生辰八字挑的柚子，旺你全家。',
    expected: [
      { text: '生辰八字', category: 'superstition' },
      { text: '旺你全家', category: 'superstition' },
    ],
  },
  {
    id: 'sup-008',
    text: '这款荔枝吃了包生儿子。',
    expected: [{ text: '包生儿子', category: 'superstition' }],
  },
  {
    id: 'sup-009',
    text: '这块腊肉摆在家里能聚财，挂满一年保你不缺钱。',
    expected: [
      { text: '能聚财', category: 'superstition' },
      { text: '保你不缺钱', category: 'superstition' },
    ],
  },
  {
    id: 'sup-010',
    text: '喝了这杯开运茶，霉运全消。',
    expected: [
      { text: '开运茶', category: 'superstition' },
      { text: '霉运全消', category: 'superstition' },
    ],
  },
  {
    id: 'sup-011',
    text: '桃花米，名字带桃花，吃了招桃花，单身的赶紧买。',
    expected: [{ text: '招桃花', category: 'superstition' }],
  },
  {
    id: 'sup-012',
    text: '买柚子送转运符，消灾避祸。',
    expected: [
      { text: '转运符', category: 'superstition' },
      { text: '消灾避祸', category: 'superstition' },
    ],
  },
  {
    id: 'sup-013',
    text: '开过光的茶，喝了百病不侵。',
    expected: [
      { text: '开过光', category: 'superstition' },
      { text: '百病不侵', category: 'medical' },
    ],
  },

  // ───────────────────────────── tobacco ─────────────────────────────
  {
    id: 'tob-001',
    text: '家里老汉最爱的叶子烟，今天也给大家上一点。',
    expected: [{ text: '叶子烟', category: 'tobacco' }],
    note: '最爱 is the father\'s taste, not a product claim',
  },
  {
    id: 'tob-002',
    text: '什邡雪茄配纳溪特早茶，巴适得很。',
    expected: [{ text: '什邡雪茄', category: 'tobacco' }],
  },
  {
    id: 'tob-003',
    text: '拍腊肉送香烟，过年走亲戚有面子。',
    expected: [{ text: '香烟', category: 'tobacco' }],
  },
  {
    id: 'tob-004',
    text: '这款电子烟是柑橘味的，跟我们的柑橘一个味道。',
    expected: [{ text: '电子烟', category: 'tobacco' }],
  },
  {
    id: 'tob-005',
    text: '老烟民都晓得，我们这的晒烟丝最香。',
    expected: [
      { text: '晒烟丝', category: 'tobacco' },
      { text: '最香', category: 'absolute' },
    ],
  },
  {
    id: 'tob-006',
    text: '吃完灯影牛肉，来一支烟，神仙日子。',
    expected: [{ text: '来一支烟', category: 'tobacco' }],
  },
  {
    id: 'tob-007',
    text: '买两斤茶叶送一包卷烟。',
    expected: [{ text: '卷烟', category: 'tobacco' }],
  },
  {
    id: 'tob-008',
    text: '我们村的烟叶是自己种的，晒干了卷起来抽，香得很。',
    expected: [{ text: '烟叶', category: 'tobacco' }],
    note: 'promotes tobacco leaf for smoking; compare the trap about no longer growing it',
  },
  {
    id: 'tob-009',
    text: '直播间上新：手工雪茄，一盒十支。',
    expected: [{ text: '手工雪茄', category: 'tobacco' }],
  },
  {
    id: 'tob-010',
    text: '这个荔枝味的烟弹，年轻人都在抽。',
    expected: [{ text: '烟弹', category: 'tobacco' }],
  },
  {
    id: 'tob-011',
    text: '过年礼盒：腊肉配一条中华烟，走亲戚有面子。',
    expected: [{ text: '中华烟', category: 'tobacco' }],
  },
  {
    id: 'tob-012',
    text: '烟瘾大的朋友，这款烟丝劲大不呛喉。',
    expected: [{ text: '烟丝', category: 'tobacco' }],
  },
  {
    id: 'tob-013',
    text: '国宴特供级别的雪茄，今天直播间也有。',
    expected: [
      { text: '国宴特供', category: 'special' },
      { text: '雪茄', category: 'tobacco' },
    ],
  },

  // ───────────────────────────── evasions ─────────────────────────────
  {
    id: 'eva-001',
    text: '家人们，全网最*低*价，就今天！',
    expected: [{ text: '全网最*低*价', category: 'price' }],
    note: 'noise characters (*)',
  },
  {
    id: 'eva-002',
    text: '最 低 价走一波，合江荔枝5斤装。',
    expected: [{ text: '最 低 价', category: 'price' }],
    note: 'spaces',
  },
  {
    id: 'eva-003',
    text: '这个茶能根-治失眠。',
    expected: [{ text: '根-治失眠', category: 'medical' }],
    note: 'hyphen noise',
  },
  {
    id: 'eva-004',
    text: '全.网.最.低，柚子9块9三斤。',
    expected: [{ text: '全.网.最.低', category: 'price' }],
    note: 'dots',
  },
  {
    id: 'eva-005',
    text: '最最最低价！灯影牛肉今天放价！',
    expected: [{ text: '最最最低价', category: 'price' }],
    note: 'repeated character',
  },
  {
    id: 'eva-006',
    text: '用我们的花椒水泡脚，关节痛能根根治。',
    expected: [{ text: '根根治', category: 'medical' }],
    note: 'repeated character',
  },
  {
    id: 'eva-007',
    text: '苍溪红心猕猴桃，甜度ＮＯ．１！',
    expected: [{ text: 'ＮＯ．１', category: 'absolute' }],
    note: 'full-width letters, dot and digit',
  },
  {
    id: 'eva-008',
    text: '１００％纯天然，一滴添加剂都没有。',
    expected: [{ text: '１００％', category: 'absolute' }],
    note: 'full-width digits and percent',
  },
  {
    id: 'eva-009',
    text: '丹棱不知火，口感No.1。',
    expected: [{ text: 'No.1', category: 'absolute' }],
    note: 'mixed case',
  },
  {
    id: 'eva-010',
    text: '今年柑橘品类TOP1就是我们家。',
    expected: [{ text: 'TOP1', category: 'absolute' }],
    note: 'upper case',
  },
  {
    id: 'eva-011',
    text: '安岳柠檬品质Top1，汁多皮薄。',
    expected: [{ text: 'Top1', category: 'absolute' }],
    note: 'mixed case',
  },
  {
    id: 'eva-012',
    text: '這個臘肉絕對好吃，不好吃包退。',
    expected: [{ text: '絕對', category: 'absolute' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-013',
    text: '全國第壹的桃花米。',
    expected: [{ text: '全國第壹', category: 'absolute' }],
    note: 'traditional 國 and the formal numeral 壹 for 一 (OpenCC does not map 壹)',
  },
  {
    id: 'eva-014',
    text: '喝了這個茶，療效比藥還好。',
    expected: [
      { text: '療效', category: 'medical' },
      { text: '比藥還好', category: 'medical' },
    ],
    note: 'traditional characters',
  },
  {
    id: 'eva-015',
    text: '柚子皮煮水可以治療咳嗽。',
    expected: [{ text: '治療咳嗽', category: 'medical' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-016',
    text: '每天一個柚子，輕鬆降血壓。',
    expected: [{ text: '降血壓', category: 'medical' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-017',
    text: '全網最低價，今晚八點開搶！',
    expected: [{ text: '全網最低價', category: 'price' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-018',
    text: '國宴特供的合江荔枝。',
    expected: [{ text: '國宴特供', category: 'special' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-019',
    text: '人民大會堂專供茶葉，限時上架。',
    expected: [{ text: '人民大會堂專供', category: 'special' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-020',
    text: '開過光的柑橘，送禮有面子。',
    expected: [{ text: '開過光', category: 'superstition' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-021',
    text: '吃了這個柚子能轉運。',
    expected: [{ text: '能轉運', category: 'superstition' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-022',
    text: '買臘肉送香菸，過年必備。',
    expected: [{ text: '香菸', category: 'tobacco' }],
    note: 'traditional variant 菸 for 烟',
  },
  {
    id: 'eva-023',
    text: '老闆珍藏的雪/茄，今天也上架。',
    expected: [{ text: '雪/茄', category: 'tobacco' }],
    note: 'traditional characters and a slash',
  },
  {
    id: 'eva-024',
    text: '正宗叶 子 烟，老汉都爱。',
    expected: [{ text: '叶 子 烟', category: 'tobacco' }],
    note: 'spaces',
  },
  {
    id: 'eva-025',
    text: '国/宴/特/供的灯影牛肉。',
    expected: [{ text: '国/宴/特/供', category: 'special' }],
    note: 'slashes',
  },
  {
    id: 'eva-026',
    text: '开~光的纳溪特早茶，喝了心里踏实。',
    expected: [{ text: '开~光', category: 'superstition' }],
    note: 'tilde',
  },
  {
    id: 'eva-027',
    text: '客厅摆一箱柑橘，招💰财进宝。',
    expected: [{ text: '招💰财', category: 'superstition' }],
    note: 'emoji between characters (a surrogate pair)',
  },
  {
    id: 'eva-028',
    text: '卧-槽，这个价！',
    expected: [{ text: '卧-槽', category: 'vulgar' }],
    note: 'hyphen',
  },
  {
    id: 'eva-029',
    text: '他*妈*的，太好吃了。',
    expected: [{ text: '他*妈*的', category: 'vulgar' }],
    note: 'asterisks',
  },
  {
    id: 'eva-030',
    text: '傻 逼 才不买。',
    expected: [{ text: '傻 逼', category: 'vulgar' }],
    note: 'spaces',
  },
  {
    id: 'eva-031',
    text: '別家都是假貨，認準我們。',
    expected: [{ text: '別家都是假貨', category: 'defamation' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-032',
    text: '那些主播都是騙子，只有我們說實話。',
    expected: [{ text: '那些主播都是騙子', category: 'defamation' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-033',
    text: '每天吃几片能抗*癌。',
    expected: [{ text: '抗*癌', category: 'medical' }],
    note: 'asterisk',
  },
  {
    id: 'eva-034',
    text: '这个茶降 血 糖效果好。',
    expected: [{ text: '降 血 糖', category: 'medical' }],
    note: 'spaces',
  },
  {
    id: 'eva-035',
    text: '这个腊肠最最最好吃。',
    expected: [{ text: '最最最好吃', category: 'absolute' }],
    note: 'repeated character',
  },
  {
    id: 'eva-036',
    text: '最 正 宗的合江荔枝，产地直发。',
    expected: [{ text: '最 正 宗', category: 'absolute' }],
    note: 'spaces',
  },
  {
    id: 'eva-037',
    text: 'ＴＯＰ１的汉源花椒。',
    expected: [{ text: 'ＴＯＰ１', category: 'absolute' }],
    note: 'full-width letters and digit',
  },
  {
    id: 'eva-038',
    text: '全国第 一的柚子产地直发。',
    expected: [{ text: '全国第 一', category: 'absolute' }],
    note: 'space inside the term',
  },
  {
    id: 'eva-039',
    text: '亏-本-价清仓腊肠。',
    expected: [{ text: '亏-本-价', category: 'price' }],
    note: 'hyphens',
  },
  {
    id: 'eva-040',
    text: '電子煙買一送一。',
    expected: [{ text: '電子煙', category: 'tobacco' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-041',
    text: '跳樓價！荔枝只要19.9。',
    expected: [{ text: '跳樓價', category: 'price' }],
    note: 'traditional characters',
  },
  {
    id: 'eva-042',
    text: '全网瘋搶的灯影牛肉。',
    expected: [{ text: '全网瘋搶', category: 'scarcity' }],
    note: 'simplified and traditional mixed',
  },
  {
    id: 'eva-043',
    text: '腊肠一上架就秒 光了。',
    expected: [{ text: '秒 光', category: 'scarcity' }],
    note: 'space',
  },
  {
    id: 'eva-044',
    text: '手.慢.无，家人们冲！',
    expected: [{ text: '手.慢.无', category: 'scarcity' }],
    note: 'dots',
  },
  {
    id: 'eva-045',
    text: '１００％治愈胃病，喝一个月就晓得了。',
    expected: [
      { text: '１００％', category: 'absolute' },
      { text: '治愈胃病', category: 'medical' },
    ],
    note: 'full-width digits plus a curative claim',
  },
  {
    id: 'eva-046',
    text: '消~炎~杀~菌，柠檬泡水就够了。',
    expected: [{ text: '消~炎~杀~菌', category: 'medical' }],
    note: 'tildes',
  },
  {
    id: 'eva-047',
    text: '中南海特特供的灯影牛肉。',
    expected: [{ text: '中南海特特供', category: 'special' }],
    note: 'repeated character inside the term',
  },
  {
    id: 'eva-048',
    text: '史上最　低　价！腊肉只要29.9！',
    expected: [{ text: '史上最　低　价', category: 'price' }],
    note: 'ideographic (full-width) spaces',
  },

  // ───────────────────────────── traps: must not be flagged ─────────────────────────────
  { id: 'trap-001', text: '最近天气转凉了，腊肉可以开始熏了。', expected: [], note: '最近 (time)' },
  { id: 'trap-002', text: '今天是年前最后一天发货，明天开始物流停运。', expected: [], note: '最后一天发货 (timing)' },
  { id: 'trap-003', text: '最初我们村只有三户人种柚子。', expected: [], note: '最初' },
  { id: 'trap-004', text: '最终到货时间以物流签收为准。', expected: [], note: '最终' },
  { id: 'trap-005', text: '大家最关心的是运输路上会不会坏果。', expected: [], note: '最关心' },
  { id: 'trap-006', text: '第一次买的朋友可以先拍小份尝尝。', expected: [], note: '第一次' },
  { id: 'trap-007', text: '下单后我们第一时间安排发货。', expected: [], note: '第一时间' },
  { id: 'trap-008', text: '今年第一批纳溪特早茶下来了，明前采的。', expected: [], note: '第一批 (time order)' },
  { id: 'trap-009', text: '第一步，把腊肉用温水泡半个钟头，刷干净。', expected: [], note: '第一步' },
  { id: 'trap-010', text: '荔枝的最佳食用期是收到后两天以内。', expected: [], note: '最佳食用期 (consumer tip)' },
  { id: 'trap-011', text: '收到以后最好放冰箱冷藏，三天内吃完。', expected: [], note: '最好 as a storage tip' },
  { id: 'trap-012', text: '这款茶按国家标准评的是特级。', expected: [], note: 'grade set by a standard' },
  { id: 'trap-013', text: '这批桃花米按大米国标是一级。', expected: [], note: 'grade set by a standard' },
  { id: 'trap-014', text: '柚子按果径分一等品和二等品，价格不一样。', expected: [], note: 'grades' },
  { id: 'trap-015', text: '合江荔枝是国家地理标志保护产品。', expected: [], note: 'official title' },
  {
    id: 'trap-016',
    text: '南路边茶制作技艺是国家级非物质文化遗产代表性项目。',
    expected: [],
    note: 'official title (国家级 inside the listed title)',
  },
  { id: 'trap-017', text: '我们县以前是国家级贫困县，现在脱贫了。', expected: [], note: '国家级 as a fact about the county' },
  {
    id: 'trap-018',
    text: '这款早茶拿过四川省第一届农产品品牌大赛一等奖。',
    expected: [],
    note: 'named award containing 第一 and 一等',
  },
  { id: 'trap-019', text: '这个不能治疗任何疾病，就是普通食品。', expected: [], note: 'negated claim' },
  { id: 'trap-020', text: '它不是药，身体不舒服还是要去医院。', expected: [], note: 'negation' },
  { id: 'trap-021', text: '不能替代药物，高血压的朋友请遵医嘱。', expected: [], note: 'negation and a plain warning' },
  {
    id: 'trap-022',
    text: '有人问吃芹菜能不能降血压，我们说实话，并不能降血压。',
    expected: [],
    note: 'question then denial',
  },
  { id: 'trap-023', text: '批发的最低起订量是50箱。', expected: [], note: '最低起订量' },
  { id: 'trap-024', text: '冷链车厢最低温度控制在2度。', expected: [], note: '最低温度' },
  { id: 'trap-025', text: '到手价39.9元，包邮到家。', expected: [], note: 'price stated plainly' },
  { id: 'trap-026', text: '腊肠第二件半价，两件一起拍更划算。', expected: [], note: 'plain promotion' },
  { id: 'trap-027', text: '满99元减10元，优惠券在小黄车里领。', expected: [], note: 'plain promotion' },
  {
    id: 'trap-028',
    text: '划线价是本店前七天内成交的最低价格，有交易记录可查。',
    expected: [],
    note: 'the lawful meaning of 划线价 explained: 最低价格 here is a fact, not a claim',
  },
  { id: 'trap-029', text: '阿坝藏族羌族自治州的牦牛肉干，今天上链接。', expected: [], note: '自治州 contains 治' },
  { id: 'trap-030', text: '这几年村里搞了河道治理，水质好了，鱼也多了。', expected: [], note: '治理' },
  { id: 'trap-031', text: '甘孜尼玛大哥家的牦牛肉干，风干了四十天。', expected: [], note: 'Tibetan name 尼玛' },
  { id: 'trap-032', text: '我靠这片柚子林养活了一家人。', expected: [], note: '我靠 = I rely on' },
  { id: 'trap-033', text: '核桃壳硬，用小锤子轻轻敲一下就开了。', expected: [], note: 'a real hammer' },
  { id: 'trap-034', text: '我们合作的冷链很靠谱，坏果包赔。', expected: [], note: '靠谱' },
  { id: 'trap-035', text: '柏树枝烟熏的腊肉，颜色黄亮。', expected: [], note: '烟熏 is smoke, not tobacco' },
  { id: 'trap-036', text: '老街上的烟火气，就是腊肉香肠的味道。', expected: [], note: '烟火气' },
  { id: 'trap-037', text: '包裹已经到成都转运中心了，明天派送。', expected: [], note: '转运中心 is logistics' },
  { id: 'trap-038', text: '春节送橘子，图个大吉大利。', expected: [], note: 'customary greeting, no claim of effect' },
  { id: 'trap-039', text: '有了冷链加持，合江荔枝到北京还是新鲜的。', expected: [], note: '加持 used figuratively' },
  { id: 'trap-040', text: '国庆假期照常发货。', expected: [], note: '假期 contains 假' },
  { id: 'trap-041', text: '谨防骗子冒充客服，我们不会私信找你要验证码。', expected: [], note: 'warning about scams' },
  { id: 'trap-042', text: '泡沫箱请按可回收垃圾处理。', expected: [], note: '垃圾 as rubbish' },
  {
    id: 'trap-043',
    text: '血橙含糖量比较高，糖尿病的朋友少吃，或者先问医生。',
    expected: [],
    note: 'a plain health warning is not a curative claim',
  },
  { id: 'trap-044', text: '每人最多拍两单，保证更多人买得到。', expected: [], note: '最多 as a purchase limit' },
  { id: 'trap-045', text: '最快明天下午到成都，偏远地区慢一两天。', expected: [], note: '最快 (delivery time)' },
  { id: 'trap-046', text: '这是我家今年熏得最好的一批腊肉。', expected: [], note: 'self-comparison (执法指南第四条)' },
  { id: 'trap-047', text: '我们最大的心愿，就是让大家吃到放心的腊肉。', expected: [], note: 'wish, not a product claim' },
  { id: 'trap-048', text: '驻村第一书记帮我们联系了冷链车。', expected: [], note: '第一书记 is a post' },
  { id: 'trap-049', text: '每人限购两件。', expected: [], note: 'honest purchase limit' },
  {
    id: 'trap-050',
    text: '今年四月遭了冰雹，柚子减产三成，数量比往年少。',
    expected: [],
    note: 'honest scarcity with a reason',
  },
  { id: 'trap-051', text: '合江荔枝采摘期大概就是六月到七月，过了就要等明年。', expected: [], note: 'honest season' },
  { id: 'trap-052', text: '今天这款上架200单，后台库存还有86单。', expected: [], note: 'plain stock figures' },
  { id: 'trap-053', text: '我们村以前种中药材，现在改种柑橘了。', expected: [], note: '药材 as a crop' },
  { id: 'trap-054', text: '明天降温，快递可能慢一天。', expected: [], note: '降温' },
  { id: 'trap-055', text: '这个腊肠的味道绝绝子！', expected: [], note: 'slang 绝绝子, no 绝对' },
  { id: 'trap-056', text: '唯一要注意的是，荔枝莫放冷冻。', expected: [], note: '唯一 in a tip' },
  { id: 'trap-057', text: '荔枝收到绝对不要泡水，容易坏。', expected: [], note: '绝对 in a warning, not a claim' },
  { id: 'trap-058', text: '每包100克，一箱十包。', expected: [], note: '100 without %' },
  {
    id: 'trap-059',
    text: '这款血橙汁是100%果汁，按国标GB/T 31121标注的。',
    expected: [],
    note: 'standard-defined product designation (100%果汁)',
  },
  { id: 'trap-060', text: '今年新茶首发，价格以页面为准。', expected: [], note: '首发 (time order)' },
  { id: 'trap-061', text: '这是最新一批腊肠，十一月底才灌的。', expected: [], note: '最新 (time order)' },
  { id: 'trap-062', text: '茶园在山顶上，云雾多。', expected: [], note: '山顶' },
  { id: 'trap-063', text: '极少数果子表皮有斑点，不影响口感，介意的莫拍。', expected: [], note: 'honest disclosure' },
  { id: 'trap-064', text: '第一口咬下去，满嘴都是烟熏的香味。', expected: [], note: '第一口 and 烟熏' },
  {
    id: 'trap-065',
    text: '有人问是不是国宴用的，我们没有这种说法，就是农家自己熏的腊肉。',
    expected: [],
    note: 'denies a 国宴 claim',
  },
  { id: 'trap-066', text: '本直播间不销售烟草制品。', expected: [], note: 'compliance notice mentioning tobacco' },
  { id: 'trap-067', text: '以前村里种烟叶，现在全部改种柑橘了。', expected: [], note: 'history, not a tobacco ad' },
  { id: 'trap-068', text: '今晚8点有限时秒杀，价格以页面为准。', expected: [], note: 'platform activity name' },
  { id: 'trap-069', text: '趁天晴赶紧抢收柚子，不然一下雨就裂果。', expected: [], note: '抢收 is farm work' },
  {
    id: 'trap-070',
    text: '荔枝季结束以后就断货了，明年六月再见。',
    expected: [],
    note: 'honest seasonal stock',
  },
  {
    id: 'trap-071',
    text: '按规定我们不会喊全网最低价，价格以页面为准。',
    expected: [],
    note: 'the term mentioned in order to refuse it',
  },
  {
    id: 'trap-072',
    text: '维生素C含量每100克大约50毫克，以检测报告为准。',
    expected: [],
    note: 'nutrient content stated as a fact',
  },
  { id: 'trap-073', text: '这是普通食品，不是保健食品，不具有保健功能。', expected: [], note: 'negation' },
  { id: 'trap-074', text: '主播今天有点感冒，声音不好听，大家担待。', expected: [], note: '感冒 not a claim' },
  {
    id: 'trap-075',
    text: '和别家比，我们的腊肉贵一点，因为是柏树枝熏够了时间的。',
    expected: [],
    note: 'honest comparison about one\'s own product, no smear',
  },
  { id: 'trap-076', text: '山路有几个坑，快递车进不来，我们用摩托车拉出来。', expected: [], note: '坑 as a pothole' },
  { id: 'trap-077', text: '嗑瓜子配盖碗茶，这才是四川人的下午。', expected: [], note: '瓜子 contains 瓜' },
  { id: 'trap-078', text: '这里日照时间长，柑橘糖分足。', expected: [], note: '日照 contains 日' },
  { id: 'trap-079', text: '发货单NO.10238已经寄出，请注意查收。', expected: [], note: 'NO.10238 contains NO.1 after normalisation' },
  { id: 'trap-080', text: '最 近 有点忙，回复慢了。', expected: [], note: 'spaced 最近 is still 最近' },
  { id: 'trap-081', text: '第 一 次 下单的记得领新人券。', expected: [], note: 'spaced 第一次' },
  { id: 'trap-082', text: '冷庫最低溫度2度，荔枝全程冷鏈。', expected: [], note: 'traditional 最低溫度' },
  { id: 'trap-083', text: '每袋１００克，共五袋。', expected: [], note: 'full-width 100 without %' },
  { id: 'trap-084', text: '问：能治病吗？答：不能，它就是普通食品。', expected: [], note: 'question answered with a denial' },
  { id: 'trap-085', text: '平安夜可以把丑橘包成平安果送朋友。', expected: [], note: 'custom, no claim of effect' },
  { id: 'trap-086', text: '这批腊肉是腊月初杀的年猪做的，肥瘦相间。', expected: [], note: '这批 contains 批' },
  { id: 'trap-087', text: '购买时请认准地理标志专用标志。', expected: [], note: 'consumer guidance, no smear' },
  { id: 'trap-088', text: '假一赔十，坏果包赔。', expected: [], note: 'guarantee containing 假' },
  { id: 'trap-089', text: '村里以第一产业为主，种柑橘和养猪。', expected: [], note: '第一产业' },
  { id: 'trap-090', text: '今年丰产，价格比去年便宜两块，实话实说。', expected: [], note: 'honest price change with a reason' },
  {
    id: 'trap-091',
    text: '这是老张他妈妈的手艺，灌了四十年香肠。',
    expected: [],
    note: '他妈妈的: collapsing the repeated 妈 must not turn it into 他妈的',
  },
  { id: 'trap-092', text: '这个味道，就是我奶奶的手艺。', expected: [], note: '奶奶的 as "grandma\'s"' },
];
