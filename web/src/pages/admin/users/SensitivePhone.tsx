import { useState } from 'react';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { usersApi } from '../../../api/users';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';

/** Masked phone with a "查看完整号码" action; the server writes every such read to the audit log. */
export function SensitivePhone({ user }: { user: User }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!user.phone) return <>—</>;
  // Only a masked number has anything to reveal (an admin sees their own number in full).
  if (!user.phone.includes('*')) return <span>{user.phone}</span>;
  if (full !== null) return <span data-testid={`user-phone-full-${user.username}`}>{full || '—'}</span>;
  const reveal = async () => {
    setLoading(true);
    try {
      const res = await usersApi.sensitive(user.id);
      setFull(res.phone ?? '');
    } catch (err) {
      notifyError(err);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size={4}>
      <Typography.Text>{user.phone}</Typography.Text>
      <Popconfirm
        title={t('user.revealPhone')}
        description={t('user.revealPhoneNote')}
        onConfirm={reveal}
        okButtonProps={{ 'aria-label': t('common.confirm') }}
      >
        <Button size="small" type="link" icon={<EyeOutlined />} loading={loading} data-testid={`user-phone-reveal-${user.username}`}>
          {t('user.revealPhone')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
