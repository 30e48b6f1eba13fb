import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Batch, Evidence } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { FileThumb } from '../../../components/FileThumb';

function EvidenceRow({ e }: { e: Evidence }) {
  const t = useT();
  return (
    <div data-testid="evidence-row" data-kind={e.kind} data-valid={e.valid} style={{ padding: '8px 0', borderTop: '1px dashed #f0f0f0' }}>
      <Space size={[6, 4]} wrap>
        <Tag color="geekblue">{t(`evidence.kind.${e.kind}`)}</Tag>
        <Typography.Text strong>{e.title}</Typography.Text>
        {e.valid ? <Tag color="green">{t('evidence.valid')}</Tag> : <Tag color="red">{t('evidence.expired')}</Tag>}
        {e.result === 'fail' && <Tag color="red">{t('evidence.result.fail')}</Tag>}
      </Space>
      <div style={{ color: 'rgba(0,0,0,.55)', fontSize: 13, overflowWrap: 'anywhere' }}>
        {e.issuer}
        {e.number ? ` · ${e.number}` : ''} · {e.issuedOn} → {e.validUntil ?? t('evidence.noEnd')}
      </div>
      {e.items && <div style={{ fontSize: 13, whiteSpace: 'pre-wrap' }}>{e.items}</div>}
      {e.file && (
        <div style={{ marginTop: 4 }}>
          <FileThumb file={e.file} size={64} />
        </div>
      )}
    </div>
  );
}

/** One batch with its validity per the pool rule and its evidence. */
export function BatchBlock({ batch: b, canEdit, onAddEvidence }: { batch: Batch; canEdit: boolean; onAddEvidence: () => void }) {
  const t = useT();
  return (
    <div
      data-testid={`batch-${b.code}`}
      data-valid={b.valid}
      style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, marginBottom: 12 }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <div style={{ flex: 1, minWidth: 180 }}>
          <Typography.Text strong>
            {t('batch.code')} {b.code}
          </Typography.Text>
          <div style={{ color: 'rgba(0,0,0,.55)', fontSize: 13 }}>
            {t('batch.producedOn')} {b.producedOn} · {b.quantity.toLocaleString()} {b.quantityUnit}
          </div>
          <div style={{ color: 'rgba(0,0,0,.45)', fontSize: 12, overflowWrap: 'anywhere' }}>
            {t('batch.traceCode')} {b.traceCode}
          </div>
          {b.note && <div style={{ fontSize: 13 }}>{b.note}</div>}
        </div>
        {b.valid ? (
          <Tag color="green" data-testid="batch-valid">
            {b.validUntil ? t('batch.validUntil', { date: b.validUntil }) : t('batch.valid')}
          </Tag>
        ) : (
          <Tag color="red" data-testid="batch-invalid">
            {b.invalidReason ?? t('batch.invalid')}
          </Tag>
        )}
      </div>
      {b.evidence.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('evidence.none')}
        </Typography.Text>
      ) : (
        b.evidence.map((e) => <EvidenceRow key={e.id} e={e} />)
      )}
      {canEdit && (
        <Button size="small" icon={<PlusOutlined />} onClick={onAddEvidence} style={{ marginTop: 8 }} data-testid={`evidence-add-${b.code}`}>
          {t('evidence.add')}
        </Button>
      )}
    </div>
  );
}
