import { App, Button, Card, Descriptions, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../api/auth';
import { ME_KEY, useCurrentUser } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { RoleTags } from '../../components/RoleTags';
import { useNotifyError } from '../../components/useNotifyError';

export function ProfileInfoCard() {
  const me = useCurrentUser();
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const save = useMutation({
    mutationFn: (v: { displayName: string }) => authApi.updateMe({ displayName: v.displayName }),
    onSuccess: (updated) => {
      qc.setQueryData(ME_KEY, updated);
      void message.success(t('common.saved'));
    },
    onError: notifyError,
  });
  return (
    <Card title={t('profile.info')}>
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('user.username')}>{me.username}</Descriptions.Item>
        <Descriptions.Item label={t('user.phone')}>
          <span data-testid="profile-phone">{me.phone ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('user.roles')}>
          <RoleTags roles={me.roles} />
        </Descriptions.Item>
      </Descriptions>
      <Form layout="vertical" initialValues={{ displayName: me.displayName }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="profile-display-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="profile-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
