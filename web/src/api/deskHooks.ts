/** Queries and writes of the service desk pages (issue 6). */
import { App } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../auth/useMe';
import { useNotifyError } from '../components/useNotifyError';
import { deskApi, type Department, type Ticket, type TicketQuery } from './desk';

export const DK = {
  all: ['desk'] as const,
  tickets: ['desk', 'tickets'] as const,
  ticket: (id: string) => ['desk', 'tickets', 'one', id] as const,
  followups: ['desk', 'followups'] as const,
  departments: ['desk', 'departments'] as const,
  routing: (regionCode: string) => ['desk', 'routing', regionCode] as const,
  dashboard: (departmentId: string | undefined, days: number) => ['desk', 'dashboard', departmentId ?? '', days] as const,
};

export type TicketListKind = 'mine' | 'queue';

export function useTicketList(kind: TicketListKind, q: TicketQuery) {
  const fn = kind === 'mine' ? deskApi.mine : deskApi.queue;
  return useQuery({ queryKey: [...DK.tickets, kind, q], queryFn: () => fn(q), placeholderData: keepPreviousData });
}

export function useTicket(id: string) {
  return useQuery({ queryKey: DK.ticket(id), queryFn: () => deskApi.ticket(id) });
}

/** After a write that returns the ticket: its page, the lists, the dashboard and the follow-ups. */
export function useTicketRefresh() {
  const qc = useQueryClient();
  return (t: Ticket) => {
    qc.setQueryData(DK.ticket(t.id), t);
    void qc.invalidateQueries({ queryKey: DK.all, predicate: (q) => !(q.queryKey[2] === 'one' && q.queryKey[3] === t.id) && q.queryKey[1] !== 'departments' && q.queryKey[1] !== 'routing' });
  };
}

/** A write on one ticket (transition, extension): refresh, toast `done`, then `after`. */
export function useTicketWrite<A>(fn: (a: A) => Promise<Ticket>, done: (a: A) => string, after?: (t: Ticket) => void) {
  const refresh = useTicketRefresh();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (t, a) => {
      refresh(t);
      void message.success(done(a));
      after?.(t);
    },
    onError: notifyError,
  });
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
