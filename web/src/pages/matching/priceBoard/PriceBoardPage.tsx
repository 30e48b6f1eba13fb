import { useState } from 'react';
import { Alert, Card, Col, Empty, Result, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import type { PriceBoard } from '../../../api/cooperation';
import { useCooperationList, useManagedProducts, usePriceBoard, useSides } from '../../../api/cooperationHooks';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatFen } from '../../../components/money';
import { PageSpin } from '../../../components/PageSpin';
import { PriceMarkTags, SessionStatusTag, timeRange } from '../sessions/sessionBits';
import { PriceChart } from './PriceChart';

type BoardSession = PriceBoard['sessions'][number];

/** Products the viewer may see a board of: their managed products, or those they cooperate on. */
function ProductSelect({ value, known, onChange }: { value?: string; known?: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const sides = useSides();
  const [q, setQ] = useState('');
  const managed = useManagedProducts(q, sides.manager);
  const coops = useCooperationList({ pageSize: 100 }, !sides.manager);
  const options = sides.manager
    ? (managed.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.producerName}` }))
    : [...new Map((coops.data?.items ?? []).filter((c) => c.status !== 'terminated').map((c) => [c.product.id, `${c.product.name} · ${c.product.producerName}`])).entries()].map(([id, label]) => ({ value: id, label }));
  if (value && known && !options.some((o) => o.value === value)) options.unshift({ value, label: known });
  return (
    <Select
      data-testid="price-board-product"
      value={value}
      onChange={onChange}
      loading={managed.isFetching || coops.isFetching}
      showSearch={sides.manager ? { filterOption: false, onSearch: (s) => setQ(s.trim()) } : { optionFilterProp: 'label' }}
      placeholder={t('priceBoard.pickProduct')}
      notFoundContent={t('coop.noProduct')}
      options={options}
      style={{ width: '100%', maxWidth: 420 }}
    />
  );
}

/** 价格看板: supply and suggested retail prices of a product and every session's live price, marked. */
export function PriceBoardPage() {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { productId } = useParams();
  const board = usePriceBoard(productId);
  const b = board.data;
  const rowProps = (s: BoardSession) => ({ 'data-testid': 'price-board-row', 'data-session-id': s.sessionId, 'data-marks': s.marks.join(','), 'data-clash': s.clashesWith.length > 0 ? 'true' : 'false' });
  const clash = (s: BoardSession) =>
    s.clashesWith.length > 0 && (
      <Tag color="volcano" data-testid="price-board-clash" style={{ marginInlineEnd: 0 }}>
        {t('priceBoard.clash', { n: s.clashesWith.length })}
      </Tag>
    );

  return (
    <div data-testid="page-matching-price-board" data-product-id={productId ?? ''}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('module.matching.priceBoard')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('priceBoard.note')} style={{ marginBottom: 12 }} data-testid="price-board-note" />
      <div style={{ marginBottom: 12 }}>
        <ProductSelect value={productId} known={b?.product.name} onChange={(id) => navigate(`/matching/price-board/${encodeURIComponent(id)}`)} />
      </div>
      {!productId && <Empty description={t('priceBoard.pickFirst')} />}
      {productId && board.isPending && <PageSpin />}
      {board.isError && <Result status="warning" title={t('error.loadFailed')} subTitle={board.error.message} />}
      {b && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small" title={<span data-testid="price-board-product-name">{b.product.name}</span>}>
            <Row gutter={[12, 12]}>
              <Col xs={12} sm={8}>
                <Statistic title={t('product.supplyPriceShort')} value={formatFen(b.product.supplyPriceFen)} styles={{ content: { fontSize: 20 } }} />
              </Col>
              <Col xs={12} sm={8}>
                <Statistic title={t('product.retailPriceShort')} value={formatFen(b.product.retailPriceFen)} styles={{ content: { fontSize: 20 } }} />
              </Col>
              <Col xs={24} sm={8}>
                <Statistic title={t('priceBoard.farLine', { pct: Math.round(b.farBelowRatio * 100) })} value={formatFen(Math.round(b.product.retailPriceFen * b.farBelowRatio))} styles={{ content: { fontSize: 20 } }} />
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('priceBoard.chart')}>
            <PriceChart board={b} />
          </Card>
          <Card size="small" title={t('priceBoard.sessions', { n: b.sessions.length })}>
            {mobile ? (
              <ItemList
                items={b.sessions}
                rowKey={(s) => s.sessionId}
                data-testid="price-board-table"
                empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('priceBoard.noSessions')} />}
                renderItem={(s) => (
                  <ItemRow
                    {...rowProps(s)}
                    dense
                    title={`${s.streamerName} · ${formatFen(s.livePriceFen)}`}
                    description={
                      <>
                        <Space size={[4, 4]} wrap style={{ margin: '4px 0', display: 'flex' }}>
                          <SessionStatusTag status={s.status} />
                          <PriceMarkTags marks={s.marks} />
                          {clash(s)}
                        </Space>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {timeRange(s.startsAt, s.endsAt)}
                        </Typography.Text>
                      </>
                    }
                  />
                )}
              />
            ) : (
              <Table<BoardSession>
                data-testid="price-board-table"
                rowKey="sessionId"
                size="small"
                pagination={false}
                dataSource={b.sessions}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('priceBoard.noSessions') }}
                onRow={(s) => rowProps(s) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { title: t('coop.streamer'), dataIndex: 'streamerName' },
                  { title: t('common.status'), dataIndex: 'status', render: (st: BoardSession['status']) => <SessionStatusTag status={st} /> },
                  { title: t('session.time'), key: 'time', render: (_: unknown, s) => timeRange(s.startsAt, s.endsAt) },
                  { title: t('session.livePriceShort'), dataIndex: 'livePriceFen', align: 'right', render: (v: number) => <strong>{formatFen(v)}</strong> },
                  {
                    title: t('priceBoard.marks'),
                    key: 'marks',
                    render: (_: unknown, s) => (
                      <Space size={[4, 4]} wrap>
                        <PriceMarkTags marks={s.marks} />
                        {clash(s)}
                      </Space>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Space>
      )}
    </div>
  );
}
