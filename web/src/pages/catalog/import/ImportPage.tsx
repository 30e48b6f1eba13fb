import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Segmented, Select, Space, Steps, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { catalogApi, type ImportKind, type ImportMode } from '../../../api/catalog';
import { QK } from '../../../api/hooks';
import type { ImportReport } from '../../../api/types';
import { useCurrentUser } from '../../../auth/useMe';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { useNotifyError } from '../../../components/useNotifyError';
import { ImportReportView } from './ImportReportView';

/** 批量导入: template → upload → row-by-row check → 全部导入 (only when clean) or 仅导入有效行. */
export function ImportPage() {
  const t = useT();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const staff = me.roles.some((r) => r.role === 'base_staff' || r.role === 'admin');
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of me.roles) if (r.role === 'base_staff' || r.role === 'admin') seen.set(r.unitId, r.unitName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [me.roles]);
  const [kind, setKind] = useState<ImportKind>('products');
  const [unitId, setUnitId] = useState<string | undefined>(units[0]?.value);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  const run = useMutation({
    mutationFn: (a: { mode: ImportMode; file: File }) => catalogApi.importFile(kind, a.mode, a.file, kind === 'producers' ? unitId : undefined),
    onSuccess: (r, a) => {
      setReport(r);
      if (a.mode === 'check') return;
      setImported(r.imported);
      void message.success(r.imported ? t('import.done', { n: r.imported }) : t('import.doneNone'));
      void qc.invalidateQueries({ queryKey: kind === 'producers' ? QK.producers : QK.products });
    },
    onError: notifyError,
  });
  const reset = () => {
    setFile(null);
    setReport(null);
    setImported(null);
  };
  const choose = (f: File) => {
    if (!f.name.toLowerCase().endsWith('.xlsx')) {
      notifyError(new Error(t('import.xlsxOnly')));
      return;
    }
    setFile(f);
    setReport(null);
    setImported(null);
    run.mutate({ mode: 'check', file: f });
  };
  const bad = report ? report.total - report.valid : 0;
  const step = report ? 2 : file ? 1 : 0;

  return (
    <Card data-testid="page-import" title={t('import.title')}>
      <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 900 }}>
        {staff && (
          <Segmented<ImportKind>
            value={kind}
            onChange={(k) => {
              setKind(k);
              reset();
            }}
            options={[
              { value: 'products', label: <span data-testid="import-kind-products">{t('import.kind.products')}</span> },
              { value: 'producers', label: <span data-testid="import-kind-producers">{t('import.kind.producers')}</span> },
            ]}
          />
        )}
        <Steps size="small" current={step} items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]} />
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => catalogApi.downloadTemplate(kind).catch(notifyError)} data-testid="import-template">
            {t('import.template')}
          </Button>
          {kind === 'producers' && units.length > 1 && (
            <Select value={unitId} onChange={setUnitId} options={units} style={{ minWidth: 220 }} placeholder={t('import.unit')} data-testid="import-unit" />
          )}
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={(f) => {
              choose(f);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={run.isPending && run.variables?.mode === 'check'} data-testid="import-upload">
              {t('import.choose')}
            </Button>
          </Upload>
        </Space>
        {file && (
          <Typography.Text type="secondary" data-testid="import-file-name">
            {t('import.file', { name: file.name })}
          </Typography.Text>
        )}
        {report && <ImportReportView report={report} />}
        {imported !== null && (
          <Alert type={imported ? 'success' : 'info'} showIcon title={imported ? t('import.done', { n: imported }) : t('import.doneNone')} data-testid="import-result" />
        )}
        {report && file && imported === null && (
          <Space wrap>
            <Button
              type="primary"
              disabled={report.errors.length > 0 || report.valid === 0}
              loading={run.isPending && run.variables?.mode === 'all'}
              onClick={() => run.mutate({ mode: 'all', file })}
              data-testid="import-all"
            >
              {t('import.all')}
            </Button>
            <Popconfirm
              title={t('import.validConfirm', { valid: report.valid, bad })}
              onConfirm={() => run.mutate({ mode: 'valid', file })}
              okButtonProps={buttonTestId('confirm-ok')}
              disabled={report.valid === 0}
            >
              <Button disabled={report.valid === 0} loading={run.isPending && run.variables?.mode === 'valid'} data-testid="import-valid">
                {t('import.valid')}
              </Button>
            </Popconfirm>
          </Space>
        )}
        {report && report.errors.length > 0 && imported === null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('import.allDisabled')}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
