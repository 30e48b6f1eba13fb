import { Space, Tag, Typography } from 'antd';
import { BankOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { BookingStatus } from '../../../../src/modules/desk/rules/service-day';
import { Link } from 'react-router';
import type { TicketStatus } from '../../../../src/modules/desk/rules/ticket.machine';
import type { Booking, ServiceDaySummary } from '../../api/desk';
import { useI18n, useT, type Locale, type TFunction } from '../../i18n/context';
import { todayInShanghai } from '../../components/time';
import { statusLabel, TICKET_STATUS_COLORS } from './deskBits';

type Slot = ServiceDaySummary['slots'][number];

export const slotLabel = (s: Pick<Slot, 'startsAt' | 'endsAt'>) => `${s.startsAt}–${s.endsAt}`;

/** 「余 3 个」 or 「约满」. */
export const leftLabel = (t: TFunction, s: Pick<Slot, 'left'>) => (s.left > 0 ? t('serviceDay.left', { n: s.left }) : t('serviceDay.full'));

/** 2026-12-03 周四 (Thu in English). */
export function dayWithWeekday(day: string, locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(new Date(`${day}T12:00:00+08:00`));
  return `${day} ${weekday}`;
}

/** The day lies before today (Shanghai): no more bookings, outcomes can be recorded. */
export const isPast = (day: string) => day < todayInShanghai();

export function DayWithWeekday({ day }: { day: string }) {
  const { locale } = useI18n();
  return <span data-testid="sd-day">{dayWithWeekday(day, locale)}</span>;
}

/** 已取消 / 已结束 / 可预约. */
export function DayStatusTag({ d }: { d: Pick<ServiceDaySummary, 'status' | 'day'> }) {
  const t = useT();
  const [key, color] = d.status === 'cancelled' ? (['cancelled', 'red'] as const) : isPast(d.day) ? (['past', 'default'] as const) : (['open', 'green'] as const);
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }} data-testid="sd-status" data-status={key}>
      {t(`serviceDay.status.${key}`)}
    </Tag>
  );
}

const BOOKING_COLORS: Record<BookingStatus, string> = { booked: 'processing', cancelled: 'default', attended: 'success', no_show: 'warning' };

export function BookingStatusTag({ status }: { status: BookingStatus }) {
  const t = useT();
  return (
    <Tag color={BOOKING_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="sd-booking-status" data-status={status}>
      {t(`desk.booking.${status}`)}
    </Tag>
  );
}

/** Each slot with its places left (约满 when none); a cancelled day's slots without them. */
export function SlotTags({ slots, places = true }: { slots: Slot[]; places?: boolean }) {
  const t = useT();
  return (
    <Space size={[6, 6]} wrap>
      {slots.map((s) => (
        <Tag key={s.id} color={places && s.left > 0 ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }} data-testid="sd-slot" data-slot-id={s.id} data-left={s.left}>
          {slotLabel(s)}
          {places && ` · ${leftLabel(t, s)}`}
        </Tag>
      ))}
    </Space>
  );
}

const line = { display: 'flex', gap: 6, alignItems: 'baseline', overflowWrap: 'anywhere' as const };

/** Who comes where: the department, the base and place, the notes (clamped on the list) and the slots. */
export function DayFacts({ d, clampNotes }: { d: ServiceDaySummary; clampNotes?: boolean }) {
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      <div style={line} data-testid="sd-department">
        <BankOutlined /> <span>{d.department.name}</span>
      </div>
      <div style={line} data-testid="sd-place">
        <EnvironmentOutlined />
        <span>
          {d.base.name} · {d.place}
        </span>
      </div>
      {d.notes && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} ellipsis={clampNotes ? { rows: 2 } : false} data-testid="sd-notes">
          {d.notes}
        </Typography.Paragraph>
      )}
      <SlotTags slots={d.slots} places={d.status === 'published'} />
    </Space>
  );
}

/** The requester's ticket a booking is for: its number (opens it) and its status. */
export function LinkedTicket({ ticket, from }: { ticket: NonNullable<Booking['ticket']>; from: string }) {
  const t = useT();
  return (
    <Space size={4} wrap data-testid="sd-linked-ticket" data-ticket-id={ticket.id} data-ticket-status={ticket.status}>
      <Link to={`/desk/tickets/${encodeURIComponent(ticket.id)}`} state={{ from }}>
        {ticket.ticketNo}
      </Link>
      <Tag color={TICKET_STATUS_COLORS[ticket.status as TicketStatus] ?? 'default'} style={{ marginInlineEnd: 0 }}>
        {statusLabel(t, ticket.status)}
      </Tag>
    </Space>
  );
}
