import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const COOPERATION_STATUSES = ['proposed', 'accepted', 'active', 'completed', 'terminated'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];
export const COOPERATION_STATUS_LABELS: Record<CooperationStatus, string> = { proposed: '待对方确认', accepted: '已确认', active: '合作中', completed: '已完成', terminated: '已终止' };
export const SHIPPING_MODES = ['producer_ships', 'base_stock'] as const;
export const SHIPPING_MODE_LABELS: Record<(typeof SHIPPING_MODES)[number], string> = { producer_ships: '生产主体一件代发', base_stock: '基地仓备货发货' };

export interface CooperationFacts {
  /** The side of the user acting, and the side that proposed. */
  actingSide: 'streamer' | 'producer';
  proposedBySide: 'streamer' | 'producer';
  streamerSignedConvention: boolean;
  supplyPriceFen: number;
  /** The producer's current supply price of the product: no cooperation below it (SPEC §2.2). */
  productSupplyPriceFen: number;
  reason: string | null;
}

const otherSide = (f: CooperationFacts): GuardResult =>
  f.actingSide !== f.proposedBySide ? true : { reason: 'own_proposal', message: '合作须由对方确认，不能确认自己发起的提议' };
const terms = (f: CooperationFacts): GuardResult => {
  if (!f.streamerSignedConvention) return { reason: 'convention_unsigned', message: '主播须先签署现行主播公约才能合作' };
  if (f.supplyPriceFen < f.productSupplyPriceFen) return { reason: 'below_supply_price', message: `供货价不能低于生产主体的现行供货价（${(f.productSupplyPriceFen / 100).toFixed(2)} 元）` };
  return true;
};
const withReason = (f: CooperationFacts): GuardResult => (f.reason?.trim() ? true : { reason: 'reason_missing', message: '请填写终止原因' });

/**
 * A cooperation (SPEC §2.2): proposed → accepted → active → completed | terminated. Either side
 * proposes and the other accepts; the streamer must have signed the current convention and the
 * supply price may not be below the producer's current one (checked again on acceptance, since
 * the producer may have changed it). "producer" is the product's owner or staff over it.
 */
export const cooperationMachine = defineMachine<CooperationStatus, CooperationFacts>({
  name: 'cooperation',
  states: COOPERATION_STATUSES,
  initial: 'proposed',
  terminal: ['completed', 'terminated'],
  transitions: [
    { event: 'accept', from: 'proposed', to: 'accepted', roles: ['streamer', 'producer'], guard: (f) => { const o = otherSide(f); return o === true ? terms(f) : o; } },
    { event: 'activate', from: 'accepted', to: 'active', roles: ['streamer', 'producer', 'system'] },
    { event: 'complete', from: 'active', to: 'completed', roles: ['streamer', 'producer', 'system'] },
    { event: 'terminate', from: ['proposed', 'accepted', 'active'], to: 'terminated', roles: ['streamer', 'producer'], guard: withReason },
  ],
});

/** The terms a proposal must meet before it is even stored. */
export function proposalProblem(f: Pick<CooperationFacts, 'streamerSignedConvention' | 'supplyPriceFen' | 'productSupplyPriceFen'>): string | null {
  const r = terms({ ...f, actingSide: 'streamer', proposedBySide: 'producer', reason: null });
  return r === true ? null : (r.message ?? r.reason);
}

/** What a date-driven sweep does to a cooperation on `today`: start it in its window, close it after. */
export function cooperationDueStep(c: { status: CooperationStatus; windowFrom: string; windowTo: string }, today: string): 'activate' | 'complete' | null {
  if (c.status === 'accepted' && today >= c.windowFrom) return 'activate';
  if (c.status === 'active' && today > c.windowTo) return 'complete';
  return null;
}
