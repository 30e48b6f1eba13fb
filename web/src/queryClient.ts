import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './api/client';
import { ME_KEY } from './auth/useMe';

/** An expired session anywhere sends the app back to the login page (RequireAuth watches `me`). */
function onAnyError(err: unknown) {
  if (isUnauthenticated(err)) queryClient.setQueryData(ME_KEY, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});
