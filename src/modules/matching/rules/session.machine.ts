import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const SESSION_STATUSES = ['draft', 'scheduled', 'live', 'ended', 'reported', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { draft: '草稿', scheduled: '已排期', live: '直播中', ended: '已结束', reported: '已提交战报', cancelled: '已取消' };
/** Days after the end within which the sales report is due (SPEC §2.2). */
export const REPORT_DAYS = 3;

export interface SessionFacts {
  productCount: number;
  /** Must-fix findings in the script as saved, and whether base staff let them through. */
  scriptMustFix: number;
  overridden: boolean;
  /** Every product is under an accepted or active cooperation of this streamer… */
  cooperationsCover: boolean;
  /** …whose window contains the session's date. */
  insideWindows: boolean;
  /** The 党员示范直播间 flag asks for a confirmed party member. */
  partyDemo: boolean;
  partyConfirmed: boolean;
  startsInFuture: boolean;
  reportComplete: boolean;
  reason: string | null;
}

const schedulable = (f: SessionFacts): GuardResult => {
  if (f.productCount === 0) return { reason: 'no_products', message: '请至少添加一个商品' };
  if (!f.cooperationsCover) return { reason: 'no_cooperation', message: '每个商品都须有已确认的合作' };
  if (!f.insideWindows) return { reason: 'outside_window', message: '直播日期须在每个商品的合作期限内' };
  if (f.scriptMustFix > 0 && !f.overridden) return { reason: 'script_must_fix', message: `话术中有 ${f.scriptMustFix} 处必须修改的违规用语，请修改后再排期（或由基地工作人员说明理由后放行）` };
  if (f.partyDemo && !f.partyConfirmed) return { reason: 'party_unconfirmed', message: '党员示范直播间须由支部确认党员身份' };
  if (!f.startsInFuture) return { reason: 'starts_in_past', message: '开播时间须晚于现在' };
  return true;
};
const reported = (f: SessionFacts): GuardResult => (f.reportComplete ? true : { reason: 'report_incomplete', message: '请为每个商品填写销量、成交额、退款件数和投诉数' });
const withReason = (f: SessionFacts): GuardResult => (f.reason?.trim() ? true : { reason: 'reason_missing', message: '请填写取消原因' });

/**
 * A live session (SPEC §2.2): draft → scheduled → live → ended → reported | cancelled. The script
 * is checked by the compliance checker whenever it is saved; must-fix findings block scheduling
 * until fixed or let through by base staff with a reason. The sales report is due 3 days after the end.
 */
export const sessionMachine = defineMachine<SessionStatus, SessionFacts>({
  name: 'live_session',
  states: SESSION_STATUSES,
  initial: 'draft',
  terminal: ['reported', 'cancelled'],
  transitions: [
    { event: 'schedule', from: 'draft', to: 'scheduled', roles: ['streamer'], guard: schedulable },
    { event: 'revise', from: 'scheduled', to: 'draft', roles: ['streamer'] },
    { event: 'go_live', from: 'scheduled', to: 'live', roles: ['streamer'] },
    { event: 'end', from: 'live', to: 'ended', roles: ['streamer'] },
    { event: 'report', from: 'ended', to: 'reported', roles: ['streamer'], guard: reported },
    { event: 'cancel', from: ['draft', 'scheduled'], to: 'cancelled', roles: ['streamer', 'staff'], guard: withReason },
  ],
});

export const reportDueAt = (endedAt: string) => new Date(Date.parse(endedAt) + REPORT_DAYS * 86_400_000).toISOString();
export const isReportOverdue = (s: { status: SessionStatus; reportDueAt: string | null }, now: string) => s.status === 'ended' && s.reportDueAt !== null && now > s.reportDueAt;

export type PriceMark = 'below_supply' | 'far_below_retail';
/** A live price "far below" the suggested retail price: under 70 % of it. */
export const FAR_BELOW_RATIO = 0.7;

/**
 * Marks on the price board (SPEC §2.2): information only. LiveBase never enforces a minimum resale
 * price (Anti-Monopoly Law arts. 17–18); it shows the producer and the streamers where a session
 * sells below the supply price or far below the suggested retail price.
 */
export function priceMarks(livePriceFen: number, supplyPriceFen: number, retailPriceFen: number): PriceMark[] {
  const marks: PriceMark[] = [];
  if (livePriceFen < supplyPriceFen) marks.push('below_supply');
  if (livePriceFen < retailPriceFen * FAR_BELOW_RATIO) marks.push('far_below_retail');
  return marks;
}

/** Two sessions clash when their windows overlap (touching ends do not). */
export const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
