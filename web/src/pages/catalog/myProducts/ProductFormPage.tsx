import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, Result, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { productsApi } from '../../../api/products';
import { producersApi } from '../../../api/producers';
import { QK } from '../../../api/hooks';
import type { Product } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { useNotifyError } from '../../../components/useNotifyError';
import { ProducerSelect } from '../common/ProducerSelect';
import { ProductFormFields } from './ProductFormFields';
import { NEW_PRODUCT, PRODUCT_FIELD_RENAME, fromProduct, toProductInput, type ProductFormValues } from './productForm';

/** 新建商品 / 编辑商品, under /catalog/my-products (and /catalog/product-review/:id/edit for staff). */
export function ProductFormPage({ base }: { base: '/catalog/my-products' | '/catalog/product-review' }) {
  const t = useT();
  const { id } = useParams();
  const editing = !!id;
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<ProductFormValues>();

  const existing = useQuery({ queryKey: QK.product(id ?? ''), queryFn: () => productsApi.get(id!), enabled: editing });
  // For a new product: preselect the only approved producer, and take its region as the origin.
  const producers = useQuery({ queryKey: [...QK.producers, 'mine-approved'], queryFn: () => producersApi.list({ status: 'approved', page: 1, pageSize: 2 }), enabled: !editing });

  useEffect(() => {
    if (editing && existing.data) form.setFieldsValue(fromProduct(existing.data));
  }, [editing, existing.data, form]);
  useEffect(() => {
    const only = producers.data?.total === 1 ? producers.data.items[0] : undefined;
    if (!editing && only && !form.getFieldValue('producerId')) form.setFieldsValue({ producerId: only.id, originRegionCode: only.regionCode });
  }, [editing, producers.data, form]);

  const saved = (p: Product, text: string) => {
    qc.setQueryData(QK.product(p.id), p);
    void qc.invalidateQueries({ queryKey: QK.products });
    void message.success(text);
    navigate(`${base}/${encodeURIComponent(p.id)}`, { replace: true });
  };
  const onError = (err: unknown) => {
    applyFieldErrors(form, err, PRODUCT_FIELD_RENAME);
    notifyError(err);
  };
  const create = useMutation({
    mutationFn: (v: ProductFormValues) => productsApi.create({ ...toProductInput(v), producerId: v.producerId! }),
    onSuccess: (p) => saved(p, t('product.created')),
    onError,
  });
  const update = useMutation({
    mutationFn: (v: ProductFormValues) => productsApi.update(id!, toProductInput(v)),
    onSuccess: (p) => saved(p, t('common.saved')),
    onError,
  });

  if (editing && existing.isPending) return <PageSpin />;
  if (editing && existing.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={existing.error.message} />;
  const back = editing ? `${base}/${encodeURIComponent(id)}` : base;
  const noProducer = !editing && producers.data?.total === 0;

  return (
    <div data-testid="page-product-form" style={{ maxWidth: 960 }}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Link to={back}>
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
        <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
          {editing ? t('product.editTitle') : t('product.createTitle')}
        </Typography.Title>
      </Card>
      {noProducer && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('product.noProducer')} action={<Link to="/catalog/my-producers">{t('module.catalog.myProducers')}</Link>} />
      )}
      <Form<ProductFormValues>
        form={form}
        layout="vertical"
        initialValues={NEW_PRODUCT}
        scrollToFirstError={{ block: 'center' }}
        onFinish={(v) => (editing ? update.mutate(v) : create.mutate(v))}
        data-testid="product-form"
      >
        <Card size="small" style={{ marginBottom: 12 }}>
          {editing ? (
            <Form.Item label={t('product.producer')} style={{ marginBottom: 0 }}>
              <Typography.Text data-testid="product-form-producer-name">{existing.data?.producerName}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="producerId" label={t('product.producer')} rules={[{ required: true, message: t('product.producerRequired') }]} style={{ marginBottom: 0 }}>
              <ProducerSelect
                data-testid="product-form-producer"
                onChange={(_pid, producer) => {
                  if (producer && !form.getFieldValue('originRegionCode')) form.setFieldValue('originRegionCode', producer.regionCode);
                }}
              />
            </Form.Item>
          )}
        </Card>
        <ProductFormFields />
        <Space style={{ marginBottom: 24 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} data-testid="product-form-submit">
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(back)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
