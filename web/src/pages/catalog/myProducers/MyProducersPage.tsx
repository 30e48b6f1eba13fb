import { Button, Empty } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/context';
import { ProducerList } from '../common/ProducerList';

/** 我的生产主体: the producer's own applications and approved producers. */
export function MyProducersPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <ProducerList
      title={t('module.catalog.myProducers')}
      testId="page-my-producers"
      base="/catalog/my-producers"
      empty={<Empty description={t('producer.empty')} />}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/catalog/my-producers/new')} data-testid="producer-apply">
          {t('producer.apply')}
        </Button>
      }
    />
  );
}
