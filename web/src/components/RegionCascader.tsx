import { useCallback, useEffect, useRef, useState } from 'react';
import { Cascader } from 'antd';
import { regionsApi } from '../api/regions';
import type { Region } from '../api/types';
import { REGION_LEVELS } from '../../../src/core/regions/regions.schema';
import { useT } from '../i18n/context';
import { useNotifyError } from './useNotifyError';

export type RegionLevel = (typeof REGION_LEVELS)[number];

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  level: RegionLevel;
  children?: RegionOption[];
  loading?: boolean;
}

export interface RegionCascaderProps {
  /** The deepest selected GB/T 2260 code, or null. */
  value?: string | null;
  onChange?: (code: string | null) => void;
  /** Do not offer levels below this one (e.g. 'county' for units, 'village' for producers' origin). */
  maxLevel?: RegionLevel;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

const levelIndex = (l: RegionLevel) => REGION_LEVELS.indexOf(l);

function toOption(r: Region, maxLevel: RegionLevel): RegionOption {
  return {
    value: r.code,
    label: r.name,
    level: r.level,
    isLeaf: !r.hasChildren || levelIndex(r.level) >= levelIndex(maxLevel),
  };
}

/**
 * Administrative-division picker: loads one level at a time from /api/regions and, given an
 * initial code, resolves its path through GET /api/regions/:code so the selection shows in full.
 */
export function RegionCascader({
  value,
  onChange,
  maxLevel = 'village',
  placeholder,
  disabled,
  allowClear = true,
  style,
  'data-testid': testId = 'region-cascader',
}: RegionCascaderProps) {
  const t = useT();
  const notifyError = useNotifyError();
  const rootRef = useRef<RegionOption[]>([]);
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  const emitted = useRef<string | null | undefined>(undefined);

  const refresh = () => setOptions([...rootRef.current]);

  const loadChildren = useCallback(
    async (parent?: RegionOption) => {
      const { items } = await regionsApi.children(parent?.value);
      const children = items.map((r) => toOption(r, maxLevel));
      if (parent) {
        parent.children = children;
        if (children.length === 0) parent.isLeaf = true;
      } else {
        rootRef.current = children;
      }
      return children;
    },
    [maxLevel],
  );

  // Top level once.
  useEffect(() => {
    let live = true;
    loadChildren()
      .then(() => live && refresh())
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [loadChildren, notifyError]);

  // Resolve an externally given code into its full path (and load the siblings along it).
  useEffect(() => {
    if (!value) {
      setPath([]);
      return;
    }
    if (value === emitted.current) return;
    let live = true;
    (async () => {
      const detail = await regionsApi.detail(value);
      const codes = detail.path.map((p) => p.code);
      if (codes[codes.length - 1] !== detail.code) codes.push(detail.code);
      if (rootRef.current.length === 0) await loadChildren();
      let level = rootRef.current;
      for (const code of codes.slice(0, -1)) {
        const node = level.find((o) => o.value === code);
        if (!node) break;
        if (!node.children) await loadChildren(node);
        level = node.children ?? [];
      }
      if (!live) return;
      refresh();
      setPath(codes);
    })().catch(notifyError);
    return () => {
      live = false;
    };
  }, [value, loadChildren, notifyError]);

  const loadData = (selected: RegionOption[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    target.loading = true;
    refresh();
    loadChildren(target)
      .catch(notifyError)
      .finally(() => {
        target.loading = false;
        refresh();
      });
  };

  return (
    <Cascader<RegionOption>
      data-testid={testId}
      options={options}
      loadData={loadData}
      value={path}
      changeOnSelect
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('region.placeholder')}
      style={{ width: '100%', ...style }}
      onChange={(codes) => {
        const list = (codes ?? []) as string[];
        const deepest = list.length ? list[list.length - 1] : null;
        emitted.current = deepest;
        setPath(list);
        onChange?.(deepest);
      }}
    />
  );
}
