import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { useNotifyError } from '../../components/useNotifyError';

/**
 * 「导出 Excel」 of a matching list for base staff and admins (oversight of their units); nobody
 * else sees it. `run` downloads the list with the page's current status filter.
 */
export function OversightExport({ run }: { run: () => Promise<void> }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const staff = useMe().data?.roles.some((r) => r.role === 'base_staff' || r.role === 'admin') ?? false;
  if (!staff) return null;
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
    <Button icon={<DownloadOutlined />} loading={busy} onClick={click} data-testid="export-xlsx">
      {t('common.export')}
    </Button>
  );
}
