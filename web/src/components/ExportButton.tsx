import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../i18n/context';
import { useNotifyError } from './useNotifyError';

/** 「导出 Excel」: runs the download (api.download) and shows the server's message when it refuses. */
export function ExportButton({ run, 'data-testid': testId = 'export-xlsx' }: { run: () => Promise<void>; 'data-testid'?: string }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await run();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={click} data-testid={testId}>
      {t('common.export')}
    </Button>
  );
}
