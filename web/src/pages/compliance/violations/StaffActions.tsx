import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, SearchOutlined, ToolOutlined } from '@ant-design/icons';
import { complianceApi, type Violation, type ViolationTransitionBody } from '../../../api/compliance';
import { useViolationWrite } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';
import { buttonTestId } from '../../../components/testId';
import { ConfirmModal, NoteModal } from './DecisionModals';

type Dialog = 'confirm' | 'dismiss' | 'rectify' | null;

const ICONS: Record<string, React.ReactNode> = {
  review: <SearchOutlined />,
  confirm: <CheckOutlined />,
  dismiss: <CloseOutlined />,
  rectify: <ToolOutlined />,
};

/** The staff's panel: one button per event they may fire now, and why others are not possible yet. */
export function StaffActions({ v }: { v: Violation }) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const write = useViolationWrite((body: ViolationTransitionBody) => complianceApi.transition(v.id, body), t('violation.done'), close);
  const fire = (body: ViolationTransitionBody) => write.mutate(body);
  if (v.actions.length === 0 && v.blockedActions.length === 0) return null;

  const label = (event: string) => t(`violation.action.${event}` as MessageKey);
  return (
    <Card size="small" title={t('violation.handle')} data-testid="violation-actions">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap>
          {v.actions.map((event) =>
            event === 'review' ? (
              <Popconfirm key={event} title={t('violation.reviewConfirm')} onConfirm={() => fire({ event: 'review' })} okButtonProps={buttonTestId('confirm-ok')}>
                <Button type="primary" icon={ICONS[event]} loading={write.isPending} data-testid="violation-action-review">
                  {label(event)}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                key={event}
                type={event === 'dismiss' ? 'default' : 'primary'}
                danger={event === 'confirm'}
                icon={ICONS[event]}
                onClick={() => setDialog(event as Dialog)}
                data-testid={`violation-action-${event}`}
              >
                {label(event)}
              </Button>
            ),
          )}
        </Space>
        {v.blockedActions.map((b) => (
          <Typography.Text key={b.event} type="secondary" style={{ fontSize: 12 }} data-testid={`violation-blocked-${b.event}`}>
            {label(b.event)}：{b.message}
          </Typography.Text>
        ))}
      </Space>
      <ConfirmModal open={dialog === 'confirm'} v={v} saving={write.isPending} error={write.error} onCancel={close} onSubmit={fire} />
      <NoteModal
        event="dismiss"
        open={dialog === 'dismiss'}
        title={t('violation.dismissTitle')}
        label={t('violation.dismissReason')}
        okText={t('violation.action.dismiss')}
        saving={write.isPending}
        onCancel={close}
        onSubmit={(reason) => fire({ event: 'dismiss', reason })}
      />
      <NoteModal
        event="rectify"
        open={dialog === 'rectify'}
        title={t('violation.rectifyTitle')}
        label={t('violation.rectifyNote')}
        okText={t('violation.action.rectify')}
        saving={write.isPending}
        onCancel={close}
        onSubmit={(reason) => fire({ event: 'rectify', reason })}
      />
    </Card>
  );
}
