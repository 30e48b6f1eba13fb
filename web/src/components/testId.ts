import type { ButtonProps } from 'antd';

/** antd's `okButtonProps` etc. are typed without data-* attributes; this adds a stable test id. */
export function buttonTestId(id: string, extra?: ButtonProps): ButtonProps {
  return { ...extra, ...({ 'data-testid': id } as ButtonProps) };
}
