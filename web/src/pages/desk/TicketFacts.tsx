import type { ReactNode } from 'react';
import { Card, Descriptions, Rate, Tag, Typography } from 'antd';
import { deskApi, type Ticket } from '../../api/desk';
import { useI18n } from '../../i18n/context';
import { FileGallery } from '../../components/FileThumb';
import { RevealPhone } from '../../components/RevealPhone';
import { formatDateTime } from '../../components/time';
import { DueOn, ratingLabel } from './deskBits';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };
const item = (key: string, label: string, children: ReactNode) => ({ key, label, children });
const descriptionStyles = { label: { whiteSpace: 'nowrap' as const } };

/** Viewers who may reveal the requester's phone (GET /contact is for officers and dispatchers). */
const DESK_SIDE = ['officer', 'assignee', 'head', 'dispatcher'];

/** The time limit: due date, working days allowed and added, when the clock started, how long it took. */
export function TimeLimitCard({ ticket: k }: { ticket: Ticket }) {
  const { t, locale } = useI18n();
  const items = [
    item('due', t('desk.dueOn'), <DueOn ticket={k} />),
    item('limit', t('desk.limitDays'), <span data-testid="desk-limit-days">{t('desk.workingDays', { n: k.limitDays })}</span>),
    ...(k.extendedDays > 0 ? [item('extended', t('desk.extendedDays'), <span data-testid="desk-extended-days">{t('desk.workingDays', { n: k.extendedDays })}</span>)] : []),
    item('clock', t('desk.clockStartOn'), k.clockStartOn),
    ...(k.handlingDays !== null ? [item('handling', t('desk.handlingDays'), t('desk.workingDays', { n: k.handlingDays }))] : []),
  ];
  return (
    <Card size="small" title={t('desk.timeLimit')} data-testid="desk-time-limit" data-overdue={k.overdue ? 'true' : 'false'}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} styles={descriptionStyles} />
      {k.autoCloseAt && k.status === 'resolved' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="desk-auto-close">
          {t('desk.autoCloseAt', { time: formatDateTime(k.autoCloseAt, locale) })}
        </Typography.Text>
      )}
      {k.escalatedAt && (
        <div>
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="desk-escalated">
            {t('desk.escalatedAt', { time: formatDateTime(k.escalatedAt, locale) })}
          </Typography.Text>
        </div>
      )}
    </Card>
  );
}

/** Who asked, how they want to be reached (phone masked for the department), what they asked, attachments. */
export function RequestCard({ ticket: k }: { ticket: Ticket }) {
  const { t, locale } = useI18n();
  const mayReveal = k.viewerIs.some((v) => DESK_SIDE.includes(v));
  const phone = mayReveal ? (
    <RevealPhone
      phone={k.contactPhone}
      load={async () => (await deskApi.contact(k.id)).contactPhone}
      label={t('desk.revealPhone')}
      note={t('desk.revealPhoneNote')}
      testId="desk-reveal-phone"
      fullTestId="desk-phone-full"
    />
  ) : (
    <span data-testid="desk-contact-phone-value">{k.contactPhone ?? '—'}</span>
  );
  const items = [
    item('requester', t('desk.requester'), <span data-testid="desk-requester">{k.requester.displayName}</span>),
    item('submitted', t('desk.submittedAt'), formatDateTime(k.submittedAt, locale)),
    item(
      'method',
      t('desk.field.contactMethod'),
      <>
        {t(`desk.contact.${k.contactMethod}`)}{' '}
        {k.onsiteWanted && (
          <Tag color="purple" style={{ marginInlineEnd: 0 }}>
            {t('desk.onsite')}
          </Tag>
        )}
      </>,
    ),
    ...(k.contactPhone ? [item('phone', t('desk.field.contactPhone'), phone)] : []),
  ];
  return (
    <Card size="small" title={t('desk.requesterContact')} data-testid="desk-request">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} styles={descriptionStyles} />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('desk.field.description')}
      </Typography.Title>
      <Typography.Paragraph style={block} data-testid="desk-description-value">
        {k.description}
      </Typography.Paragraph>
      {k.attachments.length > 0 && (
        <div data-testid="desk-attachments-value">
          <Typography.Title level={5}>{t('desk.attachments')}</Typography.Title>
          <FileGallery files={k.attachments} />
        </div>
      )}
    </Card>
  );
}

/** The department and officer, the answer, a return's reason, the requester's rating. */
export function HandlingCard({ ticket: k }: { ticket: Ticket }) {
  const { t, locale } = useI18n();
  const items = [
    item(
      'department',
      t('desk.department'),
      <span data-testid="desk-department">
        {k.department?.name ?? <Typography.Text type="secondary">{t('desk.noDepartment')}</Typography.Text>}
        {k.departmentKind && <Tag style={{ marginInlineStart: 6 }}>{t(`desk.kind.${k.departmentKind}`)}</Tag>}
      </span>,
    ),
    item('officer', t('desk.officer'), <span data-testid="desk-officer">{k.officer?.displayName ?? <Typography.Text type="secondary">{t('desk.unassigned')}</Typography.Text>}</span>),
    ...(k.returnReason ? [item('return', t('desk.returnReason'), <Typography.Text type="warning" style={block}>{k.returnReason}</Typography.Text>)] : []),
    ...(k.resolution ? [item('resolution', t('desk.resolution'), <span style={block} data-testid="desk-resolution-value">{k.resolution}</span>)] : []),
    ...(k.resolvedAt ? [item('resolvedAt', t('desk.resolvedAt'), formatDateTime(k.resolvedAt, locale))] : []),
    ...(k.closedAt
      ? [
          item(
            'closedAt',
            t('desk.closedAt'),
            <>
              {formatDateTime(k.closedAt, locale)} {k.autoClosed && <Tag>{t('desk.autoClosed')}</Tag>}
            </>,
          ),
        ]
      : []),
  ];
  return (
    <Card size="small" title={t('desk.handling')} data-testid="desk-handling">
      <Descriptions size="small" column={1} items={items} styles={descriptionStyles} />
      {k.rating !== null && (
        <div style={{ marginTop: 12 }} data-testid="desk-rating-value" data-rating={k.rating}>
          <Typography.Text strong>{t('desk.ratingTitle')}</Typography.Text>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
            <Rate disabled value={k.rating} style={{ fontSize: 16 }} />
            <Typography.Text>{ratingLabel(t, k.rating)}</Typography.Text>
          </div>
          {k.ratingComment && <Typography.Paragraph style={{ ...block, marginBottom: 0 }}>{k.ratingComment}</Typography.Paragraph>}
        </div>
      )}
    </Card>
  );
}
