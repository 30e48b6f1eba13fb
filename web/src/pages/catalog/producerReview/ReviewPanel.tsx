import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Switch, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { producersApi } from '../../../api/producers';
import type { Producer, SiteVisitBody } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { ReasonModal } from '../common/ReasonModal';
import { blockedHint } from '../common/blockedHint';
import { useProducerWrite } from '../common/useProducerWrite';
import { SiteVisitModal } from './SiteVisitModal';

/** The reviewer's panel: 资料已核对, 实地考察, 通过 / 驳回 (with reason). */
export function ReviewPanel({ producer: p }: { producer: Producer }) {
  const t = useT();
  const [visitOpen, setVisitOpen] = useState(false);
  const [rejectOpen, setRejectOpen] = useState(false);
  const check = useProducerWrite((checked: boolean) => producersApi.documentCheck(p.id, checked), t('common.saved'));
  const visit = useProducerWrite((body: SiteVisitBody) => producersApi.addSiteVisit(p.id, body), t('producer.visitAdded'), () => setVisitOpen(false));
  const approve = useProducerWrite(() => producersApi.transition(p.id, { event: 'approve' }), t('producer.approved'));
  const reject = useProducerWrite((reason: string) => producersApi.transition(p.id, { event: 'reject', reason }), t('producer.rejected'), () => setRejectOpen(false));

  return (
    <Card size="small" title={t('module.catalog.producerReview')} data-testid="producer-review-panel">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Space>
          <Switch checked={p.documentsChecked} loading={check.isPending} onChange={(c) => check.mutate(c)} data-testid="producer-document-check" />
          <Typography.Text>{t('producer.documentsChecked')}</Typography.Text>
        </Space>
        <Button icon={<EnvironmentOutlined />} onClick={() => setVisitOpen(true)} data-testid="producer-site-visit-add">
          {t('producer.addSiteVisit')}
        </Button>
        {p.blockedActions.map((b) => (
          <Typography.Text key={b.event} type="secondary" style={{ fontSize: 12 }} data-testid={`producer-${b.event}-hint`}>
            {blockedHint(t, b)}
          </Typography.Text>
        ))}
        {(p.actions.includes('approve') || p.actions.includes('reject')) && (
          <Space wrap>
            {p.actions.includes('approve') && (
              <Popconfirm title={t('producer.approveConfirm')} onConfirm={() => approve.mutate(undefined)} okButtonProps={buttonTestId('confirm-ok')}>
                <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending} data-testid="producer-approve">
                  {t('producer.approve')}
                </Button>
              </Popconfirm>
            )}
            {p.actions.includes('reject') && (
              <Button danger icon={<CloseOutlined />} onClick={() => setRejectOpen(true)} data-testid="producer-reject">
                {t('producer.reject')}
              </Button>
            )}
          </Space>
        )}
      </Space>
      <SiteVisitModal open={visitOpen} saving={visit.isPending} onCancel={() => setVisitOpen(false)} onSubmit={(b) => visit.mutate(b)} />
      <ReasonModal
        open={rejectOpen}
        title={t('producer.rejectTitle')}
        okText={t('producer.reject')}
        danger
        saving={reject.isPending}
        onCancel={() => setRejectOpen(false)}
        onSubmit={(reason) => reject.mutate(reason)}
      />
    </Card>
  );
}
