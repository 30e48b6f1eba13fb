import { useState, type ReactNode } from 'react';
import { Button, Card, Checkbox, Empty, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { OPEN_TICKET_STATUSES, type TicketStatus } from '../../../../src/modules/desk/rules/ticket.machine';
import { deskApi, type Booking, type BookingOutcomeBody, type ServiceDay } from '../../api/desk';
import { useServiceDayWrite } from '../../api/deskHooks';
import { useI18n, useT } from '../../i18n/context';
import { useIsMobile } from '../../layout/useIsMobile';
import { FormDialog } from '../../components/FormDialog';
import { ItemList, ItemRow } from '../../components/ItemList';
import { formatDateTime, todayInShanghai } from '../../components/time';
import { BookingStatusTag, LinkedTicket } from './serviceDayBits';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

interface OutcomeValues {
  attended: boolean;
  outcome?: string;
  resolveTicket?: boolean;
}

/** 记录接待: 到场 with what was done (which can resolve the linked open ticket) or 未到场. */
function OutcomeDialog({ booking: b, saving, onCancel, onSubmit }: { booking: Booking | null; saving: boolean; onCancel: () => void; onSubmit: (body: BookingOutcomeBody) => void }) {
  const t = useT();
  const ticketOpen = !!b?.ticket && OPEN_TICKET_STATUSES.includes(b.ticket.status as TicketStatus);
  return (
    <FormDialog<OutcomeValues>
      open={b !== null}
      title={t('serviceDay.outcomeTitle', { name: b?.requester.displayName ?? '' })}
      okText={t('serviceDay.recordOutcome')}
      saving={saving}
      initialValues={{ attended: true, resolveTicket: false }}
      onCancel={onCancel}
      onFinish={(v) => onSubmit({ attended: v.attended, outcome: v.outcome?.trim() || null, resolveTicket: v.attended && ticketOpen && !!v.resolveTicket })}
      testId="sd-outcome-submit"
    >
      <Form.Item name="attended">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="sd-outcome-attended"
          options={[
            { value: true, label: <span data-testid="sd-outcome-attended-yes">{t('serviceDay.attended')}</span> },
            { value: false, label: <span data-testid="sd-outcome-attended-no">{t('serviceDay.noShow')}</span> },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('serviceDay.outcome')}
        dependencies={['attended']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, v: string | undefined) => {
              if (getFieldValue('attended') && (v?.trim().length ?? 0) < 5) throw new Error(t('serviceDay.outcomeRule'));
            },
          }),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={t('serviceDay.outcomePlaceholder')} data-testid="sd-outcome-text" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, z) => a.attended !== z.attended}>
        {({ getFieldValue }) =>
          ticketOpen &&
          getFieldValue('attended') && (
            <Form.Item name="resolveTicket" valuePropName="checked">
              <Checkbox data-testid="sd-outcome-resolve">{t('serviceDay.resolveTicket', { no: b?.ticket?.ticketNo ?? '' })}</Checkbox>
            </Form.Item>
          )
        }
      </Form.Item>
    </FormDialog>
  );
}

/** The day's bookings by slot (officers of the department): who, what about, which ticket, what came of it. */
export function BookingsTable({ day: d }: { day: ServiceDay }) {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const [recording, setRecording] = useState<Booking | null>(null);
  const record = useServiceDayWrite((a: { id: string; body: BookingOutcomeBody }) => deskApi.recordOutcome(a.id, a.body), () => t('serviceDay.outcomeSaved'), () => setRecording(null));
  // By slot; in a slot the cancelled ones last, then by when they were made.
  const rank = (b: Booking) => (b.status === 'cancelled' ? 1 : 0);
  const rows = [...d.bookings].sort((a, b) => a.slot.localeCompare(b.slot) || rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
  const active = rows.filter((b) => b.status !== 'cancelled').length;
  // The server takes outcomes on or after the day.
  const canRecord = d.status === 'published' && d.day <= todayInShanghai();
  const from = `/desk/service-days/${d.id}`;

  const ticket = (b: Booking) => (b.ticket ? <LinkedTicket ticket={b.ticket} from={from} /> : '—');
  const outcome = (b: Booking): ReactNode => {
    if (b.status === 'booked') {
      return canRecord ? (
        <Button size="small" type="primary" icon={<FormOutlined />} onClick={() => setRecording(b)} data-testid="sd-outcome">
          {t('serviceDay.recordOutcome')}
        </Button>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.status === 'published' ? t('serviceDay.outcomeFromDay') : '—'}
        </Typography.Text>
      );
    }
    return (
      <div data-testid="sd-outcome-value">
        {b.outcome && <div style={block}>{b.outcome}</div>}
        {b.outcomeAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(b.outcomeAt, locale)}
          </Typography.Text>
        )}
        {!b.outcome && !b.outcomeAt && '—'}
      </div>
    );
  };
  const rowProps = (b: Booking) => ({ 'data-testid': 'sd-booking-row', 'data-id': b.id, 'data-status': b.status, 'data-slot-id': b.slotId });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceDay.noBookings')} />;
  /** Rows of one slot share its cell. */
  const slotSpan = (i: number) => {
    if (i > 0 && rows[i - 1]!.slot === rows[i]!.slot) return 0;
    let n = 1;
    while (rows[i + n]?.slot === rows[i]!.slot) n += 1;
    return n;
  };

  return (
    <Card size="small" title={t('serviceDay.bookings')} extra={<span data-testid="sd-bookings-count">{t('serviceDay.bookingsCount', { n: active })}</span>}>
      {mobile ? (
        <ItemList
          items={rows}
          rowKey={(b) => b.id}
          empty={empty}
          data-testid="sd-bookings-table"
          renderItem={(b) => (
            <ItemRow
              {...rowProps(b)}
              title={
                <Space size={6} wrap>
                  <span>{b.slot}</span>
                  <span>{b.requester.displayName}</span>
                </Space>
              }
              extra={<BookingStatusTag status={b.status} />}
              description={
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <span style={block}>{b.question}</span>
                  {b.ticket && ticket(b)}
                  {outcome(b)}
                </Space>
              }
            />
          )}
        />
      ) : (
        <Table<Booking>
          data-testid="sd-bookings-table"
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: empty }}
          onRow={(b) => rowProps(b) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('serviceDay.slot'), dataIndex: 'slot', onCell: (_, i) => ({ rowSpan: slotSpan(i ?? 0) }), render: (s: string) => <span style={{ whiteSpace: 'nowrap' }}>{s}</span> },
            { title: t('serviceDay.requester'), key: 'requester', render: (_, b) => b.requester.displayName },
            { title: t('serviceDay.question'), dataIndex: 'question', render: (q: string) => <span style={{ display: 'inline-block', maxWidth: 280, ...block }}>{q}</span> },
            { title: t('serviceDay.linkedTicket'), key: 'ticket', render: (_, b) => ticket(b) },
            { title: t('common.status'), key: 'status', render: (_, b) => <BookingStatusTag status={b.status} /> },
            { title: t('serviceDay.outcome'), key: 'outcome', render: (_, b) => <span style={{ display: 'inline-block', maxWidth: 280 }}>{outcome(b)}</span> },
          ]}
        />
      )}
      <OutcomeDialog booking={recording} saving={record.isPending} onCancel={() => setRecording(null)} onSubmit={(body) => recording && record.mutate({ id: recording.id, body })} />
    </Card>
  );
}
