import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { complianceApi, type Finding } from '../../../api/compliance';
import { useT } from '../../../i18n/context';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { buttonTestId } from '../../../components/testId';
import { useNotifyError } from '../../../components/useNotifyError';
import { sentenceAround } from './highlight';

interface Values {
  streamerId: string;
  summary: string;
  place?: string;
}

interface Props {
  /** The finding to record; null: closed. */
  finding: Finding | null;
  /** The text the finding's offsets index. */
  text: string;
  onClose: () => void;
}

/** Staff: record a checker finding as a violation of a streamer, then open the violation. */
export function ReportModal({ finding, text, onClose }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const open = finding !== null;
  const streamers = useQuery({
    queryKey: ['compliance', 'streamers', q],
    queryFn: () => complianceApi.streamers(q || undefined),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const evidence = finding ? sentenceAround(text, finding.start, finding.end) : '';

  useEffect(() => {
    if (finding) form.setFieldsValue({ streamerId: undefined, summary: t('checkReport.summaryDefault', { text: finding.text }), place: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finding]);

  const report = useMutation({
    mutationFn: (v: Values) => {
      const f = finding!;
      return complianceApi.report({
        streamerId: v.streamerId,
        summary: v.summary.trim(),
        place: v.place?.trim() || null,
        clause: f.clause,
        evidenceText: evidence,
        finding: { start: f.start, end: f.end, text: f.text, term: f.term, category: f.category, severity: f.severity, clause: f.clause, basis: f.basis },
      });
    },
    onSuccess: (v) => {
      void message.success(t('checkReport.done'));
      onClose();
      navigate(`/compliance/violations/${encodeURIComponent(v.id)}`);
    },
    onError: (err) => {
      applyFieldErrors(form, err);
      notifyError(err);
    },
  });

  return (
    <Modal
      open={open}
      title={t('checkReport.title')}
      okText={t('checkReport.submit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={report.isPending}
      okButtonProps={buttonTestId('report-submit')}
      cancelButtonProps={buttonTestId('report-cancel')}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => report.mutate(v)} data-testid="report-form">
        {finding && (
          <Form.Item label={t('checkReport.evidence')}>
            <Typography.Paragraph style={{ marginBottom: 0, background: '#fafafa', padding: '6px 10px', borderRadius: 4 }} data-testid="report-evidence">
              {evidence}
            </Typography.Paragraph>
          </Form.Item>
        )}
        <Form.Item name="streamerId" label={t('checkReport.streamer')} rules={[{ required: true, message: t('checkReport.streamerRequired') }]}>
          <Select
            data-testid="report-streamer"
            placeholder={t('checkReport.streamerPlaceholder')}
            loading={streamers.isFetching}
            showSearch={{ filterOption: false, onSearch: (s) => setQ(s.trim()) }}
            options={(streamers.data?.items ?? []).map((s) => ({ value: s.userId, label: s.unitName ? `${s.displayName}（${s.unitName}）` : s.displayName }))}
          />
        </Form.Item>
        <Form.Item name="summary" label={t('checkReport.summary')} rules={[{ required: true, min: 2, whitespace: true, message: t('checkReport.summaryRequired') }]}>
          <Input maxLength={200} data-testid="report-summary" />
        </Form.Item>
        <Form.Item name="place" label={t('checkReport.place')}>
          <Input maxLength={200} placeholder={t('checkReport.placePlaceholder')} data-testid="report-place" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
