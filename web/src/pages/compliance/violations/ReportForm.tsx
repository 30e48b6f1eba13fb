import { App, Button, Drawer, Form, Input, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { complianceApi, type ReportBody } from '../../../api/compliance';
import type { FileRef } from '../../../api/types';
import { VK } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { DateInput } from '../../../components/DateInput';
import { FileUploader } from '../../../components/FileUploader';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { todayInShanghai } from '../../../components/time';
import { useNotifyError } from '../../../components/useNotifyError';
import { ClauseSelect, StreamerSelect } from './pickers';

interface Values {
  streamerId?: string;
  summary: string;
  details?: string;
  clause?: number | null;
  occurredOn?: string | null;
  place?: string;
  evidenceText?: string;
  evidence: FileRef[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** The new violation opens at `${base}/:id`. */
  base: string;
}

const orNull = (s: string | undefined) => s?.trim() || null;

/** 登记违规 / 我要举报: staff, producers and streamers report a streamer's breach of the convention. */
export function ReportForm({ open, onClose, base }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();

  const report = useMutation({
    mutationFn: (v: Values) => {
      const body: ReportBody = {
        streamerId: v.streamerId!,
        summary: v.summary.trim(),
        details: orNull(v.details),
        clause: v.clause ?? null,
        occurredOn: v.occurredOn || null,
        place: orNull(v.place),
        evidenceText: orNull(v.evidenceText),
        evidenceFileIds: (v.evidence ?? []).map((f) => f.id),
      };
      return complianceApi.report(body);
    },
    onSuccess: (v) => {
      qc.setQueryData(VK.violation(v.id), v);
      void qc.invalidateQueries({ queryKey: VK.violations });
      void message.success(t('violation.reported'));
      form.resetFields();
      onClose();
      navigate(`${base}/${encodeURIComponent(v.id)}`);
    },
    onError: (err) => {
      applyFieldErrors(form, err, { evidenceFileIds: 'evidence' });
      notifyError(err);
    },
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('violation.reportTitle')}
      size={mobile ? '100%' : 620}
      data-testid="report-drawer"
      forceRender
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={report.isPending} onClick={() => form.submit()} data-testid="report-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('violation.reportIntro')}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ evidence: [] }} onFinish={(v) => report.mutate(v)} data-testid="report-form">
        <Form.Item name="streamerId" label={t('violation.streamer')} rules={[{ required: true, message: t('violation.streamerRequired') }]}>
          <StreamerSelect data-testid="report-streamer" />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('violation.summary')}
          rules={[
            { required: true, whitespace: true, message: t('violation.summaryRequired') },
            { min: 2, max: 200, message: t('violation.summaryLength') },
          ]}
        >
          <Input maxLength={200} showCount placeholder={t('violation.summaryPlaceholder')} data-testid="report-summary" />
        </Form.Item>
        <Form.Item name="details" label={t('violation.details')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} data-testid="report-details" />
        </Form.Item>
        <Form.Item name="clause" label={t('violation.clauseBroken')}>
          <ClauseSelect data-testid="report-clause" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('violation.occurredOn')}>
          <DateInput max={todayInShanghai()} data-testid="report-occurred-on" />
        </Form.Item>
        <Form.Item name="place" label={t('violation.place')}>
          <Input maxLength={200} placeholder={t('violation.placePlaceholder')} data-testid="report-place" />
        </Form.Item>
        <Form.Item name="evidenceText" label={t('violation.evidenceText')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={20000} placeholder={t('violation.evidenceTextPlaceholder')} data-testid="report-evidence-text" />
        </Form.Item>
        <Form.Item name="evidence" label={t('violation.evidenceFiles')}>
          <FileUploader purpose="violation_evidence" max={9} data-testid="report-evidence-files" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
