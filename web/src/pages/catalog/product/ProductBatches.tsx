import { useState } from 'react';
import { App, Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsApi } from '../../../api/products';
import { QK } from '../../../api/hooks';
import type { BatchBody, EvidenceBody, Product } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';
import { BatchBlock } from './BatchBlock';
import { BatchModal } from './BatchModal';
import { EvidenceModal } from './EvidenceModal';

/** Batches and their evidence; the producer (or staff who may edit) adds both here. */
export function ProductBatches({ product }: { product: Product }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [batchOpen, setBatchOpen] = useState(false);
  const [evidenceFor, setEvidenceFor] = useState<{ id: string; code: string } | null>(null);

  const done = (p: Product, text: string) => {
    qc.setQueryData(QK.product(p.id), p);
    void qc.invalidateQueries({ queryKey: QK.products });
    void qc.invalidateQueries({ queryKey: QK.pool });
    void message.success(text);
  };
  const addBatch = useMutation({
    mutationFn: (body: BatchBody) => productsApi.addBatch(product.id, body),
    onSuccess: (p) => {
      setBatchOpen(false);
      done(p, t('batch.added'));
    },
    onError: notifyError,
  });
  const addEvidence = useMutation({
    mutationFn: (a: { batchId: string; body: EvidenceBody }) => productsApi.addEvidence(a.batchId, a.body),
    onSuccess: (p) => {
      setEvidenceFor(null);
      done(p, t('evidence.added'));
    },
    onError: notifyError,
  });

  return (
    <Card
      size="small"
      title={t('batch.title')}
      data-testid="product-batches"
      extra={
        product.canEdit && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setBatchOpen(true)} data-testid="batch-add">
            {t('batch.add')}
          </Button>
        )
      }
    >
      {product.batches.length === 0 ? (
        <Typography.Text type="secondary">{t('batch.empty')}</Typography.Text>
      ) : (
        product.batches.map((b) => (
          <BatchBlock key={b.id} batch={b} canEdit={product.canEdit} onAddEvidence={() => setEvidenceFor({ id: b.id, code: b.code })} />
        ))
      )}
      <BatchModal open={batchOpen} saving={addBatch.isPending} onCancel={() => setBatchOpen(false)} onSubmit={(body) => addBatch.mutate(body)} />
      <EvidenceModal
        batch={evidenceFor}
        saving={addEvidence.isPending}
        onCancel={() => setEvidenceFor(null)}
        onSubmit={(batchId, body) => addEvidence.mutate({ batchId, body })}
      />
    </Card>
  );
}
