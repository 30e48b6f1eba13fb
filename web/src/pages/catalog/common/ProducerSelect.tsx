import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { producersApi } from '../../../api/producers';
import { QK } from '../../../api/hooks';
import type { ProducerSummary } from '../../../api/types';
import { useT } from '../../../i18n/context';

export interface ProducerSelectProps {
  value?: string;
  onChange?: (id: string | undefined, producer: ProducerSummary | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/** Producers the viewer may see (a producer: their own; staff: their scope), searchable by name. */
export function ProducerSelect({ value, onChange, placeholder, allowClear, style, 'data-testid': testId }: ProducerSelectProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: [...QK.producers, 'select', q],
    queryFn: () => producersApi.list({ q: q || undefined, page: 1, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  return (
    <Select
      data-testid={testId}
      value={value}
      allowClear={allowClear}
      placeholder={placeholder}
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: (s) => setQ(s.trim()) }}
      onChange={(id: string | undefined) => onChange?.(id, items.find((p) => p.id === id))}
      options={items.map((p) => ({
        value: p.id,
        label: p.status === 'approved' ? p.name : `${p.name}${t('product.producerNotApproved')}`,
      }))}
      style={{ width: '100%', ...style }}
    />
  );
}
