import { App, Button, Card, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../api/auth';
import { ME_KEY } from '../../auth/useMe';
import { NewPasswordFields } from '../../components/NewPasswordFields';
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
        <NewPasswordFields newTestId="pw-new" confirmTestId="pw-confirm" />
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="pw-submit">
          {t('profile.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}
