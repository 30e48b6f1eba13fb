import type { CorpusCase } from './corpus.js';

/** Violations in how a streamer behaves: smears, vulgarity, faked scarcity and data, state names, superstition, tobacco. */
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
];
