import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { checkCreditCode } from '../rules/credit-code.js';
import { PRODUCER_STATUSES, PRODUCER_TYPES } from '../rules/producer-application.machine.js';

export const producerStatusSchema = z.enum(PRODUCER_STATUSES);
export const producerTypeSchema = z.enum(PRODUCER_TYPES);

const phone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请输入手机号或带区号的座机号');
const regionCode = z.string().trim().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '行政区划代码应为 6、9 或 12 位数字');
export const creditCodeSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const r = checkCreditCode(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.code;
  });
/** SC + 14 digits (食品生产许可证编号). */
const scLicence = z.string().trim().toUpperCase().regex(/^SC\d{14}$/, '食品生产许可证编号应为 SC 加 14 位数字');
/** JY + 14 digits (食品经营许可证编号). */
const businessLicence = z.string().trim().toUpperCase().regex(/^JY\d{14}$/, '食品经营许可证编号应为 JY 加 14 位数字');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const producerInputSchema = z.object({
  name: z.string().trim().min(2, '名称至少 2 个字').max(80),
  type: producerTypeSchema,
  regionCode,
  address: optionalText(200),
  contactName: z.string().trim().min(1, '请填写联系人').max(40),
  contactPhone: phone,
  creditCode: creditCodeSchema.nullable().optional(),
  scLicenceNo: scLicence.nullable().optional(),
  foodBusinessLicenceNo: businessLicence.nullable().optional(),
  bankName: optionalText(80),
  bankAccount: z.string().trim().regex(/^\d{8,30}$/, '银行账号应为 8–30 位数字').nullable().optional(),
  intro: optionalText(2000),
  /** Uploaded licence files (营业执照, SC, 经营许可证 scans), purpose 'licence'. */
  licenceFileIds: z.array(z.string()).max(10).optional(),
});
export type ProducerInput = z.infer<typeof producerInputSchema>;

export const createProducerBodySchema = producerInputSchema.extend({
  /** The unit the producer belongs to; defaults to the caller's only producer/staff unit. */
  unitId: z.string().optional(),
});
export const updateProducerBodySchema = producerInputSchema.partial();

export const fileRefSchema = z.object({ id: z.string(), mime: z.string(), sizeBytes: z.number().int(), originalName: z.string().nullable(), url: z.string() });
export type FileRef = z.infer<typeof fileRefSchema>;

export const siteVisitSchema = z.object({
  id: z.string(),
  visitedOn: z.string(),
  notes: z.string(),
  visitorName: z.string().nullable(),
  photos: z.array(fileRefSchema),
  createdAt: z.string(),
});

export const historyEntrySchema = z.object({
  event: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});

export const producerSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  type: producerTypeSchema,
  regionCode: z.string(),
  regionName: z.string(),
  contactName: z.string(),
  /** Masked (138****5678) unless the viewer owns the record or reviews it. */
  contactPhone: z.string(),
  creditCode: z.string().nullable(),
  status: producerStatusSchema,
  statusNote: z.string().nullable(),
  productCount: z.number().int(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProducerSummary = z.infer<typeof producerSummarySchema>;

export const producerSchema = producerSummarySchema.extend({
  ownerUserId: z.string().nullable(),
  address: z.string().nullable(),
  scLicenceNo: z.string().nullable(),
  foodBusinessLicenceNo: z.string().nullable(),
  bankName: z.string().nullable(),
  /** Always masked here; the full number only through the audited reveal endpoint. */
  bankAccount: z.string().nullable(),
  intro: z.string().nullable(),
  documentsChecked: z.boolean(),
  licences: z.array(fileRefSchema),
  siteVisits: z.array(siteVisitSchema),
  history: z.array(historyEntrySchema),
  /** Events the viewer may fire now: submit, approve, reject. */
  actions: z.array(z.string()),
  /** Events the viewer could fire once a condition is met, with what is missing (in Chinese). */
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Producer = z.infer<typeof producerSchema>;

export const listProducersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  status: producerStatusSchema.optional(),
  type: producerTypeSchema.optional(),
  unitId: z.string().optional(),
});

export const producerTransitionBodySchema = z.object({
  event: z.enum(['submit', 'approve', 'reject']),
  /** Required to reject. */
  reason: z.string().trim().max(500).optional(),
});
export const documentCheckBodySchema = z.object({ checked: z.boolean() });
export const siteVisitBodySchema = z.object({
  visitedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  notes: z.string().trim().min(1, '请填写考察记录').max(4000),
  photoFileIds: z.array(z.string()).max(20).default([]),
});
export const bankRevealSchema = z.object({ id: z.string(), bankName: z.string().nullable(), bankAccount: z.string().nullable() });
