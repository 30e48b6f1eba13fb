import { useEffect } from 'react';
import { Form, Modal, Select } from 'antd';
import type { SynonymGroup } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';

interface Props {
  open: boolean;
  /** The group being edited; null to add one. */
  group: SynonymGroup | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (words: string[]) => void;
}

export function SynonymModal({ open, group, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ words: string[] }>();
  useEffect(() => {
    if (open) form.setFieldsValue({ words: group?.words ?? [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return (
    <Modal
      open={open}
      title={group ? t('synonym.edit') : t('synonym.add')}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('synonym-form-submit')}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit([...new Set(v.words.map((w) => w.trim()).filter(Boolean))])}>
        <Form.Item
          name="words"
          label={t('synonym.words')}
          rules={[{ required: true, type: 'array', min: 2, message: t('synonym.wordsRule') }]}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ', '、', '/']} placeholder={t('synonym.wordsPlaceholder')} data-testid="synonym-form-words" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
