/** Queries and writes of the lexicon editor and the violation pages (issue 4). */
import { App } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotifyError } from '../components/useNotifyError';
import { complianceApi, type LexiconQuery, type Violation, type ViolationQuery } from './compliance';

export const VK = {
  convention: ['compliance', 'convention'] as const,
  lexicon: ['compliance', 'lexicon'] as const,
  lexiconChanges: ['compliance', 'lexicon', 'changes'] as const,
  violations: ['compliance', 'violations'] as const,
  violation: (id: string) => ['compliance', 'violations', 'one', id] as const,
  streamers: (q: string) => ['compliance', 'streamers', q] as const,
};

/** Which list of violations a page shows: the staff queue, the streamer's own, the user's reports. */
export type ViolationListKind = 'queue' | 'mine' | 'reported';

const LISTS = { queue: complianceApi.violations, mine: complianceApi.myViolations, reported: complianceApi.myReports };

export function useViolationList(kind: ViolationListKind, query: ViolationQuery) {
  return useQuery({ queryKey: [...VK.violations, kind, query], queryFn: () => LISTS[kind](query), placeholderData: keepPreviousData });
}

export function useViolation(id: string) {
  return useQuery({ queryKey: VK.violation(id), queryFn: () => complianceApi.violation(id) });
}

/** The convention in force (its clauses for pickers, the caller's signature). */
export function useConvention(enabled = true) {
  return useQuery({ queryKey: VK.convention, queryFn: complianceApi.convention, enabled, staleTime: 60_000, retry: false });
}

export function useStreamerPick(q: string) {
  return useQuery({ queryKey: VK.streamers(q), queryFn: () => complianceApi.streamers(q || undefined), placeholderData: keepPreviousData, staleTime: 30_000 });
}

/** A write that returns the violation: refresh its page and the lists, toast `done`. */
export function useViolationWrite<A>(fn: (a: A) => Promise<Violation>, done: string, after?: (v: Violation) => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (v) => {
      qc.setQueryData(VK.violation(v.id), v);
      void qc.invalidateQueries({ queryKey: VK.violations, predicate: (q) => q.queryKey[2] !== 'one' || q.queryKey[3] !== v.id });
      void message.success(done);
      after?.(v);
    },
    onError: notifyError,
  });
}

export function useLexicon(query: LexiconQuery) {
  return useQuery({ queryKey: [...VK.lexicon, 'list', query], queryFn: () => complianceApi.lexicon(query), placeholderData: keepPreviousData });
}

export function useLexiconChanges(query: { entryId?: string; page?: number; pageSize?: number }, enabled = true) {
  return useQuery({ queryKey: [...VK.lexiconChanges, query], queryFn: () => complianceApi.lexiconChanges(query), placeholderData: keepPreviousData, enabled });
}
