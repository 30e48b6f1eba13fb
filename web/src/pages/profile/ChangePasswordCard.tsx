import { App, Button, Card, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../api/auth';
import { ME_KEY } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { useNotifyError } from '../../components/useNotifyError';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordCard() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: (v: Values) => authApi.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.resetFields();
      void message.success(t('profile.passwordChanged'));
      void qc.invalidateQueries({ queryKey: ME_KEY });
    },
    onError: notifyError,
  });
  return (
    <Card title={t('profile.changePassword')}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" data-testid="pw-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('profile.newPassword')} rules={[{ required: true, min: 8, message: t('user.passwordRule') }]}>
          <Input.Password autoComplete="new-password" data-testid="pw-new" />
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
          <Input.Password autoComplete="new-password" data-testid="pw-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="pw-submit">
          {t('profile.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}
