import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import type { Category } from '../../../api/types';
import { useCategories } from './useCategories';

interface Node {
  value: string;
  title: string;
  children: Node[];
}

function buildTree(items: Category[]): Node[] {
  const nodes = new Map<string, Node>(items.map((c) => [c.id, { value: c.id, title: c.name, children: [] }]));
  const roots: Node[] = [];
  for (const c of items) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export interface CategoryTreeSelectProps {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

export function CategoryTreeSelect({ value, onChange, placeholder, allowClear = true, style, 'data-testid': testId }: CategoryTreeSelectProps) {
  const { data = [], isPending } = useCategories();
  const treeData = useMemo(() => buildTree(data), [data]);
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
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
    />
  );
}
