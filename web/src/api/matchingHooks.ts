/** Queries and writes of the matching pages (issue 5): 为你选品, samples, profile and credit, matchmaking. */
import { App } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { partyBranchesSchema } from '../../../src/modules/matching/profiles/profiles.schema';
import { useNotifyError } from '../components/useNotifyError';
import { api } from './client';
import { matchingApi, type PartyMembers, type PlanInput, type ProfileInput, type Sample, type SampleRequestBody, type SampleTransitionBody } from './matching';
import { productsApi } from './products';
import { regionsApi } from './regions';

export const MK = {
  all: ['matching'] as const,
  profile: ['matching', 'profile'] as const,
  credit: ['matching', 'credit'] as const,
  recommendations: (month: number | undefined) => ['matching', 'recommendations', month ?? 'now'] as const,
  samples: ['matching', 'samples'] as const,
  sample: (id: string) => ['matching', 'samples', 'one', id] as const,
  streamers: (productId: string, month: number | undefined) => ['matching', 'products', productId, 'streamers', month ?? 'now'] as const,
  plan: (productId: string) => ['matching', 'products', productId, 'plan'] as const,
  managed: (q: string) => ['matching', 'managed-products', q] as const,
  regions: (parent: string) => ['regions', 'children', parent] as const,
  partyBranches: ['matching', 'party-branches'] as const,
  partyMembers: ['matching', 'party-members'] as const,
  reliability: (producerId: string) => ['matching', 'reliability', producerId] as const,
};

type PartyBranches = z.infer<typeof partyBranchesSchema>;

/**
 * Party organisations a streamer may name (their secretary confirms the membership). The API
 * contract in matching.ts has no client for GET /api/matching/party-branches yet, hence here.
 */
export function usePartyBranches(enabled: boolean) {
  return useQuery({ queryKey: MK.partyBranches, queryFn: () => api.get<PartyBranches>('/api/matching/party-branches'), enabled, staleTime: 10 * 60_000, select: (d) => d.items });
}

export function useRecommendations(month: number | undefined) {
  return useQuery({ queryKey: MK.recommendations(month), queryFn: () => matchingApi.recommendations({ month, limit: 30 }), placeholderData: keepPreviousData });
}

/** The signed-in streamer's credit score, sample quota and open samples. */
export function useCredit(enabled = true) {
  return useQuery({ queryKey: MK.credit, queryFn: matchingApi.credit, enabled });
}

export function useProfile() {
  return useQuery({ queryKey: MK.profile, queryFn: matchingApi.profile });
}

export function useSaveProfile(onError: (err: unknown) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileInput) => matchingApi.saveProfile(body),
    onSuccess: (p) => {
      qc.setQueryData(MK.profile, p);
      // The ranking changes with the profile.
      void qc.invalidateQueries({ queryKey: [...MK.all, 'recommendations'] });
    },
    onError,
  });
}

export type SampleListKind = 'mine' | 'incoming';

export function useSampleList(kind: SampleListKind, q: { status?: string; page: number; pageSize: number }) {
  const fn = kind === 'mine' ? matchingApi.mySamples : matchingApi.incomingSamples;
  return useQuery({ queryKey: [...MK.samples, kind, q], queryFn: () => fn(q), placeholderData: keepPreviousData });
}

export function useSample(id: string) {
  return useQuery({ queryKey: MK.sample(id), queryFn: () => matchingApi.sample(id) });
}

/** After any change to a sample: its page, the lists and the credit line. */
function useSampleRefresh() {
  const qc = useQueryClient();
  return (s: Sample) => {
    qc.setQueryData(MK.sample(s.id), s);
    void qc.invalidateQueries({ queryKey: MK.samples, predicate: (q) => q.queryKey[2] !== 'one' });
    void qc.invalidateQueries({ queryKey: MK.credit });
  };
}

/** Requests a sample; errors (409 quota / open request, 403 plan) are the caller's to show in the dialog. */
export function useRequestSample(after: (s: Sample) => void) {
  const refresh = useSampleRefresh();
  return useMutation({
    mutationFn: (body: SampleRequestBody) => matchingApi.requestSample(body),
    onSuccess: (s) => {
      refresh(s);
      after(s);
    },
  });
}

/** One step of the sample workflow; toasts `done(event)` and the server's message on failure. */
export function useSampleStep(id: string, done: (event: string) => string, after?: () => void) {
  const refresh = useSampleRefresh();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: (body: SampleTransitionBody) => matchingApi.sampleStep(id, body),
    onSuccess: (s, body) => {
      refresh(s);
      void message.success(done(body.event));
      after?.();
    },
    onError: notifyError,
  });
}

export function useStreamerMatches(productId: string | undefined, month: number | undefined) {
  return useQuery({
    queryKey: MK.streamers(productId ?? '', month),
    queryFn: () => matchingApi.streamersForProduct(productId!, { month, limit: 20 }),
    enabled: !!productId,
    placeholderData: keepPreviousData,
  });
}

export function usePlan(productId: string | undefined) {
  return useQuery({ queryKey: MK.plan(productId ?? ''), queryFn: () => matchingApi.plan(productId!), enabled: !!productId });
}

export function useSavePlan(productId: string, onError: (err: unknown) => void, done: string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (body: PlanInput) => matchingApi.savePlan(productId, body),
    onSuccess: (p) => {
      qc.setQueryData(MK.plan(productId), p);
      void message.success(done);
    },
    onError,
  });
}

/** Products the viewer manages (a producer's own, staff's scope), searched by name. */
export function useManagedProducts(q: string) {
  return useQuery({ queryKey: MK.managed(q), queryFn: () => productsApi.manage({ q: q || undefined, pageSize: 50 }), placeholderData: keepPreviousData, staleTime: 30_000 });
}

/** Child regions of a code ('' = provinces); they never change while the app runs. */
export function useRegionChildren(parent: string) {
  return useQuery({ queryKey: MK.regions(parent), queryFn: () => regionsApi.children(parent || undefined), staleTime: Infinity, select: (d) => d.items });
}

/** org_secretary: streamers declared as members of their organisations, pending or confirmed. */
export function usePartyMembers(status: 'pending' | 'confirmed') {
  return useQuery({ queryKey: [...MK.partyMembers, status], queryFn: () => matchingApi.partyMembers(status) });
}

type PartyMember = PartyMembers['items'][number];

/** Confirms or withdraws a membership; toasts `done(member, confirmed)` and refreshes both tabs. */
export function useConfirmParty(done: (m: PartyMember, confirmed: boolean) => string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: ({ m, confirmed }: { m: PartyMember; confirmed: boolean }) => matchingApi.confirmParty(m.userId, confirmed),
    onSuccess: (_p, { m, confirmed }) => {
      void qc.invalidateQueries({ queryKey: MK.partyMembers });
      void message.success(done(m, confirmed));
    },
    onError: notifyError,
  });
}

/** A producer's reliability score (生产主体履约分) with its breakdown. */
export function useReliability(producerId: string | undefined) {
  return useQuery({ queryKey: MK.reliability(producerId ?? ''), queryFn: () => matchingApi.reliability(producerId!), enabled: !!producerId, staleTime: 60_000 });
}
