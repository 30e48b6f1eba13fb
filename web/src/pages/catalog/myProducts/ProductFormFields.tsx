import { Card, Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { STORAGE_KINDS, SUGGESTED_TAGS } from '../../../../../src/modules/catalog/products/products.schema';
import { useT } from '../../../i18n/context';
import { RegionCascader } from '../../../components/RegionCascader';
import { DateInput } from '../../../components/DateInput';
import { FileUploader } from '../../../components/FileUploader';
import { CategoryTreeSelect } from '../common/CategoryTreeSelect';
import { SeasonMonths } from '../common/SeasonMonths';
import type { ProductFormValues } from './productForm';

const half = { xs: 24, md: 12 };
const third = { xs: 24, sm: 12, md: 8 };

/** Every field of productInputSchema, in four cards that stack on a phone. */
export function ProductFormFields() {
  const t = useT();
  const form = Form.useFormInstance<ProductFormValues>();
  const freeShipping = Form.useWatch('freeShipping', form);
  const preorderFrom = Form.useWatch('preorderFrom', form);
  const money = (name: 'supplyPrice' | 'retailPrice', testId: string, extraRules: object[] = []) => (
    <Form.Item
      name={name}
      label={t(name === 'supplyPrice' ? 'product.supplyPrice' : 'product.retailPrice')}
      dependencies={name === 'retailPrice' ? ['supplyPrice'] : undefined}
      rules={[{ required: true }, ...extraRules]}
    >
      <InputNumber min={0} max={100_000_000} precision={2} step={1} prefix="¥" inputMode="decimal" style={{ width: '100%' }} data-testid={testId} />
    </Form.Item>
  );
  return (
    <>
      <Card size="small" title={t('product.sectionBasic')} style={{ marginBottom: 12 }}>
        <Form.Item name="name" label={t('product.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}>
          <Input maxLength={60} data-testid="product-form-name" />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="categoryId" label={t('product.category')} rules={[{ required: true, message: t('product.categoryRequired') }]}>
              <CategoryTreeSelect data-testid="product-form-category" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="originRegionCode" label={t('product.origin')} rules={[{ required: true, message: t('product.originRequired') }]}>
              <RegionCascader maxLevel="village" data-testid="product-form-origin" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sellingPoints" label={t('product.sellingPoints')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="product-form-selling-points" />
        </Form.Item>
        <Form.Item name="images" label={t('product.images')} extra={t('product.imagesHint')}>
          <FileUploader purpose="product_image" imagesOnly max={9} data-testid="product-form-images" />
        </Form.Item>
      </Card>

      <Card size="small" title={t('product.sectionSpecs')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col {...third}>
            <Form.Item name="specWeight" label={t('product.specWeight')} rules={[{ required: true, whitespace: true, max: 40 }]}>
              <Input maxLength={40} placeholder={t('product.specPlaceholder')} data-testid="product-form-spec" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="grade" label={t('product.grade')} rules={[{ max: 20 }]}>
              <Input maxLength={20} data-testid="product-form-grade" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="packaging" label={t('product.packaging')} rules={[{ max: 40 }]}>
              <Input maxLength={40} data-testid="product-form-packaging" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="shelfLifeDays" label={t('product.shelfLifeDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={3650} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="product-form-shelf-life" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="storage" label={t('product.storage')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                data-testid="product-form-storage"
                options={STORAGE_KINDS.map((s) => ({ value: s, label: t(`product.storage.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="freeShipping" label={t('product.freeShipping')} valuePropName="checked">
              <Switch data-testid="product-form-free-shipping" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="coldChain" label={t('product.coldChain')} valuePropName="checked">
              <Switch data-testid="product-form-cold-chain" />
            </Form.Item>
          </Col>
          {freeShipping && (
            <Col xs={24} md={8}>
              <Form.Item name="shippingExcludes" label={t('product.shippingExcludes')} rules={[{ max: 100 }]}>
                <Input maxLength={100} placeholder="新疆、西藏" data-testid="product-form-shipping-excludes" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Card>

      <Card size="small" title={t('product.sectionPrice')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col {...third}>{money('supplyPrice', 'product-form-supply-price')}</Col>
          <Col {...third}>
            {money('retailPrice', 'product-form-retail-price', [
              ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
                validator: (_: unknown, v: number | null) => {
                  const supply = getFieldValue('supplyPrice') as number | null;
                  return v == null || supply == null || v >= supply ? Promise.resolve() : Promise.reject(new Error(t('product.retailBelowSupply')));
                },
              }),
            ])}
          </Col>
          <Col {...third}>
            <Form.Item name="commissionPct" label={t('product.commission')} rules={[{ required: true }]}>
              <InputNumber min={0} max={90} precision={2} suffix="%" inputMode="decimal" style={{ width: '100%' }} data-testid="product-form-commission" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="capacityPerDay" label={t('product.capacityPerDay')} rules={[{ required: true }]}>
              <InputNumber min={0} max={10_000_000} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="product-form-capacity-day" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="capacitySeason" label={t('product.capacitySeason')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1_000_000_000} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="product-form-capacity-season" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('product.sectionSeason')} style={{ marginBottom: 12 }}>
        <Form.Item name="seasonMonths" label={t('product.seasonMonths')} rules={[{ required: true, type: 'array', min: 1, message: t('product.seasonRequired') }]}>
          <SeasonMonths data-testid="product-form-season" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} md={8}>
            <Form.Item name="preorderFrom" label={t('product.preorderFrom')}>
              <DateInput data-testid="product-form-preorder-from" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="preorderTo"
              label={t('product.preorderTo')}
              dependencies={['preorderFrom']}
              rules={[
                {
                  validator: (_, v: string | null) =>
                    !v || !preorderFrom || v >= preorderFrom ? Promise.resolve() : Promise.reject(new Error(t('product.preorderOrder'))),
                },
              ]}
            >
              <DateInput min={preorderFrom ?? undefined} data-testid="product-form-preorder-to" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="tags" label={t('product.tags')}>
          <Select
            mode="tags"
            maxCount={12}
            placeholder={t('product.tagsPlaceholder')}
            options={SUGGESTED_TAGS.map((s) => ({ value: s, label: s }))}
            data-testid="product-form-tags"
          />
        </Form.Item>
      </Card>
    </>
  );
}
