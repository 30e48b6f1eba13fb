import type { DepartmentKind, TicketCategory, TicketType } from '../modules/desk/rules/categories.js';

/** Which kind of department each demo department unit is (keys from demo-units.ts). */
export const DEMO_DEPARTMENT_KINDS: Record<string, DepartmentKind> = {
  jinniu_commerce: 'commerce',
  jinniu_tax: 'tax',
  jinniu_justice: 'justice',
  jinniu_market: 'market',
  jinniu_hr: 'hr',
  jinniu_cyber: 'cyber',
  naxi_tax: 'tax',
  naxi_commerce: 'commerce',
  naxi_hr: 'hr',
  luzhou_market: 'market',
  luzhou_justice: 'justice',
  luzhou_cyber: 'cyber',
  dazhou_market: 'market',
  dazhou_tax: 'tax',
};

/** Department officers beyond the `dept_officer` demo login; `head` marks the department's head. */
export const DEMO_OFFICERS = [
  { username: 'naxi_tax_head', displayName: '纳溪区税务局·副局长罗斌', unit: 'naxi_tax', phone: '13800028201', head: true },
  { username: 'naxi_commerce', displayName: '纳溪区商务局·唐伟', unit: 'naxi_commerce', phone: '13800028202', head: true },
  { username: 'naxi_hr', displayName: '纳溪区人社局·邓雪', unit: 'naxi_hr', phone: '13800028203', head: true },
  { username: 'luzhou_market', displayName: '泸州市市场监管局·吴涛', unit: 'luzhou_market', phone: '13800028204', head: true },
  { username: 'luzhou_justice', displayName: '泸州市司法局·冯丽', unit: 'luzhou_justice', phone: '13800028205', head: true },
  { username: 'luzhou_cyber', displayName: '泸州市委网信办·谢军', unit: 'luzhou_cyber', phone: '13800028206', head: true },
  { username: 'jinniu_tax', displayName: '金牛区税务局·黄磊', unit: 'jinniu_tax', phone: '13800028207', head: true },
  { username: 'jinniu_market', displayName: '金牛区市场监管局·孙悦', unit: 'jinniu_market', phone: '13800028208', head: true },
  { username: 'dazhou_market', displayName: '达州市市场监管局·周敏', unit: 'dazhou_market', phone: '13800028209', head: true },
] as const;

export type DemoStep =
  | { event: 'assign'; by: string; to: string }
  | { event: 'start' | 'withdraw'; by: string }
  | { event: 'resolve'; by: string; text: string }
  | { event: 'return' | 'reopen'; by: string; reason: string }
  | { event: 'close'; by: string; rating: number; comment: string }
  | { event: 'extend'; by: string; days: number; reason: string };

export interface DemoTicket {
  by: string;
  category: TicketCategory;
  type: TicketType;
  title: string;
  description: string;
  onsite?: boolean;
  steps: DemoStep[];
  /** Moves the ticket's dates back by this many calendar days (overdue and auto-closed examples). */
  daysAgo?: number;
}

/** Tickets in every state across the demo departments (the sweep then escalates and auto-closes what is due). */
export const DEMO_TICKETS: DemoTicket[] = [
  { by: 'streamer', category: 'tax', type: 'inquiry', title: '直播带货收入怎么开发票？', description: '我在抖音卖腊肉和柚子，有买家要发票。个人主播没有公司，能不能去税务局代开？需要带什么材料？', steps: [] },
  {
    by: 'streamer',
    category: 'tax',
    type: 'help',
    title: '个税 App 里经营所得不会填',
    description: '去年开始全职直播，平台按劳务报酬扣了税，我不知道年度汇算时经营所得和劳务报酬怎么填，怕填错被处罚。',
    onsite: true,
    steps: [{ event: 'assign', by: 'naxi_tax_head', to: 'dept_officer' }],
  },
  {
    by: 'producer',
    category: 'tax',
    type: 'inquiry',
    title: '合作社销售自产茶叶开票能否免税',
    description: '纳溪特早茶合作社通过主播直播销售社员自产的茶叶，平台要求开具发票。请问农业生产者销售自产农产品免征增值税怎么开票？',
    steps: [{ event: 'assign', by: 'naxi_tax_head', to: 'dept_officer' }, { event: 'start', by: 'dept_officer' }],
    daysAgo: 8,
  },
  {
    by: 'streamer',
    category: 'food_licence',
    type: 'help',
    title: '网上卖自家腊肉需要办什么证',
    description: '村里乡亲自己熏的腊肉想放到直播间卖，需要食品经营许可证还是小作坊登记？包装上要标什么？',
    steps: [
      { event: 'assign', by: 'luzhou_market', to: 'luzhou_market' },
      { event: 'start', by: 'luzhou_market' },
      { event: 'resolve', by: 'luzhou_market', text: '自制腊肉属于食品小作坊产品，需向区市场监管局办理小作坊登记证；网络销售须在店铺显著位置公示登记证，包装标注品名、生产日期、保质期和小作坊名称地址。下周五上门服务日可现场指导。' },
    ],
  },
  {
    by: 'producer',
    category: 'contract_legal',
    type: 'complaint',
    title: '合作主播拖欠两个月货款',
    description: '与一位外地主播签了供货合同，发货后两个月没有结款，电话不接。合同约定 15 天结算。想知道怎么维权，能否申请法律援助。',
    steps: [
      { event: 'assign', by: 'luzhou_justice', to: 'luzhou_justice' },
      { event: 'start', by: 'luzhou_justice' },
      { event: 'resolve', by: 'luzhou_justice', text: '已安排纳溪区法律援助中心律师对接，指导发送律师函并准备支付令申请材料；对方已于本周结清货款。' },
      { event: 'close', by: 'producer', rating: 5, comment: '律师很专业，货款已经追回，非常感谢！' },
    ],
  },
  {
    by: 'zb_hejiang',
    category: 'ad_compliance',
    type: 'inquiry',
    title: '荔枝能不能说“全网最甜”',
    description: '直播话术里想说“合江荔枝全网最甜”“吃了降火”，合规检查提示要改，想问具体怎么说才合规。',
    steps: [
      { event: 'assign', by: 'luzhou_market', to: 'luzhou_market' },
      { event: 'resolve', by: 'luzhou_market', text: '“全网最甜”属绝对化用语，“降火”属普通食品宣称功效，均违反广告法。可以说“合江带绿荔枝，糖度实测 20 度以上”。' },
      { event: 'close', by: 'zb_hejiang', rating: 2, comment: '只说不能说，没给几句能用的话术，希望再详细点。' },
    ],
  },
  {
    by: 'streamer',
    category: 'platform_rules',
    type: 'inquiry',
    title: '直播间被判“低俗”限流怎么申诉',
    description: '上周直播被平台判定低俗限流，我觉得是误判，想知道除了平台申诉还有没有别的渠道。',
    steps: [{ event: 'return', by: 'luzhou_cyber', reason: '账号处罚申诉由平台受理，网信部门不直接处理；建议改派商务部门协调平台对接。' }],
  },
  { by: 'zb_hejiang', category: 'tax', type: 'inquiry', title: '主播工作室要不要办税务登记', description: '我和两个朋友合开了一个直播工作室，还没有营业执照，请问要先办执照还是先办税务登记？', steps: [] },
  {
    by: 'streamer',
    category: 'training_subsidy',
    type: 'help',
    title: '互联网营销师证书补贴没到账',
    description: '今年考了互联网营销师（直播销售员）五级证书，按政策可以领技能提升补贴，申请三个月了还没到账。',
    steps: [
      { event: 'assign', by: 'naxi_hr', to: 'naxi_hr' },
      { event: 'resolve', by: 'naxi_hr', text: '经查补贴已审核通过，正在拨付流程中，预计本月底前到账。' },
      { event: 'reopen', by: 'streamer', reason: '已经过了月底，补贴还是没有到账。' },
    ],
  },
  { by: 'producer', category: 'business_registration', type: 'inquiry', title: '合作社变更经营范围', description: '合作社想增加“互联网销售”经营范围，请问网上能办吗？', steps: [{ event: 'withdraw', by: 'producer' }] },
  {
    by: 'zb_shuwei',
    category: 'tax',
    type: 'help',
    title: '工作室核定征收改查账征收',
    description: '工作室被通知从核定征收改为查账征收，账目需要补建，请税务部门指导怎么建账、有没有过渡期。',
    steps: [
      { event: 'assign', by: 'jinniu_tax', to: 'jinniu_tax' },
      { event: 'start', by: 'jinniu_tax' },
      { event: 'extend', by: 'jinniu_tax', days: 5, reason: '需与征管科确认过渡期政策，并约工作室现场核对账目。' },
    ],
  },
  {
    by: 'zb_chayu',
    category: 'consumer_dispute',
    type: 'complaint',
    title: '买家恶意仅退款',
    description: '一位买家收到茶叶后申请仅退款，说没收到货，但物流显示已签收。平台判我退款，我想投诉。',
    steps: [
      { event: 'assign', by: 'jinniu_market', to: 'jinniu_market' },
      { event: 'resolve', by: 'jinniu_market', text: '已协调平台复核，物流签收记录有效，平台已撤销仅退款判定。' },
    ],
    daysAgo: 9,
  },
  {
    by: 'zb_xuanhan',
    category: 'food_licence',
    type: 'inquiry',
    title: '灯影牛肉直播销售要什么资质',
    description: '想在直播间卖宣汉本地的灯影牛肉，厂家有 SC 证，我作为主播需要另外办证吗？',
    steps: [
      { event: 'assign', by: 'dazhou_market', to: 'dazhou_market' },
      { event: 'resolve', by: 'dazhou_market', text: '主播带货无需另办食品经营许可，但须查验厂家 SC 证和检验报告并在直播间公示，保留进货记录。' },
      { event: 'close', by: 'zb_xuanhan', rating: 4, comment: '回复很快。' },
    ],
  },
];
