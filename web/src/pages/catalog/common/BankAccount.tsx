import { useState } from 'react';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { producersApi } from '../../../api/producers';
import type { Producer } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';

/** The masked bank account, with an audited "查看完整账号" for reviewers. */
export function BankAccount({ producer, canReveal }: { producer: Producer; canReveal: boolean }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!producer.bankAccount && !producer.bankName) return <>—</>;
  const reveal = async () => {
    setLoading(true);
    try {
      const res = await producersApi.bank(producer.id);
      setFull(res.bankAccount ?? '');
    } catch (err) {
      notifyError(err);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size={4} wrap>
      <span>{producer.bankName}</span>
      {full !== null ? (
        <Typography.Text copyable data-testid="producer-bank-full">
          {full || '—'}
        </Typography.Text>
      ) : (
        <>
          <Typography.Text data-testid="producer-bank-masked">{producer.bankAccount ?? '—'}</Typography.Text>
          {canReveal && producer.bankAccount && (
            <Popconfirm title={t('producer.revealBank')} description={t('producer.revealBankNote')} onConfirm={reveal}>
              <Button size="small" type="link" icon={<EyeOutlined />} loading={loading} data-testid="producer-bank-reveal">
                {t('producer.revealBank')}
              </Button>
            </Popconfirm>
          )}
        </>
      )}
    </Space>
  );
}
