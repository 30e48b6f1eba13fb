import { Form, Input, InputNumber, Rate, Select, Typography } from 'antd';
import { MAX_EXTENSION_DAYS } from '../../../../src/modules/desk/rules/categories';
import type { ExtensionBody, Person, TicketTransitionBody } from '../../api/desk';
import { useDepartments } from '../../api/deskHooks';
import { useT } from '../../i18n/context';
import { FormDialog } from '../../components/FormDialog';
import { ratingLabel } from './deskBits';

interface StepDialogProps {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (body: TicketTransitionBody) => void;
}

const base = (p: StepDialogProps) => ({ open: p.open, saving: p.saving, onCancel: p.onCancel });

/** 分派: one of the department's officers (the viewer first when they are one). */
export function AssignDialog({ officers, me, event = 'assign', ...p }: StepDialogProps & { officers: Person[]; me: string; event?: 'assign' | 'reassign' }) {
  const t = useT();
  const mine = officers.some((o) => o.userId === me);
  return (
    <FormDialog<{ officerId: string }>
      {...base(p)}
      title={event === 'assign' ? t('desk.assignTitle') : t('desk.reassignTitle')}
      okText={t(`desk.event.${event}`)}
      testId={`desk-${event}-submit`}
      initialValues={mine && event === 'assign' ? { officerId: me } : {}}
      onFinish={(v) => p.onSubmit({ event, officerId: v.officerId })}
    >
      <Form.Item name="officerId" label={t('desk.officer')} rules={[{ required: true, message: t('desk.officerRequired') }]}>
        <Select options={officers.map((o) => ({ value: o.userId, label: o.displayName }))} data-testid="desk-assign-officer" />
      </Form.Item>
    </FormDialog>
  );
}

/** 办结: the answer the requester reads. */
export function ResolveDialog(p: StepDialogProps) {
  const t = useT();
  return (
    <FormDialog<{ resolution: string }>
      {...base(p)}
      title={t('desk.event.resolve')}
      okText={t('desk.event.resolve')}
      testId="desk-resolve-submit"
      onFinish={(v) => p.onSubmit({ event: 'resolve', resolution: v.resolution.trim() })}
    >
      <Form.Item name="resolution" label={t('desk.resolution')} rules={[{ required: true, whitespace: true, min: 5, message: t('desk.resolutionRule') }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={3000} showCount placeholder={t('desk.resolutionPlaceholder')} data-testid="desk-resolution" />
      </Form.Item>
    </FormDialog>
  );
}

/** 改派: a returned ticket goes to another department (base staff). */
export function RerouteDialog(p: StepDialogProps) {
  const t = useT();
  const departments = useDepartments(p.open);
  return (
    <FormDialog<{ departmentId: string }>
      {...base(p)}
      title={t('desk.rerouteTitle')}
      okText={t('desk.event.reroute')}
      testId="desk-reroute-submit"
      onFinish={(v) => p.onSubmit({ event: 'reroute', departmentId: v.departmentId })}
    >
      <Form.Item name="departmentId" label={t('desk.rerouteTo')} rules={[{ required: true, message: t('desk.departmentRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={departments.isFetching}
          options={(departments.data ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: `${d.name}（${t(`desk.kind.${d.kind}`)}）` }))}
          data-testid="desk-reroute-department"
        />
      </Form.Item>
    </FormDialog>
  );
}

/** 评价: 1–5 (非常不满意 … 非常满意) and a comment; 1–2 brings a follow-up call. */
export function CloseDialog(p: StepDialogProps) {
  const t = useT();
  const labels = [1, 2, 3, 4, 5].map((n) => ratingLabel(t, n));
  return (
    <FormDialog<{ rating: number; comment?: string }>
      {...base(p)}
      title={t('desk.closeTitle')}
      okText={t('desk.event.close')}
      testId="desk-close-submit"
      onFinish={(v) => p.onSubmit({ event: 'close', rating: v.rating, comment: v.comment?.trim() || null })}
    >
      <Form.Item name="rating" label={t('desk.ratingTitle')} rules={[{ required: true, message: t('desk.ratingRequired') }]}>
        <Rate tooltips={labels} data-testid="desk-rate" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.rating !== b.rating}>
        {({ getFieldValue }) => {
          const r = getFieldValue('rating') as number | undefined;
          return r ? (
            <div style={{ marginTop: -16, marginBottom: 12 }}>
              <Typography.Text data-testid="desk-rate-label">{ratingLabel(t, r)}</Typography.Text>
              {r <= 2 && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('desk.ratingLowHint')}
                  </Typography.Text>
                </div>
              )}
            </div>
          ) : null;
        }}
      </Form.Item>
      <Form.Item name="comment" label={t('desk.ratingComment')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount placeholder={t('desk.ratingCommentPlaceholder')} data-testid="desk-rating-comment" />
      </Form.Item>
    </FormDialog>
  );
}

/** 申请延期: working days to add and why (the department's head decides). */
export function ExtensionDialog({ open, saving, onCancel, onSubmit }: { open: boolean; saving: boolean; onCancel: () => void; onSubmit: (body: ExtensionBody) => void }) {
  const t = useT();
  const daysRule = t('desk.extension.daysRule', { max: MAX_EXTENSION_DAYS });
  return (
    <FormDialog<{ days: number; reason: string }>
      open={open}
      saving={saving}
      onCancel={onCancel}
      title={t('desk.extension.requestTitle')}
      okText={t('desk.extension.request')}
      testId="desk-extension-submit"
      onFinish={(v) => onSubmit({ days: v.days, reason: v.reason.trim() })}
    >
      <Form.Item name="days" label={t('desk.extension.days')} rules={[{ required: true, type: 'integer', min: 1, max: MAX_EXTENSION_DAYS, message: daysRule }]} extra={daysRule}>
        <InputNumber min={1} max={MAX_EXTENSION_DAYS} precision={0} style={{ width: 140 }} data-testid="desk-extension-days" />
      </Form.Item>
      <Form.Item name="reason" label={t('desk.extension.reason')} rules={[{ required: true, whitespace: true, min: 5, message: t('desk.extension.reasonRule') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount data-testid="desk-extension-reason" />
      </Form.Item>
    </FormDialog>
  );
}

/** 批准 / 驳回 an extension with an optional note. */
export function DecideDialog({ approve, open, saving, onCancel, onSubmit }: { approve: boolean; open: boolean; saving: boolean; onCancel: () => void; onSubmit: (note: string | null) => void }) {
  const t = useT();
  return (
    <FormDialog<{ note?: string }>
      open={open}
      saving={saving}
      onCancel={onCancel}
      danger={!approve}
      title={approve ? t('desk.extension.approveTitle') : t('desk.extension.declineTitle')}
      okText={approve ? t('desk.extension.approve') : t('desk.extension.decline')}
      testId="desk-decide-submit"
      onFinish={(v) => onSubmit(v.note?.trim() || null)}
    >
      <Form.Item name="note" label={t('desk.extension.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount data-testid="desk-decide-note" />
      </Form.Item>
    </FormDialog>
  );
}
