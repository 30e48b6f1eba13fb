import { Tag, Tooltip } from 'antd';
import { useT } from '../i18n/context';

/** Marks results computed for a year without official State Council holiday data. */
export function ProvisionalTag() {
  const t = useT();
  return (
    <Tooltip title={t('calendar.provisionalHint')}>
      <Tag color="orange" data-testid="provisional-tag">
        {t('calendar.provisional')}
      </Tag>
    </Tooltip>
  );
}
