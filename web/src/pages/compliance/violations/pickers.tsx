import { useState } from 'react';
import { Select } from 'antd';
import { useConvention, useStreamerPick } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';

interface PickerProps<V> {
  value?: V;
  onChange?: (value: V) => void;
  'data-testid'?: string;
}

/** Streamers the viewer may report (the server decides who that is), searched by name. */
export function StreamerSelect({ value, onChange, 'data-testid': testId }: PickerProps<string | undefined>) {
  const t = useT();
  const [q, setQ] = useState('');
  const list = useStreamerPick(q);
  return (
    <Select
      data-testid={testId}
      value={value}
      onChange={onChange}
      placeholder={t('violation.streamerPlaceholder')}
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: (s) => setQ(s.trim()) }}
      options={(list.data?.items ?? []).map((s) => ({ value: s.userId, label: s.unitName ? `${s.displayName}（${s.unitName}）` : s.displayName }))}
      notFoundContent={list.isFetching ? undefined : t('violation.noStreamer')}
      style={{ width: '100%' }}
    />
  );
}

/** A clause of the convention in force: 第 N 条 and the start of its text. */
export function ClauseSelect({ value, onChange, 'data-testid': testId, allowClear = true }: PickerProps<number | null | undefined> & { allowClear?: boolean }) {
  const t = useT();
  const convention = useConvention();
  const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  return (
    <Select
      data-testid={testId}
      value={value ?? undefined}
      onChange={(v: number | undefined) => onChange?.(v ?? null)}
      allowClear={allowClear}
      loading={convention.isPending}
      placeholder={t('violation.clausePlaceholder')}
      options={(convention.data?.clauses ?? []).map((c) => ({ value: c.number, label: `${t('violation.clauseValue', { n: c.number })} ${clip(c.text)}` }))}
      style={{ width: '100%' }}
    />
  );
}
