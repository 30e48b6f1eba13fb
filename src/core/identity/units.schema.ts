import { z } from 'zod';

/** Organisation-unit types (SPEC §1 and §2.5). */
export const UNIT_TYPES = [
  'province',
  'city',
  'county',
  'industry_committee',
  'joint_branch',
  'joint_org',
  'base',
  'enterprise',
  'venue',
  'training_site',
  'department',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_LABELS: Record<UnitType, { zh: string; en: string }> = {
  province: { zh: '省级平台', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县（区）', en: 'County' },
  industry_committee: { zh: '行业党委', en: 'Industry party committee' },
  joint_branch: { zh: '联合党支部', en: 'Joint party branch' },
  joint_org: { zh: '联合党组织', en: 'Joint party organisation' },
  base: { zh: '直播基地', en: 'Livestream base' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  venue: { zh: '阵地/场馆', en: 'Venue' },
  training_site: { zh: '实训基地', en: 'Training site' },
  department: { zh: '政府部门', en: 'Government department' },
};

export const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  type: z.enum(UNIT_TYPES),
  regionCode: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitListSchema = z.object({ items: z.array(unitSchema) });

const unitName = z.string().trim().min(1, '名称不能为空').max(100);
const regionCode = z.string().regex(/^\d{2,12}$/, '行政区划代码应为 2–12 位数字');

export const createUnitBodySchema = z.object({
  parentId: z.string(),
  name: unitName,
  type: z.enum(UNIT_TYPES),
  regionCode: regionCode.nullable().optional(),
});
export const updateUnitBodySchema = z
  .object({ name: unitName.optional(), type: z.enum(UNIT_TYPES).optional(), regionCode: regionCode.nullable().optional() })
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');
export const moveUnitBodySchema = z.object({ parentId: z.string() });
