import { useState } from 'react';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { CarOutlined, CheckOutlined, CloseOutlined, InboxOutlined, StarOutlined, StopOutlined } from '@ant-design/icons';
import type { Sample, SampleTransitionBody } from '../../../api/matching';
import { useSampleStep } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';
import { buttonTestId } from '../../../components/testId';
import { ReasonModal } from '../../catalog/common/ReasonModal';
import { EvaluateModal, ShipModal } from './SampleDialogs';

const ORDER = ['approve', 'ship', 'receive', 'evaluate', 'decline', 'cancel'] as const;
type StepEvent = (typeof ORDER)[number];
type Dialog = 'decline' | 'cancel' | 'ship' | 'evaluate' | null;

const ICONS: Record<StepEvent, React.ReactNode> = {
  approve: <CheckOutlined />,
  decline: <CloseOutlined />,
  ship: <CarOutlined />,
  receive: <InboxOutlined />,
  evaluate: <StarOutlined />,
  cancel: <StopOutlined />,
};

/** One button per step the server allows now (`actions`), and why others wait (`blockedActions`). */
export function SampleActions({ s }: { s: Sample }) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const step = useSampleStep(s.id, (e) => t(`sample.done.${e}` as MessageKey), close);
  const fire = (body: SampleTransitionBody) => step.mutate(body);
  const label = (e: string) => t(`sample.action.${e}` as MessageKey);
  const allowed = ORDER.filter((e) => s.actions.includes(e));
  if (allowed.length === 0 && s.blockedActions.length === 0) return null;

  const button = (e: StepEvent) => {
    const common = { icon: ICONS[e], 'data-testid': `sample-action-${e}`, loading: step.isPending && step.variables?.event === e };
    if (e === 'approve' || e === 'receive') {
      return (
        <Popconfirm key={e} title={t(`sample.confirm.${e}`)} onConfirm={() => fire({ event: e })} okButtonProps={buttonTestId('confirm-ok')}>
          <Button {...common} type="primary">
            {label(e)}
          </Button>
        </Popconfirm>
      );
    }
    const primary = e === 'ship' || e === 'evaluate';
    return (
      <Button key={e} {...common} type={primary ? 'primary' : 'default'} danger={e === 'decline'} onClick={() => setDialog(e)}>
        {label(e)}
      </Button>
    );
  };

  return (
    <div data-testid="sample-actions">
      <Space wrap>{allowed.map(button)}</Space>
      {s.blockedActions.map((b) => (
        <div key={b.event}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`sample-blocked-${b.event}`}>
            {label(b.event)}：{b.message}
          </Typography.Text>
        </div>
      ))}
      <ReasonModal
        open={dialog === 'decline' || dialog === 'cancel'}
        title={dialog === 'decline' ? t('sample.declineTitle') : t('sample.cancelTitle')}
        okText={dialog ? label(dialog) : undefined}
        danger
        saving={step.isPending}
        onCancel={close}
        onSubmit={(reason) => dialog && fire({ event: dialog as 'decline' | 'cancel', reason })}
      />
      <ShipModal open={dialog === 'ship'} saving={step.isPending} onCancel={close} onSubmit={fire} />
      <EvaluateModal open={dialog === 'evaluate'} saving={step.isPending} onCancel={close} onSubmit={fire} />
    </div>
  );
}
