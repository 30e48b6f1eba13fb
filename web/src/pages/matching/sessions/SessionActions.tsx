import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { CalendarOutlined, CheckCircleOutlined, EditOutlined, PlayCircleOutlined, PoweroffOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Session } from '../../../api/cooperation';
import { useOverrideScript, useSessionStep } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { ReasonModal } from '../../catalog/common/ReasonModal';

const ORDER = ['schedule', 'go_live', 'end', 'revise', 'cancel'] as const;
type Event = (typeof ORDER)[number];
const ICONS: Record<Event, React.ReactNode> = { schedule: <CalendarOutlined />, go_live: <PlayCircleOutlined />, end: <PoweroffOutlined />, revise: <RollbackOutlined />, cancel: <StopOutlined /> };
const CONFIRM: readonly Event[] = ['go_live', 'end'];

/** Staff let a script with must-fix findings through, giving a reason (≥ 4 characters). */
function OverrideButton({ s }: { s: Session }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const override = useOverrideScript(s.id, t('session.overridden'), () => setOpen(false));
  return (
    <>
      <Button icon={<CheckCircleOutlined />} onClick={() => setOpen(true)} data-testid="session-override">
        {t('session.override')}
      </Button>
      <Modal
        open={open}
        title={t('session.overrideTitle')}
        okText={t('session.override')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={override.isPending}
        okButtonProps={buttonTestId('override-submit')}
        afterOpenChange={(o) => !o && form.resetFields()}
        forceRender
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('session.overrideIntro', { n: s.scriptCheck.mustFix })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => override.mutate(v.reason.trim())}>
          <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, whitespace: true, min: 4, message: t('session.overrideReasonRule') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="override-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One button per step the server allows now, why the others wait, and the staff's 放行. */
export function SessionActions({ s }: { s: Session }) {
  const t = useT();
  const [cancelling, setCancelling] = useState(false);
  const step = useSessionStep(s.id, t('session.done'), () => setCancelling(false));
  const allowed = ORDER.filter((e) => s.actions.includes(e));
  // The sales report has its own form on the page; its guard needs no hint here.
  const blocked = s.blockedActions.filter((b) => b.event !== 'report');
  const label = (e: string) => ((ORDER as readonly string[]).includes(e) ? t(`session.action.${e as Event}`) : e);
  if (allowed.length === 0 && blocked.length === 0 && !s.canOverride) return null;

  const button = (e: Event) => {
    const common = { icon: ICONS[e], 'data-testid': `session-action-${e}`, loading: step.isPending && step.variables?.event === e };
    if (e === 'cancel') {
      return (
        <Button key={e} {...common} danger onClick={() => setCancelling(true)}>
          {label(e)}
        </Button>
      );
    }
    if (CONFIRM.includes(e)) {
      return (
        <Popconfirm key={e} title={t(`session.confirm.${e as 'go_live' | 'end'}`)} onConfirm={() => step.mutate({ event: e })} okButtonProps={buttonTestId('confirm-ok')}>
          <Button {...common} type="primary" danger={e === 'end'}>
            {label(e)}
          </Button>
        </Popconfirm>
      );
    }
    return (
      <Button key={e} {...common} type={e === 'schedule' ? 'primary' : 'default'} onClick={() => step.mutate({ event: e })}>
        {label(e)}
      </Button>
    );
  };

  return (
    <div data-testid="session-actions" style={{ marginTop: 8 }}>
      <Space wrap>
        {allowed.map(button)}
        {s.canOverride && <OverrideButton s={s} />}
      </Space>
      {blocked.map((b) =>
        b.reason === 'script_must_fix' ? (
          <Alert
            key={b.event}
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            data-testid={`session-blocked-${b.event}`}
            data-reason={b.reason}
            title={`${label(b.event)}：${b.message}`}
            action={
              s.viewerIs === 'streamer' && s.status === 'draft' ? (
                <Link to={`/matching/sessions/${encodeURIComponent(s.id)}/edit`} data-testid="session-fix-script">
                  <Button size="small" icon={<EditOutlined />}>
                    {t('session.fixScript')}
                  </Button>
                </Link>
              ) : undefined
            }
          />
        ) : (
          <div key={b.event}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`session-blocked-${b.event}`} data-reason={b.reason}>
              {label(b.event)}：{b.message}
            </Typography.Text>
          </div>
        ),
      )}
      <ReasonModal
        open={cancelling}
        title={t('session.cancelTitle')}
        okText={t('session.action.cancel')}
        danger
        saving={step.isPending}
        onCancel={() => setCancelling(false)}
        onSubmit={(reason) => step.mutate({ event: 'cancel', reason })}
      />
    </div>
  );
}
