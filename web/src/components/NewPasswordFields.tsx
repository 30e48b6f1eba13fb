import { Form, Input } from 'antd';
import { useT } from '../i18n/context';

interface Props {
  /** data-testid of each input, for the browser tests. */
  newTestId: string;
  confirmTestId: string;
}

/** "New password" and "confirm" fields with the shared rules (8+ characters, both equal). */
export function NewPasswordFields({ newTestId, confirmTestId }: Props) {
  const t = useT();
  return (
    <>
      <Form.Item name="newPassword" label={t('profile.newPassword')} rules={[{ required: true, min: 8, message: t('user.passwordRule') }]}>
        <Input.Password autoComplete="new-password" data-testid={newTestId} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('profile.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('profile.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={confirmTestId} />
      </Form.Item>
    </>
  );
}
