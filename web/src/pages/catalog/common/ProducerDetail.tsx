import type { ReactNode } from 'react';
import { Alert, Card, Col, Descriptions, Result, Row, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { producersApi } from '../../../api/producers';
import { QK } from '../../../api/hooks';
import type { Producer } from '../../../api/types';
import { useT } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';
import { FileGallery } from '../../../components/FileThumb';
import { PageSpin } from '../../../components/PageSpin';
import { BankAccount } from './BankAccount';
import { HistoryTimeline } from './HistoryTimeline';
import { SiteVisits } from './SiteVisits';
import { ProducerStatusTag } from './StatusTags';

interface Props {
  id: string;
  backTo: string;
  /** Reviewers may reveal the bank account. */
  review?: boolean;
  /** Buttons for this viewer (owner: 编辑/提交; reviewer: the review panel). */
  actions: (p: Producer) => ReactNode;
  /** Extra cards in the side column (the reviewer's panel). */
  side?: (p: Producer) => ReactNode;
}

/** A producer: application data, licences, site visits and history — for its owner and for reviewers. */
export function ProducerDetail({ id, backTo, review = false, actions, side }: Props) {
  const t = useT();
  const q = useQuery({ queryKey: QK.producer(id), queryFn: () => producersApi.get(id) });
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={<Link to={backTo}>{t('common.back')}</Link>} />;
  const p = q.data;
  const dash = (s: string | null | undefined) => s || '—';
  return (
    <div data-testid="page-producer-detail" data-producer-id={p.id}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Link to={backTo}>
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
        <Typography.Title level={4} style={{ margin: '8px 0' }} data-testid="producer-name">
          {p.name}
        </Typography.Title>
        <Space size={[4, 4]} wrap style={{ marginBottom: 8, display: 'flex' }}>
          <ProducerStatusTag status={p.status} />
          <Tag>{t(`producer.type.${p.type}`)}</Tag>
          {p.documentsChecked ? <Tag color="green">{t('producer.documentsChecked')}</Tag> : <Tag>{t('producer.documentsUnchecked')}</Tag>}
        </Space>
        {p.statusNote && p.status === 'rejected' && (
          <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`${t('producer.statusNote')}：${p.statusNote}`} data-testid="producer-status-note" />
        )}
        {actions(p)}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                bordered
                items={[
                  { key: 'unit', label: t('producer.unit'), children: p.unitName },
                  { key: 'region', label: t('producer.region'), children: p.regionName },
                  { key: 'address', label: t('producer.address'), children: dash(p.address) },
                  { key: 'contact', label: t('producer.contactName'), children: `${p.contactName} ${p.contactPhone}` },
                  { key: 'credit', label: t('producer.creditCode'), children: dash(p.creditCode) },
                  { key: 'sc', label: t('producer.scLicenceNo'), children: dash(p.scLicenceNo) },
                  { key: 'jy', label: t('producer.foodBusinessLicenceNo'), children: dash(p.foodBusinessLicenceNo) },
                  { key: 'bank', label: t('producer.bankAccount'), children: <BankAccount producer={p} canReveal={review} /> },
                  { key: 'products', label: t('producer.productCount'), children: p.productCount },
                ]}
              />
              {p.intro && <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>{p.intro}</Typography.Paragraph>}
            </Card>
            <Card size="small" title={t('producer.licences')} data-testid="producer-licences">
              {p.licences.length ? <FileGallery files={p.licences} /> : <Typography.Text type="secondary">{t('producer.noLicences')}</Typography.Text>}
            </Card>
            <Card size="small" title={t('producer.siteVisits')}>
              <SiteVisits visits={p.siteVisits} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {side?.(p)}
            <Card size="small" title={t('common.history')}>
              <HistoryTimeline entries={p.history} statusLabel={(s) => t(`producer.status.${s}` as MessageKey)} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}
