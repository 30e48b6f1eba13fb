import { useEffect } from 'react';
import { Button, Card, Form, Radio, Result, Typography, type FormInstance } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { PLAN_MODES } from '../../../../../src/modules/matching/plans/plans.schema';
import type { Plan, PlanInput } from '../../../api/matching';
import { usePlan, useSavePlan } from '../../../api/matchingHooks';
import { useI18n } from '../../../i18n/context';
import { DateInput } from '../../../components/DateInput';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { formatDateTime, todayInShanghai } from '../../../components/time';
import { useNotifyError } from '../../../components/useNotifyError';
import { PageSpin } from '../../../components/PageSpin';
import { StreamerPicker, type KnownStreamers } from './StreamerPicker';

export interface PlanValues {
  mode: Plan['mode'];
  streamerIds: string[];
  exclusiveStreamerId?: string | null;
  exclusiveUntil?: string | null;
}

const toValues = (p: Plan): PlanValues => ({
  mode: p.mode,
  streamerIds: p.streamers.map((s) => s.userId),
  exclusiveStreamerId: p.exclusive?.streamer.userId ?? null,
  exclusiveUntil: p.exclusive?.until ?? null,
});

const inAYear = () => new Date(Date.parse(`${todayInShanghai()}T00:00:00Z`) + 366 * 86_400_000).toISOString().slice(0, 10);

interface Props {
  productId: string;
  form: FormInstance<PlanValues>;
  known: KnownStreamers;
  onSeen: (people: { userId: string; displayName: string }[]) => void;
}

/** 分销方式: open to every streamer, targeted at named ones, or exclusive to one until a date. */
export function PlanCard({ productId, form, known, onSeen }: Props) {
  const { t, locale } = useI18n();
  const notifyError = useNotifyError();
  const plan = usePlan(productId);
  const save = useSavePlan(
    productId,
    (err) => {
      applyFieldErrors(form, err);
      notifyError(err);
    },
    t('plan.saved'),
  );
  useEffect(() => {
    if (!plan.data) return;
    form.setFieldsValue(toValues(plan.data));
    onSeen([...plan.data.streamers, ...(plan.data.exclusive ? [plan.data.exclusive.streamer] : [])]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan.data, form]);
  const mode = Form.useWatch('mode', form);

  const submit = (v: PlanValues) => {
    const body: PlanInput = { mode: v.mode, streamerIds: v.mode === 'targeted' ? v.streamerIds ?? [] : [] };
    if (v.mode === 'exclusive') Object.assign(body, { exclusiveStreamerId: v.exclusiveStreamerId ?? null, exclusiveUntil: v.exclusiveUntil ?? null });
    save.mutate(body);
  };

  if (plan.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={plan.error.message} />;
  const p = plan.data;
  return (
    <Card size="small" title={t('plan.title')} data-testid="plan-card" data-mode={p?.mode ?? ''}>
      {!p ? (
        <PageSpin />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="plan-current">
            {t('plan.current', { mode: t(`plan.mode.${p.mode}`) })}
            {p.mode === 'targeted' && `：${p.streamers.map((s) => s.displayName).join('、')}`}
            {p.exclusive && `：${p.exclusive.streamer.displayName}，${t('plan.until', { date: p.exclusive.until })}`}
            {p.updatedAt && ` · ${t('common.updatedAt')} ${formatDateTime(p.updatedAt, locale)}`}
          </Typography.Paragraph>
          <Form<PlanValues> form={form} layout="vertical" name="plan" onFinish={submit} data-testid="plan-form">
            <Form.Item name="mode" style={{ marginBottom: 12 }}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                options={PLAN_MODES.map((m) => ({ value: m, label: <span data-testid={`plan-mode-${m}`}>{t(`plan.mode.${m}`)}</span> }))}
              />
            </Form.Item>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }}>
              {mode ? t(`plan.help.${mode}`) : ''}
            </Typography.Paragraph>
            {mode === 'targeted' && (
              <Form.Item name="streamerIds" label={t('plan.streamers')} rules={[{ required: true, type: 'array', min: 1, message: t('plan.streamersRequired') }]}>
                <StreamerPicker<string[]> multiple known={known} onSeen={onSeen} data-testid="plan-streamers" />
              </Form.Item>
            )}
            {mode === 'exclusive' && (
              <>
                <Form.Item name="exclusiveStreamerId" label={t('plan.exclusiveStreamer')} rules={[{ required: true, message: t('plan.exclusiveStreamerRequired') }]}>
                  <StreamerPicker<string | null> known={known} onSeen={onSeen} data-testid="plan-exclusive-streamer" />
                </Form.Item>
                <Form.Item name="exclusiveUntil" label={t('plan.exclusiveUntil')} extra={t('plan.exclusiveUntilHelp')} rules={[{ required: true, message: t('plan.exclusiveUntilRequired') }]}>
                  <DateInput min={todayInShanghai()} max={inAYear()} data-testid="plan-exclusive-until" />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="plan-save">
              {t('plan.save')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
