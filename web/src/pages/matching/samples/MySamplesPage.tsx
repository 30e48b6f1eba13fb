import { Button, Card, Empty } from 'antd';
import { StarOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../../i18n/context';
import { CreditLine } from './CreditLine';
import { SampleList } from './SampleList';

/** 我的样品: the streamer's sample requests and the time limit each one is under. */
export function MySamplesPage() {
  const t = useT();
  return (
    <Card
      data-testid="page-matching-samples"
      title={t('module.matching.samples')}
      extra={
        <Link to="/matching/recommendations">
          <Button size="small" icon={<StarOutlined />}>
            {t('module.matching.recommendations')}
          </Button>
        </Link>
      }
    >
      <CreditLine style={{ marginBottom: 12 }} />
      <SampleList kind="mine" base="/matching/samples" empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sample.noneMine')} />} />
    </Card>
  );
}
