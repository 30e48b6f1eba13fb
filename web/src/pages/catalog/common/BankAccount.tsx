import { Button, Popconfirm, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { producersApi } from '../../../api/producers';
import type { Producer } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { useReveal } from '../../../components/RevealPhone';

/** The masked bank account, with an audited "查看完整账号" for reviewers. */
export function BankAccount({ producer, canReveal }: { producer: Producer; canReveal: boolean }) {
  const t = useT();
  const { full, loading, reveal } = useReveal(async () => (await producersApi.bank(producer.id)).bankAccount);
  if (!producer.bankAccount && !producer.bankName) return <>—</>;
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
