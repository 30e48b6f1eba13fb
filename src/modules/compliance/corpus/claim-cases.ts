import type { CorpusCase } from './corpus.js';

/** Violations in what is claimed about the product: absolute terms, curative claims, price claims. */
export const CLAIM_CASES: CorpusCase[] = [
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
];
