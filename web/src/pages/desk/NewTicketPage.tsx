import { App, Button, Card, Form, Input, Radio, Switch, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { LIMIT_WORKING_DAYS, TICKET_CATEGORIES, TICKET_TYPES, type ContactMethod, type TicketCategory, type TicketType } from '../../../../src/modules/desk/rules/categories';
import { deskApi, type TicketCreateBody } from '../../api/desk';
import { DK } from '../../api/deskHooks';
import type { FileRef } from '../../api/types';
import { useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { FileUploader } from '../../components/FileUploader';
import { applyFieldErrors } from '../../components/fieldErrors';
import { useNotifyError } from '../../components/useNotifyError';

interface Values {
  category?: TicketCategory;
  type?: TicketType;
  title: string;
  description: string;
  contactMethod: ContactMethod;
  contactPhone?: string;
  onsiteWanted: boolean;
  attachments: FileRef[];
}

const PHONE = /^1\d{10}$/;
/** In-app first: what most requesters want. */
const CONTACT_ORDER: ContactMethod[] = ['in_app', 'phone', 'onsite'];

/** 提交诉求: a streamer or producer files a problem on a phone; it goes to the department of its category. */
export function NewTicketPage() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('contactMethod', form);
  const ownPhone = me?.phone && PHONE.test(me.phone) ? me.phone : undefined;

  const create = useMutation({
    mutationFn: (v: Values) => {
      const body: TicketCreateBody = {
        category: v.category!,
        type: v.type!,
        title: v.title.trim(),
        description: v.description.trim(),
        contactMethod: v.contactMethod,
        contactPhone: v.contactMethod === 'in_app' ? null : v.contactPhone?.trim() || null,
        onsiteWanted: v.onsiteWanted,
        attachmentIds: (v.attachments ?? []).map((f) => f.id),
      };
      return deskApi.create(body);
    },
    onSuccess: (ticket) => {
      qc.setQueryData(DK.ticket(ticket.id), ticket);
      void qc.invalidateQueries({ queryKey: DK.tickets });
      void message.success(t('desk.submitted', { no: ticket.ticketNo }));
      navigate(`/desk/tickets/${encodeURIComponent(ticket.id)}`, { state: { from: '/desk/mine' } });
    },
    onError: (err) => {
      applyFieldErrors(form, err, { attachmentIds: 'attachments' });
      notifyError(err);
    },
  });

  return (
    <Card data-testid="page-desk-new" title={t('module.desk.new')} style={{ maxWidth: 860 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('desk.new.intro')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ contactMethod: 'in_app', contactPhone: ownPhone, onsiteWanted: false, attachments: [] }}
        onFinish={(v) => create.mutate(v)}
        scrollToFirstError
        data-testid="desk-new-form"
      >
        <Form.Item name="category" label={t('desk.field.category')} rules={[{ required: true, message: t('desk.categoryRequired') }]}>
          <Radio.Group style={{ width: '100%' }} data-testid="desk-category">
            <div className="lb-choice-grid">
              {TICKET_CATEGORIES.map((c) => (
                <Radio key={c} value={c} data-testid={`desk-category-${c}`}>
                  {t(`desk.category.${c}`)}
                </Radio>
              ))}
            </div>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="type" label={t('desk.field.type')} rules={[{ required: true, message: t('desk.typeRequired') }]}>
          <Radio.Group style={{ width: '100%' }} data-testid="desk-type">
            <div className="lb-choice-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(100px, 1fr))' }}>
              {TICKET_TYPES.map((ty) => (
                <Radio key={ty} value={ty} data-testid={`desk-type-${ty}`}>
                  <div>{t(`desk.type.${ty}`)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('desk.limit', { n: LIMIT_WORKING_DAYS[ty] })}
                  </Typography.Text>
                </Radio>
              ))}
            </div>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="title" label={t('desk.field.title')} rules={[{ required: true, whitespace: true, min: 4, max: 60, message: t('desk.titleRule') }]}>
          <Input maxLength={60} showCount placeholder={t('desk.titlePlaceholder')} data-testid="desk-title" />
        </Form.Item>
        <Form.Item name="description" label={t('desk.field.description')} rules={[{ required: true, whitespace: true, min: 10, message: t('desk.descriptionRule') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={3000} showCount placeholder={t('desk.descriptionPlaceholder')} data-testid="desk-description" />
        </Form.Item>
        <Form.Item name="contactMethod" label={t('desk.field.contactMethod')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="desk-contact-method" options={CONTACT_ORDER.map((c) => ({ value: c, label: <span data-testid={`desk-contact-method-${c}`}>{t(`desk.contact.${c}`)}</span> }))} />
        </Form.Item>
        {(method === 'phone' || method === 'onsite') && (
          <Form.Item name="contactPhone" label={t('desk.field.contactPhone')} rules={[{ required: method === 'phone', pattern: PHONE, message: t('desk.phoneRule') }]}>
            <Input inputMode="tel" maxLength={11} autoComplete="tel" style={{ maxWidth: 220 }} data-testid="desk-contact-phone" />
          </Form.Item>
        )}
        <Form.Item name="onsiteWanted" label={t('desk.field.onsite')} valuePropName="checked" extra={t('desk.onsiteHint')}>
          <Switch data-testid="desk-onsite" />
        </Form.Item>
        <Form.Item name="attachments" label={t('desk.field.attachments')}>
          <FileUploader purpose="ticket_attachment" max={9} data-testid="desk-attachments" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={create.isPending} block style={{ maxWidth: 320 }} data-testid="desk-submit">
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}
