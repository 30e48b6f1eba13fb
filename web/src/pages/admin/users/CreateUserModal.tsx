import { Form, Input, Modal } from 'antd';
import type { CreateUserBody } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { RoleRows } from './RoleRows';

interface Props {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (body: CreateUserBody) => void;
}

export function CreateUserModal({ open, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<CreateUserBody>();
  return (
    <Modal
      open={open}
      title={t('user.create')}
      okText={t('common.create')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('user-form-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
      width={600}
    >
      <Form<CreateUserBody>
        form={form}
        layout="vertical"
        initialValues={{ roles: [{}] }}
        onFinish={(v) => onSubmit({ ...v, phone: v.phone ? v.phone : null })}
      >
        <Form.Item name="username" label={t('user.username')} rules={[{ required: true, pattern: /^[a-zA-Z0-9_.-]{3,32}$/, message: t('user.usernameRule') }]}>
          <Input autoComplete="off" data-testid="user-form-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('user.phone')} rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('user.phoneRule') }]}>
          <Input inputMode="tel" data-testid="user-form-phone" />
        </Form.Item>
        <Form.Item name="password" label={t('user.initialPassword')} rules={[{ required: true, min: 8, message: t('user.passwordRule') }]}>
          <Input.Password autoComplete="new-password" data-testid="user-form-password" />
        </Form.Item>
        <Form.Item label={t('user.roles')} required>
          <RoleRows />
        </Form.Item>
      </Form>
    </Modal>
  );
}
