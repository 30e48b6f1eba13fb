import type { CSSProperties } from 'react';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { useCredit } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';

/** "信用分 80 · 可同时申请 5 份 · 进行中 1 份": the streamer's sample quota, from their credit. */
export function CreditLine({ style, link = true }: { style?: CSSProperties; link?: boolean }) {
  const t = useT();
  const credit = useCredit();
  const c = credit.data;
  if (!c) return null;
  const full = c.openSamples >= c.sampleQuota;
  const text = t('credit.line', { score: c.score, quota: c.sampleQuota, open: c.openSamples });
  return (
    <div style={{ fontSize: 12, ...style }} data-testid="credit-line" data-score={c.score} data-quota={c.sampleQuota} data-open={c.openSamples}>
      <Typography.Text type={full ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
      {link && (
        <>
          {' '}
          <Link to="/matching/profile" style={{ fontSize: 12 }}>
            {t('credit.details')}
          </Link>
        </>
      )}
    </div>
  );
}
