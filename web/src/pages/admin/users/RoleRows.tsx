import { Button, Form, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES, ROLE_LABELS } from '../../../../../src/core/access/roles';
import { useLabel, useT } from '../../../i18n/context';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';

/**
 * A dynamic list of (role, unit) rows inside a Form, under the field `roles`. `idPrefix` keeps
 * test ids unique while both user dialogs stay mounted.
 */
export function RoleRows({ idPrefix = 'role-row' }: { idPrefix?: string }) {
  const t = useT();
  const label = useLabel();
  const roleOptions = ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r], r) }));
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, rows?: unknown[]) => {
            if (!rows || rows.length === 0) throw new Error(t('user.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid={`${idPrefix}s`}>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }} data-testid={idPrefix}>
              <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('user.roleRequired') }]} style={{ marginBottom: 0 }}>
                <Select
                  options={roleOptions}
                  placeholder={t('user.role')}
                  style={{ width: 160 }}
                  data-testid={`${idPrefix}-role-${index}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: t('user.unitRequired') }]} style={{ marginBottom: 0 }}>
                <UnitTreeSelect hideInactive style={{ width: 220 }} data-testid={`${idPrefix}-unit-${index}`} />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('common.remove')}
                onClick={() => remove(field.name)}
                data-testid={`${idPrefix}-remove-${index}`}
              />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid={`${idPrefix}-add`}>
            {t('user.addRole')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
