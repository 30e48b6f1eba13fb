import { Empty, Typography } from 'antd';
import type { SiteVisit } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { FileGallery } from '../../../components/FileThumb';

export function SiteVisits({ visits }: { visits: SiteVisit[] }) {
  const t = useT();
  if (visits.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('producer.noSiteVisits')} />;
  return (
    <div data-testid="site-visits">
      {visits.map((v) => (
        <div key={v.id} data-testid="site-visit" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{v.visitedOn}</Typography.Text>
          {v.visitorName && <Typography.Text type="secondary"> · {v.visitorName}</Typography.Text>}
          <div style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{v.notes}</div>
          {v.photos.length > 0 && <FileGallery files={v.photos} size={72} />}
        </div>
      ))}
    </div>
  );
}
