import { useState, type ReactNode } from 'react';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { CheckOutlined, ClockCircleOutlined, PlayCircleOutlined, RedoOutlined, RollbackOutlined, StarOutlined, StopOutlined, SwapOutlined, UserAddOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { deskApi, type ExtensionBody, type Ticket, type TicketEvent, type TicketTransitionBody } from '../../api/desk';
import { useTicketWrite } from '../../api/deskHooks';
import { useCurrentUser } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { buttonTestId } from '../../components/testId';
import { ReasonModal } from '../catalog/common/ReasonModal';
import { AssignDialog, CloseDialog, ExtensionDialog, RerouteDialog, ResolveDialog } from './TicketDialogs';
import { eventLabel } from './deskBits';

const ORDER: TicketEvent[] = ['assign', 'reassign', 'start', 'resolve', 'close', 'reopen', 'reroute', 'return', 'withdraw'];
type Dialog = Exclude<TicketEvent, 'start' | 'withdraw'> | 'extension' | null;

const ICONS: Record<TicketEvent, ReactNode> = {
  assign: <UserAddOutlined />,
  reassign: <UserSwitchOutlined />,
  start: <PlayCircleOutlined />,
  resolve: <CheckOutlined />,
  return: <RollbackOutlined />,
  reroute: <SwapOutlined />,
  close: <StarOutlined />,
  reopen: <RedoOutlined />,
  withdraw: <StopOutlined />,
};
/** Guard reasons about what the dialog asks for (the officer, the answer, a reason…): no hint needed. */
const INPUT_REASONS = ['officer_missing', 'reason_missing', 'resolution_missing', 'rating_missing', 'department_missing'];
const PRIMARY: TicketEvent[] = ['assign', 'start', 'resolve', 'close', 'reroute'];

/** One button per step the server allows now (`actions`), 申请延期 when allowed, and why other steps wait. */
export function TicketActions({ ticket: k }: { ticket: Ticket }) {
  const t = useT();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const step = useTicketWrite((body: TicketTransitionBody) => deskApi.transition(k.id, body), (b) => t(`desk.done.${b.event}` as MessageKey), close);
  const extend = useTicketWrite((body: ExtensionBody) => deskApi.requestExtension(k.id, body), () => t('desk.extension.requested'), close);
  const fire = (body: TicketTransitionBody) => step.mutate(body);
  const allowed = ORDER.filter((e) => k.actions.includes(e));
  const blocked = k.blockedActions.filter((b) => !k.actions.includes(b.event) && !INPUT_REASONS.includes(b.reason));
  if (allowed.length === 0 && blocked.length === 0 && !k.canRequestExtension) return null;

  const button = (e: TicketEvent) => {
    const common = { icon: ICONS[e], 'data-testid': `desk-action-${e}`, loading: step.isPending && step.variables?.event === e };
    if (e === 'start') {
      return (
        <Button key={e} {...common} type="primary" onClick={() => fire({ event: 'start' })}>
          {eventLabel(t, e)}
        </Button>
      );
    }
    if (e === 'withdraw') {
      return (
        <Popconfirm key={e} title={t('desk.withdrawConfirm')} onConfirm={() => fire({ event: 'withdraw' })} okButtonProps={buttonTestId('confirm-ok', { danger: true })}>
          <Button {...common} danger>
            {eventLabel(t, e)}
          </Button>
        </Popconfirm>
      );
    }
    return (
      <Button key={e} {...common} type={PRIMARY.includes(e) ? 'primary' : 'default'} danger={e === 'return'} onClick={() => setDialog(e)}>
        {eventLabel(t, e)}
      </Button>
    );
  };

  const dialogProps = { saving: step.isPending, onCancel: close, onSubmit: fire };
  return (
    <div data-testid="desk-actions" style={{ marginTop: 12 }}>
      <Space wrap>
        {allowed.map(button)}
        {k.canRequestExtension && (
          <Button icon={<ClockCircleOutlined />} onClick={() => setDialog('extension')} data-testid="desk-extension-request">
            {t('desk.extension.request')}
          </Button>
        )}
      </Space>
      {blocked.map((b) => (
        <div key={b.event}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`desk-blocked-${b.event}`}>
            {eventLabel(t, b.event)}：{b.message}
          </Typography.Text>
        </div>
      ))}
      <AssignDialog open={dialog === 'assign'} officers={k.officers} me={me.id} {...dialogProps} />
      <AssignDialog open={dialog === 'reassign'} event="reassign" officers={k.officers.filter((o) => o.userId !== k.officer?.userId)} me={me.id} {...dialogProps} />
      <ResolveDialog open={dialog === 'resolve'} {...dialogProps} />
      <RerouteDialog open={dialog === 'reroute'} {...dialogProps} />
      <CloseDialog open={dialog === 'close'} {...dialogProps} />
      <ReasonModal
        open={dialog === 'return' || dialog === 'reopen'}
        title={dialog === 'return' ? t('desk.returnTitle') : t('desk.reopenTitle')}
        okText={dialog === 'return' || dialog === 'reopen' ? eventLabel(t, dialog) : undefined}
        danger={dialog === 'return'}
        saving={step.isPending}
        onCancel={close}
        onSubmit={(reason) => (dialog === 'return' || dialog === 'reopen') && fire({ event: dialog, reason })}
      />
      <ExtensionDialog open={dialog === 'extension'} saving={extend.isPending} onCancel={close} onSubmit={(body) => extend.mutate(body)} />
    </div>
  );
}
