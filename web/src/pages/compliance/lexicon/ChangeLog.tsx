import { useState } from 'react';
import { Empty, Spin, Table, Tag, Timeline, Typography } from 'antd';
import type { LexiconChange } from '../../../api/compliance';
import { useLexiconChanges } from '../../../api/violationHooks';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';
import { changedFields, formatField } from './lexiconFields';

const ACTION_COLORS: Record<LexiconChange['action'], string> = { seed: 'default', create: 'green', update: 'blue', enable: 'cyan', disable: 'orange' };
const PAGE_SIZE = 20;

function ActionTag({ action }: { action: LexiconChange['action'] }) {
  const { t } = useI18n();
  return (
    <Tag color={ACTION_COLORS[action]} data-testid="lexicon-change-action" data-action={action}>
      {t(`lexicon.action.${action}`)}
    </Tag>
  );
}

/** The fields a change touched, before and after. */
export function ChangeDiff({ change }: { change: LexiconChange }) {
  const { t } = useI18n();
  const fields = changedFields(change.before, change.after);
  if (fields.length === 0) return <Typography.Text type="secondary">{t('lexicon.changes.noDiff')}</Typography.Text>;
  return (
    <table className="lb-diff" data-testid="lexicon-change-diff" style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
      <thead>
        <tr style={{ textAlign: 'left', color: 'rgba(0,0,0,.55)' }}>
          <th style={{ padding: 4, width: 110 }}>{t('lexicon.changes.field')}</th>
          {change.before && <th style={{ padding: 4 }}>{t('lexicon.changes.before')}</th>}
          {change.after && <th style={{ padding: 4 }}>{t('lexicon.changes.after')}</th>}
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f} data-testid="lexicon-change-field" data-field={f} style={{ borderTop: '1px solid #f0f0f0', verticalAlign: 'top' }}>
            <td style={{ padding: 4 }}>{t(f === 'allowIn' || f === 'negationWindow' ? `lexicon.short.${f}` : `lexicon.field.${f}`)}</td>
            {change.before && (
              <td style={{ padding: 4, background: change.after ? '#fff1f0' : undefined, overflowWrap: 'anywhere' }}>{formatField(t, f, change.before[f])}</td>
            )}
            {change.after && (
              <td style={{ padding: 4, background: change.before ? '#f6ffed' : undefined, overflowWrap: 'anywhere' }}>{formatField(t, f, change.after[f])}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 变更记录: every version of the lexicon, newest first; a row expands to its field differences. */
export function ChangeLog() {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const q = useLexiconChanges({ page, pageSize: PAGE_SIZE });
  const items = (q.data?.items ?? []).map((c, i) => ({ ...c, key: `${c.version}-${c.entryId ?? ''}-${i}` }));
  return (
    <Table
      data-testid="lexicon-changes"
      size="small"
      loading={q.isFetching}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      onRow={(c) => ({ 'data-testid': 'lexicon-change-row', 'data-version': c.version, 'data-term': c.term ?? '' }) as React.HTMLAttributes<HTMLElement>}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, showSizeChanger: false, showTotal: (n) => t('common.total', { n }), onChange: setPage }}
      expandable={{ expandedRowRender: (c) => <ChangeDiff change={c} />, rowExpandable: (c) => c.before !== null || c.after !== null }}
      columns={[
        { title: t('lexicon.changes.version'), dataIndex: 'version', render: (v: number) => <Typography.Text strong>{t('lexicon.changes.versionValue', { version: v })}</Typography.Text> },
        { title: t('lexicon.changes.action'), dataIndex: 'action', render: (a: LexiconChange['action']) => <ActionTag action={a} /> },
        { title: t('lexicon.changes.summary'), dataIndex: 'summary', render: (s: string) => <span style={{ display: 'inline-block', minWidth: 160, maxWidth: 420, whiteSpace: 'normal' }}>{s}</span> },
        { title: t('lexicon.changes.actor'), dataIndex: 'actorName', render: (v: string | null) => v ?? t('lexicon.changes.system') },
        { title: t('lexicon.changes.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, locale) },
      ]}
    />
  );
}

/** One entry's own changes, in the edit form. */
export function EntryHistory({ entryId }: { entryId: string }) {
  const { t, locale } = useI18n();
  const q = useLexiconChanges({ entryId, pageSize: 50 });
  return (
    <div data-testid="lexicon-entry-history">
      <Typography.Title level={5}>{t('lexicon.entryHistory')}</Typography.Title>
      {q.isPending ? (
        <Spin />
      ) : !q.data?.items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={q.data.items.map((c, i) => ({
            key: `${c.version}-${i}`,
            color: ACTION_COLORS[c.action] === 'default' ? 'gray' : ACTION_COLORS[c.action],
            content: (
              <div data-testid="lexicon-entry-change" data-version={c.version}>
                <Typography.Text strong>{t('lexicon.changes.versionValue', { version: c.version })}</Typography.Text> <ActionTag action={c.action} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.actorName ?? t('lexicon.changes.system')} · {formatDateTime(c.at, locale)}
                </Typography.Text>
                <div>{c.summary}</div>
                {c.action === 'update' && <ChangeDiff change={c} />}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
