import { Tag } from 'antd';
import { UNIT_TYPE_LABELS, type UnitType } from '../../../../../src/core/identity/units.schema';
import { useLabel } from '../../../i18n/context';

const COLORS: Partial<Record<UnitType, string>> = {
  province: 'red',
  city: 'volcano',
  county: 'orange',
  industry_committee: 'magenta',
  joint_branch: 'purple',
  joint_org: 'purple',
  base: 'blue',
  enterprise: 'cyan',
  department: 'geekblue',
};

export function UnitTypeTag({ type }: { type: UnitType }) {
  const label = useLabel();
  return <Tag color={COLORS[type] ?? 'default'}>{label(UNIT_TYPE_LABELS[type], type)}</Tag>;
}
