import { Input } from 'antd';

export interface DateInputProps {
  /** YYYY-MM-DD or null. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  min?: string;
  max?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/**
 * A date field as the browser's native date input: on phones it opens the system date wheel,
 * which is easier at 375 px than a calendar popup, and its value is already YYYY-MM-DD.
 */
export function DateInput({ value, onChange, min, max, disabled, style, 'data-testid': testId }: DateInputProps) {
  return (
    <Input
      type="date"
      value={value ?? ''}
      min={min}
      max={max}
      disabled={disabled}
      style={{ width: '100%', maxWidth: 220, ...style }}
      onChange={(e) => onChange?.(e.target.value || null)}
      data-testid={testId}
    />
  );
}
