import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/context';
import { ActorSelect } from './ActorSelect';

export interface AuditFilterValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

interface Props {
  knownActions: string[];
  knownEntityTypes: string[];
  onSearch: (values: AuditFilterValues) => void;
}

const full = { width: '100%' };

export function AuditFilters({ knownActions, knownEntityTypes, onSearch }: Props) {
  const t = useT();
  const [form] = Form.useForm<AuditFilterValues>();
  const opts = (xs: string[]) => xs.map((x) => ({ value: x }));
  return (
    <Form<AuditFilterValues> form={form} onFinish={onSearch} data-testid="audit-filters" style={{ marginBottom: 12 }}>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="action" style={{ marginBottom: 8 }}>
            <AutoComplete options={opts(knownActions)} placeholder={t('audit.action')} style={full} allowClear data-testid="audit-filter-action" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="entityType" style={{ marginBottom: 8 }}>
            <AutoComplete options={opts(knownEntityTypes)} placeholder={t('audit.entityType')} style={full} allowClear data-testid="audit-filter-entity-type" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="entityId" style={{ marginBottom: 8 }}>
            <Input placeholder={t('audit.entityId')} allowClear data-testid="audit-filter-entity-id" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="actorId" style={{ marginBottom: 8 }}>
            <ActorSelect />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="range" style={{ marginBottom: 8 }}>
            <DatePicker.RangePicker showTime allowEmpty={[true, true]} style={full} data-testid="audit-filter-range" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="audit-search">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onSearch({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
