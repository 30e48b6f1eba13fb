import { DatePicker, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useIsMobile } from '../../../layout/useIsMobile';

interface Props {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  'data-testid'?: string;
}

/**
 * A date and time (Shanghai wall clock): antd's DatePicker with time on desktops; on phones the
 * browser's own datetime field, whose system wheel fits 375 px where the two-panel popup does not.
 */
export function DateTimeField({ value, onChange, 'data-testid': testId }: Props) {
  const mobile = useIsMobile();
  if (mobile) {
    return (
      <Input
        type="datetime-local"
        value={value ? value.format('YYYY-MM-DDTHH:mm') : ''}
        onChange={(e) => onChange?.(e.target.value ? dayjs(e.target.value) : null)}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    );
  }
  return <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={value ?? null} onChange={(d) => onChange?.(d ?? null)} style={{ width: '100%' }} data-testid={testId} />;
}
