import { useEffect } from 'react';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography, type FormInstance } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { ApiError } from '../../../api/client';
import type { Profile, ProfileInput } from '../../../api/matching';
import { usePartyBranches, useSaveProfile } from '../../../api/matchingHooks';
import { useI18n } from '../../../i18n/context';
import { fenToYuan, yuanToFen } from '../../../components/money';
import { formatDateTime } from '../../../components/time';
import { useNotifyError } from '../../../components/useNotifyError';
import { AccountsList, AudienceRegionSelect, CategoriesSelect } from './profileFields';

interface Values {
  studio?: string;
  mcn?: string;
  categories: string[];
  audienceRegions: string[];
  typicalUnits: number;
  priceMin: number | null;
  priceMax: number | null;
  partyMember: boolean;
  partyBranchUnitId?: string | null;
  intro?: string;
  accounts: ProfileInput['accounts'];
}

const toValues = (p: Profile): Values => ({
  studio: p.studio ?? '',
  mcn: p.mcn ?? '',
  categories: p.categories,
  audienceRegions: p.audienceRegions,
  typicalUnits: p.typicalUnits,
  priceMin: p.exists ? fenToYuan(p.priceMinFen) : null,
  priceMax: p.exists ? fenToYuan(p.priceMaxFen) : null,
  partyMember: p.party.declared,
  partyBranchUnitId: p.party.branchUnitId,
  intro: p.intro ?? '',
  accounts: p.accounts.length ? p.accounts : [{ platform: 'douyin', handle: '', followers: 0 }],
});

/** Server field paths (`accounts.0.handle`, `priceMaxFen`) onto the form's fields. */
function applyServerErrors(form: FormInstance<Values>, err: unknown) {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return;
  const rename: Record<string, string> = { priceMinFen: 'priceMin', priceMaxFen: 'priceMax' };
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const d of err.details as { field?: string | null; message?: string }[]) {
    if (!d?.field || !d.message) continue;
    const parts = d.field.split('.');
    const top = rename[parts[0]!] ?? parts[0]!;
    const name = top === 'accounts' && parts.length === 3 ? [top, Number(parts[1]), parts[2]!] : [top];
    const key = name.join('.');
    byName.set(key, { name, errors: [...(byName.get(key)?.errors ?? []), d.message] });
  }
  const fields = [...byName.values()];
  if (fields.length) {
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    form.scrollToField(fields[0]!.name, { block: 'center' });
  }
}

/** 主播资料: what the ranking uses (categories, audience, volume, price band) and the accounts. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const save = useSaveProfile((err) => {
    applyServerErrors(form, err);
    notifyError(err);
  });
  useEffect(() => form.setFieldsValue(toValues(profile)), [profile, form]);
  const partyMember = Form.useWatch('partyMember', form);
  const partyBranch = Form.useWatch('partyBranchUnitId', form);
  const branches = usePartyBranches(!!partyMember);

  const submit = (v: Values) =>
    save.mutate(
      {
        studio: v.studio?.trim() || null,
        mcn: v.mcn?.trim() || null,
        categories: v.categories,
        audienceRegions: v.audienceRegions ?? [],
        typicalUnits: v.typicalUnits,
        priceMinFen: yuanToFen(v.priceMin) ?? 0,
        priceMaxFen: yuanToFen(v.priceMax) ?? 0,
        partyMember: !!v.partyMember,
        partyBranchUnitId: v.partyMember ? (v.partyBranchUnitId ?? null) : null,
        intro: v.intro?.trim() || null,
        accounts: v.accounts.map((a) => ({ platform: a.platform, handle: a.handle.trim(), followers: a.followers })),
      },
      { onSuccess: () => void message.success(t('common.saved')) },
    );

  const party = profile.party;
  // A confirmation stands while the streamer stays declared in the same organisation.
  const sameBranch = party.declared && party.branchUnitId === (partyBranch ?? null);
  const partyStatus = !partyMember ? null : sameBranch && party.confirmedByName ? (
    <Typography.Text type="success" data-testid="party-status" data-confirmed="true">
      {t('streamerProfile.partyConfirmed', { name: party.confirmedByName, at: formatDateTime(party.confirmedAt, locale) })}
    </Typography.Text>
  ) : (
    <Typography.Text type="warning" data-testid="party-status" data-confirmed="false">
      {sameBranch ? t('streamerProfile.partyPending') : t('streamerProfile.partyAfterSave')}
    </Typography.Text>
  );

  return (
    <Card size="small" title={t('streamerProfile.title')} data-testid="profile-card" data-exists={profile.exists ? 'true' : 'false'}>
      {!profile.exists && <Typography.Paragraph type="warning">{t('streamerProfile.notYet')}</Typography.Paragraph>}
      <Form<Values> form={form} layout="vertical" name="streamer-profile" onFinish={submit} data-testid="profile-form" scrollToFirstError>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="studio" label={t('streamerProfile.studio')}>
              <Input maxLength={60} data-testid="profile-studio" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="mcn" label={t('streamerProfile.mcn')}>
              <Input maxLength={60} placeholder={t('streamerProfile.mcnPlaceholder')} data-testid="profile-mcn" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="categories" label={t('streamerProfile.categories')} rules={[{ required: true, type: 'array', min: 1, message: t('streamerProfile.categoriesRequired') }]}>
          <CategoriesSelect data-testid="profile-categories" />
        </Form.Item>
        <Form.Item name="audienceRegions" label={t('streamerProfile.regions')} extra={t('streamerProfile.regionsHelp')}>
          <AudienceRegionSelect data-testid="profile-regions" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="typicalUnits" label={t('streamerProfile.typicalUnits')} rules={[{ required: true, type: 'number', min: 1, message: t('streamerProfile.typicalUnitsRequired') }]}>
              <InputNumber min={1} max={1_000_000} precision={0} inputMode="numeric" suffix={t('streamerProfile.unitsSuffix')} style={{ width: '100%' }} data-testid="profile-typical-units" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="priceMin" label={t('streamerProfile.priceMin')} rules={[{ required: true, message: t('streamerProfile.priceRequired') }]}>
              <InputNumber min={0} precision={2} inputMode="decimal" prefix="¥" style={{ width: '100%' }} data-testid="profile-price-min" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="priceMax"
              label={t('streamerProfile.priceMax')}
              dependencies={['priceMin']}
              rules={[
                { required: true, message: t('streamerProfile.priceRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, v: number | null) => (v === null || v === undefined || v >= (getFieldValue('priceMin') ?? 0) ? undefined : Promise.reject(new Error(t('streamerProfile.priceOrder')))),
                }),
              ]}
            >
              <InputNumber min={0} precision={2} inputMode="decimal" prefix="¥" style={{ width: '100%' }} data-testid="profile-price-max" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('streamerProfile.accounts')} required>
          <AccountsList />
        </Form.Item>
        <Form.Item name="partyMember" valuePropName="checked" style={{ marginBottom: partyMember ? 8 : 12 }}>
          <Checkbox data-testid="profile-party">{t('streamerProfile.partyMember')}</Checkbox>
        </Form.Item>
        {partyMember && (
          <Form.Item
            name="partyBranchUnitId"
            label={t('streamerProfile.partyBranch')}
            extra={partyStatus}
            rules={[{ required: true, message: t('streamerProfile.partyBranchRequired') }]}
          >
            <Select
              options={(branches.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              loading={branches.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('streamerProfile.partyBranchPlaceholder')}
              data-testid="profile-party-branch"
            />
          </Form.Item>
        )}
        <Form.Item name="intro" label={t('streamerProfile.intro')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount data-testid="profile-intro" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="profile-save" block={false}>
          {t('common.save')}
        </Button>
        {profile.updatedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 12 }} data-testid="profile-updated">
            {t('common.updatedAt')} {formatDateTime(profile.updatedAt, locale)}
          </Typography.Text>
        )}
      </Form>
    </Card>
  );
}
