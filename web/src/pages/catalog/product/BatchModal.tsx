import { Form, Input, InputNumber, Modal, Space } from 'antd';
import type { BatchBody } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { DateInput } from '../../../components/DateInput';
import { todayInShanghai } from '../../../components/time';

interface Props {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (body: BatchBody) => void;
}

export function BatchModal({ open, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<BatchBody>();
  return (
    <Modal
      open={open}
      title={t('batch.add')}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('batch-form-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form<BatchBody>
        form={form}
        layout="vertical"
        initialValues={{ quantityUnit: '件', producedOn: todayInShanghai() }}
        onFinish={(v) => onSubmit({ ...v, note: v.note?.trim() ? v.note.trim() : null })}
      >
        <Form.Item name="code" label={t('batch.code')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input maxLength={40} data-testid="batch-form-code" />
        </Form.Item>
        <Form.Item name="producedOn" label={t('batch.producedOn')} rules={[{ required: true }]}>
          <DateInput max={todayInShanghai()} data-testid="batch-form-produced-on" />
        </Form.Item>
        <Form.Item label={t('batch.quantity')} required>
          <Space.Compact>
            <Form.Item name="quantity" noStyle rules={[{ required: true, message: t('batch.quantity') }]}>
              <InputNumber min={1} max={1_000_000_000} precision={0} style={{ width: 160 }} inputMode="numeric" data-testid="batch-form-quantity" />
            </Form.Item>
            <Form.Item name="quantityUnit" noStyle rules={[{ required: true }]}>
              <Input style={{ width: 72 }} maxLength={10} data-testid="batch-form-unit" />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="note" label={t('batch.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
