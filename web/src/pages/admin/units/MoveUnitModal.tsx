import { useEffect, useMemo, useState } from 'react';
import { Alert, Modal, Typography } from 'antd';
import type { Unit } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { buttonTestId } from '../../../components/testId';

interface Props {
  open: boolean;
  unit: Unit | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (parentId: string) => void;
}

/** The server refuses a parent inside the unit's own subtree and says why; we show its message. */
export function MoveUnitModal({ open, unit, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [parentId, setParentId] = useState<string | undefined>();
  useEffect(() => {
    if (open) setParentId(undefined);
  }, [open]);
  const disabled = useMemo(() => new Set(unit ? [unit.id, ...(unit.parentId ? [unit.parentId] : [])] : []), [unit]);
  return (
    <Modal
      open={open}
      title={t('unit.moveTitle', { name: unit?.name ?? '' })}
      okText={t('unit.move')}
      onCancel={onCancel}
      onOk={() => parentId && onSubmit(parentId)}
      okButtonProps={buttonTestId('unit-move-submit', { disabled: !parentId })}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('unit.moveHint')}</Typography.Paragraph>
      <UnitTreeSelect
        value={parentId}
        onChange={setParentId}
        disabledIds={disabled}
        hideInactive
        placeholder={t('unit.newParent')}
        data-testid="unit-move-parent"
      />
      <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('unit.moveScopeNote')} />
    </Modal>
  );
}
