import type { CorpusCase } from './corpus.js';

/** Violations in how a streamer behaves: smears, vulgarity, faked scarcity and sales data. */
export const CONDUCT_CASES: CorpusCase[] = [
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
  {
    id: 'def-014',
    text: '隔壁镇那几家的辣椒面全是色素泡出来的。',
    expected: [{ text: '那几家的辣椒面全是色素泡出来的', category: 'defamation' }],
    note: 'written after the lexicon gained 色素泡: a new sentence, not a corpus line',
  },
  {
    id: 'def-015',
    text: '市场上那些猕猴桃都是激素催熟的，吃不得。',
    expected: [{ text: '那些猕猴桃都是激素催熟的', category: 'defamation' }],
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
];
