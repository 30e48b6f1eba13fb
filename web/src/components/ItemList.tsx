import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { Empty, Pagination, Spin } from 'antd';

/**
 * A plain list of rows (antd's `List` is deprecated in 6.6 and `Listy` is a virtual list for
 * long data, more than these short lists need).
 */
export interface ItemListProps<T> {
  items: T[];
  rowKey: (item: T) => string | number;
  renderItem: (item: T) => ReactNode;
  loading?: boolean;
  empty?: ReactNode;
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number) => void };
  style?: CSSProperties;
  'data-testid'?: string;
}

export function ItemList<T>({ items, rowKey, renderItem, loading, empty, pagination, style, 'data-testid': testId }: ItemListProps<T>) {
  return (
    <Spin spinning={!!loading}>
      <div style={style} data-testid={testId}>
        {items.length === 0 && !loading ? (empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />) : items.map((item) => <div key={rowKey(item)}>{renderItem(item)}</div>)}
      </div>
      {pagination && pagination.total > pagination.pageSize && (
        <Pagination
          size="small"
          style={{ marginTop: 12, textAlign: 'right' }}
          current={pagination.current}
          pageSize={pagination.pageSize}
          total={pagination.total}
          onChange={pagination.onChange}
          showSizeChanger={false}
        />
      )}
    </Spin>
  );
}

export interface ItemRowProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  avatar?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  actions?: ReactNode;
  dense?: boolean;
}

/** One row: optional avatar, title and description, with extra/actions on the right. */
export function ItemRow({ avatar, title, description, extra, actions, dense, style, ...rest }: ItemRowProps) {
  return (
    <div
      {...rest}
      style={{
        display: 'flex',
        gap: 12,
        alignItems: 'flex-start',
        padding: dense ? '8px 4px' : '12px 4px',
        borderBottom: '1px solid rgba(5,5,5,0.06)',
        ...style,
      }}
    >
      {avatar && <div style={{ paddingTop: 2 }}>{avatar}</div>}
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{title}</div>
        {description && <div style={{ color: 'rgba(0,0,0,0.55)', marginTop: 2, overflowWrap: 'anywhere' }}>{description}</div>}
      </div>
      {extra && <div style={{ flexShrink: 0 }}>{extra}</div>}
      {actions && <div style={{ flexShrink: 0 }}>{actions}</div>}
    </div>
  );
}
