import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { VERIFICATION_METHODS } from '../../../../../src/modules/catalog/rules/quality-score';
import type { VerificationMethod } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';

interface Values {
  methods: VerificationMethod[];
  note?: string;
}

interface Props {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (methods: VerificationMethod[], note: string | undefined) => void;
}

export function VerifyModal({ open, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      title={t('action.verifyTitle')}
      okText={t('action.verify')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('verify-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('action.verifyHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ methods: ['document_check'] }} onFinish={(v) => onSubmit(v.methods, v.note?.trim() || undefined)}>
        <Form.Item name="methods" label={t('product.verificationMethods')} rules={[{ required: true, type: 'array', min: 1, message: t('action.methodsRequired') }]}>
          <Checkbox.Group data-testid="verify-methods" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {VERIFICATION_METHODS.map((m) => (
              <Checkbox key={m} value={m} data-testid={`verify-method-${m}`}>
                {t(`product.method.${m}`)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="note" label={t('product.statusNote')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="verify-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
