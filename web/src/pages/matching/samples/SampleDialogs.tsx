import { AutoComplete, Form, Input, Modal, Rate, Typography } from 'antd';
import type { SampleTransitionBody } from '../../../api/matching';
import type { FileRef } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { FileUploader } from '../../../components/FileUploader';
import { buttonTestId } from '../../../components/testId';
import { RATING_KEYS } from './SampleFacts';

const CARRIERS = ['顺丰速运', '京东物流', '中国邮政 EMS', '中通快递', '圆通速递', '韵达快递', '申通快递', '极兔速递', '德邦快递'];

interface DialogProps {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (body: SampleTransitionBody) => void;
}

/** 寄出: the carrier and the tracking number (both required by the workflow). */
export function ShipModal({ open, saving, onCancel, onSubmit }: DialogProps) {
  const t = useT();
  const [form] = Form.useForm<{ carrier: string; trackingNo: string }>();
  return (
    <Modal
      open={open}
      title={t('sample.shipTitle')}
      okText={t('sample.action.ship')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('ship-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" name="ship" onFinish={(v) => onSubmit({ event: 'ship', carrier: v.carrier.trim(), trackingNo: v.trackingNo.trim() })}>
        <Form.Item name="carrier" label={t('sample.carrier')} rules={[{ required: true, whitespace: true, message: t('sample.carrierRequired') }]}>
          <AutoComplete options={CARRIERS.map((c) => ({ value: c }))} maxLength={40} placeholder={t('sample.carrierPlaceholder')} data-testid="ship-carrier" />
        </Form.Item>
        <Form.Item name="trackingNo" label={t('sample.trackingNo')} rules={[{ required: true, whitespace: true, message: t('sample.trackingRequired') }]}>
          <Input maxLength={60} autoComplete="off" data-testid="ship-tracking" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A rating on one line with its label (a form label would stack above it on phones). */
function LabelledRate({ label, value, onChange, 'data-testid': testId }: { label: string; value?: number; onChange?: (v: number) => void; 'data-testid'?: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <Typography.Text style={{ width: 72, flexShrink: 0 }}>
        <span style={{ color: '#ff4d4f' }}>* </span>
        {label}
      </Typography.Text>
      <Rate value={value} onChange={onChange} data-testid={testId} />
    </div>
  );
}

interface EvalValues {
  quality?: number;
  taste?: number;
  packaging?: number;
  match?: number;
  text: string;
  photos?: FileRef[];
}

/** 评价: 品质、口感、包装、描述相符 1–5, some words, photos of the sample. */
export function EvaluateModal({ open, saving, onCancel, onSubmit }: DialogProps) {
  const t = useT();
  const [form] = Form.useForm<EvalValues>();
  const submit = (v: EvalValues) =>
    onSubmit({
      event: 'evaluate',
      ratings: { quality: v.quality!, taste: v.taste!, packaging: v.packaging!, match: v.match! },
      text: v.text.trim(),
      photoIds: (v.photos ?? []).map((f) => f.id),
    });
  return (
    <Modal
      open={open}
      title={t('sample.evaluateTitle')}
      okText={t('sample.action.evaluate')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('evaluate-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" name="evaluate" onFinish={submit}>
        {RATING_KEYS.map((k) => (
          <Form.Item key={k} name={k} rules={[{ required: true, message: t('sample.ratingRequired') }]} style={{ marginBottom: 4 }}>
            <LabelledRate label={t(`sample.rating.${k}`)} data-testid={`rate-${k}`} />
          </Form.Item>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('sample.evaluationHelp')}
        </Typography.Text>
        <Form.Item
          name="text"
          rules={[
            { required: true, whitespace: true, message: t('sample.evaluationTextRule') },
            { min: 5, message: t('sample.evaluationTextRule') },
          ]}
          style={{ marginTop: 4 }}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={t('sample.evaluationPlaceholder')} data-testid="evaluation-text" />
        </Form.Item>
        <Form.Item name="photos" label={t('sample.photos')} valuePropName="value">
          <FileUploader purpose="sample_photo" imagesOnly max={9} data-testid="evaluation-photos" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
