import { Form, Input } from 'antd';
import { useT } from '../../../i18n/context';
import { FormDialog } from '../../../components/FormDialog';

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
  return (
    <FormDialog<{ reason?: string }> open={open} title={title} okText={okText} danger={danger} saving={saving} onCancel={onCancel} onFinish={(v) => onSubmit(v.reason?.trim() ?? '')} testId="reason-submit">
      <Form.Item name="reason" label={t('common.reason')} rules={required ? [{ required: true, whitespace: true, message: t('common.reasonRequired') }] : []}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="reason-input" />
      </Form.Item>
    </FormDialog>
  );
}
