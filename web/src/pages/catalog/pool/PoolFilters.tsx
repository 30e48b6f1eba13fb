import type { ReactNode } from 'react';
import { Button, Checkbox, Select } from 'antd';
import { EVIDENCE_KINDS } from '../../../../../src/modules/catalog/rules/evidence-rules';
import { STORAGE_KINDS, SUGGESTED_TAGS } from '../../../../../src/modules/catalog/products/products.schema';
import type { SearchQuery } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { RegionCascader } from '../../../components/RegionCascader';
import { CategoryTreeSelect } from '../common/CategoryTreeSelect';
import { PriceBand } from './PriceBand';
import type { PoolKey } from './poolQuery';

type Patch = Partial<Record<PoolKey, string | number | undefined>>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)', marginBottom: 4 }}>{label}</div>
      {children}
    </div>
  );
}

/** The pool's filters; every change applies at once (and lands in the URL). */
export function PoolFilters({ query, onPatch, onClear }: { query: SearchQuery; onPatch: (p: Patch) => void; onClear: () => void }) {
  const t = useT();
  const any = { value: '', label: t('pool.any') };
  const tags = query.tags ? query.tags.split(',').filter(Boolean) : [];
  return (
    <div data-testid="pool-filters" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12 }}>
      <Field label={t('product.category')}>
        <CategoryTreeSelect value={query.categoryId} onChange={(v) => onPatch({ categoryId: v })} placeholder={t('pool.any')} data-testid="pool-filter-category" />
      </Field>
      <Field label={t('pool.region')}>
        <RegionCascader value={query.regionCode ?? null} onChange={(v) => onPatch({ regionCode: v ?? undefined })} maxLevel="county" placeholder={t('pool.regionPlaceholder')} data-testid="pool-filter-region" />
      </Field>
      <Field label={t('pool.priceBand')}>
        <PriceBand minFen={query.priceMinFen} maxFen={query.priceMaxFen} onChange={(a, b) => onPatch({ priceMinFen: a, priceMaxFen: b })} />
      </Field>
      <Field label={t('pool.commissionMin')}>
        <Select
          value={query.commissionMinBp ?? ''}
          onChange={(v: number | '') => onPatch({ commissionMinBp: v === '' ? undefined : v })}
          options={[any, ...[500, 1000, 1500, 2000, 3000].map((bp) => ({ value: bp, label: `≥ ${bp / 100}%` }))]}
          style={{ width: '100%' }}
          data-testid="pool-filter-commission"
        />
      </Field>
      <Field label={t('pool.qualityMin')}>
        <Select
          value={query.qualityMin ?? ''}
          onChange={(v: number | '') => onPatch({ qualityMin: v === '' ? undefined : v })}
          options={[any, ...[60, 70, 80, 90].map((n) => ({ value: n, label: `≥ ${n}` }))]}
          style={{ width: '100%' }}
          data-testid="pool-filter-quality"
        />
      </Field>
      <Field label={t('product.storage')}>
        <Select
          value={query.storage ?? ''}
          onChange={(v: string) => onPatch({ storage: v || undefined })}
          options={[any, ...STORAGE_KINDS.map((s) => ({ value: s, label: t(`product.storage.${s}`) }))]}
          style={{ width: '100%' }}
          data-testid="pool-filter-storage"
        />
      </Field>
      <Field label={t('pool.evidenceKind')}>
        <Select
          value={query.evidenceKind ?? ''}
          onChange={(v: string) => onPatch({ evidenceKind: v || undefined })}
          options={[any, ...EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))]}
          style={{ width: '100%' }}
          data-testid="pool-filter-evidence"
        />
      </Field>
      <Field label={t('product.tags')}>
        <Select
          mode="tags"
          value={tags}
          onChange={(v: string[]) => onPatch({ tags: v.length ? v.join(',') : undefined })}
          options={SUGGESTED_TAGS.map((s) => ({ value: s, label: s }))}
          placeholder={t('pool.any')}
          style={{ width: '100%' }}
          data-testid="pool-filter-tags"
        />
      </Field>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
        <Checkbox checked={query.inSeason === 'true'} onChange={(e) => onPatch({ inSeason: e.target.checked ? 'true' : undefined })} data-testid="pool-filter-in-season">
          {t('pool.inSeason')}
        </Checkbox>
        <Checkbox
          checked={query.freeShipping === 'true'}
          onChange={(e) => onPatch({ freeShipping: e.target.checked ? 'true' : undefined })}
          data-testid="pool-filter-free-shipping"
        >
          {t('product.freeShipping')}
        </Checkbox>
        <Button type="link" size="small" onClick={onClear} data-testid="pool-filter-clear">
          {t('common.clearFilters')}
        </Button>
      </div>
    </div>
  );
}
