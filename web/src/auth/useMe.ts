import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth';
import { isUnauthenticated } from '../api/client';
import type { Me } from '../api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when the session is missing or expired. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await authApi.me();
      } catch (err) {
        if (isUnauthenticated(err)) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

/** For components rendered inside RequireAuth, where `me` is known to be loaded. */
export function useCurrentUser(): Me {
  const qc = useQueryClient();
  const me = qc.getQueryData<Me | null>(ME_KEY);
  const { data } = useMe();
  const user = data ?? me;
  if (!user) throw new Error('useCurrentUser outside RequireAuth');
  return user;
}

export function hasModule(me: Me | null | undefined, key: string): boolean {
  return !!me && me.modules.includes(key);
}
