/**
 * Demo streamers beyond the one login per role, and demo violations in every state, so the
 * convention, coverage and violation pages have real content (issue 4).
 */
export const DEMO_STREAMERS = [
  { username: 'zb_shuwei', displayName: '主播·蜀味阿婆', unit: 'jinniu_base', phone: '13800028101', signs: true },
  { username: 'zb_chayu', displayName: '主播·茶语小川', unit: 'jinniu_base', phone: '13800028102', signs: true },
  { username: 'zb_rongcheng', displayName: '主播·蓉城老杨', unit: 'jinniu_base', phone: '13800028103', signs: false },
  { username: 'zb_hejiang', displayName: '主播·合江荔枝妹', unit: 'hejiang', phone: '13800028104', signs: true },
  { username: 'zb_gulin', displayName: '主播·古蔺甜橙姐', unit: 'gulin', phone: '13800028105', signs: false },
  { username: 'zb_xuanhan', displayName: '主播·宣汉牛肉哥', unit: 'xuanhan', phone: '13800028106', signs: true },
  { username: 'zb_wanyuan', displayName: '主播·万源富硒茶', unit: 'wanyuan', phone: '13800028107', signs: false },
  { username: 'zb_luding', displayName: '主播·泸定红樱桃', unit: 'luding', phone: '13800028108', signs: true },
] as const;

type Step =
  | { event: 'review'; by: string }
  | { event: 'respond'; text: string }
  | { event: 'confirm'; by: string; clause: number; evidence: string; creditDeduction: number; reason?: string }
  | { event: 'dismiss'; by: string; reason: string }
  | { event: 'rectify'; by: string; reason: string };

export interface DemoViolation {
  reporter: string;
  streamer: string;
  summary: string;
  details?: string;
  clause?: number;
  place: string;
  occurredDaysAgo: number;
  evidenceText: string;
  /** Raised from the checker: the term the evidence text contains (its finding is recomputed). */
  fromCheckerTerm?: string;
  steps: Step[];
}

export const DEMO_VIOLATIONS: DemoViolation[] = [
  {
    reporter: 'base_staff',
    streamer: 'zb_shuwei',
    summary: '直播话术使用「全网最低价」',
    place: '抖音直播间「蜀味阿婆的灶房」 11 月 20 日晚场',
    occurredDaysAgo: 7,
    evidenceText: '家人们，今天这个香肠是全网最低价，错过再等一年！',
    fromCheckerTerm: '全网最低价',
    steps: [
      { event: 'review', by: 'base_staff' },
      { event: 'respond', text: '当时是想说我们直播间比平时便宜，没有核实全网价格，以后改说“直播间专享价”。' },
    ],
  },
  {
    reporter: 'producer',
    streamer: 'zb_chayu',
    summary: '直播中贬低其他茶企的茶叶是“科技与狠活”',
    details: '该主播在介绍自家茶叶时，点名称纳溪某合作社的特早茶“都是科技与狠活，喝了伤身”，无任何依据。',
    clause: 2,
    place: '快手直播间「茶语小川」',
    occurredDaysAgo: 3,
    evidenceText: '别家的特早茶都是科技与狠活，喝了伤身，只有我们家的是真的。',
    steps: [],
  },
  {
    reporter: 'base_staff',
    streamer: 'zb_rongcheng',
    summary: '宣称腊肉“能降血压”',
    clause: 6,
    place: '视频号直播间「蓉城老杨」',
    occurredDaysAgo: 20,
    evidenceText: '我们这个腊肉是古法熏制的，常吃还能降血压。',
    steps: [
      { event: 'review', by: 'base_staff' },
      { event: 'confirm', by: 'base_staff', clause: 6, evidence: '直播回放 01:12:30 处原话：“常吃还能降血压”。普通食品不得宣称疾病治疗功能。', creditDeduction: 5, reason: '首次违规，责令删除相关回放片段。' },
    ],
  },
  {
    reporter: 'luzhou_staff',
    streamer: 'streamer',
    summary: '虚构“原价 198 元”进行比价',
    clause: 7,
    place: '抖音直播间「明二锅的乡村厨房」',
    occurredDaysAgo: 40,
    evidenceText: '原价 198，今天直播间只要 59.9！',
    steps: [
      { event: 'review', by: 'luzhou_staff' },
      { event: 'respond', text: '198 元是礼盒装的价格，没说清楚，已经改正。' },
      { event: 'confirm', by: 'luzhou_staff', clause: 7, evidence: '该商品此前七日内无 198 元成交记录，“原价”无依据。', creditDeduction: 3 },
      { event: 'rectify', by: 'luzhou_staff', reason: '已删除相关短视频，直播间改为标注“日常价 69.9 元（近七日）”，并参加了价格合规培训。' },
    ],
  },
  {
    reporter: 'zb_hejiang',
    streamer: 'streamer',
    summary: '直播间疑似刷单、虚构“已抢 10 万单”',
    clause: 5,
    place: '抖音直播间「明二锅的乡村厨房」',
    occurredDaysAgo: 2,
    evidenceText: '屏幕上一直显示“已抢 10 万单”，但店铺销量只有几百单。',
    steps: [],
  },
  {
    reporter: 'dazhou_staff',
    streamer: 'zb_xuanhan',
    summary: '标题使用“第一”疑似绝对化用语',
    clause: 5,
    place: '商品标题「宣汉黄牛肉第一批现货」',
    occurredDaysAgo: 12,
    evidenceText: '宣汉黄牛肉第一批现货',
    steps: [
      { event: 'review', by: 'dazhou_staff' },
      { event: 'dismiss', by: 'dazhou_staff', reason: '“第一批”指批次顺序，不是对商品的绝对化评价，不构成违规。' },
    ],
  },
];
