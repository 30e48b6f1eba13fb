import { Card, Col, Form, Input, Row, Select } from 'antd';
import { PRODUCER_TYPES, needsCreditCode } from '../../../../../src/modules/catalog/rules/producer-application.machine';
import { checkCreditCode } from '../../../../../src/modules/catalog/rules/credit-code';
import { useT } from '../../../i18n/context';
import { RegionCascader } from '../../../components/RegionCascader';
import { FileUploader } from '../../../components/FileUploader';
import type { ProducerFormValues } from './producerForm';

const half = { xs: 24, md: 12 };

/** The application form, in cards that stack on a phone. `maskedBank` is the stored (masked) account when editing. */
export function ProducerFormFields({ maskedBank }: { maskedBank?: string | null }) {
  const t = useT();
  const form = Form.useFormInstance<ProducerFormValues>();
  const type = Form.useWatch('type', form);
  const creditRequired = !!type && needsCreditCode(type);
  return (
    <>
      <Card size="small" title={t('producer.sectionBasic')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="type" label={t('producer.type')} rules={[{ required: true }]}>
              <Select data-testid="producer-form-type" options={PRODUCER_TYPES.map((ty) => ({ value: ty, label: t(`producer.type.${ty}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="name" label={t('producer.name')} rules={[{ required: true, whitespace: true, min: 2, max: 80 }]}>
              <Input maxLength={80} data-testid="producer-form-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="regionCode" label={t('producer.region')} rules={[{ required: true, message: t('producer.regionRequired') }]}>
          <RegionCascader maxLevel="village" data-testid="producer-form-region" />
        </Form.Item>
        <Form.Item name="address" label={t('producer.address')} rules={[{ max: 200 }]}>
          <Input maxLength={200} data-testid="producer-form-address" />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="contactName" label={t('producer.contactName')} rules={[{ required: true, whitespace: true, max: 40 }]}>
              <Input maxLength={40} autoComplete="name" data-testid="producer-form-contact-name" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="contactPhone"
              label={t('producer.contactPhone')}
              rules={[{ required: true, pattern: /^\s*(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})\s*$/, message: t('producer.phoneRule') }]}
            >
              <Input inputMode="tel" autoComplete="tel" maxLength={20} data-testid="producer-form-contact-phone" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="intro" label={t('producer.intro')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="producer-form-intro" />
        </Form.Item>
      </Card>

      <Card size="small" title={t('producer.sectionLicence')} style={{ marginBottom: 12 }}>
        <Form.Item
          name="creditCode"
          label={t('producer.creditCode')}
          extra={t('producer.creditCodeHint')}
          dependencies={['type']}
          normalize={(v: string) => v?.toUpperCase()}
          rules={[
            { required: creditRequired, whitespace: true, message: t('producer.creditCodeRequired') },
            {
              validator: (_, v: string | null | undefined) => {
                if (!v?.trim()) return Promise.resolve();
                const r = checkCreditCode(v);
                return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
              },
            },
          ]}
        >
          <Input maxLength={18} autoCapitalize="characters" spellCheck={false} data-testid="producer-form-credit-code" />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item
              name="scLicenceNo"
              label={t('producer.scLicenceNo')}
              normalize={(v: string) => v?.toUpperCase()}
              rules={[{ pattern: /^\s*SC\d{14}\s*$/i, message: t('producer.scRule') }]}
            >
              <Input maxLength={16} placeholder="SC" spellCheck={false} data-testid="producer-form-sc" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="foodBusinessLicenceNo"
              label={t('producer.foodBusinessLicenceNo')}
              normalize={(v: string) => v?.toUpperCase()}
              rules={[{ pattern: /^\s*JY\d{14}\s*$/i, message: t('producer.jyRule') }]}
            >
              <Input maxLength={16} placeholder="JY" spellCheck={false} data-testid="producer-form-jy" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="licences" label={t('producer.licences')} extra={t('producer.licencesHint')}>
          <FileUploader purpose="licence" max={10} data-testid="producer-form-licences" />
        </Form.Item>
      </Card>

      <Card size="small" title={t('producer.sectionBank')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name="bankName" label={t('producer.bankName')} rules={[{ max: 80 }]}>
              <Input maxLength={80} data-testid="producer-form-bank-name" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="bankAccount"
              label={t('producer.bankAccount')}
              extra={maskedBank ? t('producer.bankKeepHint', { masked: maskedBank }) : undefined}
              rules={[{ pattern: /^\s*\d{8,30}\s*$/, message: t('producer.bankRule') }]}
            >
              <Input inputMode="numeric" maxLength={30} autoComplete="off" data-testid="producer-form-bank-account" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
}
