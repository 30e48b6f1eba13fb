import { useMemo } from 'react';
import { Button, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PLATFORMS } from '../../../../../src/modules/matching/profiles/profiles.schema';
import { useRegionChildren } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';
import { useCategories } from '../../catalog/common/useCategories';

interface ValueProps {
  value?: string[];
  onChange?: (v: string[]) => void;
  'data-testid'?: string;
}

/** 主营品类: leaf categories or whole top-level ones (a top-level id covers its children). */
export function CategoriesSelect({ value, onChange, 'data-testid': testId }: ValueProps) {
  const t = useT();
  const { data = [], isPending } = useCategories();
  const treeData = useMemo(() => data.map((c) => ({ id: c.id, pId: c.parentId ?? 0, value: c.id, title: c.name })), [data]);
  return (
    <TreeSelect
      data-testid={testId}
      multiple
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      treeDataSimpleMode
      treeData={treeData}
      loading={isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      maxCount={10}
      placeholder={t('streamerProfile.categoriesPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}

/** 粉丝地区: provinces, and the cities of Sichuan (where most of the audience is), as code prefixes. */
export function AudienceRegionSelect({ value, onChange, 'data-testid': testId }: ValueProps) {
  const t = useT();
  const provinces = useRegionChildren('');
  const sichuan = useRegionChildren('51');
  const known = new Set([...(provinces.data ?? []), ...(sichuan.data ?? [])].map((r) => r.code));
  const options = [
    { label: t('streamerProfile.regionsSichuan'), options: (sichuan.data ?? []).map((r) => ({ value: r.code, label: `${r.name}` })) },
    { label: t('streamerProfile.regionsProvinces'), options: (provinces.data ?? []).map((r) => ({ value: r.code, label: r.name })) },
    ...((value ?? []).some((c) => !known.has(c)) ? [{ label: t('streamerProfile.regionsOther'), options: (value ?? []).filter((c) => !known.has(c)).map((c) => ({ value: c, label: c })) }] : []),
  ];
  return (
    <Select
      data-testid={testId}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      loading={provinces.isPending || sichuan.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      maxCount={10}
      placeholder={t('streamerProfile.regionsPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}

/** 直播平台账号: platform, handle, followers; at least one. */
export function AccountsList() {
  const t = useT();
  return (
    <Form.List
      name="accounts"
      rules={[{ validator: async (_, v: unknown[] | undefined) => (v && v.length > 0 ? undefined : Promise.reject(new Error(t('streamerProfile.accountsRequired')))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="profile-accounts">
          {fields.map((f) => (
            <div key={f.key} data-testid="profile-account" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}>
              <Form.Item name={[f.name, 'platform']} rules={[{ required: true, message: t('streamerProfile.platformRequired') }]} style={{ marginBottom: 0, width: 112 }}>
                <Select options={PLATFORMS.map((p) => ({ value: p, label: t(`streamerProfile.platform.${p}`) }))} data-testid="account-platform" />
              </Form.Item>
              <Form.Item
                name={[f.name, 'handle']}
                rules={[{ required: true, whitespace: true, message: t('streamerProfile.handleRequired') }]}
                style={{ marginBottom: 0, flex: '1 1 140px', minWidth: 0 }}
              >
                <Input maxLength={60} placeholder={t('streamerProfile.handle')} data-testid="account-handle" />
              </Form.Item>
              <Form.Item name={[f.name, 'followers']} rules={[{ required: true, message: t('streamerProfile.followersRequired') }]} style={{ marginBottom: 0, width: 150 }}>
                <InputNumber min={0} max={2_000_000_000} precision={0} inputMode="numeric" suffix={t('streamerProfile.followersUnit')} style={{ width: '100%' }} data-testid="account-followers" />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.remove')} data-testid="account-remove" />
            </div>
          ))}
          {fields.length < 10 && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ platform: 'douyin', handle: '', followers: 0 })} data-testid="account-add">
              {t('streamerProfile.addAccount')}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
