/** Queries and writes of the service desk pages (issue 6). */
import { App } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../auth/useMe';
import { useNotifyError } from '../components/useNotifyError';
import { deskApi, type Department, type ServiceDay, type Ticket, type TicketQuery } from './desk';

export const DK = {
  all: ['desk'] as const,
  tickets: ['desk', 'tickets'] as const,
  ticket: (id: string) => ['desk', 'tickets', 'one', id] as const,
  followups: ['desk', 'followups'] as const,
  departments: ['desk', 'departments'] as const,
  routing: (regionCode: string) => ['desk', 'routing', regionCode] as const,
  dashboard: (departmentId: string | undefined, days: number) => ['desk', 'dashboard', departmentId ?? '', days] as const,
  serviceDays: (past: boolean) => ['desk', 'service-days', past] as const,
  serviceDay: (id: string) => ['desk', 'service-days', 'one', id] as const,
};

export type TicketListKind = 'mine' | 'queue';

export function useTicketList(kind: TicketListKind, q: TicketQuery) {
  const fn = kind === 'mine' ? deskApi.mine : deskApi.queue;
  return useQuery({ queryKey: [...DK.tickets, kind, q], queryFn: () => fn(q), placeholderData: keepPreviousData });
}

export function useTicket(id: string) {
  return useQuery({ queryKey: DK.ticket(id), queryFn: () => deskApi.ticket(id) });
}

/**
 * After a write that returns one ticket or service day (`key` is its query): put it there and
 * refetch the rest of the desk (lists, dashboard, follow-ups), not the reference data.
 */
function useDeskRefresh<T>(keyOf: (x: T) => readonly string[]) {
  const qc = useQueryClient();
  return (x: T) => {
    const key = keyOf(x);
    qc.setQueryData(key, x);
    const same = (k: readonly unknown[]) => k.length === key.length && k.every((part, i) => part === key[i]);
    void qc.invalidateQueries({ queryKey: DK.all, predicate: (q) => !same(q.queryKey) && q.queryKey[1] !== 'departments' && q.queryKey[1] !== 'routing' });
  };
}

/** A write that returns the entity: refresh, toast `done`, then `after`. */
function useDeskWrite<T, A>(keyOf: (x: T) => readonly string[], fn: (a: A) => Promise<T>, done: (a: A) => string, after?: (x: T) => void) {
  const refresh = useDeskRefresh(keyOf);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (x, a) => {
      refresh(x);
      void message.success(done(a));
      after?.(x);
    },
    onError: notifyError,
  });
}

/** A write on one ticket (transition, extension): refresh, toast `done`, then `after`. */
export function useTicketWrite<A>(fn: (a: A) => Promise<Ticket>, done: (a: A) => string, after?: (t: Ticket) => void) {
  return useDeskWrite((t: Ticket) => DK.ticket(t.id), fn, done, after);
}

/** Every department with its kind, region, heads and officers (officers, staff, admins). */
export function useDepartments(enabled = true) {
  return useQuery({ queryKey: DK.departments, queryFn: deskApi.departments, enabled, staleTime: 60_000, select: (d) => d.items });
}

/** The departments where the signed-in user is an officer (their dept_officer units). */
export function useMyDepartments(): { departments: Department[]; officer: boolean; loading: boolean } {
  const me = useMe().data;
  const units = new Set((me?.roles ?? []).filter((r) => r.role === 'dept_officer').map((r) => r.unitId));
  const q = useDepartments(units.size > 0);
  const departments = (q.data ?? []).filter((d) => units.has(d.id) || d.officers.some((o) => o.userId === me?.id));
  return { departments, officer: units.size > 0, loading: q.isPending && units.size > 0 };
}

export function useFollowups(open: boolean) {
  return useQuery({ queryKey: [...DK.followups, open], queryFn: () => deskApi.followups(open), placeholderData: keepPreviousData, select: (d) => d.items });
}

export function useFollowupDone(done: string, after: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => deskApi.followupDone(id, note),
    onSuccess: (f) => {
      void qc.invalidateQueries({ queryKey: DK.followups });
      void qc.invalidateQueries({ queryKey: DK.ticket(f.ticketId) });
      void qc.invalidateQueries({ queryKey: [...DK.all, 'dashboard'] });
      void message.success(done);
      after();
    },
    onError: notifyError,
  });
}

export function useDashboard(departmentId: string | undefined, days: number) {
  return useQuery({ queryKey: DK.dashboard(departmentId, days), queryFn: () => deskApi.dashboard({ departmentId, days }), placeholderData: keepPreviousData });
}

export function useRouting(regionCode: string) {
  return useQuery({ queryKey: DK.routing(regionCode), queryFn: () => deskApi.routing(regionCode) });
}

/** 上门服务日 from today on, or with `past` the past and cancelled ones too. */
export function useServiceDays(past: boolean) {
  return useQuery({ queryKey: DK.serviceDays(past), queryFn: () => deskApi.serviceDays(past), placeholderData: keepPreviousData, select: (d) => d.items });
}

export function useServiceDay(id: string) {
  return useQuery({ queryKey: DK.serviceDay(id), queryFn: () => deskApi.serviceDay(id) });
}

/** A write on one service day (book, cancel, outcome): refresh the day and the desk's lists, toast `done`. */
export function useServiceDayWrite<A>(fn: (a: A) => Promise<ServiceDay>, done: (a: A) => string, after?: (d: ServiceDay) => void) {
  return useDeskWrite((d: ServiceDay) => DK.serviceDay(d.id), fn, done, after);
}

/**
 * The bases, venues and training sites a day can be held at. Officers cannot list units (the
 * units endpoint is the admin's), so they get the places of the days published so far; admins
 * also get every active unit of those types.
 */
/** Bases, venues and training sites a department can come to (the publish form's choices). */
export function useServiceDayPlaces(enabled: boolean): { value: string; label: string }[] {
  const places = useQuery({ queryKey: ['desk', 'service-day-places'], queryFn: () => deskApi.servicePlaces(), enabled, staleTime: 5 * 60_000 });
  return (places.data?.items ?? []).map((p) => ({ value: p.id, label: p.regionName ? `${p.name}（${p.regionName}）` : p.name }));
}
