import { useEffect, useState } from 'react';
import { Alert, Button, Col, Drawer, Form, Input, InputNumber, Radio, Row, Space, Switch, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { SHIPPING_MODES } from '../../../../../src/modules/matching/rules/cooperation.machine';
import type { ProposeBody } from '../../../api/cooperation';
import { usePropose, useSides } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { DateInput } from '../../../components/DateInput';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { formatFen, percentToBp, yuanToFen } from '../../../components/money';
import { todayInShanghai } from '../../../components/time';
import { StreamerSelect } from '../../compliance/violations/pickers';
import { ProductPick, type PickedProduct } from './ProductPick';

interface Values {
  productId?: string;
  streamerId?: string;
  windowFrom?: string | null;
  windowTo?: string | null;
  supplyPrice?: number | null;
  commission?: number | null;
  quantityCap?: number | null;
  shippingMode: (typeof SHIPPING_MODES)[number];
  afterSaleTerms?: string;
  useSplit: boolean;
  collective?: number | null;
  members?: number | null;
  streamerShare?: number | null;
}

const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const SPLIT = ['collective', 'members', 'streamerShare'] as const;

/** 发起合作: the terms of a proposal; the other side accepts it on the cooperation's page. */
export function ProposeDrawer({ open, onClose, initial }: { open: boolean; onClose: () => void; initial: PickedProduct | null }) {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const sides = useSides();
  const [form] = Form.useForm<Values>();
  const [product, setProduct] = useState<PickedProduct | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const useSplit = Form.useWatch('useSplit', form);
  const today = todayInShanghai();

  const pick = (p: PickedProduct | null) => {
    setProduct(p);
    if (p) form.setFieldsValue({ supplyPrice: p.supplyPriceFen / 100, commission: p.commissionBp / 100 });
  };
  useEffect(() => {
    if (open && initial) {
      form.setFieldValue('productId', initial.id);
      pick(initial);
    }
    // Only when opened with a product from the URL; `pick` is stable enough for that.
  }, [open, initial]);

  const propose = usePropose(
    t('coop.proposed'),
    (c) => {
      form.resetFields();
      onClose();
      navigate(`/matching/cooperations/${encodeURIComponent(c.id)}`);
    },
    (err) => {
      setError(err instanceof Error ? err.message : String(err));
      applyFieldErrors(form, err, { supplyPriceFen: 'supplyPrice', commissionBp: 'commission', split: 'streamerShare' });
    },
  );
  const submit = (v: Values) => {
    setError(null);
    const body: ProposeBody = {
      productId: v.productId!,
      streamerId: sides.manager ? v.streamerId : null,
      windowFrom: v.windowFrom!,
      windowTo: v.windowTo!,
      supplyPriceFen: yuanToFen(v.supplyPrice)!,
      commissionBp: percentToBp(v.commission) ?? 0,
      quantityCap: v.quantityCap!,
      shippingMode: v.shippingMode,
      afterSaleTerms: v.afterSaleTerms!.trim(),
      split: v.useSplit ? { collectiveBp: percentToBp(v.collective)!, membersBp: percentToBp(v.members)!, streamerBp: percentToBp(v.streamerShare)! } : null,
    };
    propose.mutate(body);
  };

  const required = (message: string) => [{ required: true, message }];
  const splitSum = (_: unknown, __: unknown) => {
    const sum = SPLIT.reduce((n, k) => n + (form.getFieldValue(k) ?? 0), 0);
    return Math.abs(sum - 100) < 0.001 ? Promise.resolve() : Promise.reject(new Error(t('coop.splitSum', { n: Number(sum.toFixed(2)) })));
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('coop.new')}
      size={mobile ? '100%' : 640}
      data-testid="coop-propose-drawer"
      forceRender
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={propose.isPending} onClick={() => form.submit()} data-testid="coop-propose-submit">
            {t('coop.proposeSubmit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('coop.proposeIntro')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="coop-propose-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ shippingMode: 'producer_ships', useSplit: false, windowFrom: today, windowTo: plusDays(today, 30) }}
        onFinish={submit}
        onValuesChange={() => setError(null)}
        data-testid="coop-propose-form"
      >
        <Form.Item name="productId" label={t('coop.product')} rules={required(t('coop.productRequired'))}>
          <ProductPick source={sides.manager ? 'managed' : 'pool'} known={initial} onPicked={pick} data-testid="coop-product" />
        </Form.Item>
        {sides.manager && (
          <Form.Item name="streamerId" label={t('coop.streamer')} rules={required(t('coop.streamerRequired'))}>
            <StreamerSelect data-testid="coop-streamer" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name="windowFrom" label={t('coop.windowFrom')} rules={required(t('coop.windowRequired'))}>
              <DateInput min={today} data-testid="coop-window-from" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="windowTo"
              label={t('coop.windowTo')}
              dependencies={['windowFrom']}
              rules={[
                ...required(t('coop.windowRequired')),
                ({ getFieldValue }) => ({ validator: (_, v?: string | null) => (!v || !getFieldValue('windowFrom') || v >= getFieldValue('windowFrom') ? Promise.resolve() : Promise.reject(new Error(t('coop.windowOrder')))) }),
              ]}
            >
              <DateInput min={today} data-testid="coop-window-to" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="supplyPrice"
              label={t('coop.supplyPrice')}
              extra={product ? <span data-testid="coop-supply-hint">{t('coop.supplyHint', { price: formatFen(product.supplyPriceFen) })}</span> : undefined}
              rules={[
                ...required(t('coop.supplyRequired')),
                { validator: (_, v?: number | null) => (!product || v == null || yuanToFen(v)! >= product.supplyPriceFen ? Promise.resolve() : Promise.reject(new Error(t('coop.supplyTooLow', { price: formatFen(product.supplyPriceFen) })))) },
              ]}
            >
              <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" inputMode="decimal" style={{ width: '100%' }} data-testid="coop-supply-price" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="commission" label={t('coop.commission')} rules={required(t('coop.commissionRequired'))}>
              <InputNumber min={0} max={90} precision={2} suffix="%" inputMode="decimal" style={{ width: '100%' }} data-testid="coop-commission" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="quantityCap" label={t('coop.quantityCap')} rules={required(t('coop.quantityRequired'))}>
              <InputNumber min={1} max={10_000_000} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="coop-quantity" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="shippingMode" label={t('coop.shippingMode')}>
          <Radio.Group data-testid="coop-shipping" options={SHIPPING_MODES.map((m) => ({ value: m, label: t(`coop.shipping.${m}`) }))} />
        </Form.Item>
        <Form.Item name="afterSaleTerms" label={t('coop.afterSale')} rules={[{ required: true, whitespace: true, min: 2, message: t('coop.afterSaleRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount placeholder={t('coop.afterSalePlaceholder')} data-testid="coop-after-sale" />
        </Form.Item>
        <Form.Item name="useSplit" label={t('coop.split')} valuePropName="checked" extra={t('coop.splitHint')}>
          <Switch data-testid="coop-use-split" />
        </Form.Item>
        {useSplit && (
          <Row gutter={8} data-testid="coop-split-fields">
            {SPLIT.map((k) => (
              <Col xs={8} key={k}>
                <Form.Item name={k} label={t(`coop.split.${k}`)} dependencies={SPLIT.filter((x) => x !== k)} rules={[...required(t('coop.splitRequired')), ...(k === 'streamerShare' ? [{ validator: splitSum }] : [])]}>
                  <InputNumber min={0} max={100} precision={2} suffix="%" inputMode="decimal" style={{ width: '100%' }} data-testid={`coop-split-${k}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        )}
      </Form>
    </Drawer>
  );
}
