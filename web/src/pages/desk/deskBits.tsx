import { Space, Tag, Typography } from 'antd';
import { TICKET_STATUSES, type TicketStatus } from '../../../../src/modules/desk/rules/ticket.machine';
import type { TicketSummary } from '../../api/desk';
import { useT, type TFunction } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { ProvisionalTag } from '../../components/ProvisionalTag';

export const TICKET_STATUS_COLORS: Record<TicketStatus, string> = {
  submitted: 'processing',
  assigned: 'blue',
  in_progress: 'gold',
  resolved: 'cyan',
  reopened: 'volcano',
  returned: 'orange',
  closed: 'success',
  withdrawn: 'default',
};

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const t = useT();
  return (
    <Tag color={TICKET_STATUS_COLORS[status]} data-testid="desk-ticket-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`desk.status.${status}`)}
    </Tag>
  );
}

/** A status of the history (any string the server recorded) in the UI language. */
export function statusLabel(t: TFunction, status: string): string {
  return (TICKET_STATUSES as readonly string[]).includes(status) ? t(`desk.status.${status as TicketStatus}`) : status;
}

const EVENTS = [
  ...['submit', 'assign', 'reassign', 'start', 'resolve', 'return', 'reroute', 'close', 'auto_close', 'reopen', 'withdraw', 'extend'],
  ...['extension_requested', 'extension_approved', 'extension_declined', 'remind', 'escalate', 'followup_done'],
];

/** An event of the history (分派, 办结, 延期…) in the UI language. */
export function eventLabel(t: TFunction, event: string): string {
  return EVENTS.includes(event) ? t(`desk.event.${event}` as MessageKey) : event;
}

/** 非常满意 … 非常不满意 for a rating of 1–5. */
export function ratingLabel(t: TFunction, rating: number): string {
  return rating >= 1 && rating <= 5 ? t(`desk.rating.${rating}` as MessageKey) : String(rating);
}

/** 「2026-05-08 前」 with 已超期 (red) when the clock ran out and 暂定 when holidays are not yet published. */
export function DueOn({ ticket, prefix = false }: { ticket: Pick<TicketSummary, 'dueOn' | 'overdue' | 'dueProvisional'>; prefix?: boolean }) {
  const t = useT();
  return (
    <Space size={4} wrap data-testid="desk-due" data-overdue={ticket.overdue ? 'true' : 'false'} style={{ display: 'inline-flex' }}>
      <Typography.Text type={ticket.overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {prefix && `${t('desk.dueOn')} `}
        {t('desk.dueValue', { date: ticket.dueOn })}
      </Typography.Text>
      {ticket.overdue && (
        <Tag color="red" data-testid="desk-overdue-tag" style={{ marginInlineEnd: 0 }}>
          {t('desk.overdue')}
        </Tag>
      )}
      {ticket.dueProvisional && <ProvisionalTag />}
    </Space>
  );
}

/** Only a known code of `list`, else undefined (a hand-edited URL must not reach the server). */
export function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}
