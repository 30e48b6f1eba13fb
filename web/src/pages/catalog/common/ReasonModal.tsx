import { Form, Input, Modal } from 'antd';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';

interface Props {
  open: boolean;
  title: string;
  saving: boolean;
  /** Reject/suspend need a reason; elsewhere it is an optional note. */
  required?: boolean;
  okText?: string;
  danger?: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Asks for the reason of a decision (驳回, 暂停, 恢复). */
export function ReasonModal({ open, title, saving, required = true, okText, danger, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.confirm')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('reason-submit', { danger })}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit(v.reason?.trim() ?? '')}>
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={required ? [{ required: true, whitespace: true, message: t('common.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
