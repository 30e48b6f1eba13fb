import { Button, Card, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { priceMarks } from '../../../../../src/modules/matching/rules/session.machine';
import type { CooperationSummary } from '../../../api/cooperation';
import { usePriceBoard } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { formatFen, yuanToFen } from '../../../components/money';
import { PriceMarkTags } from './sessionBits';

export interface ProductValue {
  cooperationId?: string;
  livePrice?: number | null;
  stock?: number | null;
}

/** Reference prices beside the live price, and the marks the price board will show (never a block). */
function PriceReference({ coop, livePrice }: { coop: CooperationSummary | undefined; livePrice: number | null | undefined }) {
  const t = useT();
  const board = usePriceBoard(coop?.product.id);
  if (!coop) return null;
  const supply = board.data?.product.supplyPriceFen ?? coop.supplyPriceFen;
  const retail = board.data?.product.retailPriceFen;
  const live = yuanToFen(livePrice);
  const marks = live !== null && retail !== undefined ? priceMarks(live, supply, retail) : [];
  return (
    <div style={{ fontSize: 12, marginTop: -8, marginBottom: 8 }} data-testid="session-product-ref" data-marks={marks.join(',')}>
      <Typography.Text type="secondary">
        {t('session.agreedSupply')} {formatFen(coop.supplyPriceFen)}
        {retail !== undefined && ` · ${t('product.retailPriceShort')} ${formatFen(retail)}`}
      </Typography.Text>{' '}
      <PriceMarkTags marks={marks} />
      {marks.length > 0 && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('session.markInfo')}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** The products of a session: each under one of the streamer's accepted or active cooperations. */
export function SessionProducts({ coops }: { coops: CooperationSummary[] }) {
  const t = useT();
  const form = Form.useFormInstance();
  const rows: ProductValue[] = Form.useWatch('products', form) ?? [];
  const chosen = new Set(rows.map((r) => r?.cooperationId).filter(Boolean));
  const options = (current?: string) =>
    coops.map((c) => ({
      value: c.id,
      disabled: chosen.has(c.id) && c.id !== current,
      label: `${c.product.name} · ${c.windowFrom}–${c.windowTo.slice(5)}`,
    }));
  return (
    <Form.List name="products">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="session-products-field">
          {fields.map((field) => {
            const row = rows[field.name];
            const coop = coops.find((c) => c.id === row?.cooperationId);
            return (
              <Card key={field.key} size="small" style={{ marginBottom: 8, background: '#fafafa' }} data-testid="session-product-row">
                <Row gutter={8} align="top">
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'cooperationId']} label={t('session.cooperation')} rules={[{ required: true, message: t('session.cooperationRequired') }]}>
                      <Select options={options(row?.cooperationId)} placeholder={t('session.cooperationPlaceholder')} data-testid="session-product-coop" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'livePrice']} label={t('session.livePrice')} rules={[{ required: true, message: t('session.livePriceRequired') }]}>
                      <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" inputMode="decimal" style={{ width: '100%' }} data-testid="session-product-price" />
                    </Form.Item>
                  </Col>
                  <Col xs={9} md={5}>
                    <Form.Item name={[field.name, 'stock']} label={t('session.stock')} rules={[{ required: true, message: t('session.stockRequired') }]}>
                      <InputNumber min={1} max={10_000_000} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="session-product-stock" />
                    </Form.Item>
                  </Col>
                  <Col xs={3} md={1} style={{ paddingTop: 30 }}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} data-testid="session-product-remove" />
                  </Col>
                </Row>
                <PriceReference coop={coop} livePrice={row?.livePrice} />
              </Card>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Space wrap style={{ marginTop: 4 }}>
            <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= Math.min(50, coops.length)} data-testid="session-add-product">
              {t('session.addProduct')}
            </Button>
            {coops.length === 0 && <Typography.Text type="secondary">{t('session.noCooperation')}</Typography.Text>}
          </Space>
        </div>
      )}
    </Form.List>
  );
}
