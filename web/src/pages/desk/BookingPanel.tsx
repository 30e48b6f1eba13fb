import { Button, Card, Descriptions, Form, Input, Popconfirm, Radio, Select, Typography } from 'antd';
import { CalendarOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { deskApi, type BookingBody, type ServiceDay } from '../../api/desk';
import { DK, useServiceDayWrite, useTicketList } from '../../api/deskHooks';
import { useT } from '../../i18n/context';
import { applyFieldErrors } from '../../components/fieldErrors';
import { buttonTestId } from '../../components/testId';
import { BookingStatusTag, isPast, leftLabel, LinkedTicket, slotLabel } from './serviceDayBits';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

interface Values {
  slotId?: string;
  question: string;
  ticketId?: string;
}

/** The requester's booking on this day: slot, question, linked ticket, outcome; cancellable until the day. */
function MyBooking({ day: d }: { day: ServiceDay }) {
  const t = useT();
  const b = d.myBooking!;
  const cancel = useServiceDayWrite(() => deskApi.cancelBooking(b.id), () => t('serviceDay.bookingCancelled'));
  const items = [
    { key: 'slot', label: t('serviceDay.slot'), children: <span data-testid="sd-my-slot">{b.slot}</span> },
    { key: 'status', label: t('common.status'), children: <BookingStatusTag status={b.status} /> },
    { key: 'question', label: t('serviceDay.question'), children: <span style={block}>{b.question}</span> },
    ...(b.ticket ? [{ key: 'ticket', label: t('serviceDay.linkedTicket'), children: <LinkedTicket ticket={b.ticket} from={`/desk/service-days/${d.id}`} /> }] : []),
    ...(b.outcome ? [{ key: 'outcome', label: t('serviceDay.outcome'), children: <span style={block}>{b.outcome}</span> }] : []),
  ];
  return (
    <Card size="small" title={t('serviceDay.myBookingTitle')} data-testid="sd-my-booking" data-id={b.id} data-status={b.status} data-slot-id={b.slotId}>
      <Descriptions size="small" column={1} items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
      {b.status === 'booked' && !isPast(d.day) && (
        <Popconfirm title={t('serviceDay.cancelBookingConfirm')} onConfirm={() => cancel.mutate(undefined)} okButtonProps={buttonTestId('confirm-ok', { danger: true })}>
          <Button danger icon={<CloseCircleOutlined />} loading={cancel.isPending} style={{ marginTop: 8 }} data-testid="sd-booking-cancel">
            {t('serviceDay.cancelBooking')}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}

/** 预约时段: a slot with places left, the question, optionally one of the requester's open tickets. */
function BookForm({ day: d }: { day: ServiceDay }) {
  const t = useT();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const tickets = useTicketList('mine', { open: true, pageSize: 100 });
  const book = useServiceDayWrite(
    (body: BookingBody) => deskApi.book(d.id, body),
    (body) => t('serviceDay.booked', { slot: slotLabel(d.slots.find((s) => s.id === body.slotId) ?? { startsAt: '', endsAt: '' }) }),
  );
  const submit = (v: Values) =>
    book.mutate(
      { slotId: v.slotId!, question: v.question.trim(), ticketId: v.ticketId || null },
      {
        onError: (err) => {
          applyFieldErrors(form, err);
          // A slot may have filled up meanwhile: show the places as they are now.
          void qc.invalidateQueries({ queryKey: DK.serviceDay(d.id) });
        },
      },
    );
  return (
    <Card size="small" title={t('serviceDay.bookTitle')} data-testid="sd-book">
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="sd-book-form">
        <Form.Item name="slotId" label={t('serviceDay.slot')} rules={[{ required: true, message: t('serviceDay.slotRequired') }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {d.slots.map((s) => (
              <Radio key={s.id} value={s.id} disabled={s.left === 0} data-testid="sd-slot-option" data-slot-id={s.id} data-left={s.left}>
                {slotLabel(s)}{' '}
                <Typography.Text type={s.left === 0 ? 'secondary' : 'success'} style={{ fontSize: 12 }}>
                  {leftLabel(t, s)}
                </Typography.Text>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="question" label={t('serviceDay.question')} rules={[{ required: true, whitespace: true, min: 5, max: 500, message: t('serviceDay.questionRule') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount placeholder={t('serviceDay.questionPlaceholder')} data-testid="sd-question" />
        </Form.Item>
        <Form.Item name="ticketId" label={t('serviceDay.ticket')} extra={t('serviceDay.ticketHint')}>
          <Select
            allowClear
            loading={tickets.isFetching}
            options={(tickets.data?.items ?? []).map((k) => ({ value: k.id, label: `${k.ticketNo} ${k.title}` }))}
            style={{ width: '100%' }}
            data-testid="sd-ticket"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<CalendarOutlined />} loading={book.isPending} block style={{ maxWidth: 320 }} data-testid="sd-book-submit">
          {t('serviceDay.bookTitle')}
        </Button>
      </Form>
    </Card>
  );
}

/** What a requester does on a day: book it, or see and cancel their booking. */
export function BookingPanel({ day: d }: { day: ServiceDay }) {
  const t = useT();
  if (d.myBooking) return <MyBooking day={d} />;
  if (!d.bookable) {
    return (
      <Card size="small" data-testid="sd-not-bookable">
        <Typography.Text type="secondary">{t('serviceDay.notBookable')}</Typography.Text>
      </Card>
    );
  }
  return <BookForm day={d} />;
}
