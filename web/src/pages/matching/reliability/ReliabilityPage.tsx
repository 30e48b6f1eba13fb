import { Card, Col, Empty, Result, Row, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QK } from '../../../api/hooks';
import { producersApi } from '../../../api/producers';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { ProducerStatusTag } from '../../catalog/common/StatusTags';
import { ReliabilityCard } from './ReliabilityCard';

const QUERY = { page: 1, pageSize: 50 };

/** 我的履约分: the reliability score of each of the producer's approved producers. */
export function ReliabilityPage() {
  const t = useT();
  const list = useQuery({ queryKey: [...QK.producers, 'list', QUERY], queryFn: () => producersApi.list(QUERY) });
  const producers = [...(list.data?.items ?? [])].sort((a, b) => Number(b.status === 'approved') - Number(a.status === 'approved'));

  return (
    <div data-testid="page-matching-reliability">
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('module.matching.reliability')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('reliability.intro')}
      </Typography.Paragraph>
      {list.isPending ? (
        <PageSpin />
      ) : list.isError ? (
        <Result status="warning" title={t('error.loadFailed')} subTitle={list.error.message} />
      ) : producers.length === 0 ? (
        <Card>
          <Empty description={<Link to="/catalog/my-producers">{t('reliability.noProducers')}</Link>} />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          {producers.map((p) => (
            <Col key={p.id} xs={24} lg={12}>
              {p.status === 'approved' ? (
                <ReliabilityCard producerId={p.id} name={p.name} />
              ) : (
                <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{p.name}</span>} extra={<ProducerStatusTag status={p.status} />} data-testid="reliability-unapproved" data-producer-id={p.id}>
                  <Typography.Text type="secondary">{t('reliability.notApproved')}</Typography.Text>
                </Card>
              )}
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
