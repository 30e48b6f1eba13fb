import { useState } from 'react';
import { Button, InputNumber, Space } from 'antd';
import type { CalendarYear } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { CalendarSourceTag } from '../../../components/CalendarSourceTag';
import { ItemList, ItemRow } from '../../../components/ItemList';

interface Props {
  years: CalendarYear[];
  loading: boolean;
  selected: number | null;
  onSelect: (year: number) => void;
}

export function YearList({ years, loading, selected, onSelect }: Props) {
  const t = useT();
  const [other, setOther] = useState<number | null>(null);
  return (
    <>
      <ItemList
        loading={loading}
        items={years}
        rowKey={(y) => y.year}
        data-testid="calendar-years"
        renderItem={(y) => (
          <ItemRow
            dense
            onClick={() => onSelect(y.year)}
            style={{ cursor: 'pointer', background: y.year === selected ? '#fff1f0' : undefined, paddingInline: 8 }}
            data-testid={`calendar-year-${y.year}`}
            title={
              <Space wrap>
                <strong>{y.year}</strong>
                <CalendarSourceTag source={y.source} />
              </Space>
            }
            extra={<span>{t('calendar.entryCount', { n: y.entries })}</span>}
          />
        )}
      />
      <Space.Compact style={{ marginTop: 12 }}>
        <InputNumber min={2000} max={2100} placeholder={t('calendar.otherYear')} value={other} onChange={setOther} style={{ width: 120 }} />
        <Button onClick={() => other && onSelect(other)} disabled={!other}>
          {t('common.open')}
        </Button>
      </Space.Compact>
    </>
  );
}
