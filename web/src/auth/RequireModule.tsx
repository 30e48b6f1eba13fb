import type { ReactNode } from 'react';
import { hasModule, useMe } from './useMe';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage';

/**
 * A route whose module key the server did not grant renders the 403 page. A page shared by
 * several modules (a service ticket: 我的诉求 and 工单队列) takes the list; any one of them opens it.
 */
export function RequireModule({ module, children }: { module: string | readonly string[]; children: ReactNode }) {
  const { data: me } = useMe();
  const keys = typeof module === 'string' ? [module] : module;
  if (!keys.some((k) => hasModule(me, k))) return <ForbiddenPage />;
  return <>{children}</>;
}
