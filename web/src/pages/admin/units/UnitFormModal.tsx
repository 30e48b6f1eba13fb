import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { UNIT_TYPES, UNIT_TYPE_LABELS, type UnitType } from '../../../../../src/core/identity/units.schema';
import type { Unit } from '../../../api/types';
import { useLabel, useT } from '../../../i18n/context';
import { RegionCascader } from '../../../components/RegionCascader';
import { buttonTestId } from '../../../components/testId';

export interface UnitFormValues {
  name: string;
  type: UnitType;
  regionCode: string | null;
}

interface Props {
  open: boolean;
  mode: 'create' | 'edit';
  /** The unit being edited, or the parent of the one being created. */
  unit: Unit | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (values: UnitFormValues) => void;
}

export function UnitFormModal({ open, mode, unit, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<UnitFormValues>();
  // Fill the form when it opens (not when the unit list refreshes underneath it).
  useEffect(() => {
    if (!open) return;
    if (mode === 'edit' && unit) form.setFieldsValue({ name: unit.name, type: unit.type, regionCode: unit.regionCode });
    else form.setFieldsValue({ name: '', type: 'enterprise', regionCode: unit?.regionCode ?? null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, mode]);
  return (
    <Modal
      open={open}
      title={mode === 'create' ? t('unit.createChildOf', { name: unit?.name ?? '' }) : t('unit.edit')}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      forceRender
      okButtonProps={buttonTestId('unit-form-submit')}
    >
      <Form<UnitFormValues> form={form} layout="vertical" onFinish={onSubmit} data-testid="unit-form">
        <Form.Item name="name" label={t('unit.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="unit-form-name" maxLength={100} />
        </Form.Item>
        <Form.Item name="type" label={t('unit.type')} rules={[{ required: true }]}>
          <Select
            data-testid="unit-form-type"
            options={UNIT_TYPES.map((ty) => ({ value: ty, label: label(UNIT_TYPE_LABELS[ty], ty) }))}
          />
        </Form.Item>
        <Form.Item name="regionCode" label={t('unit.region')}>
          <RegionCascader maxLevel="township" data-testid="unit-form-region" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
