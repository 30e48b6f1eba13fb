import { useEffect, useMemo } from 'react';
import { App, Button, Card, Form, Result, Select, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { producersApi } from '../../../api/producers';
import { QK } from '../../../api/hooks';
import type { Producer } from '../../../api/types';
import { useCurrentUser } from '../../../auth/useMe';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { useNotifyError } from '../../../components/useNotifyError';
import { ProducerFormFields } from './ProducerFormFields';
import { PRODUCER_FIELD_RENAME, fromProducer, toCreateBody, toUpdateBody, type ProducerFormValues } from './producerForm';

const BASE = '/catalog/my-producers';

/** 申请入驻 / 编辑 (while draft or rejected): a phone-friendly application form. */
export function ProducerFormPage() {
  const t = useT();
  const { id } = useParams();
  const editing = !!id;
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<ProducerFormValues>();
  const existing = useQuery({ queryKey: QK.producer(id ?? ''), queryFn: () => producersApi.get(id!), enabled: editing });

  // The unit a new producer belongs to: asked only when the user acts for several units.
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of me.roles) if (['producer', 'base_staff', 'admin'].includes(r.role)) seen.set(r.unitId, r.unitName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [me.roles]);

  useEffect(() => {
    if (editing && existing.data) form.setFieldsValue(fromProducer(existing.data));
  }, [editing, existing.data, form]);

  const saved = (p: Producer, text: string) => {
    qc.setQueryData(QK.producer(p.id), p);
    void qc.invalidateQueries({ queryKey: QK.producers });
    void message.success(text);
    navigate(`${BASE}/${encodeURIComponent(p.id)}`, { replace: true });
  };
  const onError = (err: unknown) => {
    applyFieldErrors(form, err, PRODUCER_FIELD_RENAME);
    notifyError(err);
  };
  const create = useMutation({ mutationFn: (v: ProducerFormValues) => producersApi.create(toCreateBody(v)), onSuccess: (p) => saved(p, t('producer.created')), onError });
  const update = useMutation({ mutationFn: (v: ProducerFormValues) => producersApi.update(id!, toUpdateBody(v)), onSuccess: (p) => saved(p, t('producer.saved')), onError });

  if (editing && existing.isPending) return <PageSpin />;
  if (editing && existing.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={existing.error.message} />;
  const back = editing ? `${BASE}/${encodeURIComponent(id)}` : BASE;

  return (
    <div data-testid="page-producer-form" style={{ maxWidth: 880 }}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Link to={back}>
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
        <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
          {editing ? t('producer.editTitle') : t('producer.applyTitle')}
        </Typography.Title>
      </Card>
      <Form<ProducerFormValues>
        form={form}
        layout="vertical"
        initialValues={{ type: 'coop', licences: [], unitId: units[0]?.value }}
        scrollToFirstError={{ block: 'center' }}
        onFinish={(v) => (editing ? update.mutate(v) : create.mutate(v))}
        data-testid="producer-form"
      >
        {!editing && units.length > 1 && (
          <Card size="small" style={{ marginBottom: 12 }}>
            <Form.Item name="unitId" label={t('producer.unit')} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
              <Select options={units} data-testid="producer-form-unit" />
            </Form.Item>
          </Card>
        )}
        <ProducerFormFields maskedBank={existing.data?.bankAccount} />
        <Space style={{ marginBottom: 24 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} data-testid="producer-form-submit">
            {editing ? t('common.save') : t('producer.saveDraft')}
          </Button>
          <Button onClick={() => navigate(back)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
