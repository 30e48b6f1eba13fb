import { Button, Popconfirm, Space } from 'antd';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { producersApi } from '../../../api/producers';
import type { Producer } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { useProducerWrite } from '../common/useProducerWrite';

/**
 * The applicant's buttons: 编辑 and 提交审核 while draft or rejected. 提交审核 stays offered even
 * when the server's `actions` lack it (e.g. no licence file yet): pressing it shows the server's
 * reason, which says what is missing.
 */
export function OwnerActions({ producer: p }: { producer: Producer }) {
  const t = useT();
  const submit = useProducerWrite(() => producersApi.transition(p.id, { event: 'submit' }), t('producer.submitted'));
  const editable = p.status === 'draft' || p.status === 'rejected';
  const canSubmit = editable || p.actions.includes('submit');
  if (!editable && !canSubmit) return null;
  return (
    <Space wrap>
      {editable && (
        <Link to={`/catalog/my-producers/${encodeURIComponent(p.id)}/edit`}>
          <Button icon={<EditOutlined />} data-testid="producer-edit">
            {t('common.edit')}
          </Button>
        </Link>
      )}
      {canSubmit && (
        <Popconfirm title={t('producer.submitConfirm')} onConfirm={() => submit.mutate(undefined)} okButtonProps={buttonTestId('confirm-ok')}>
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} data-testid="producer-submit">
            {t('producer.submit')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
