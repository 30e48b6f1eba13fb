import { Form, Input, Modal, Radio, Select } from 'antd';
import { EVIDENCE_KINDS } from '../../../../../src/modules/catalog/rules/evidence-rules';
import type { EvidenceBody, EvidenceKind, FileRef } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { DateInput } from '../../../components/DateInput';
import { FileUploader } from '../../../components/FileUploader';
import { todayInShanghai } from '../../../components/time';

type Values = Omit<EvidenceBody, 'fileId'> & { files?: FileRef[] };

interface Props {
  /** The batch the evidence is for; null when closed. */
  batch: { id: string; code: string } | null;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (batchId: string, body: EvidenceBody) => void;
}

export function EvidenceModal({ batch, saving, onCancel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const issuedOn = Form.useWatch('issuedOn', form);
  const submit = (v: Values) => {
    const { files, ...rest } = v;
    const opt = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
    onSubmit(batch!.id, { ...rest, number: opt(v.number), items: opt(v.items), validUntil: v.validUntil || null, fileId: files?.[0]?.id ?? null });
  };
  return (
    <Modal
      open={!!batch}
      title={`${t('evidence.add')} · ${batch?.code ?? ''}`}
      okText={t('common.save')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={buttonTestId('evidence-form-submit')}
      afterOpenChange={(o) => !o && form.resetFields()}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'compliance_certificate', title: t('evidence.kind.compliance_certificate'), result: 'pass', issuedOn: todayInShanghai() }}
        onValuesChange={(changed: Partial<Values>) => {
          // The title defaults to the kind's name until the user types their own.
          if (changed.kind) {
            const title = form.getFieldValue('title') as string | undefined;
            const defaults = EVIDENCE_KINDS.map((k) => t(`evidence.kind.${k}`));
            if (!title || defaults.includes(title)) form.setFieldValue('title', t(`evidence.kind.${changed.kind}`));
          }
        }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('evidence.kind')} rules={[{ required: true }]}>
          <Select<EvidenceKind>
            data-testid="evidence-form-kind"
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('evidence.title')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input maxLength={60} data-testid="evidence-form-title" />
        </Form.Item>
        <Form.Item name="issuer" label={t('evidence.issuer')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input maxLength={80} data-testid="evidence-form-issuer" />
        </Form.Item>
        <Form.Item name="number" label={t('evidence.number')}>
          <Input maxLength={60} data-testid="evidence-form-number" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('evidence.issuedOn')} rules={[{ required: true }]}>
          <DateInput max={todayInShanghai()} data-testid="evidence-form-issued-on" />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('evidence.validUntil')}
          extra={t('evidence.noEnd')}
          dependencies={['issuedOn']}
          rules={[
            {
              validator: (_, v: string | null | undefined) =>
                !v || !issuedOn || v >= issuedOn ? Promise.resolve() : Promise.reject(new Error(t('evidence.validUntilOrder'))),
            },
          ]}
        >
          <DateInput min={issuedOn ?? undefined} data-testid="evidence-form-valid-until" />
        </Form.Item>
        {kind === 'inspection_report' && (
          <Form.Item name="items" label={t('evidence.items')}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="evidence-form-items" />
          </Form.Item>
        )}
        <Form.Item name="result" label={t('evidence.result')}>
          <Radio.Group
            options={[
              { value: 'pass', label: t('evidence.result.pass') },
              { value: 'fail', label: t('evidence.result.fail') },
            ]}
          />
        </Form.Item>
        <Form.Item name="files" label={t('evidence.file')}>
          <FileUploader purpose="evidence" max={1} data-testid="evidence-form-file" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
