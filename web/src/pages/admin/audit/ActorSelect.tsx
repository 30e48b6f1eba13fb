import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { usersApi } from '../../../api/users';
import { QK } from '../../../api/hooks';
import { useT } from '../../../i18n/context';

/** Picks a user by searching username / name on the server. */
export function ActorSelect({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const users = useQuery({
    queryKey: [...QK.users, 'actor-search', q],
    queryFn: () => usersApi.list({ q: q || undefined, page: 1, pageSize: 20 }),
  });
  return (
    <Select
      allowClear
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={users.isFetching}
      placeholder={t('audit.actor')}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
      style={{ width: '100%' }}
      data-testid="audit-filter-actor"
    />
  );
}
