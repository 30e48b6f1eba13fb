import { Steps, Tag } from 'antd';
import { COOPERATION_STATUSES, type CooperationStatus } from '../../../../../src/modules/matching/rules/cooperation.machine';
import type { Cooperation, CooperationSummary } from '../../../api/cooperation';
import { hasModule, useMe } from '../../../auth/useMe';
import { useI18n, type TFunction } from '../../../i18n/context';
import { formatBp, formatFen } from '../../../components/money';

export const COOP_STATUS_COLORS: Record<CooperationStatus, string> = { proposed: 'processing', accepted: 'gold', active: 'success', completed: 'default', terminated: 'error' };

export function CoopStatusTag({ status }: { status: CooperationStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COOP_STATUS_COLORS[status]} data-testid="coop-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`coop.status.${status}`)}
    </Tag>
  );
}

export function ProposedByTag({ side }: { side: CooperationSummary['proposedBySide'] }) {
  const { t } = useI18n();
  return (
    <Tag color={side === 'streamer' ? 'purple' : 'cyan'} data-testid="coop-proposed-by" data-side={side} style={{ marginInlineEnd: 0 }}>
      {t(`coop.proposedBy.${side}`)}
    </Tag>
  );
}

/** Status names for the history timeline (the first entry, 'propose', lands in 'proposed'). */
export function coopStatusLabel(t: TFunction, s: string): string {
  return (COOPERATION_STATUSES as readonly string[]).includes(s) ? t(`coop.status.${s as CooperationStatus}`) : s;
}

/** 2026-11-01 – 2026-11-30 */
export const windowText = (c: Pick<CooperationSummary, 'windowFrom' | 'windowTo'>) => `${c.windowFrom} – ${c.windowTo}`;

/** 供货价 ¥28.00 · 佣金 20% */
export function priceLine(t: TFunction, c: Pick<CooperationSummary, 'supplyPriceFen' | 'commissionBp'>): string {
  return `${t('product.supplyPriceShort')} ${formatFen(c.supplyPriceFen)} · ${t('product.commissionShort')} ${formatBp(c.commissionBp)}`;
}

const PATH = ['proposed', 'accepted', 'active', 'completed'] as const;

/** 提议 → 确认 → 合作中 → 完成; a terminated cooperation shows where it stopped, in red. */
export function CoopSteps({ c }: { c: Cooperation }) {
  const { t } = useI18n();
  const stopped = c.status === 'terminated';
  let current = (PATH as readonly string[]).indexOf(c.status);
  if (stopped) {
    const from = [...c.history].reverse().find((h) => h.to === 'terminated')?.from ?? 'proposed';
    current = Math.min(Math.max((PATH as readonly string[]).indexOf(from), 0) + 1, PATH.length - 1);
  }
  return (
    <Steps
      data-testid="coop-steps"
      data-current={current}
      type="dot"
      size="small"
      responsive={false}
      current={current}
      status={stopped ? 'error' : c.status === 'completed' ? 'finish' : 'process'}
      style={{ margin: '12px 0 4px' }}
      items={PATH.map((p, i) => ({ key: p, title: stopped && i === current ? t('coop.status.terminated') : t(`coop.step.${p}`) }))}
    />
  );
}

/** Where the viewer opens a product: their own products, the review queue (staff), or the pool. */
export function useProductPath(): (productId: string) => string {
  const me = useMe().data;
  const base = hasModule(me, 'catalog.myProducts') ? '/catalog/my-products' : hasModule(me, 'catalog.productReview') ? '/catalog/product-review' : '/catalog/pool';
  return (id) => `${base}/${encodeURIComponent(id)}`;
}
