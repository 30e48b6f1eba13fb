import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Card, Col, Empty, Input, Row, Tag, Tree, type TreeDataNode } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unitsApi } from '../../../api/units';
import type { Unit } from '../../../api/types';
import { QK } from '../../../api/hooks';
import { useT } from '../../../i18n/context';
import { buildUnitTree, type UnitNode } from '../../../components/unitTree';
import { useUnits } from '../../../components/useUnits';
import { useNotifyError } from '../../../components/useNotifyError';
import { UnitTypeTag } from './UnitTypeTag';
import { UnitDetails } from './UnitDetails';
import { UnitFormModal, type UnitFormValues } from './UnitFormModal';
import { MoveUnitModal } from './MoveUnitModal';
import { useIsMobile } from '../../../layout/useIsMobile';

type Dialog = { kind: 'create' | 'edit' | 'move' } | null;

export function UnitsPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { data: units = [], isPending, error } = useUnits();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);

  const selected = units.find((u) => u.id === selectedId) ?? null;
  const mobile = useIsMobile();
  const detailsRef = useRef<HTMLDivElement>(null);
  // On a phone the details sit below the tree: bring them into view when a unit is picked.
  useEffect(() => {
    if (mobile && selectedId) detailsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [mobile, selectedId]);
  const forest = useMemo(() => buildUnitTree(units), [units]);

  const treeData = useMemo(() => {
    const q = filter.trim();
    const toNode = (n: UnitNode): TreeDataNode | null => {
      const children = n.children.map(toNode).filter((c): c is TreeDataNode => c !== null);
      if (q && !n.unit.name.includes(q) && children.length === 0) return null;
      return {
        key: n.unit.id,
        title: (
          <span data-testid="unit-node" data-unit-id={n.unit.id} data-active={n.unit.active ? 'true' : 'false'}>
            <span className={n.unit.active ? undefined : 'lb-inactive'}>{n.unit.name}</span> <UnitTypeTag type={n.unit.type} />
            {!n.unit.active && <Tag>{t('unit.inactive')}</Tag>}
          </span>
        ),
        children,
      };
    };
    return forest.map(toNode).filter((c): c is TreeDataNode => c !== null);
  }, [forest, filter, t]);

  // Until the user folds something, show the first two levels (or everything while filtering).
  const defaultExpanded = useMemo(() => {
    if (filter.trim()) return units.map((u) => u.id);
    return forest.flatMap((r) => [r.unit.id, ...r.children.map((c) => c.unit.id)]);
  }, [forest, units, filter]);

  const done = (text: string, unit?: Unit) => {
    void message.success(text);
    setDialog(null);
    if (unit) {
      setSelectedId(unit.id);
      if (unit.parentId) setExpanded((e) => Array.from(new Set([...(e ?? defaultExpanded), unit.parentId!])));
    }
    return qc.invalidateQueries({ queryKey: QK.units });
  };

  const create = useMutation({
    mutationFn: (v: UnitFormValues) => unitsApi.create({ parentId: selected!.id, name: v.name, type: v.type, regionCode: v.regionCode ?? null }),
    onSuccess: (u) => done(t('unit.created'), u),
    onError: notifyError,
  });
  const update = useMutation({
    mutationFn: (v: UnitFormValues) => unitsApi.update(selected!.id, { name: v.name, type: v.type, regionCode: v.regionCode ?? null }),
    onSuccess: (u) => done(t('common.saved'), u),
    onError: notifyError,
  });
  const move = useMutation({
    mutationFn: (parentId: string) => unitsApi.move(selected!.id, parentId),
    onSuccess: (u) => done(t('unit.moved'), u),
    onError: notifyError,
  });
  const toggle = useMutation({
    mutationFn: (u: Unit) => (u.active ? unitsApi.deactivate(u.id) : unitsApi.activate(u.id)),
    onSuccess: (u) => done(u.active ? t('unit.activated') : t('unit.deactivated'), u),
    onError: notifyError,
  });

  return (
    <Row gutter={[16, 16]} data-testid="page-units">
      <Col xs={24} md={12} xl={10}>
        <Card title={t('module.admin.units')} loading={isPending}>
          {error && <Empty description={error.message} />}
          <Input.Search
            allowClear
            placeholder={t('unit.filter')}
            onChange={(e) => setFilter(e.target.value)}
            style={{ marginBottom: 12 }}
            data-testid="unit-filter"
          />
          <div style={{ overflowX: 'auto' }}>
            <Tree
              data-testid="unit-tree"
              treeData={treeData}
              selectedKeys={selectedId ? [selectedId] : []}
              expandedKeys={filter.trim() ? defaultExpanded : (expanded ?? defaultExpanded)}
              onExpand={(keys) => setExpanded(keys.map(String))}
              onSelect={(keys) => keys.length && setSelectedId(String(keys[0]))}
              blockNode
            />
          </div>
        </Card>
      </Col>
      <Col xs={24} md={12} xl={14} ref={detailsRef}>
        <Card title={t('unit.details')}>
          {selected ? (
            <UnitDetails
              unit={selected}
              units={units}
              busy={toggle.isPending}
              onCreateChild={() => setDialog({ kind: 'create' })}
              onEdit={() => setDialog({ kind: 'edit' })}
              onMove={() => setDialog({ kind: 'move' })}
              onToggleActive={() => toggle.mutate(selected)}
            />
          ) : (
            <Empty description={t('unit.selectHint')} />
          )}
        </Card>
      </Col>
      <UnitFormModal
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        mode={dialog?.kind === 'edit' ? 'edit' : 'create'}
        unit={selected}
        saving={create.isPending || update.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(v) => (dialog?.kind === 'edit' ? update.mutate(v) : create.mutate(v))}
      />
      <MoveUnitModal
        open={dialog?.kind === 'move'}
        unit={selected}
        saving={move.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(parentId) => move.mutate(parentId)}
      />
    </Row>
  );
}
