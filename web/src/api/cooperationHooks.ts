/** Queries and writes of the cooperation, live-session and price-board pages (issue 5). */
import { App } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../auth/useMe';
import { useNotifyError } from '../components/useNotifyError';
import { cooperationApi, type Cooperation, type ProposeBody, type ReportBody, type Session, type SessionInput } from './cooperation';
import { productsApi } from './products';

export const CK = {
  all: ['cooperation'] as const,
  coops: ['cooperation', 'coops'] as const,
  coop: (id: string) => ['cooperation', 'coops', 'one', id] as const,
  sessions: ['cooperation', 'sessions'] as const,
  session: (id: string) => ['cooperation', 'sessions', 'one', id] as const,
  board: (productId: string) => ['cooperation', 'board', productId] as const,
  pool: (q: string) => ['cooperation', 'pool', q] as const,
  managed: (q: string) => ['cooperation', 'managed', q] as const,
};

/** Which side the signed-in user works on: a streamer, or the products' side (producer, staff). */
export function useSides() {
  const roles = useMe().data?.roles.map((r) => r.role) ?? [];
  const manager = roles.some((r) => r === 'producer' || r === 'base_staff' || r === 'admin');
  return { streamer: roles.includes('streamer'), manager, staff: roles.some((r) => r === 'base_staff' || r === 'admin') };
}

export function useCooperationList(q: { status?: string; productId?: string; page?: number; pageSize?: number }, enabled = true) {
  return useQuery({ queryKey: [...CK.coops, 'list', q], queryFn: () => cooperationApi.list(q), placeholderData: keepPreviousData, enabled });
}

export function useCooperation(id: string) {
  return useQuery({ queryKey: CK.coop(id), queryFn: () => cooperationApi.get(id) });
}

/** The streamer's cooperations a session may sell under: accepted and active ones. */
export function useSellableCooperations(enabled = true) {
  return useQuery({
    queryKey: [...CK.coops, 'sellable'],
    enabled,
    queryFn: async () => {
      const [accepted, active] = await Promise.all([cooperationApi.list({ status: 'accepted', pageSize: 100 }), cooperationApi.list({ status: 'active', pageSize: 100 })]);
      return [...active.items, ...accepted.items];
    },
  });
}

export function useSessionList(kind: 'mine' | 'scope', q: { status?: string; page?: number; pageSize?: number }) {
  const fn = kind === 'mine' ? cooperationApi.mySessions : cooperationApi.sessionsInScope;
  return useQuery({ queryKey: [...CK.sessions, kind, q], queryFn: () => fn(q), placeholderData: keepPreviousData });
}

export function useSession(id: string, enabled = true) {
  return useQuery({ queryKey: CK.session(id), queryFn: () => cooperationApi.session(id), enabled });
}

export function usePriceBoard(productId: string | undefined) {
  return useQuery({ queryKey: CK.board(productId ?? ''), queryFn: () => cooperationApi.priceBoard(productId!), enabled: !!productId, staleTime: 15_000 });
}

/** The selection pool, searched by name (streamers pick what to propose). */
export function usePoolSearch(q: string, enabled = true) {
  return useQuery({ queryKey: CK.pool(q), queryFn: () => productsApi.search({ q: q || undefined, pageSize: 20 }), placeholderData: keepPreviousData, staleTime: 30_000, enabled });
}

/** Products the producer or staff member manages that are in the pool. */
export function useManagedProducts(q: string, enabled = true) {
  return useQuery({ queryKey: CK.managed(q), queryFn: () => productsApi.manage({ q: q || undefined, inPool: 'true', pageSize: 50 }), placeholderData: keepPreviousData, staleTime: 30_000, enabled });
}

/** A write returning a cooperation or a session: put it in the cache, refresh lists and boards, toast. */
function useWrite<A, R extends Cooperation | Session>(fn: (a: A) => Promise<R>, key: (r: R) => readonly unknown[], done: string, after?: (r: R) => void, onError?: (err: unknown) => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      qc.setQueryData(key(r), r);
      void qc.invalidateQueries({ queryKey: CK.all, predicate: (q) => JSON.stringify(q.queryKey) !== JSON.stringify(key(r)) });
      void message.success(done);
      after?.(r);
    },
    onError: (err) => {
      onError?.(err);
      notifyError(err);
    },
  });
}

export function usePropose(done: string, after: (c: Cooperation) => void, onError: (err: unknown) => void) {
  return useWrite((body: ProposeBody) => cooperationApi.propose(body), (c) => CK.coop(c.id), done, after, onError);
}

export function useCooperationStep(id: string, done: string, after?: () => void) {
  return useWrite((v: { event: 'accept' | 'activate' | 'complete' | 'terminate'; reason?: string }) => cooperationApi.step(id, v.event, v.reason), (c) => CK.coop(c.id), done, after);
}

export function useSaveSession(id: string | null, done: string, after: (s: Session) => void, onError: (err: unknown) => void) {
  return useWrite((body: SessionInput) => (id ? cooperationApi.updateSession(id, body) : cooperationApi.createSession(body)), (s) => CK.session(s.id), done, after, onError);
}

export function useSessionStep(id: string, done: string, after?: () => void) {
  return useWrite((v: { event: 'schedule' | 'revise' | 'go_live' | 'end' | 'cancel'; reason?: string }) => cooperationApi.sessionStep(id, v.event, v.reason), (s) => CK.session(s.id), done, after);
}

export function useOverrideScript(id: string, done: string, after?: () => void) {
  return useWrite((reason: string) => cooperationApi.overrideScript(id, reason), (s) => CK.session(s.id), done, after);
}

export function useSalesReport(id: string, done: string, onError: (err: unknown) => void) {
  return useWrite((body: ReportBody) => cooperationApi.report(id, body), (s) => CK.session(s.id), done, undefined, onError);
}
