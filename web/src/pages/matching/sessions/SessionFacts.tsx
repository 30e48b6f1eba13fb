import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Session } from '../../../api/cooperation';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { formatFen } from '../../../components/money';
import { formatDateTime } from '../../../components/time';
import { HighlightedText } from '../../compliance/check/HighlightedText';
import { PartyDemoTag, PriceMarkTags, shanghaiWall, timeRange } from './sessionBits';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

export function SessionFactsCard({ s }: { s: Session }) {
  const { t, locale } = useI18n();
  const item = (key: string, label: string, children: React.ReactNode) => ({ key, label, children });
  const items = [
    item('streamer', t('coop.streamer'), s.streamer.displayName),
    item('platform', t('session.platform'), t(`session.platform.${s.platform}`)),
    item('time', t('session.time'), <span data-testid="session-time">{timeRange(s.startsAt, s.endsAt)}</span>),
    item('room', t('session.roomUrl'), s.roomUrl ? <a href={s.roomUrl} target="_blank" rel="noreferrer" style={block}>{s.roomUrl}</a> : '—'),
    item('party', t('session.partyDemo'), s.partyDemo ? <PartyDemoTag /> : t('common.no')),
    ...(s.reportDueAt ? [item('due', t('session.reportDueLabel'), shanghaiWall(s.reportDueAt))] : []),
    ...(s.cancelReason ? [item('cancel', t('session.cancelReason'), <Typography.Text type="danger" style={block}>{s.cancelReason}</Typography.Text>)] : []),
    ...(s.override ? [item('override', t('session.overrideInfo'), <span style={block} data-testid="session-override-info">{t('session.overrideBy', { who: s.override.byName ?? '—', at: formatDateTime(s.override.at, locale) })}：{s.override.reason}</span>)] : []),
  ];
  return (
    <Card size="small" title={t('session.facts')} data-testid="session-facts">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
    </Card>
  );
}

/** Products with live price, stock, reference prices and marks; after the report, its figures. */
export function SessionProductsCard({ s }: { s: Session }) {
  const { t } = useI18n();
  const reported = s.products.some((p) => p.report);
  const sum = (f: (r: NonNullable<Session['products'][number]['report']>) => number) => s.products.reduce((n, p) => n + (p.report ? f(p.report) : 0), 0);
  return (
    <Card size="small" title={t('session.products')} data-testid="session-products">
      {s.products.length === 0 && <Typography.Text type="secondary">{t('session.noProducts')}</Typography.Text>}
      {s.products.map((p) => (
        <div key={p.productId} data-testid="session-product" data-product-id={p.productId} data-marks={p.marks.join(',')} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Space size={[6, 4]} wrap>
            <Link to={`/matching/price-board/${encodeURIComponent(p.productId)}`} data-testid="session-product-board">
              {p.productName}
            </Link>
            <Typography.Text strong data-testid="session-product-live-price">
              {formatFen(p.livePriceFen)}
            </Typography.Text>
            <PriceMarkTags marks={p.marks} />
          </Space>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('product.supplyPriceShort')} {formatFen(p.supplyPriceFen)} · {t('product.retailPriceShort')} {formatFen(p.retailPriceFen)} · {t('session.stock')} {p.stock}
            </Typography.Text>
          </div>
          {p.report && (
            <div data-testid="session-product-report" data-units={p.report.unitsSold} data-gmv={p.report.gmvFen}>
              <Typography.Text style={{ fontSize: 13 }}>
                {t('session.reportLine', { units: p.report.unitsSold, gmv: formatFen(p.report.gmvFen), refunded: p.report.unitsRefunded, complaints: p.report.complaints })}
              </Typography.Text>
            </div>
          )}
        </div>
      ))}
      {reported && (
        <div style={{ marginTop: 8 }} data-testid="session-report-total">
          <Typography.Text strong>{t('session.reportTotal', { units: sum((r) => r.unitsSold), gmv: formatFen(sum((r) => r.gmvFen)) })}</Typography.Text>
        </div>
      )}
      {s.products.some((p) => p.marks.length > 0) && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('session.markInfo')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** Other scheduled or live sessions selling the same product in an overlapping window. */
export function ClashAlert({ s }: { s: Session }) {
  const { t } = useI18n();
  if (s.clashes.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="session-clashes"
      title={t('session.clashes', { n: s.clashes.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {s.clashes.map((c) => (
            <li key={`${c.sessionId}-${c.productName}`} data-testid="session-clash">
              {t('session.clashLine', { product: c.productName, streamer: c.streamerName, time: timeRange(c.startsAt, c.endsAt) })}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** The script as saved, its findings marked in place (read-only: changes go through 修改话术). */
export function SessionScriptCard({ s }: { s: Session }) {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const c = s.scriptCheck;
  return (
    <Card
      size="small"
      title={t('session.script')}
      extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('session.lexiconVersion', { v: c.lexiconVersion })}</Typography.Text>}
      data-testid="session-script-card"
      data-must-fix={c.mustFix}
      data-caution={c.caution}
    >
      {s.script.trim() === '' ? (
        <Typography.Text type="secondary">{t('session.noScript')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {c.findings.length === 0 ? (
            <Alert type="success" showIcon title={t('check.clean')} data-testid="session-script-clean" />
          ) : (
            <Alert
              type={c.mustFix > 0 && !s.override ? 'error' : 'warning'}
              showIcon
              data-testid="session-script-summary"
              title={t('check.summary', { mustFix: c.mustFix, caution: c.caution })}
              description={s.override ? t('session.overrideNote') : mobile ? t('check.hintTap') : t('check.hintHover')}
            />
          )}
          <HighlightedText text={s.script} findings={c.findings} stale={false} tap={mobile} readOnly />
        </Space>
      )}
    </Card>
  );
}
