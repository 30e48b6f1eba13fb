import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { Product } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { FileGallery } from '../../../components/FileThumb';
import { formatBp, formatFen } from '../../../components/money';
import { formatDateTime } from '../../../components/time';
import { SeasonMonths } from '../common/SeasonMonths';

const currentMonth = () => Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date()));

/** Images, prices, specs, season and tags of a product. */
export function ProductInfo({ product: p }: { product: Product }) {
  const { t, locale } = useI18n();
  const yes = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  return (
    <Card size="small" data-testid="product-info">
      {p.images.length > 0 && (
        <div style={{ marginBottom: 12 }} data-testid="product-images">
          <FileGallery files={p.images} size={104} />
        </div>
      )}
      <Space size={[16, 8]} wrap style={{ marginBottom: 12 }}>
        <div>
          <Typography.Text type="secondary">{t('product.supplyPriceShort')} </Typography.Text>
          <Typography.Text strong style={{ fontSize: 20, color: '#c41d1d' }} data-testid="product-supply-price">
            {formatFen(p.supplyPriceFen)}
          </Typography.Text>
        </div>
        <div>
          <Typography.Text type="secondary">{t('product.retailPriceShort')} </Typography.Text>
          <Typography.Text strong>{formatFen(p.retailPriceFen)}</Typography.Text>
        </div>
        <div>
          <Typography.Text type="secondary">{t('product.commissionShort')} </Typography.Text>
          <Typography.Text strong data-testid="product-commission">
            {formatBp(p.commissionBp)}
          </Typography.Text>
        </div>
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="product-selling-points">
        {p.sellingPoints}
      </Typography.Paragraph>
      {p.tags.length > 0 && (
        <Space size={[4, 4]} wrap style={{ marginBottom: 12 }}>
          {p.tags.map((tag) => (
            <Tag key={tag} color="red" variant="outlined">
              {tag}
            </Tag>
          ))}
        </Space>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        bordered
        items={[
          { key: 'producer', label: t('product.producer'), children: <span data-testid="product-producer">{p.producerName}</span> },
          { key: 'origin', label: t('product.origin'), children: p.originName },
          { key: 'category', label: t('product.category'), children: p.categoryName },
          { key: 'spec', label: t('product.specWeight'), children: p.specWeight },
          { key: 'grade', label: t('product.grade'), children: p.grade ?? '—' },
          { key: 'packaging', label: t('product.packaging'), children: p.packaging ?? '—' },
          { key: 'shelf', label: t('product.shelfLifeDays'), children: p.shelfLifeDays },
          { key: 'storage', label: t('product.storage'), children: t(`product.storage.${p.storage}`) },
          {
            key: 'shipping',
            label: t('product.freeShipping'),
            children: p.freeShipping ? `${t('common.yes')}${p.shippingExcludes ? `（${p.shippingExcludes}）` : ''}` : t('common.no'),
          },
          { key: 'cold', label: t('product.coldChain'), children: yes(p.coldChain) },
          { key: 'capDay', label: t('product.capacityPerDay'), children: p.capacityPerDay.toLocaleString() },
          { key: 'capSeason', label: t('product.capacitySeason'), children: p.capacitySeason.toLocaleString() },
          {
            key: 'preorder',
            label: t('product.preorder'),
            children: p.preorderFrom || p.preorderTo ? `${p.preorderFrom ?? '…'} – ${p.preorderTo ?? '…'}` : '—',
          },
          ...(p.verifiedAt ? [{ key: 'verifiedAt', label: t('product.verifiedAt'), children: formatDateTime(p.verifiedAt, locale) }] : []),
          ...(p.verificationMethods.length
            ? [{ key: 'methods', label: t('product.verificationMethods'), children: p.verificationMethods.map((m) => t(`product.method.${m}`)).join('、') }]
            : []),
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('product.seasonMonths')}</Typography.Text>
        <div style={{ marginTop: 6 }}>
          <SeasonMonths value={p.seasonMonths} current={currentMonth()} />
        </div>
      </div>
    </Card>
  );
}
