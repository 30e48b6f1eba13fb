import type { ReactNode } from 'react';
import { hasModule, useMe } from './useMe';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage';

/** A route whose module key the server did not grant renders the 403 page. */
export function RequireModule({ module, children }: { module: string; children: ReactNode }) {
  const { data: me } = useMe();
  if (!hasModule(me, module)) return <ForbiddenPage />;
  return <>{children}</>;
}
