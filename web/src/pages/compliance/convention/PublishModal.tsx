import { useEffect } from 'react';
import { App, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { complianceApi, type Convention } from '../../../api/compliance';
import { ApiError } from '../../../api/client';
import { useT } from '../../../i18n/context';
import { buttonTestId } from '../../../components/testId';
import { useNotifyError } from '../../../components/useNotifyError';
import { useIsMobile } from '../../../layout/useIsMobile';
import { ClauseRows } from './ClauseRows';
import { CONVENTION_KEYS } from './keys';

interface Values {
  title: string;
  note?: string | null;
  clauses: { text: string; source: string }[];
}

/**
 * Puts the server's validation messages on the fields they name, list items included
 * (`clauses.3.source` → ['clauses', 3, 'source']). True when a field was marked.
 */
function markServerErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return false;
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const d of err.details as { field?: string | null; message?: string }[]) {
    if (!d?.field || !d.message) continue;
    const name = d.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const key = name.join('.');
    const entry = fields.get(key) ?? { name, errors: [] };
    entry.errors.push(d.message);
    fields.set(key, entry);
  }
  if (fields.size === 0) return false;
  const list = [...fields.values()];
  form.setFields(list);
  form.scrollToField(list[0]!.name, { block: 'center' });
  return true;
}

interface Props {
  open: boolean;
  /** The version in force, the draft's starting point. */
  current: Convention | undefined;
  onClose: () => void;
}

/** 发布新版本: edit title, note and clauses, confirm, publish. Every streamer then signs again. */
export function PublishModal({ open, current, onClose }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const mobile = useIsMobile();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const nextVersion = (current?.version ?? 0) + 1;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      title: current?.title ?? '',
      note: current?.note ?? '',
      clauses: current?.clauses.map((c) => ({ text: c.text, source: c.source })) ?? [{ text: '', source: '' }],
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const publish = useMutation({
    mutationFn: (v: Values) =>
      complianceApi.publishConvention({
        title: v.title.trim(),
        note: v.note?.trim() || null,
        clauses: v.clauses.map((c) => ({ text: c.text.trim(), source: c.source.trim() })),
      }),
    onSuccess: (r) => {
      void message.success(t('convention.published', { n: r.version }));
      void qc.invalidateQueries({ queryKey: CONVENTION_KEYS.current });
      onClose();
    },
    onError: (err) => {
      markServerErrors(form, err);
      notifyError(err);
    },
  });

  const confirm = (v: Values) => {
    void modal.confirm({
      title: t('convention.confirmTitle', { n: nextVersion }),
      content: t('convention.confirmBody'),
      okText: t('convention.publish'),
      okButtonProps: buttonTestId('publish-confirm-ok', { danger: true }),
      cancelButtonProps: buttonTestId('publish-confirm-cancel'),
      onOk: () => publish.mutateAsync(v).catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={t('convention.editorTitle')}
      okText={t('convention.publish')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={publish.isPending}
      okButtonProps={buttonTestId('publish-submit')}
      cancelButtonProps={buttonTestId('publish-cancel')}
      width={mobile ? '100%' : 760}
      style={mobile ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      forceRender
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('convention.editorHint')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={confirm} data-testid="publish-form">
        <Form.Item name="title" label={t('convention.title')} rules={[{ required: true, min: 2, max: 80, whitespace: true, message: t('convention.titleRule') }]}>
          <Input maxLength={80} data-testid="publish-title" />
        </Form.Item>
        <Form.Item name="note" label={t('convention.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('convention.notePlaceholder')} data-testid="publish-note" />
        </Form.Item>
        <Form.Item label={t('convention.clauses')} required style={{ marginBottom: 0 }}>
          <ClauseRows />
        </Form.Item>
      </Form>
    </Modal>
  );
}
