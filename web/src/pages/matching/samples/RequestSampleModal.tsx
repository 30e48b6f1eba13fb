import { useEffect } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { useCredit, useRequestSample } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';
import { DateInput } from '../../../components/DateInput';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { buttonTestId } from '../../../components/testId';
import { todayInShanghai } from '../../../components/time';
import { CreditLine } from './CreditLine';

interface Values {
  quantity: number;
  plannedSessionOn?: string | null;
  shipTo: string;
  message?: string;
}

/** The last address used, so a streamer on a phone types it once. */
const SHIP_TO_KEY = 'livebase.sampleShipTo';
const lastShipTo = () => {
  try {
    return localStorage.getItem(SHIP_TO_KEY) ?? '';
  } catch {
    return '';
  }
};

/** 申请样品: quantity, planned session, where to send it; then the new request's page. */
export function RequestSampleModal({ product, onClose }: { product: { id: string; name: string } | null; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const credit = useCredit(product !== null);
  const request = useRequestSample((s) => {
    try {
      localStorage.setItem(SHIP_TO_KEY, s.shipTo);
    } catch {
      /* private mode */
    }
    onClose();
    navigate(`/matching/samples/${encodeURIComponent(s.id)}`);
  });
  const { reset } = request;

  useEffect(() => {
    if (!product) return;
    reset();
    form.setFieldsValue({ quantity: 1, plannedSessionOn: null, shipTo: lastShipTo(), message: '' });
    void credit.refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [product?.id]);
  useEffect(() => {
    if (request.error) applyFieldErrors(form, request.error);
  }, [request.error, form]);

  const c = credit.data;
  const err = request.error;
  // 409: an open request for this product, or the quota; 403: a targeted or exclusive plan.
  // A 400 with field details lands on the fields instead.
  const onFields = err instanceof ApiError && err.status === 400 && Array.isArray(err.details);
  const refusal = err && !onFields ? err.message : null;
  return (
    <Modal
      open={product !== null}
      title={t('sample.requestTitle')}
      okText={t('sample.requestSubmit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={request.isPending}
      okButtonProps={buttonTestId('sample-request-submit')}
      forceRender
    >
      <Typography.Paragraph strong style={{ marginBottom: 4 }} data-testid="sample-request-product">
        {product?.name}
      </Typography.Paragraph>
      <CreditLine link={false} style={{ marginBottom: 8 }} />
      {c && c.openSamples >= c.sampleQuota && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={c.sampleQuota === 0 ? t('sample.noQuota') : t('sample.quotaFull', { quota: c.sampleQuota })} data-testid="sample-quota-full" />
      )}
      {refusal && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={refusal} data-testid="sample-request-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="sample-request"
        data-testid="sample-request-form"
        onFinish={(v) =>
          product &&
          request.mutate({
            productId: product.id,
            quantity: v.quantity,
            plannedSessionOn: v.plannedSessionOn || null,
            shipTo: v.shipTo.trim(),
            message: v.message?.trim() || null,
          })
        }
      >
        <Form.Item name="quantity" label={t('sample.quantity')} rules={[{ required: true, type: 'number', min: 1, max: 20, message: t('sample.quantityRule') }]}>
          <InputNumber min={1} max={20} precision={0} style={{ width: 120 }} inputMode="numeric" data-testid="sample-quantity" />
        </Form.Item>
        <Form.Item name="plannedSessionOn" label={t('sample.plannedSessionOn')} extra={t('sample.plannedSessionHelp')}>
          <DateInput min={todayInShanghai()} data-testid="sample-planned-on" />
        </Form.Item>
        <Form.Item
          name="shipTo"
          label={t('sample.shipTo')}
          rules={[
            { required: true, whitespace: true, message: t('sample.shipToRequired') },
            { min: 5, message: t('sample.shipToRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} placeholder={t('sample.shipToPlaceholder')} data-testid="sample-ship-to" />
        </Form.Item>
        <Form.Item name="message" label={t('sample.message')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount placeholder={t('sample.messagePlaceholder')} data-testid="sample-message" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
