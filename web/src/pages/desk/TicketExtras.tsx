import { useState } from 'react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { deskApi, type Ticket, type TicketExtension } from '../../api/desk';
import { useTicketWrite } from '../../api/deskHooks';
import { useI18n } from '../../i18n/context';
import { ItemRow } from '../../components/ItemList';
import { formatDateTime } from '../../components/time';
import { DecideDialog } from './TicketDialogs';
import { ratingLabel } from './deskBits';

const EXTENSION_COLORS: Record<TicketExtension['status'], string> = { pending: 'gold', approved: 'green', declined: 'red' };
const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

/** Extension requests with their decisions; the department's head approves or declines the pending one. */
export function ExtensionsCard({ ticket: k }: { ticket: Ticket }) {
  const { t, locale } = useI18n();
  const [deciding, setDeciding] = useState<{ id: string; approve: boolean } | null>(null);
  const decide = useTicketWrite(
    ({ id, approve, note }: { id: string; approve: boolean; note: string | null }) => deskApi.decideExtension(id, { approve, note }),
    (a) => (a.approve ? t('desk.extension.approved') : t('desk.extension.declined')),
    () => setDeciding(null),
  );
  if (k.extensions.length === 0) return null;
  return (
    <Card size="small" title={t('desk.extensions')} data-testid="desk-extensions">
      {k.extensions.map((x) => (
        <ItemRow
          key={x.id}
          dense
          data-testid="desk-extension"
          data-status={x.status}
          title={
            <Space size={6} wrap>
              {t('desk.extension.value', { n: x.days })}
              <Tag color={EXTENSION_COLORS[x.status]}>{t(`desk.extension.status.${x.status}`)}</Tag>
            </Space>
          }
          description={
            <>
              <div style={block}>{x.reason}</div>
              <div style={{ fontSize: 12 }}>{t('desk.extension.requestedBy', { name: x.requestedBy, time: formatDateTime(x.requestedAt, locale) })}</div>
              {x.decidedAt && <div style={{ fontSize: 12 }}>{t('desk.extension.decidedBy', { name: x.decidedBy ?? '—', time: formatDateTime(x.decidedAt, locale) })}</div>}
              {x.note && <div style={block}>{x.note}</div>}
              {x.status === 'pending' && k.canDecideExtension && (
                <Space style={{ marginTop: 6 }} wrap>
                  <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDeciding({ id: x.id, approve: true })} data-testid="desk-extension-approve">
                    {t('desk.extension.approve')}
                  </Button>
                  <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDeciding({ id: x.id, approve: false })} data-testid="desk-extension-decline">
                    {t('desk.extension.decline')}
                  </Button>
                </Space>
              )}
            </>
          }
        />
      ))}
      <DecideDialog
        approve={deciding?.approve ?? true}
        open={deciding !== null}
        saving={decide.isPending}
        onCancel={() => setDeciding(null)}
        onSubmit={(note) => deciding && decide.mutate({ ...deciding, note })}
      />
    </Card>
  );
}

/** The follow-up call after a rating of 1–2: when it is due and what was recorded. */
export function FollowupCard({ ticket: k }: { ticket: Ticket }) {
  const { t, locale } = useI18n();
  const f = k.followup;
  if (!f) return null;
  return (
    <Card size="small" title={t('desk.followup')} data-testid="desk-followup" data-status={f.status}>
      <Space size={6} wrap>
        <Tag color={f.status === 'done' ? 'green' : f.overdue ? 'red' : 'gold'}>{t(`desk.followup.status.${f.status}`)}</Tag>
        <Typography.Text type={f.overdue && f.status === 'open' ? 'danger' : undefined}>
          {t('desk.followups.dueOn')} {f.dueOn}
        </Typography.Text>
        {f.rating !== null && <Typography.Text type="secondary">{ratingLabel(t, f.rating)}</Typography.Text>}
      </Space>
      {f.note && <Typography.Paragraph style={{ ...block, margin: '8px 0 0' }}>{f.note}</Typography.Paragraph>}
      {f.doneAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {f.doneBy ?? ''} · {formatDateTime(f.doneAt, locale)}
        </Typography.Text>
      )}
    </Card>
  );
}
