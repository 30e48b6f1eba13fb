import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal } from 'antd';
import { MAX_CREDIT_DEDUCTION } from '../../../../../src/modules/compliance/violations/violations.schema';
import type { Violation, ViolationTransitionBody } from '../../../api/compliance';
import { useT } from '../../../i18n/context';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { buttonTestId } from '../../../components/testId';
import { ClauseSelect } from './pickers';

interface ConfirmValues {
  clause?: number | null;
  evidence?: string;
  creditDeduction?: number | null;
  note?: string;
}

interface ConfirmProps {
  open: boolean;
  v: Violation;
  saving: boolean;
  /** The last failed attempt, so the server's field messages land on the fields. */
  error: unknown;
  onCancel: () => void;
  onSubmit: (body: ViolationTransitionBody) => void;
}

/** 认定违规: the clause broken, the evidence relied on, the credit deduction, a note. */
export function ConfirmModal({ open, v, saving, error, onCancel, onSubmit }: ConfirmProps) {
  const t = useT();
  const [form] = Form.useForm<ConfirmValues>();
  useEffect(() => {
    if (open) form.setFieldsValue({ clause: v.clause, evidence: v.evidenceText ?? '', creditDeduction: null, note: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  useEffect(() => {
    if (error) applyFieldErrors(form, error, { reason: 'note' });
  }, [error, form]);
  return (
    <Modal
      open={open}
      title={t('violation.confirmTitle')}
      okText={t('violation.action.confirm')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('confirm-submit', { danger: true })}
      forceRender
    >
      <Form<ConfirmValues>
        form={form}
        name="confirm"
        layout="vertical"
        data-testid="confirm-form"
        onFinish={(f) =>
          onSubmit({ event: 'confirm', clause: f.clause ?? null, evidence: f.evidence?.trim() || null, creditDeduction: f.creditDeduction ?? null, reason: f.note?.trim() || null })
        }
      >
        <Form.Item name="clause" label={t('violation.clauseBroken')} rules={[{ required: true, message: t('violation.clauseRequired') }]}>
          <ClauseSelect data-testid="confirm-clause" allowClear={false} />
        </Form.Item>
        <Form.Item name="evidence" label={t('violation.decisionEvidence')} rules={[{ required: true, whitespace: true, message: t('violation.evidenceRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} data-testid="confirm-evidence" />
        </Form.Item>
        <Form.Item
          name="creditDeduction"
          label={t('violation.deduction')}
          extra={t('violation.deductionHelp', { max: MAX_CREDIT_DEDUCTION })}
          rules={[{ required: true, type: 'number', min: 1, max: MAX_CREDIT_DEDUCTION, message: t('violation.deductionRequired', { max: MAX_CREDIT_DEDUCTION }) }]}
        >
          <InputNumber min={1} max={MAX_CREDIT_DEDUCTION} precision={0} style={{ width: 140 }} data-testid="confirm-deduction" />
        </Form.Item>
        <Form.Item name="note" label={t('violation.decisionNote')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="confirm-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface NoteProps {
  /** dismiss | rectify: names the form and its test ids (`<event>-reason`, `<event>-submit`). */
  event: string;
  open: boolean;
  title: string;
  label: string;
  okText: string;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** 不予认定 (the reason) and 确认已整改 (what the streamer did): one required text. */
export function NoteModal({ event, open, title, label, okText, saving, onCancel, onSubmit }: NoteProps) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId(`${event}-submit`)}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form form={form} name={event} layout="vertical" onFinish={(v) => onSubmit(v.reason.trim())}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: t('violation.noteRequired', { label }) }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid={`${event}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
