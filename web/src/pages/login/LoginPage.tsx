import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../api/auth';
import type { LoginBody } from '../../api/types';
import { ME_KEY, useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { LanguageSwitch } from '../../layout/LanguageSwitch';

/** Only same-app paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { data: me } = useMe();
  const [error, setError] = useState<string | null>(null);
  const login = useMutation({
    mutationFn: (body: LoginBody) => authApi.login(body),
    onSuccess: ({ user }) => {
      qc.setQueryData(ME_KEY, user);
      navigate(next, { replace: true });
    },
    onError: (err) => setError(err.message),
  });

  if (me) return <Navigate to={next} replace />;

  return (
    <div className="lb-login">
      <Card style={{ width: '100%', maxWidth: 380 }} data-testid="login-card">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('app.title')}
              </Typography.Title>
              <Typography.Text type="secondary">LiveBase</Typography.Text>
            </div>
            <LanguageSwitch size="small" compact />
          </div>
          <Typography.Text>{t('login.subtitle')}</Typography.Text>
          {error && <Alert type="error" showIcon title={error} data-testid="login-error" />}
          <Form<LoginBody>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => {
              setError(null);
              login.mutate(values);
            }}
          >
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}
