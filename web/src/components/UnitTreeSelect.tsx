import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import type { Unit } from '../api/types';
import { buildUnitTree, type UnitNode } from './unitTree';
import { useUnits } from './useUnits';
import { useT } from '../i18n/context';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

export interface UnitTreeSelectProps {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Units that cannot be chosen (still shown). */
  disabledIds?: Set<string>;
  /** Hide deactivated units (default true when choosing, false when filtering). */
  hideInactive?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

export function UnitTreeSelect({
  value,
  onChange,
  placeholder,
  allowClear = true,
  disabledIds,
  hideInactive = false,
  style,
  'data-testid': testId,
}: UnitTreeSelectProps) {
  const t = useT();
  const { data: units = [], isPending } = useUnits();
  const treeData = useMemo(() => {
    const visible: Unit[] = hideInactive ? units.filter((u) => u.active) : units;
    const map = (n: UnitNode): TreeOption => ({
      value: n.unit.id,
      title: n.unit.active ? n.unit.name : `${n.unit.name}（${t('unit.inactive')}）`,
      disabled: disabledIds?.has(n.unit.id),
      children: n.children.map(map),
    });
    return buildUnitTree(visible).map(map);
  }, [units, hideInactive, disabledIds, t]);
  return (
    <TreeSelect
      data-testid={testId}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      loading={isPending}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder={placeholder ?? t('unit.choose')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 180, ...style }}
    />
  );
}
