import { Button, Switch, Table, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { LexiconItem } from '../../../api/compliance';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';
import { SeverityTag } from './SeverityTag';

interface Props {
  items: LexiconItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The id of the entry whose switch is saving. */
  toggling: string | null;
  onPage: (page: number, pageSize: number) => void;
  onToggle: (item: LexiconItem) => void;
  onEdit: (item: LexiconItem) => void;
}

const clip = (s: string, width: number) => (
  <Tooltip title={s}>
    <span style={{ display: 'inline-block', maxWidth: width, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}>{s}</span>
  </Tooltip>
);

export function LexiconTable({ items, total, page, pageSize, loading, toggling, onPage, onToggle, onEdit }: Props) {
  const { t, locale } = useI18n();
  return (
    <Table<LexiconItem>
      data-testid="lexicon-table"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      onRow={(e) => ({ 'data-testid': 'lexicon-row', 'data-term': e.term, 'data-enabled': String(e.enabled) }) as React.HTMLAttributes<HTMLElement>}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => t('common.total', { n }), onChange: onPage }}
      columns={[
        {
          title: t('lexicon.field.term'),
          dataIndex: 'term',
          fixed: 'left',
          render: (v: string, e) => (
            <Typography.Text strong delete={!e.enabled} data-testid="lexicon-term">
              {v}
            </Typography.Text>
          ),
        },
        { title: t('lexicon.field.category'), dataIndex: 'category', responsive: ['sm'], render: (c: LexiconItem['category']) => t(`lexicon.category.${c}`) },
        { title: t('lexicon.field.severity'), dataIndex: 'severity', render: (s: LexiconItem['severity']) => <SeverityTag severity={s} /> },
        { title: t('lexicon.field.clause'), dataIndex: 'clause', responsive: ['sm'], render: (n: number) => t('lexicon.clauseValue', { n }) },
        { title: t('lexicon.field.basis'), dataIndex: 'basis', responsive: ['md'], render: (s: string) => clip(s, 220) },
        {
          title: t('lexicon.field.enabled'),
          dataIndex: 'enabled',
          render: (on: boolean, e) => (
            <Switch
              size="small"
              checked={on}
              loading={toggling === e.id}
              onChange={() => onToggle(e)}
              aria-label={t(on ? 'lexicon.enabled.on' : 'lexicon.enabled.off')}
              data-testid="lexicon-enabled"
            />
          ),
        },
        {
          title: t('lexicon.updated'),
          dataIndex: 'updatedAt',
          responsive: ['lg'],
          render: (v: string, e) => (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(v, locale)}
              {e.updatedByName ? ` · ${e.updatedByName}` : ''}
            </Typography.Text>
          ),
        },
        {
          title: t('common.actions'),
          key: 'edit',
          render: (_, e) => (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(e)} data-testid="lexicon-edit">
              {t('common.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
