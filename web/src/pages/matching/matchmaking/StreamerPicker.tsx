import { useState } from 'react';
import { Select } from 'antd';
import { useStreamerPick } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';

/** userId → display name of streamers the page has seen (plan, ranking, searches). */
export type KnownStreamers = Map<string, string>;

interface Props<V> {
  value?: V;
  onChange?: (v: V) => void;
  known: KnownStreamers;
  onSeen: (people: { userId: string; displayName: string }[]) => void;
  'data-testid'?: string;
}

/** Streamers searched by name (the reporting picker's list), several or one. */
export function StreamerPicker<V extends string[] | string | null | undefined>({ value, onChange, known, onSeen, multiple, 'data-testid': testId }: Props<V> & { multiple?: boolean }) {
  const t = useT();
  const [q, setQ] = useState('');
  const list = useStreamerPick(q);
  const found = list.data?.items ?? [];
  const chosen = (Array.isArray(value) ? value : value ? [value] : []) as string[];
  const options = [
    ...chosen.filter((id) => !found.some((s) => s.userId === id)).map((id) => ({ value: id, label: known.get(id) ?? id })),
    ...found.map((s) => ({ value: s.userId, label: s.unitName ? `${s.displayName}（${s.unitName}）` : s.displayName })),
  ];
  return (
    <Select
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      onChange={(v: string[] | string) => {
        onSeen(found.filter((s) => (Array.isArray(v) ? v : [v]).includes(s.userId)));
        onChange?.((v ?? (multiple ? [] : null)) as V);
      }}
      allowClear
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: (s) => setQ(s.trim()) }}
      options={options}
      placeholder={t('plan.streamerPlaceholder')}
      notFoundContent={list.isFetching ? undefined : t('violation.noStreamer')}
      style={{ width: '100%' }}
    />
  );
}
