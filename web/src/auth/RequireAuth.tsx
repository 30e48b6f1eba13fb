import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { useMe } from './useMe';
import { useT } from '../i18n/context';
import { PageSpin } from '../components/PageSpin';

/** Sends anonymous visitors to /login and brings them back to where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();
  const t = useT();
  if (isPending) return <PageSpin />;
  if (isError) {
    return (
      <Result
        status="error"
        title={t('error.loadFailed')}
        subTitle={error.message}
        extra={<Button onClick={() => refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    const to = next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}
