import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';

/** Shows the server's (already localised) error message in an antd message toast. */
export function useNotifyError(): (err: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (err: unknown) => {
      const text = err instanceof ApiError || err instanceof Error ? err.message : String(err);
      void message.error({ content: text, key: text, duration: 5 });
    },
    [message],
  );
}
