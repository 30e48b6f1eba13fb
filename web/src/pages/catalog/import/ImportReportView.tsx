import { Alert, Table } from 'antd';
import type { ImportReport } from '../../../api/types';
import { useT } from '../../../i18n/context';

type Row = ImportReport['errors'][number];

/** The row-by-row check report: a summary and the problems (行号, 列, 问题). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const bad = report.total - report.valid;
  return (
    <div data-testid="import-report" data-total={report.total} data-valid={report.valid} data-errors={report.errors.length}>
      <Alert
        type={report.errors.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        title={t('import.summary', { total: report.total, valid: report.valid, bad })}
        description={report.errors.length ? undefined : t('import.allValid')}
        data-testid="import-summary"
      />
      {report.errors.length > 0 && (
        <Table<Row>
          size="small"
          rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.message}`}
          dataSource={report.errors}
          pagination={report.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          tableLayout="fixed"
          data-testid="import-errors"
          onRow={() => ({ 'data-testid': 'import-error-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('import.row'), dataIndex: 'row', width: 56 },
            { title: t('import.column'), dataIndex: 'column', width: '32%', render: (c: string | null) => c ?? '—' },
            { title: t('import.problem'), dataIndex: 'message', render: (m: string) => <span style={{ overflowWrap: 'anywhere' }}>{m}</span> },
          ]}
        />
      )}
    </div>
  );
}
