import { useState } from 'react';
import { Select } from 'antd';
import { useManagedProducts, usePoolSearch } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { formatFen } from '../../../components/money';

/** What the propose form needs of a product: its name and the producer's current terms. */
export interface PickedProduct {
  id: string;
  name: string;
  producerName: string;
  supplyPriceFen: number;
  retailPriceFen: number;
  commissionBp: number;
}

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** Streamers search the selection pool; producers and staff their own products in the pool. */
  source: 'pool' | 'managed';
  /** A product chosen before (from the URL), shown even when the search does not list it. */
  known: PickedProduct | null;
  onPicked: (p: PickedProduct | null) => void;
  'data-testid'?: string;
}

/** A product searched by name, with its producer and supply price in the option. */
export function ProductPick({ value, onChange, source, known, onPicked, 'data-testid': testId }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const pool = usePoolSearch(q, source === 'pool');
  const managed = useManagedProducts(q, source === 'managed');
  const list = source === 'pool' ? pool : managed;
  const found: PickedProduct[] = list.data?.items ?? [];
  const all = known && !found.some((p) => p.id === known.id) ? [known, ...found] : found;
  return (
    <Select
      data-testid={testId}
      value={value}
      onChange={(id: string | undefined) => {
        onPicked(all.find((p) => p.id === id) ?? null);
        onChange?.(id);
      }}
      allowClear
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: (s) => setQ(s.trim()) }}
      placeholder={source === 'pool' ? t('coop.productFromPool') : t('coop.productManaged')}
      notFoundContent={list.isFetching ? undefined : t('coop.noProduct')}
      options={all.map((p) => ({
        value: p.id,
        label: `${p.name} · ${p.producerName} · ${t('product.supplyPriceShort')} ${formatFen(p.supplyPriceFen)}`,
      }))}
      style={{ width: '100%' }}
    />
  );
}
