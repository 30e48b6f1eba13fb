import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';

export interface EditUserValues {
  displayName: string;
  phone?: string;
}

interface Props {
  user: User | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (values: { displayName: string; phone?: string | null }) => void;
}

/** The phone field starts empty (we only hold the masked number); empty keeps the current one. */
export function EditUserModal({ user, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<EditUserValues>();
  useEffect(() => {
    if (user) form.setFieldsValue({ displayName: user.displayName, phone: '' });
  }, [user, form]);
  return (
    <Modal
      open={!!user}
      title={t('user.editTitle', { name: user?.username ?? '' })}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('user-edit-submit')}
      forceRender
    >
      <Form<EditUserValues>
        form={form}
        layout="vertical"
        onFinish={(v) => onSubmit(v.phone ? { displayName: v.displayName, phone: v.phone } : { displayName: v.displayName })}
      >
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="user-edit-display-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('user.phone')}
          extra={t('user.phoneKeepHint', { phone: user?.phone ?? '—' })}
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('user.phoneRule') }]}
        >
          <Input inputMode="tel" data-testid="user-edit-phone" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
