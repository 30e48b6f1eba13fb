import type { ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useT } from '../i18n/context';
import { buttonTestId } from './testId';

interface FormDialogProps<V> {
  open: boolean;
  title: string;
  okText?: string;
  danger?: boolean;
  saving: boolean;
  initialValues?: Partial<V>;
  onCancel: () => void;
  onFinish: (values: V) => void;
  /** The OK button's test id. */
  testId: string;
  /** The form, when the caller needs it (server field errors, dependent fields); else its own. */
  form?: FormInstance<V>;
  children: ReactNode;
}

/** A modal holding a small form: OK submits it, closing resets it. */
export function FormDialog<V extends object>({ open, title, okText, danger, saving, initialValues, onCancel, onFinish, testId, form: given, children }: FormDialogProps<V>) {
  const t = useT();
  const [form] = Form.useForm<V>(given);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.confirm')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId(testId, { danger })}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
