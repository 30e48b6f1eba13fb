import { z } from 'zod';

export const PLATFORMS = ['douyin', 'kuaishou', 'shipinhao', 'taobao', 'xiaohongshu'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const PLATFORM_LABELS: Record<Platform, string> = { douyin: '抖音', kuaishou: '快手', shipinhao: '视频号', taobao: '淘宝直播', xiaohongshu: '小红书' };

const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字`).nullish();

export const accountSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1, '请填写账号名称').max(60, '账号名称最多 60 个字'),
  followers: z.number().int().min(0).max(2_000_000_000),
});

export const profileInputSchema = z
  .object({
    studio: optionalText('直播间/工作室', 60),
    mcn: optionalText('MCN 机构', 60),
    /** Category ids (a top-level category covers its children). */
    categories: z.array(z.string().min(1).max(40)).min(1, '请至少选择一个主营品类').max(10),
    /** GB/T 2260 code prefixes where the audience lives ('51' 四川, '5105' 泸州). */
    audienceRegions: z.array(z.string().regex(/^\d{2,12}$/, '地区代码格式不正确')).max(10).default([]),
    typicalUnits: z.number().int().min(1, '场均销量至少为 1').max(1_000_000),
    priceMinFen: z.number().int().min(0),
    priceMaxFen: z.number().int().min(0),
    partyMember: z.boolean().default(false),
    /** The party organisation whose secretary confirms the membership (see GET /api/matching/party-branches). */
    partyBranchUnitId: z.string().min(1).max(64).nullish(),
    intro: optionalText('简介', 500),
    accounts: z.array(accountSchema).min(1, '请至少填写一个直播平台账号').max(10),
  })
  .refine((p) => p.priceMaxFen >= p.priceMinFen, { message: '常卖价格区间的上限不能低于下限', path: ['priceMaxFen'] })
  .refine((p) => !p.partyMember || Boolean(p.partyBranchUnitId), { message: '党员请选择所在党组织，由其书记确认', path: ['partyBranchUnitId'] });
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const profileSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  unitName: z.string().nullable(),
  /** False until the streamer saves a profile (the fields are then defaults). */
  exists: z.boolean(),
  studio: z.string().nullable(),
  mcn: z.string().nullable(),
  categories: z.array(z.string()),
  audienceRegions: z.array(z.string()),
  typicalUnits: z.number().int(),
  priceMinFen: z.number().int(),
  priceMaxFen: z.number().int(),
  intro: z.string().nullable(),
  accounts: z.array(accountSchema),
  followers: z.number().int(),
  party: z.object({ declared: z.boolean(), branchUnitId: z.string().nullable(), branchName: z.string().nullable(), confirmedByName: z.string().nullable(), confirmedAt: z.string().nullable() }),
  updatedAt: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;

/** Unit types that are party organisations: where a streamer's membership is confirmed. */
export const PARTY_UNIT_TYPES = ['industry_committee', 'joint_branch', 'joint_org'] as const;

export const partyBranchesSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export const partyConfirmationBodySchema = z.object({ confirmed: z.boolean() });
export const partyMembersQuerySchema = z.object({ status: z.enum(['pending', 'confirmed']).optional() });
export const partyMembersSchema = z.object({
  items: z.array(z.object({ userId: z.string(), displayName: z.string(), unitName: z.string().nullable(), branchName: z.string(), declaredAt: z.string(), confirmedAt: z.string().nullable(), confirmedByName: z.string().nullable() })),
});
