import { useState, type ReactNode } from 'react';
import { Button, Card, Empty, Form, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Followup } from '../../api/desk';
import { useFollowupDone, useFollowups } from '../../api/deskHooks';
import { useI18n } from '../../i18n/context';
import { useIsMobile } from '../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../components/ItemList';
import { formatDateTime } from '../../components/time';
import { FormDialog } from '../../components/FormDialog';
import { useUrlFilters } from '../../components/useUrlFilters';
import { ratingLabel } from './deskBits';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

/** 回访任务: calls officers owe requesters who rated 1–2, due in one working day. */
export function FollowupsPage() {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const { get, set } = useUrlFilters();
  const open = get('show') !== 'all';
  const list = useFollowups(open);
  const [recording, setRecording] = useState<Followup | null>(null);
  const done = useFollowupDone(t('desk.followups.done'), () => setRecording(null));
  const items = list.data ?? [];

  const ticket = (f: Followup) => (
    <Link to={`/desk/tickets/${encodeURIComponent(f.ticketId)}`} state={{ from: '/desk/followups' }} data-testid="desk-followup-ticket">
      {f.ticketNo} {f.title}
    </Link>
  );
  const due = (f: Followup) => (
    <Typography.Text type={f.overdue && f.status === 'open' ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="desk-followup-due" data-overdue={f.overdue ? 'true' : 'false'}>
      {f.dueOn}
      {f.overdue && f.status === 'open' && (
        <Tag color="red" style={{ marginInlineStart: 4 }}>
          {t('desk.overdue')}
        </Tag>
      )}
    </Typography.Text>
  );
  const rating = (f: Followup) => (f.rating !== null ? `${f.rating} · ${ratingLabel(t, f.rating)}` : '—');
  const outcome = (f: Followup): ReactNode =>
    f.status === 'open' ? (
      <Button size="small" type="primary" icon={<PhoneOutlined />} onClick={() => setRecording(f)} data-testid="desk-followup-record">
        {t('desk.followups.record')}
      </Button>
    ) : (
      <div>
        <Tag color="green">{t('desk.followup.status.done')}</Tag>
        {f.note && <div style={block}>{f.note}</div>}
        {f.doneAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.doneBy ?? ''} · {formatDateTime(f.doneAt, locale)}
          </Typography.Text>
        )}
      </div>
    );
  const rowProps = (f: Followup) => ({ 'data-testid': 'desk-followup-row', 'data-id': f.id, 'data-ticket-id': f.ticketId, 'data-status': f.status });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.followups.none')} />;

  return (
    <Card data-testid="page-desk-followups" title={t('module.desk.followups')}>
      <Segmented
        value={open ? 'open' : 'all'}
        onChange={(v) => set({ show: v === 'all' ? 'all' : undefined })}
        options={[
          { value: 'open', label: <span data-testid="desk-followups-open">{t('desk.followups.open')}</span> },
          { value: 'all', label: <span data-testid="desk-followups-all">{t('desk.followups.all')}</span> },
        ]}
        style={{ marginBottom: 12 }}
      />
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      {mobile ? (
        <ItemList
          loading={list.isFetching}
          items={items}
          rowKey={(f) => f.id}
          empty={empty}
          data-testid="desk-followups-table"
          renderItem={(f) => (
            <ItemRow
              {...rowProps(f)}
              title={ticket(f)}
              description={
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <span>
                    {f.requesterName} · {f.departmentName}
                  </span>
                  <span>
                    {t('desk.followups.dueOn')} {due(f)}
                  </span>
                  <span>{rating(f)}</span>
                  {f.ratingComment && <span style={block}>{f.ratingComment}</span>}
                  {outcome(f)}
                </Space>
              }
            />
          )}
        />
      ) : (
        <Table<Followup>
          data-testid="desk-followups-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: empty }}
          pagination={false}
          rowClassName={(f) => (f.overdue && f.status === 'open' ? 'lb-row-overdue' : '')}
          onRow={(f) => rowProps(f) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('desk.followups.dueOn'), key: 'due', render: (_, f) => due(f) },
            { title: t('desk.ticketNo'), key: 'ticket', render: (_, f) => <span style={{ display: 'inline-block', maxWidth: 300, whiteSpace: 'normal' }}>{ticket(f)}</span> },
            { title: t('desk.requester'), dataIndex: 'requesterName' },
            { title: t('desk.department'), dataIndex: 'departmentName' },
            { title: t('desk.followups.rating'), key: 'rating', render: (_, f) => rating(f) },
            { title: t('desk.ratingComment'), dataIndex: 'ratingComment', render: (c: string | null) => <span style={{ display: 'inline-block', maxWidth: 260, ...block }}>{c ?? '—'}</span> },
            { title: t('desk.followups.note'), key: 'outcome', render: (_, f) => <span style={{ display: 'inline-block', maxWidth: 260 }}>{outcome(f)}</span> },
          ]}
        />
      )}
      <FormDialog<{ note: string }>
        open={recording !== null}
        title={t('desk.followups.recordTitle', { no: recording?.ticketNo ?? '' })}
        okText={t('desk.followups.record')}
        saving={done.isPending}
        onCancel={() => setRecording(null)}
        onFinish={(v) => recording && done.mutate({ id: recording.id, note: v.note.trim() })}
        testId="desk-followup-submit"
      >
        <Form.Item name="note" label={t('desk.followups.note')} rules={[{ required: true, whitespace: true, min: 5, message: t('desk.followups.noteRule') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount placeholder={t('desk.followups.notePlaceholder')} data-testid="desk-followup-note" />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
