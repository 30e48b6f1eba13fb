import { Space, Tag } from 'antd';
import { ROLE_LABELS, type Role } from '../../../src/core/access/roles';
import { useLabel } from '../i18n/context';

export interface RoleLike {
  role: Role;
  unitId: string;
  unitName?: string;
}

/** Roles shown as "角色@单位" tags. */
export function RoleTags({ roles, unitName }: { roles: RoleLike[]; unitName?: (unitId: string) => string | undefined }) {
  const label = useLabel();
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((r) => (
        <Tag key={`${r.role}@${r.unitId}`} color={r.role === 'admin' ? 'red' : 'blue'} data-testid="role-tag">
          {label(ROLE_LABELS[r.role], r.role)}@{r.unitName ?? unitName?.(r.unitId) ?? r.unitId}
        </Tag>
      ))}
    </Space>
  );
}
