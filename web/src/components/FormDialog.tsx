import type { ReactNode } from 'react';
import { Form, Modal } from 'antd';
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
  children: ReactNode;
}

/** A modal holding a small form: OK submits it, closing resets it. */
export function FormDialog<V extends object>({ open, title, okText, danger, saving, initialValues, onCancel, onFinish, testId, children }: FormDialogProps<V>) {
  const t = useT();
  const [form] = Form.useForm<V>();
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
