import { Form, Modal, Typography } from 'antd';
import type { User } from '../../../api/types';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
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
        <NewPasswordFields newTestId="user-reset-password" confirmTestId="user-reset-confirm" />
      </Form>
    </Modal>
  );
}
