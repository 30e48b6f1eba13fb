import { useMe } from '../../auth/useMe';
import { ExportButton } from '../../components/ExportButton';

/**
 * 「导出 Excel」 of a matching list for base staff and admins (oversight of their units); nobody
 * else sees it. `run` downloads the list with the page's current status filter.
 */
export function OversightExport({ run }: { run: () => Promise<void> }) {
  const staff = useMe().data?.roles.some((r) => r.role === 'base_staff' || r.role === 'admin') ?? false;
  if (!staff) return null;
  return <ExportButton run={run} />;
}
