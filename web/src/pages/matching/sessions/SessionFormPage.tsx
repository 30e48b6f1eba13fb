import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Select, Space, Switch, Typography } from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Platform } from '../../../../../src/modules/matching/profiles/profiles.schema';
import type { CooperationSummary, Session, SessionInput } from '../../../api/cooperation';
import { useSaveSession, useSellableCooperations, useSession } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { fenToYuan, yuanToFen } from '../../../components/money';
import { DateTimeField } from './DateTimeField';
import { ScriptEditor } from './ScriptEditor';
import { SessionProducts, type ProductValue } from './SessionProducts';
import { PLATFORM_LIST, pickerValue, toInstant } from './sessionBits';

interface Values {
  platform: Platform;
  title: string;
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  roomUrl?: string;
  partyDemo: boolean;
  products: ProductValue[];
  script: string;
}

function initialValues(s: Session | undefined, cooperationId: string | null): Partial<Values> {
  if (s) {
    return {
      platform: s.platform,
      title: s.title,
      startsAt: pickerValue(s.startsAt),
      endsAt: pickerValue(s.endsAt),
      roomUrl: s.roomUrl ?? undefined,
      partyDemo: s.partyDemo,
      products: s.products.map((p) => ({ cooperationId: p.cooperationId, livePrice: fenToYuan(p.livePriceFen), stock: p.stock })),
      script: s.script,
    };
  }
  // Tomorrow evening, the usual slot of a rural streamer's show.
  const start = dayjs().add(1, 'day').hour(20).minute(0).second(0);
  return { platform: 'douyin', startsAt: start, endsAt: start.add(2, 'hour'), partyDemo: false, products: cooperationId ? [{ cooperationId }] : [{}], script: '' };
}

/** 新建场次 / 修改场次: a draft session of the signed-in streamer. */
export function SessionFormPage() {
  const t = useT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const session = useSession(id ?? '', !!id);
  const coops = useSellableCooperations();
  const back = (
    <Link to={id ? `/matching/sessions/${encodeURIComponent(id)}` : '/matching/sessions'} data-testid="session-form-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if ((id && session.isPending) || coops.isPending) return <PageSpin />;
  const error = (id && session.error) || coops.error;
  if (error) return <Result status="warning" title={t('error.loadFailed')} subTitle={error.message} extra={back} />;
  if (session.data && (session.data.status !== 'draft' || session.data.viewerIs !== 'streamer')) {
    return (
      <div data-testid="page-matching-session-form">
        <Result status="info" title={t('session.notEditable')} subTitle={t('session.notEditableHint')} extra={back} />
      </div>
    );
  }
  return <SessionForm session={session.data} coops={coops.data ?? []} cooperationId={params.get('cooperation')} back={back} />;
}

function SessionForm({ session, coops, cooperationId, back }: { session?: Session; coops: CooperationSummary[]; cooperationId: string | null; back: React.ReactNode }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useSaveSession(
    session?.id ?? null,
    t('common.saved'),
    (s) => navigate(`/matching/sessions/${encodeURIComponent(s.id)}`),
    (err) => {
      setError(err instanceof Error ? err.message : String(err));
      applyFieldErrors(form, err);
    },
  );
  const submit = (v: Values) => {
    setError(null);
    const body: SessionInput = {
      platform: v.platform,
      title: v.title.trim(),
      startsAt: toInstant(v.startsAt!),
      endsAt: toInstant(v.endsAt!),
      roomUrl: v.roomUrl?.trim() || null,
      partyDemo: v.partyDemo,
      script: v.script ?? '',
      products: (v.products ?? []).map((p) => ({ cooperationId: p.cooperationId!, livePriceFen: yuanToFen(p.livePrice)!, stock: p.stock! })),
    };
    save.mutate(body);
  };
  const required = (message: string) => [{ required: true, message }];

  return (
    <div data-testid="page-matching-session-form" data-session-id={session?.id ?? ''}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
          {session ? t('session.editTitle') : t('session.newTitle')}
        </Typography.Title>
      </Card>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="session-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(session, cooperationId)} onFinish={submit} onValuesChange={() => setError(null)} scrollToFirstError data-testid="session-form">
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('session.basics')}>
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item name="platform" label={t('session.platform')} rules={required(t('session.platformRequired'))}>
                    <Select options={PLATFORM_LIST.map((p) => ({ value: p, label: t(`session.platform.${p}`) }))} data-testid="session-platform" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={16}>
                  <Form.Item name="title" label={t('session.title')} rules={[{ required: true, whitespace: true, min: 2, message: t('session.titleRequired') }]}>
                    <Input maxLength={80} showCount placeholder={t('session.titlePlaceholder')} data-testid="session-title" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="startsAt" label={t('session.startsAt')} rules={required(t('session.timeRequired'))}>
                    <DateTimeField data-testid="session-starts-at" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="endsAt"
                    label={t('session.endsAt')}
                    dependencies={['startsAt']}
                    rules={[
                      ...required(t('session.timeRequired')),
                      ({ getFieldValue }) => ({
                        validator: (_, v: Dayjs | null) => (!v || !getFieldValue('startsAt') || v.isAfter(getFieldValue('startsAt')) ? Promise.resolve() : Promise.reject(new Error(t('session.endAfterStart')))),
                      }),
                    ]}
                  >
                    <DateTimeField data-testid="session-ends-at" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="roomUrl" label={t('session.roomUrl')} rules={[{ type: 'url', message: t('session.roomUrlInvalid') }]}>
                <Input maxLength={300} placeholder="https://live.douyin.com/…" inputMode="url" data-testid="session-room-url" />
              </Form.Item>
              <Form.Item name="partyDemo" label={t('session.partyDemo')} valuePropName="checked" extra={t('session.partyDemoHint')} style={{ marginBottom: 0 }}>
                <Switch data-testid="session-party-demo-switch" />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('session.products')}>
              <SessionProducts coops={coops} />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('session.script')}>
              <ScriptEditor form={form} />
            </Card>
          </Col>
        </Row>
        <Space style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 12 }}>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="session-save">
            {t('session.saveDraft')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
