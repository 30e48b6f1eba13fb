import { useState } from 'react';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useT } from '../i18n/context';
import { useNotifyError } from './useNotifyError';

interface Props {
  /** As the server sent it: masked (138****5678), in full, or null. */
  phone: string | null;
  /** Fetches the full number; the server writes every such read to the audit log. */
  load: () => Promise<string | null>;
  /** The button's text and the confirmation's title. */
  label: string;
  /** Why it is asked: the read is audited. */
  note: string;
  testId: string;
  fullTestId: string;
}

/**
 * An audited read of a masked value (phone, bank account): `full` is null until `reveal` fetched it
 * ('' when the server has none); a refusal shows the server's message.
 */
export function useReveal(load: () => Promise<string | null>) {
  const notifyError = useNotifyError();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const reveal = async () => {
    setLoading(true);
    try {
      setFull((await load()) ?? '');
    } catch (err) {
      notifyError(err);
    } finally {
      setLoading(false);
    }
  };
  return { full, loading, reveal };
}

/** A masked phone number with a confirmed "show it" action; an unmasked number is shown as it is. */
export function RevealPhone({ phone, load, label, note, testId, fullTestId }: Props) {
  const t = useT();
  const { full, loading, reveal } = useReveal(load);
  if (!phone) return <>—</>;
  // Only a masked number has anything to reveal (the owner sees their own number in full).
  if (!phone.includes('*')) return <span>{phone}</span>;
  if (full !== null) return <span data-testid={fullTestId}>{full || '—'}</span>;
  return (
    <Space size={4} wrap>
      <Typography.Text>{phone}</Typography.Text>
      <Popconfirm title={label} description={note} onConfirm={reveal} okButtonProps={{ 'aria-label': t('common.confirm') }}>
        <Button size="small" type="link" icon={<EyeOutlined />} loading={loading} data-testid={testId}>
          {label}
        </Button>
      </Popconfirm>
    </Space>
  );
}
