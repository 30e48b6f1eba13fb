/**
 * Demo streamer profiles (issue 5): the existing demo streamers' profiles and 31 more streamers,
 * so 为你选品 and matchmaking have real content. The first nine entries describe users created
 * elsewhere (`streamer` in DEMO_USERS and the eight DEMO_STREAMERS), so their unit and phone are
 * null; the other 31 are new users spread over 金牛基地, the 泸州 and 达州 units and 泸定.
 * Plain data: categories are CATEGORY_SEED ids, audience regions are GB/T 2260 code prefixes,
 * prices are integer fen.
 */
export type Platform = 'douyin' | 'kuaishou' | 'shipinhao' | 'taobao' | 'xiaohongshu';

export interface DemoStreamerProfile {
  /** Login name, ascii lowercase, unique. */
  username: string;
  /** 主播·xxx style, like the existing demo streamers. */
  displayName: string;
  /** null for the existing users (they are created elsewhere); otherwise a key of DEMO_UNITS where the streamer belongs. */
  unit: string | null;
  /** 11 digits, unique; '1380002' + 4 digits from 8201 for new users; null for existing users. */
  phone: string | null;
  /** 直播间/工作室 name. */
  studio: string | null;
  /** MCN agency name, or null (many rural streamers have none). */
  mcn: string | null;
  /** 1–4 category ids from CATEGORY_SEED (leaf ids preferred, a top-level id allowed). */
  categories: string[];
  /** 1–3 GB/T 2260 region code prefixes where their audience lives. */
  audienceRegions: string[];
  /** Typical units sold per live session. */
  typicalUnits: number;
  /** Typical price band of what they sell, integer fen. */
  priceMinFen: number;
  priceMaxFen: number;
  /** Self-declared party member. */
  partyMember: boolean;
  /** Confirmed by their branch secretary (only if partyMember). */
  partyConfirmed: boolean;
  /** One or two sentences in Chinese. */
  intro: string;
  /** 1–3 platform accounts. */
  accounts: { platform: Platform; handle: string; followers: number }[];
}

export const DEMO_STREAMER_PROFILES: DemoStreamerProfile[] = [
  // —— 已有演示用户（在 DEMO_USERS / DEMO_STREAMERS 中创建） ——
  {
    username: 'streamer', displayName: '主播·明二锅', unit: null, phone: null,
    studio: '明二锅的乡村厨房', mcn: null,
    categories: ['cured.bacon', 'fruit.citrus'], audienceRegions: ['51', '50', '44'],
    typicalUnits: 1500, priceMinFen: 2990, priceMaxFen: 9990,
    partyMember: true, partyConfirmed: true,
    intro: '90后退伍军人、党员，2013年返乡，2019年起在抖音记录纳溪乡村生活，主卖纳溪腊肉、护国柚和柑橘。希望对接村里品质稳定、需要销路的农产品。',
    accounts: [
      { platform: 'douyin', handle: '乡村明二锅', followers: 2_060_000 },
      { platform: 'kuaishou', handle: '明二锅的乡村厨房', followers: 184_000 },
    ],
  },
  {
    username: 'zb_shuwei', displayName: '主播·蜀味阿婆', unit: null, phone: null,
    studio: '蜀味阿婆的灶房', mcn: '成都蓉耀星推文化传媒有限公司',
    categories: ['cured.bacon', 'condiment.pepper', 'condiment.sauce'], audienceRegions: ['51', '44', '31'],
    typicalUnits: 1800, priceMinFen: 1590, priceMaxFen: 8990,
    partyMember: false, partyConfirmed: false,
    intro: '六十多岁的成都阿婆在自家灶房边做边卖，香肠腊肉、红油辣子和豆瓣酱是常卖品。',
    accounts: [
      { platform: 'douyin', handle: '蜀味阿婆的灶房', followers: 426_000 },
      { platform: 'shipinhao', handle: '蜀味阿婆', followers: 58_000 },
    ],
  },
  {
    username: 'zb_chayu', displayName: '主播·茶语小川', unit: null, phone: null,
    studio: '茶语小川', mcn: null,
    categories: ['tea.green', 'tea.black'], audienceRegions: ['51', '11', '31'],
    typicalUnits: 400, priceMinFen: 5800, priceMaxFen: 29800,
    partyMember: false, partyConfirmed: false,
    intro: '茶学专业毕业，在快手讲四川绿茶和工夫红茶的冲泡与选购，观众多为喜欢喝茶的上班族。',
    accounts: [
      { platform: 'kuaishou', handle: '茶语小川', followers: 96_000 },
      { platform: 'douyin', handle: '小川说茶', followers: 31_000 },
    ],
  },
  {
    username: 'zb_rongcheng', displayName: '主播·蓉城老杨', unit: null, phone: null,
    studio: '蓉城老杨', mcn: null,
    categories: ['cured.bacon', 'cured.cooked'], audienceRegions: ['5101', '51'],
    typicalUnits: 700, priceMinFen: 2990, priceMaxFen: 12800,
    partyMember: false, partyConfirmed: false,
    intro: '做了二十年卤菜生意的成都老板，在视频号卖腊肉香肠和卤味，粉丝以中老年熟客为主。',
    accounts: [{ platform: 'shipinhao', handle: '蓉城老杨', followers: 162_000 }],
  },
  {
    username: 'zb_hejiang', displayName: '主播·合江荔枝妹', unit: null, phone: null,
    studio: '合江荔枝妹果园直播间', mcn: '泸州醉美网红孵化有限公司',
    categories: ['fruit.lychee', 'fruit.citrus'], audienceRegions: ['51', '50', '31'],
    typicalUnits: 1600, priceMinFen: 3990, priceMaxFen: 8990,
    partyMember: true, partyConfirmed: true,
    intro: '荔江镇果农家的女儿，荔枝季在果园树下直播现摘现发带绿、妃子笑，秋冬卖真龙柚。',
    accounts: [
      { platform: 'douyin', handle: '合江荔枝妹', followers: 382_000 },
      { platform: 'kuaishou', handle: '荔枝妹阿香', followers: 47_000 },
    ],
  },
  {
    username: 'zb_gulin', displayName: '主播·古蔺甜橙姐', unit: null, phone: null,
    studio: '甜橙姐的蔺州小店', mcn: null,
    categories: ['fruit.citrus', 'cured.cooked'], audienceRegions: ['51', '50', '52'],
    typicalUnits: 1200, priceMinFen: 2490, priceMaxFen: 8990,
    partyMember: false, partyConfirmed: false,
    intro: '古蔺县城的宝妈主播，冬季主卖古蔺甜橙，平时带古蔺麻辣鸡等本地风味。',
    accounts: [
      { platform: 'douyin', handle: '古蔺甜橙姐', followers: 213_000 },
      { platform: 'kuaishou', handle: '甜橙姐在古蔺', followers: 62_000 },
    ],
  },
  {
    username: 'zb_xuanhan', displayName: '主播·宣汉牛肉哥', unit: null, phone: null,
    studio: '巴山黄牛党员示范直播间', mcn: '达州巴山网红文化传媒有限公司',
    categories: ['meat.beef', 'cured.cooked', 'grain.rice'], audienceRegions: ['5117', '51', '50'],
    typicalUnits: 2000, priceMinFen: 3990, priceMaxFen: 16800,
    partyMember: true, partyConfirmed: true,
    intro: '宣汉本地小伙，直播间设在黄牛肉加工厂旁，卖宣汉黄牛肉、牛肉干和桃花米，是达州党员示范直播间之一。',
    accounts: [
      { platform: 'douyin', handle: '宣汉牛肉哥', followers: 538_000 },
      { platform: 'kuaishou', handle: '巴山牛肉哥', followers: 96_000 },
    ],
  },
  {
    username: 'zb_wanyuan', displayName: '主播·万源富硒茶', unit: null, phone: null,
    studio: '万源富硒茶山直播间', mcn: null,
    categories: ['tea.green'], audienceRegions: ['5117', '51', '11'],
    typicalUnits: 300, priceMinFen: 6800, priceMaxFen: 29800,
    partyMember: false, partyConfirmed: false,
    intro: '在万源茶山上直播采茶、炒茶，只卖巴山富硒绿茶，明前季每天开播。',
    accounts: [
      { platform: 'douyin', handle: '万源富硒茶', followers: 65_000 },
      { platform: 'shipinhao', handle: '巴山茶山小陈', followers: 24_000 },
    ],
  },
  {
    username: 'zb_luding', displayName: '主播·泸定红樱桃', unit: null, phone: null,
    studio: '大渡河边的樱桃园', mcn: null,
    categories: ['fruit.other', 'dried.nuts'], audienceRegions: ['51', '5101', '50'],
    typicalUnits: 600, priceMinFen: 3900, priceMaxFen: 11900,
    partyMember: false, partyConfirmed: false,
    intro: '泸定直播实训基地第一批学员，四五月卖红樱桃，其余时间卖核桃和蜂蜜。',
    accounts: [{ platform: 'douyin', handle: '泸定红樱桃', followers: 88_000 }],
  },

  // —— 成都金牛区电商直播产业基地（10 位） ——
  {
    username: 'zb_yujie', displayName: '主播·钰姐带播', unit: 'jinniu_base', phone: '13800028201',
    studio: '钰姐直播训练营', mcn: '成都蓉耀星推文化传媒有限公司',
    categories: ['condiment.sauce', 'cured.cooked', 'tea.dark'], audienceRegions: ['5101', '51', '31'],
    typicalUnits: 2000, priceMinFen: 1990, priceMaxFen: 12800,
    partyMember: true, partyConfirmed: true,
    intro: '党龄十五年，原在金融行业工作，2020年起做短视频。在电商直播先锋学院打磨直播课程，常去泸定等地给新主播做实训。',
    accounts: [
      { platform: 'douyin', handle: '钰姐带你做直播', followers: 864_000 },
      { platform: 'shipinhao', handle: '钰姐直播课', followers: 123_000 },
    ],
  },
  {
    username: 'zb_chuanwei_dajie', displayName: '主播·川味大姐', unit: 'jinniu_base', phone: '13800028202',
    studio: '川味大姐火锅厨房', mcn: '成都金牛星火互娱文化传播有限公司',
    categories: ['condiment.sauce', 'condiment.pepper'], audienceRegions: ['51', '44', '32'],
    typicalUnits: 4500, priceMinFen: 990, priceMaxFen: 5990,
    partyMember: false, partyConfirmed: false,
    intro: '基地头部美食主播，现场炒火锅底料、拌钵钵鸡，单场火锅底料能卖四五千单。',
    accounts: [
      { platform: 'douyin', handle: '川味大姐', followers: 2_630_000 },
      { platform: 'kuaishou', handle: '川味大姐的厨房', followers: 482_000 },
    ],
  },
  {
    username: 'zb_shuxiu_anan', displayName: '主播·蜀绣阿楠', unit: 'jinniu_base', phone: '13800028203',
    studio: '锦官蜀绣直播间', mcn: null,
    categories: ['craft.embroidery'], audienceRegions: ['5101', '31', '11'],
    typicalUnits: 120, priceMinFen: 3900, priceMaxFen: 49800,
    partyMember: false, partyConfirmed: false,
    intro: '学了八年蜀绣的绣娘，边绣边讲针法，卖团扇、框画和体验材料包。',
    accounts: [
      { platform: 'douyin', handle: '绣娘阿楠', followers: 68_000 },
      { platform: 'xiaohongshu', handle: '阿楠的蜀绣日常', followers: 35_000 },
    ],
  },
  {
    username: 'zb_zhuli_xiaozhou', displayName: '主播·竹里小周', unit: 'jinniu_base', phone: '13800028204',
    studio: '竹里工坊', mcn: null,
    categories: ['craft.weaving'], audienceRegions: ['5101', '31', '44'],
    typicalUnits: 80, priceMinFen: 6800, priceMaxFen: 39800,
    partyMember: false, partyConfirmed: false,
    intro: '道明竹编手艺人的徒弟，直播瓷胎竹编和竹编灯罩的制作过程，今年向联合党支部递交了入党申请书。',
    accounts: [
      { platform: 'xiaohongshu', handle: '竹里小周', followers: 42_000 },
      { platform: 'douyin', handle: '小周编竹子', followers: 18_000 },
    ],
  },
  {
    username: 'zb_lumao', displayName: '主播·卤猫吃货', unit: 'jinniu_base', phone: '13800028205',
    studio: '卤猫深夜食堂', mcn: '成都金牛星火互娱文化传播有限公司',
    categories: ['cured.cooked'], audienceRegions: ['51', '44', '31'],
    typicalUnits: 3500, priceMinFen: 1990, priceMaxFen: 8990,
    partyMember: false, partyConfirmed: false,
    intro: '专做深夜场的卤味主播，冷吃兔、甜皮鸭、麻辣兔头是招牌。',
    accounts: [
      { platform: 'douyin', handle: '卤猫吃货', followers: 1_210_000 },
      { platform: 'kuaishou', handle: '卤猫深夜食堂', followers: 156_000 },
    ],
  },
  {
    username: 'zb_chamayi', displayName: '主播·茶马驿老周', unit: 'jinniu_base', phone: '13800028206',
    studio: '茶马驿茶室', mcn: null,
    categories: ['tea.dark', 'tea.green'], audienceRegions: ['51', '11', '33'],
    typicalUnits: 600, priceMinFen: 5800, priceMaxFen: 29800,
    partyMember: true, partyConfirmed: true,
    intro: '茶企老板自播，在淘宝直播讲雅安藏茶和蒙顶山甘露，老客复购率高。',
    accounts: [
      { platform: 'taobao', handle: '茶马驿老周', followers: 152_000 },
      { platform: 'shipinhao', handle: '老周讲藏茶', followers: 21_000 },
    ],
  },
  {
    username: 'zb_jinniu_amei', displayName: '主播·金牛阿梅', unit: 'jinniu_base', phone: '13800028207',
    studio: '阿梅的四川好物', mcn: '四川天府优选电子商务有限公司',
    categories: ['fruit.citrus', 'fruit.lychee', 'fruit.kiwi'], audienceRegions: ['51', '50', '44'],
    typicalUnits: 2800, priceMinFen: 1990, priceMaxFen: 7990,
    partyMember: true, partyConfirmed: false,
    intro: '专做四川水果专场的快手主播，常年到泸州、达州产地直播，希望通过平台对接更多合作社货源。',
    accounts: [
      { platform: 'kuaishou', handle: '金牛阿梅', followers: 546_000 },
      { platform: 'douyin', handle: '阿梅的四川好物', followers: 88_000 },
    ],
  },
  {
    username: 'zb_xiaoyu_chuancai', displayName: '主播·小雨做川菜', unit: 'jinniu_base', phone: '13800028208',
    studio: '小雨的川菜小灶', mcn: '成都蓉耀星推文化传媒有限公司',
    categories: ['condiment.pepper', 'condiment.sauce', 'veg.pickled'], audienceRegions: ['51', '31', '11'],
    typicalUnits: 1500, priceMinFen: 990, priceMaxFen: 3990,
    partyMember: false, partyConfirmed: false,
    intro: '做家常川菜教程起家，直播里边做菜边卖花椒、辣椒面和老坛酸菜。',
    accounts: [
      { platform: 'douyin', handle: '小雨做川菜', followers: 312_000 },
      { platform: 'xiaohongshu', handle: '小雨的川菜小灶', followers: 95_000 },
    ],
  },
  {
    username: 'zb_laoba_liangyou', displayName: '主播·粮油老巴', unit: 'jinniu_base', phone: '13800028209',
    studio: '老巴粮油铺', mcn: '四川天府优选电子商务有限公司',
    categories: ['grain.rice', 'grain.oil', 'grain.noodle'], audienceRegions: ['5101', '51'],
    typicalUnits: 900, priceMinFen: 2990, priceMaxFen: 12900,
    partyMember: true, partyConfirmed: true,
    intro: '退伍老兵，在视频号卖大米、菜籽油和挂面，观众多是成都的中老年家庭。',
    accounts: [{ platform: 'shipinhao', handle: '粮油老巴', followers: 88_000 }],
  },
  {
    username: 'zb_xinxin_xianguo', displayName: '主播·欣欣鲜果铺', unit: 'jinniu_base', phone: '13800028210',
    studio: '欣欣鲜果铺', mcn: '成都金牛星火互娱文化传播有限公司',
    categories: ['fruit.other', 'fruit.kiwi', 'fruit.citrus'], audienceRegions: ['44', '31', '11'],
    typicalUnits: 5000, priceMinFen: 2990, priceMaxFen: 8990,
    partyMember: false, partyConfirmed: false,
    intro: '基地粉丝最多的水果主播，主打产地直发，单场常卖五千单以上，对品控和发货时效要求严。',
    accounts: [
      { platform: 'douyin', handle: '欣欣鲜果铺', followers: 2_860_000 },
      { platform: 'xiaohongshu', handle: '欣欣挑水果', followers: 214_000 },
    ],
  },

  // —— 泸州（10 位：纳溪、江阳、合江、古蔺、叙永各 2 位） ——
  {
    username: 'zb_meiling_chamei', displayName: '主播·梅岭茶妹', unit: 'naxi', phone: '13800028211',
    studio: '梅岭茶园直播间', mcn: null,
    categories: ['tea.green', 'tea.black'], audienceRegions: ['5105', '51'],
    typicalUnits: 150, priceMinFen: 6800, priceMaxFen: 26800,
    partyMember: true, partyConfirmed: true,
    intro: '纳溪特早茶合作社的返乡大学生，在梅岭村茶园直播采茶和炒茶，卖合作社自产的特早茶和工夫红茶。',
    accounts: [{ platform: 'douyin', handle: '梅岭茶妹小刘', followers: 23_000 }],
  },
  {
    username: 'zb_zhuhai_laoluo', displayName: '主播·竹海村老罗', unit: 'naxi', phone: '13800028212',
    studio: '竹海村集体直播间', mcn: null,
    categories: ['dried.bamboo', 'craft.weaving'], audienceRegions: ['5105', '51'],
    typicalUnits: 60, priceMinFen: 2990, priceMaxFen: 15800,
    partyMember: true, partyConfirmed: true,
    intro: '白节镇竹海村的村支书，带着村集体卖村民的笋干和留守妇女编的竹编，收益按股分红。',
    accounts: [{ platform: 'kuaishou', handle: '竹海村老罗', followers: 9_600 }],
  },
  {
    username: 'zb_guiyuan_ge', displayName: '主播·分水岭桂圆哥', unit: 'jiangyang', phone: '13800028213',
    studio: '大南山桂圆园', mcn: null,
    categories: ['fruit.lychee', 'dried.nuts'], audienceRegions: ['5105', '51', '50'],
    typicalUnits: 260, priceMinFen: 2990, priceMaxFen: 6990,
    partyMember: false, partyConfirmed: false,
    intro: '分水岭镇桂圆合作社成员，八月卖鲜桂圆，其余月份卖柴火烘焙的桂圆干。',
    accounts: [{ platform: 'douyin', handle: '分水岭桂圆哥', followers: 41_000 }],
  },
  {
    username: 'zb_jiucheng_laozhang', displayName: '主播·酒城老张', unit: 'jiangyang', phone: '13800028214',
    studio: '酒城老张品酒间', mcn: '泸州酒城星推文化传媒有限公司',
    categories: ['drink.liquor'], audienceRegions: ['51', '44', '31'],
    typicalUnits: 1200, priceMinFen: 8800, priceMaxFen: 59800,
    partyMember: false, partyConfirmed: false,
    intro: '在酿酒厂工作过十年的品酒师，直播讲浓香、酱香白酒的工艺和品鉴，只卖有生产许可的本地酒厂产品。',
    accounts: [
      { platform: 'douyin', handle: '酒城老张', followers: 478_000 },
      { platform: 'shipinhao', handle: '老张聊白酒', followers: 65_000 },
    ],
  },
  {
    username: 'zb_lijiang_dailv', displayName: '主播·荔江带绿姐', unit: 'hejiang', phone: '13800028215',
    studio: '花桂村荔枝园', mcn: null,
    categories: ['fruit.lychee'], audienceRegions: ['51', '50'],
    typicalUnits: 220, priceMinFen: 3990, priceMaxFen: 9990,
    partyMember: true, partyConfirmed: false,
    intro: '荔江镇荔枝合作社的社员，荔枝季每天在果园开播，讲带绿和妃子笑的区别和冷链发货。',
    accounts: [{ platform: 'douyin', handle: '荔江带绿姐', followers: 36_000 }],
  },
  {
    username: 'zb_xianshi_xiaoyuan', displayName: '主播·先市酱园小袁', unit: 'hejiang', phone: '13800028216',
    studio: '先市酱园晒露场', mcn: null,
    categories: ['condiment.sauce'], audienceRegions: ['5105', '51'],
    typicalUnits: 90, priceMinFen: 1590, priceMaxFen: 6800,
    partyMember: false, partyConfirmed: false,
    intro: '酱园老师傅的孙子，在晒露场直播翻酱、打酱油，卖先市酱油、香醋和豆瓣。',
    accounts: [
      { platform: 'shipinhao', handle: '先市酱园小袁', followers: 12_000 },
      { platform: 'douyin', handle: '小袁家的酱缸', followers: 8_200 },
    ],
  },
  {
    username: 'zb_jianzhu_miaoxiu', displayName: '主播·箭竹苗绣阿妹', unit: 'gulin', phone: '13800028217',
    studio: '箭竹苗绣坊', mcn: null,
    categories: ['craft.embroidery'], audienceRegions: ['51', '31', '11'],
    typicalUnits: 45, priceMinFen: 5900, priceMaxFen: 46800,
    partyMember: false, partyConfirmed: false,
    intro: '箭竹苗族乡的苗家姑娘，带着合作社的绣娘直播苗绣和蜡染，手工件数量有限。',
    accounts: [{ platform: 'douyin', handle: '箭竹苗绣阿妹', followers: 27_000 }],
  },
  {
    username: 'zb_linzhou_jige', displayName: '主播·蔺州麻辣鸡哥', unit: 'gulin', phone: '13800028218',
    studio: '蔺州风味直播间', mcn: '泸州醉美网红孵化有限公司',
    categories: ['cured.cooked', 'meat.beef'], audienceRegions: ['51', '50', '52'],
    typicalUnits: 2400, priceMinFen: 2990, priceMaxFen: 12800,
    partyMember: true, partyConfirmed: true,
    intro: '古蔺返乡创业青年，主卖古蔺麻辣鸡和牛肉干，是古蔺县互联网行业党委联系的重点主播。',
    accounts: [
      { platform: 'douyin', handle: '蔺州麻辣鸡哥', followers: 618_000 },
      { platform: 'kuaishou', handle: '古蔺鸡哥', followers: 74_000 },
    ],
  },
  {
    username: 'zb_danshan_lawei', displayName: '主播·丹山腊味嫂', unit: 'xuyong', phone: '13800028219',
    studio: '丹山腊味坊', mcn: '泸州醉美网红孵化有限公司',
    categories: ['cured.bacon', 'grain.rice'], audienceRegions: ['51', '50', '44'],
    typicalUnits: 1100, priceMinFen: 3990, priceMaxFen: 19800,
    partyMember: false, partyConfirmed: false,
    intro: '叙永媳妇，冬腊月在柴火熏房边直播卖腊肉香肠，开春后卖叙永黄粑。',
    accounts: [
      { platform: 'kuaishou', handle: '丹山腊味嫂', followers: 152_000 },
      { platform: 'douyin', handle: '叙永腊味嫂', followers: 46_000 },
    ],
  },
  {
    username: 'zb_houshan_aqiang', displayName: '主播·后山茶农阿强', unit: 'xuyong', phone: '13800028220',
    studio: null, mcn: null,
    categories: ['tea.green', 'fruit.kiwi'], audienceRegions: ['5105', '51'],
    typicalUnits: 40, priceMinFen: 3990, priceMaxFen: 19800,
    partyMember: false, partyConfirmed: false,
    intro: '后山镇的茶农，用手机在自家茶园直播，春天卖高山明前茶，秋天帮邻村卖红心猕猴桃。',
    accounts: [{ platform: 'douyin', handle: '后山茶农阿强', followers: 5_800 }],
  },

  // —— 达州（8 位） ——
  {
    username: 'zb_baqu_dengying', displayName: '主播·巴渠灯影哥', unit: 'tongchuan', phone: '13800028221',
    studio: '巴山网上集市·党员示范直播间', mcn: '达州巴山网红文化传媒有限公司',
    categories: ['cured.cooked'], audienceRegions: ['5117', '51', '50'],
    typicalUnits: 3000, priceMinFen: 2590, priceMaxFen: 9900,
    partyMember: true, partyConfirmed: true,
    intro: '通川区的党员主播，主卖达州灯影牛肉，参与“巴山网上集市”公益助农直播，带“达州好品”走出大巴山。',
    accounts: [
      { platform: 'douyin', handle: '巴渠灯影哥', followers: 1_050_000 },
      { platform: 'kuaishou', handle: '达州灯影哥', followers: 132_000 },
    ],
  },
  {
    username: 'zb_shuanglong_cuili', displayName: '主播·双龙脆李妹', unit: 'tongchuan', phone: '13800028222',
    studio: '双龙脆李园', mcn: null,
    categories: ['fruit.other'], audienceRegions: ['5117', '51'],
    typicalUnits: 180, priceMinFen: 2990, priceMaxFen: 5990,
    partyMember: false, partyConfirmed: false,
    intro: '双龙镇脆李合作社社员的女儿，七月在李子园里现摘现卖。',
    accounts: [{ platform: 'douyin', handle: '双龙脆李妹', followers: 19_000 }],
  },
  {
    username: 'zb_baijie_wumei', displayName: '主播·百节乌梅姐', unit: 'dachuan', phone: '13800028223',
    studio: '百节乌梅小院', mcn: null,
    categories: ['dried', 'drink.fruitwine'], audienceRegions: ['5117', '51'],
    typicalUnits: 110, priceMinFen: 1990, priceMaxFen: 6800,
    partyMember: false, partyConfirmed: false,
    intro: '百节镇乌梅合作社的社员，在快手卖乌梅干和自酿乌梅酒、乌梅汤。',
    accounts: [{ platform: 'kuaishou', handle: '百节乌梅姐', followers: 14_000 }],
  },
  {
    username: 'zb_anren_youzige', displayName: '主播·安仁柚子哥', unit: 'dachuan', phone: '13800028224',
    studio: '安仁柚子哥直播间', mcn: '四川巴山云播网络科技有限公司',
    categories: ['fruit.citrus', 'cured.bacon'], audienceRegions: ['51', '50', '44'],
    typicalUnits: 1400, priceMinFen: 2490, priceMaxFen: 7990,
    partyMember: false, partyConfirmed: false,
    intro: '达川区的水果主播，秋冬主卖安仁柚，腊月加卖达川腊肉香肠。',
    accounts: [
      { platform: 'douyin', handle: '安仁柚子哥', followers: 264_000 },
      { platform: 'kuaishou', handle: '达川柚子哥', followers: 38_000 },
    ],
  },
  {
    username: 'zb_tujia_zhijin', displayName: '主播·土家织锦幺妹', unit: 'xuanhan', phone: '13800028225',
    studio: '漆树乡土家织锦坊', mcn: null,
    categories: ['craft.embroidery', 'tea.green'], audienceRegions: ['51', '31', '11'],
    typicalUnits: 70, priceMinFen: 4900, priceMaxFen: 49900,
    partyMember: true, partyConfirmed: true,
    intro: '漆树土家族乡的织锦传承人，直播织“西兰卡普”，也帮乡里茶农卖漆碑茶。',
    accounts: [
      { platform: 'douyin', handle: '土家织锦幺妹', followers: 48_000 },
      { platform: 'xiaohongshu', handle: '幺妹的织锦', followers: 21_000 },
    ],
  },
  {
    username: 'zb_jiuyuan_heiji', displayName: '主播·旧院黑鸡大姐', unit: 'wanyuan', phone: '13800028226',
    studio: '旧院黑鸡养殖场', mcn: null,
    categories: ['meat.poultry', 'dried.mushroom'], audienceRegions: ['5117', '51', '50'],
    typicalUnits: 160, priceMinFen: 6800, priceMaxFen: 16800,
    partyMember: false, partyConfirmed: false,
    intro: '旧院黑鸡合作社的养殖户，在林下鸡场直播，卖旧院黑鸡、黑鸡蛋和石窝香菇。',
    accounts: [{ platform: 'kuaishou', handle: '旧院黑鸡大姐', followers: 33_000 }],
  },
  {
    username: 'zb_bashan_xiaoyang', displayName: '主播·巴山好品小杨', unit: 'dazhou_media_branch', phone: '13800028227',
    studio: '达州好品党员示范直播间', mcn: '四川巴山云播网络科技有限公司',
    categories: ['cured.cooked', 'grain.rice', 'tea.green', 'fruit.citrus'], audienceRegions: ['5117', '51', '50'],
    typicalUnits: 4000, priceMinFen: 1990, priceMaxFen: 16800,
    partyMember: true, partyConfirmed: true,
    intro: '达州市自媒体行业联合党支部的党员主播，专做“达州好品”专场，灯影牛肉、桃花米、富硒茶和安仁柚都带过。',
    accounts: [
      { platform: 'douyin', handle: '巴山好品小杨', followers: 1_820_000 },
      { platform: 'kuaishou', handle: '小杨带你逛达州', followers: 306_000 },
      { platform: 'shipinhao', handle: '巴山好品', followers: 92_000 },
    ],
  },
  {
    username: 'zb_dazhou_laoliu', displayName: '主播·达州吃货老六', unit: 'dazhou_media_branch', phone: '13800028228',
    studio: '老六探味', mcn: '达州巴山网红文化传媒有限公司',
    categories: ['cured.cooked', 'condiment.sauce', 'grain.noodle'], audienceRegions: ['5117', '51', '50'],
    typicalUnits: 1800, priceMinFen: 990, priceMaxFen: 6990,
    partyMember: false, partyConfirmed: false,
    intro: '达州本地探店美食博主，直播卖达州风味熟食、调料和手工面条。',
    accounts: [
      { platform: 'douyin', handle: '达州吃货老六', followers: 724_000 },
      { platform: 'xiaohongshu', handle: '老六探味', followers: 112_000 },
    ],
  },

  // —— 泸定县直播实训基地（3 位） ——
  {
    username: 'zb_xinglong_zhuoma', displayName: '主播·兴隆卓玛', unit: 'luding', phone: '13800028229',
    studio: null, mcn: null,
    categories: ['veg.fresh', 'fruit.other'], audienceRegions: ['51', '5101'],
    typicalUnits: 120, priceMinFen: 2990, priceMaxFen: 6990,
    partyMember: false, partyConfirmed: false,
    intro: '参加过泸定直播实训的藏族姑娘，帮兴隆镇乡亲卖高山土豆和苹果。',
    accounts: [{ platform: 'douyin', handle: '兴隆卓玛', followers: 16_000 }],
  },
  {
    username: 'zb_detuo_hetao', displayName: '主播·得妥核桃哥', unit: 'luding', phone: '13800028230',
    studio: '紫雅场村集体直播间', mcn: null,
    categories: ['dried.nuts', 'condiment.pepper'], audienceRegions: ['51'],
    typicalUnits: 50, priceMinFen: 2990, priceMaxFen: 8800,
    partyMember: false, partyConfirmed: false,
    intro: '得妥镇紫雅场村的年轻人，实训结业后在快手卖村集体的核桃和花椒。',
    accounts: [{ platform: 'kuaishou', handle: '得妥核桃哥', followers: 7_200 }],
  },
  {
    username: 'zb_kangba_maoniu', displayName: '主播·康巴牦牛嫂', unit: 'luding', phone: '13800028231',
    studio: '康巴牦牛直播间', mcn: '甘孜州雪域云端文化传媒有限公司',
    categories: ['cured.cooked', 'meat.beef', 'tea.dark'], audienceRegions: ['51', '44', '31'],
    typicalUnits: 1000, priceMinFen: 4990, priceMaxFen: 19800,
    partyMember: false, partyConfirmed: false,
    intro: '泸定的康巴主播，卖风干牦牛肉、牦牛肉干和藏茶，讲高原牧区的生活。',
    accounts: [
      { platform: 'douyin', handle: '康巴牦牛嫂', followers: 135_000 },
      { platform: 'kuaishou', handle: '牦牛嫂在泸定', followers: 28_000 },
    ],
  },
];
