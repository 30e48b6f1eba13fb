import { useState } from 'react';
import { Alert, Button, Card, Col, Form, InputNumber, Row, Tag, Typography } from 'antd';
import type { Session } from '../../../api/cooperation';
import { useSalesReport } from '../../../api/cooperationHooks';
import { useI18n } from '../../../i18n/context';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { formatFen, yuanToFen } from '../../../components/money';
import { shanghaiWall } from './sessionBits';

interface Row {
  unitsSold?: number | null;
  gmv?: number | null;
  unitsRefunded?: number | null;
  complaints?: number | null;
}

/** When the report is due, and 已逾期 once it is late. */
export function ReportDue({ s }: { s: Session }) {
  const { t } = useI18n();
  if (!s.reportDueAt || s.status !== 'ended') return null;
  return (
    <span data-testid="session-report-due-at" data-overdue={s.reportOverdue ? 'true' : 'false'}>
      <Typography.Text type={s.reportOverdue ? 'danger' : 'secondary'}>{t('session.reportDueAt', { at: shanghaiWall(s.reportDueAt) })}</Typography.Text>{' '}
      {s.reportOverdue && <Tag color="red">{t('session.overdue')}</Tag>}
    </span>
  );
}

/** 战报: per product units sold, GMV, refunds and complaints, within 3 days of the end. */
export function SalesReportForm({ s }: { s: Session }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ rows: Row[] }>();
  const [error, setError] = useState<string | null>(null);
  const report = useSalesReport(s.id, t('session.reported'), (err) => {
    setError(err instanceof Error ? err.message : String(err));
    applyFieldErrors(form, err, { products: 'rows' });
  });
  const submit = (v: { rows: Row[] }) =>
    report.mutate({
      products: s.products.map((p, i) => {
        const r = v.rows[i]!;
        return { productId: p.productId, unitsSold: r.unitsSold ?? 0, gmvFen: yuanToFen(r.gmv) ?? 0, unitsRefunded: r.unitsRefunded ?? 0, complaints: r.complaints ?? 0 };
      }),
    });
  // GMV starts as units × live price until the streamer types their own figure.
  const onValuesChange = (changed: { rows?: (Row | undefined)[] }) => {
    setError(null);
    changed.rows?.forEach((r, i) => {
      if (r?.unitsSold == null || form.isFieldTouched(['rows', i, 'gmv'])) return;
      form.setFieldValue(['rows', i, 'gmv'], (r.unitsSold * s.products[i]!.livePriceFen) / 100);
    });
  };
  const num = (i: number, name: keyof Row, label: string, testId: string, money = false) => (
    <Col xs={12} sm={6}>
      <Form.Item name={[i, name]} label={label} rules={[{ required: true, message: t('session.reportRequired') }]} style={{ marginBottom: 8 }}>
        <InputNumber min={0} precision={money ? 2 : 0} prefix={money ? '¥' : undefined} inputMode={money ? 'decimal' : 'numeric'} style={{ width: '100%' }} data-testid={testId} />
      </Form.Item>
    </Col>
  );
  return (
    <Card size="small" title={t('session.reportTitle')} extra={<ReportDue s={s} />} data-testid="session-report">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('session.reportIntro')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} data-testid="session-report-error" />}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={onValuesChange} initialValues={{ rows: s.products.map(() => ({ unitsRefunded: 0, complaints: 0 })) }}>
        <Form.List name="rows">
          {() =>
            s.products.map((p, i) => (
              <div key={p.productId} data-testid="report-row" data-product-id={p.productId} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 8 }}>
                <Typography.Text strong>{p.productName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  · {t('session.livePriceShort')} {formatFen(p.livePriceFen)} · {t('session.stock')} {p.stock}
                </Typography.Text>
                <Row gutter={8} style={{ marginTop: 4 }}>
                  {num(i, 'unitsSold', t('session.unitsSold'), 'report-units')}
                  {num(i, 'gmv', t('session.gmv'), 'report-gmv', true)}
                  {num(i, 'unitsRefunded', t('session.unitsRefunded'), 'report-refunded')}
                  {num(i, 'complaints', t('session.complaints'), 'report-complaints')}
                </Row>
              </div>
            ))
          }
        </Form.List>
        <Button type="primary" htmlType="submit" loading={report.isPending} data-testid="session-report-submit">
          {t('session.reportSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
