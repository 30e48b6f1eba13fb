import { Form, Input, Modal, Typography } from 'antd';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';

interface Props {
  user: User | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (newPassword: string) => void;
}

export function ResetPasswordModal({ user, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  return (
    <Modal
      open={!!user}
      title={t('user.resetTitle', { name: user?.username ?? '' })}
      okText={t('user.resetPassword')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('user-reset-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('user.resetHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit(v.newPassword)}>
        <Form.Item name="newPassword" label={t('profile.newPassword')} rules={[{ required: true, min: 8, message: t('user.passwordRule') }]}>
          <Input.Password autoComplete="new-password" data-testid="user-reset-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('profile.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('profile.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-reset-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
