import { useEffect, useState } from 'react';
import { InputNumber, Space } from 'antd';
import { useT } from '../../../i18n/context';
import { fenToYuan, yuanToFen } from '../../../components/money';

interface Props {
  minFen?: number;
  maxFen?: number;
  onChange: (minFen: number | undefined, maxFen: number | undefined) => void;
}

/** Price band typed in yuan, applied on blur or Enter (not on every keystroke). */
export function PriceBand({ minFen, maxFen, onChange }: Props) {
  const t = useT();
  const [min, setMin] = useState<number | null>(fenToYuan(minFen));
  const [max, setMax] = useState<number | null>(fenToYuan(maxFen));
  useEffect(() => setMin(fenToYuan(minFen)), [minFen]);
  useEffect(() => setMax(fenToYuan(maxFen)), [maxFen]);
  const commit = () => {
    const a = yuanToFen(min) ?? undefined;
    const b = yuanToFen(max) ?? undefined;
    if (a !== minFen || b !== maxFen) onChange(a, b);
  };
  const common = { min: 0, precision: 2, inputMode: 'decimal' as const, onBlur: commit, onPressEnter: commit, style: { width: '50%' } };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber {...common} placeholder={t('pool.priceMin')} value={min} onChange={(v) => setMin(v)} data-testid="pool-filter-price-min" />
      <InputNumber {...common} placeholder={t('pool.priceMax')} value={max} onChange={(v) => setMax(v)} data-testid="pool-filter-price-max" />
    </Space.Compact>
  );
}
