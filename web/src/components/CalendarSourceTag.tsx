import { Tag } from 'antd';
import type { CalendarYear } from '../api/types';
import { useT } from '../i18n/context';

export function CalendarSourceTag({ source }: { source: CalendarYear['source'] }) {
  const t = useT();
  if (source === 'package') return <Tag color="green" data-testid="source-package">{t('calendar.source.package')}</Tag>;
  if (source === 'admin') return <Tag color="blue" data-testid="source-admin">{t('calendar.source.admin')}</Tag>;
  return <Tag color="orange" data-testid="source-none">{t('calendar.source.none')}</Tag>;
}
