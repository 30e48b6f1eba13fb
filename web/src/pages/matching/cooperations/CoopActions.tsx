import { useState } from 'react';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { CheckOutlined, FlagOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import type { Cooperation } from '../../../api/cooperation';
import { useCooperationStep } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { ReasonModal } from '../../catalog/common/ReasonModal';

const ORDER = ['accept', 'activate', 'complete', 'terminate'] as const;
type Event = (typeof ORDER)[number];
const ICONS: Record<Event, React.ReactNode> = { accept: <CheckOutlined />, activate: <PlayCircleOutlined />, complete: <FlagOutlined />, terminate: <StopOutlined /> };

/** One button per step the server allows now (`actions`), and why others wait (`blockedActions`). */
export function CoopActions({ c }: { c: Cooperation }) {
  const t = useT();
  const [terminating, setTerminating] = useState(false);
  const step = useCooperationStep(c.id, t('coop.done'), () => setTerminating(false));
  const allowed = ORDER.filter((e) => c.actions.includes(e));
  if (allowed.length === 0 && c.blockedActions.length === 0) return null;
  const label = (e: string) => ((ORDER as readonly string[]).includes(e) ? t(`coop.action.${e as Event}`) : e);

  return (
    <div data-testid="coop-actions" style={{ marginTop: 8 }}>
      <Space wrap>
        {allowed.map((e) => {
          const common = { icon: ICONS[e], 'data-testid': `coop-action-${e}`, loading: step.isPending && step.variables?.event === e };
          if (e === 'terminate') {
            return (
              <Button key={e} {...common} danger onClick={() => setTerminating(true)}>
                {label(e)}
              </Button>
            );
          }
          return (
            <Popconfirm key={e} title={t(`coop.confirm.${e}`)} onConfirm={() => step.mutate({ event: e })} okButtonProps={buttonTestId('confirm-ok')}>
              <Button {...common} type="primary">
                {label(e)}
              </Button>
            </Popconfirm>
          );
        })}
      </Space>
      {c.blockedActions.map((b) => (
        <div key={b.event}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`coop-blocked-${b.event}`} data-reason={b.reason}>
            {label(b.event)}：{b.message}
          </Typography.Text>
        </div>
      ))}
      <ReasonModal
        open={terminating}
        title={t('coop.terminateTitle')}
        okText={t('coop.action.terminate')}
        danger
        saving={step.isPending}
        onCancel={() => setTerminating(false)}
        onSubmit={(reason) => step.mutate({ event: 'terminate', reason })}
      />
    </div>
  );
}
