import { Breadcrumb, Button, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { EditOutlined, PlusOutlined, DragOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import type { Unit } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';
import { unitPath } from '../../../components/unitTree';
import { UnitTypeTag } from './UnitTypeTag';

interface Props {
  unit: Unit;
  units: Unit[];
  busy: boolean;
  onCreateChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onToggleActive: () => void;
}

export function UnitDetails({ unit, units, busy, onCreateChild, onEdit, onMove, onToggleActive }: Props) {
  const { t, locale } = useI18n();
  const path = unitPath(units, unit.id);
  return (
    <div data-testid="unit-details" data-unit-id={unit.id}>
      <Breadcrumb items={path.map((u) => ({ title: u.name }))} style={{ marginBottom: 12 }} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('unit.name')}>
          <span data-testid="unit-details-name">{unit.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('unit.type')}>
          <UnitTypeTag type={unit.type} />
        </Descriptions.Item>
        <Descriptions.Item label={t('unit.region')}>{unit.regionCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('unit.status')}>
          {unit.active ? (
            <Tag color="green" data-testid="unit-status-active">{t('unit.active')}</Tag>
          ) : (
            <Tag data-testid="unit-status-inactive">{t('unit.inactive')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(unit.createdAt, locale)}</Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreateChild} disabled={!unit.active} data-testid="unit-action-create">
          {t('unit.createChild')}
        </Button>
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="unit-action-edit">
          {t('unit.edit')}
        </Button>
        <Button icon={<DragOutlined />} onClick={onMove} disabled={!unit.parentId} data-testid="unit-action-move">
          {t('unit.move')}
        </Button>
        {unit.active ? (
          <Popconfirm
            title={t('unit.deactivateConfirm', { name: unit.name })}
            onConfirm={onToggleActive}
            okButtonProps={{ danger: true }}
          >
            <Button danger icon={<StopOutlined />} loading={busy} disabled={!unit.parentId} data-testid="unit-action-deactivate">
              {t('unit.deactivate')}
            </Button>
          </Popconfirm>
        ) : (
          <Button icon={<CheckCircleOutlined />} loading={busy} onClick={onToggleActive} data-testid="unit-action-activate">
            {t('unit.activate')}
          </Button>
        )}
      </Space>
    </div>
  );
}
