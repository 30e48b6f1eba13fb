import type { CorpusCase } from './corpus.js';

/** Claims and goods the law restricts outright: 特供/专供 and state organs' names, superstition, tobacco. */
export const RESTRICTED_CASES: CorpusCase[] = [
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
