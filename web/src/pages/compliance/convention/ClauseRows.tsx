import { Button, Form, Input, Space, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/context';

/** The editable clause list of the publish form (field `clauses`): text and basis, reorderable. */
export function ClauseRows() {
  const t = useT();
  return (
    <Form.List
      name="clauses"
      rules={[
        {
          validator: async (_, rows?: unknown[]) => {
            if (!rows || rows.length === 0) throw new Error(t('convention.clausesRule'));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <div data-testid="clause-rows">
          {fields.map((field, index) => (
            <div key={field.key} data-testid="clause-row" style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 10px', marginBottom: 8 }}>
              <div style={{ display: 'flex', alignItems: 'center', marginBottom: 6 }}>
                <Tag style={{ marginInlineEnd: 0 }}>{t('convention.clauseNo', { n: index + 1 })}</Tag>
                <Space size={0} style={{ marginLeft: 'auto' }}>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label={t('convention.moveUp')}
                    title={t('convention.moveUp')}
                    data-testid={`clause-up-${index}`}
                  />
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label={t('convention.moveDown')}
                    title={t('convention.moveDown')}
                    data-testid={`clause-down-${index}`}
                  />
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.remove')}
                    title={t('common.remove')}
                    data-testid={`clause-remove-${index}`}
                  />
                </Space>
              </div>
              <Form.Item
                name={[field.name, 'text']}
                label={t('convention.clauseText')}
                rules={[{ required: true, min: 2, whitespace: true, message: t('convention.clauseTextRule') }]}
                style={{ marginBottom: 6 }}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={500} data-testid={`clause-text-${index}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'source']}
                label={t('convention.clauseSource')}
                rules={[{ required: true, whitespace: true, message: t('convention.clauseSourceRule') }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} data-testid={`clause-source-${index}`} />
              </Form.Item>
            </div>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ text: '', source: '' })} data-testid="clause-add" disabled={fields.length >= 50}>
            {t('convention.addClause')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
