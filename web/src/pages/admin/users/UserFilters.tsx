import { Input, Select, Space, Switch } from 'antd';
import { ROLES, ROLE_LABELS, type Role } from '../../../../../src/core/access/roles';
import { useLabel, useT } from '../../../i18n/context';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';

export interface UserFilterValues {
  unitId?: string;
  descendants: boolean;
  q?: string;
  role?: Role;
  status?: 'active' | 'disabled';
}

interface Props {
  value: UserFilterValues;
  onChange: (next: UserFilterValues) => void;
}

export function UserFilters({ value, onChange }: Props) {
  const t = useT();
  const label = useLabel();
  const set = (patch: Partial<UserFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Space wrap size={[12, 8]} style={{ marginBottom: 12 }} data-testid="user-filters">
      <UnitTreeSelect
        value={value.unitId}
        onChange={(unitId) => set({ unitId })}
        placeholder={t('user.filterUnit')}
        style={{ width: 220 }}
        data-testid="user-filter-unit"
      />
      <Space size={4}>
        <Switch checked={value.descendants} onChange={(descendants) => set({ descendants })} data-testid="user-filter-descendants" />
        <span>{t('user.includeDescendants')}</span>
      </Space>
      <Input.Search
        allowClear
        placeholder={t('user.searchPlaceholder')}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="user-filter-q"
      />
      <Select
        allowClear
        placeholder={t('user.role')}
        value={value.role}
        onChange={(role) => set({ role })}
        options={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r], r) }))}
        style={{ width: 150 }}
        data-testid="user-filter-role"
      />
      <Select
        allowClear
        placeholder={t('user.status')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={[
          { value: 'active', label: t('user.status.active') },
          { value: 'disabled', label: t('user.status.disabled') },
        ]}
        style={{ width: 120 }}
        data-testid="user-filter-status"
      />
    </Space>
  );
}
