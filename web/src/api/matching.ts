/**
 * The matching API (issue 5): streamer profiles, 为你选品, streamers for a product, distribution
 * plans, sample requests and the streamer's credit. Types are inferred from the server's schemas.
 */
import type { z } from 'zod';
import type { planInputSchema, planSchema } from '../../../src/modules/matching/plans/plans.schema';
import type { partyBranchesSchema, partyMembersSchema, profileInputSchema, profileSchema } from '../../../src/modules/matching/profiles/profiles.schema';
import type { reliabilitySchema } from '../../../src/modules/matching/reliability/reliability.schema';
import type { recommendationsSchema, streamerMatchesSchema } from '../../../src/modules/matching/recommend/recommend.schema';
import type { creditSchema, sampleListSchema, sampleRequestBodySchema, sampleSchema, sampleSummarySchema, sampleTransitionBodySchema } from '../../../src/modules/matching/samples/samples.schema';
import { api } from './client';

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileInputSchema>;
export type Recommendations = z.infer<typeof recommendationsSchema>;
export type Recommendation = Recommendations['items'][number];
export type StreamerMatches = z.infer<typeof streamerMatchesSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planInputSchema>;
export type Sample = z.infer<typeof sampleSchema>;
export type SampleSummary = z.infer<typeof sampleSummarySchema>;
export type SampleList = z.infer<typeof sampleListSchema>;
export type SampleRequestBody = z.input<typeof sampleRequestBodySchema>;
export type SampleTransitionBody = z.input<typeof sampleTransitionBodySchema>;
export type Credit = z.infer<typeof creditSchema>;
export type PartyBranches = z.infer<typeof partyBranchesSchema>;
export type PartyMembers = z.infer<typeof partyMembersSchema>;
export type Reliability = z.infer<typeof reliabilitySchema>;

const enc = encodeURIComponent;

export const matchingApi = {
  /** The signed-in streamer's profile (exists: false until saved). */
  profile: () => api.get<Profile>('/api/matching/profile'),
  saveProfile: (body: ProfileInput) => api.put<Profile>('/api/matching/profile', body),
  /** Any streamer's public profile (producers weigh it before approving a sample). */
  streamerProfile: (userId: string) => api.get<Profile>(`/api/matching/streamers/${enc(userId)}`),
  credit: () => api.get<Credit>('/api/matching/credit'),

  /** 为你选品 for the signed-in streamer; month = the planned session's month (1–12). */
  recommendations: (q: { month?: number; limit?: number }) => api.get<Recommendations>('/api/matching/recommendations', { ...q }),
  /** Streamers who fit a product (its producer, staff over it). */
  streamersForProduct: (productId: string, q: { month?: number; limit?: number }) => api.get<StreamerMatches>(`/api/matching/products/${enc(productId)}/streamers`, { ...q }),
  plan: (productId: string) => api.get<Plan>(`/api/matching/products/${enc(productId)}/plan`),
  savePlan: (productId: string, body: PlanInput) => api.put<Plan>(`/api/matching/products/${enc(productId)}/plan`, body),

  requestSample: (body: SampleRequestBody) => api.post<Sample>('/api/matching/samples', body),
  mySamples: (q: { status?: string; page?: number; pageSize?: number }) => api.get<SampleList>('/api/matching/samples/mine', { ...q }),
  incomingSamples: (q: { status?: string; page?: number; pageSize?: number }) => api.get<SampleList>('/api/matching/samples/incoming', { ...q }),
  sample: (id: string) => api.get<Sample>(`/api/matching/samples/${enc(id)}`),
  sampleStep: (id: string, body: SampleTransitionBody) => api.post<Sample>(`/api/matching/samples/${enc(id)}/transition`, body),

  /** Party organisations a member may name in their profile. */
  partyBranches: () => api.get<PartyBranches>('/api/matching/party-branches'),
  /** org_secretary: members declared in their organisations (pending / confirmed). */
  partyMembers: (status?: 'pending' | 'confirmed') => api.get<PartyMembers>('/api/matching/party-members', { status }),
  confirmParty: (userId: string, confirmed: boolean) => api.post<Profile>(`/api/matching/streamers/${enc(userId)}/party-confirmation`, { confirmed }),
  /** A producer's reliability score with its breakdown (any signed-in user). */
  reliability: (producerId: string) => api.get<Reliability>(`/api/matching/producers/${enc(producerId)}/reliability`),
  /** Base staff oversight exports (.xlsx) of their units. */
  exportSessions: (status?: string) => api.download('/api/matching/sessions/export.xlsx', { status }, '直播场次.xlsx'),
  exportCooperations: (status?: string) => api.download('/api/matching/cooperations/export.xlsx', { status }, '合作.xlsx'),
  exportSamples: (status?: string) => api.download('/api/matching/samples/export.xlsx', { status }, '样品申请.xlsx'),
};
