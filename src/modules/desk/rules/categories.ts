/**
 * The service desk's vocabulary (SPEC §2.4): what a request is about, what kind of request it is,
 * and which departments answer. Codes are stable identifiers; labels are what users read.
 */
export const TICKET_CATEGORIES = ['business_registration', 'tax', 'contract_legal', 'ip', 'food_licence', 'ad_compliance', 'consumer_dispute', 'platform_rules', 'training_subsidy', 'other'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<TicketCategory, string> = {
  business_registration: '工商登记',
  tax: '税务/发票/个税申报',
  contract_legal: '合同与法律援助',
  ip: '知识产权',
  food_licence: '食品许可',
  ad_compliance: '广告合规',
  consumer_dispute: '消费纠纷',
  platform_rules: '平台账号与规则',
  training_subsidy: '培训补贴与技能证书',
  other: '其他',
};

export const TICKET_TYPES = ['inquiry', 'help', 'complaint'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const TYPE_LABELS: Record<TicketType, string> = { inquiry: '咨询', help: '求助', complaint: '投诉' };

/** Working days to handle a request, from the 12345 practice (Sichuan, December 2025). */
export const LIMIT_WORKING_DAYS: Record<TicketType, number> = { inquiry: 3, help: 7, complaint: 15 };

export const DEPARTMENT_KINDS = ['commerce', 'tax', 'justice', 'market', 'hr', 'cyber'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
export const KIND_LABELS: Record<DepartmentKind, string> = { commerce: '商务', tax: '税务', justice: '司法', market: '市场监管', hr: '人社', cyber: '网信' };

/**
 * Which department answers each category unless an admin has set otherwise for a region.
 * "其他" goes to 商务, which runs the e-commerce base policy and passes on what is not its own.
 */
export const DEFAULT_ROUTING: Record<TicketCategory, DepartmentKind> = {
  business_registration: 'market',
  tax: 'tax',
  contract_legal: 'justice',
  ip: 'market',
  food_licence: 'market',
  ad_compliance: 'market',
  consumer_dispute: 'market',
  platform_rules: 'cyber',
  training_subsidy: 'hr',
  other: 'commerce',
};

export const CONTACT_METHODS = ['phone', 'in_app', 'onsite'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Satisfaction on the five-level scale of the 12345 practice. */
export const RATING_LABELS: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };
/** Ratings at or below this trigger a follow-up call within one working day. */
export const FOLLOW_UP_AT_OR_BELOW = 2;
/** Calendar days after resolution when an unrated ticket closes itself. */
export const AUTO_CLOSE_DAYS = 7;
/** Most working days one extension may add. */
export const MAX_EXTENSION_DAYS = 15;
