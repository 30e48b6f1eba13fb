import { useEffect } from 'react';
import { Form, Modal } from 'antd';
import type { RoleAssignment, User } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { RoleRows } from './RoleRows';

interface Props {
  user: User | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (roles: RoleAssignment[]) => void;
}

export function RolesModal({ user, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ roles: RoleAssignment[] }>();
  useEffect(() => {
    if (user) form.setFieldsValue({ roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId })) });
  }, [user, form]);
  return (
    <Modal
      open={!!user}
      title={t('user.rolesTitle', { name: user?.displayName ?? '' })}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('user-roles-submit')}
      forceRender
      width={600}
    >
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit(v.roles)}>
        <RoleRows idPrefix="roles-row" />
      </Form>
    </Modal>
  );
}
