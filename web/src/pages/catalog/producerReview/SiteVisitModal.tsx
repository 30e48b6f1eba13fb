import { Form, Input, Modal } from 'antd';
import type { FileRef, SiteVisitBody } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { DateInput } from '../../../components/DateInput';
import { FileUploader } from '../../../components/FileUploader';
import { todayInShanghai } from '../../../components/time';

interface Values {
  visitedOn: string;
  notes: string;
  photos: FileRef[];
}

interface Props {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (body: SiteVisitBody) => void;
}

export function SiteVisitModal({ open, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      title={t('producer.addSiteVisit')}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('site-visit-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ visitedOn: todayInShanghai(), photos: [] }}
        onFinish={(v) => onSubmit({ visitedOn: v.visitedOn, notes: v.notes.trim(), photoFileIds: v.photos.map((f) => f.id) })}
      >
        <Form.Item name="visitedOn" label={t('producer.visitedOn')} rules={[{ required: true }]}>
          <DateInput max={todayInShanghai()} data-testid="site-visit-date" />
        </Form.Item>
        <Form.Item name="notes" label={t('producer.visitNotes')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="site-visit-notes" />
        </Form.Item>
        <Form.Item name="photos" label={t('producer.visitPhotos')}>
          <FileUploader purpose="site_visit" imagesOnly max={20} data-testid="site-visit-photos" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
