/** Matching tables (migrations/0005_matching.ts). */
export interface StreamerProfilesTable {
  user_id: string;
  studio: string | null;
  mcn: string | null;
  categories_json: string;
  audience_regions_json: string;
  typical_units: number;
  price_min_fen: number;
  price_max_fen: number;
  party_member: number;
  party_confirmed_by: string | null;
  party_confirmed_at: string | null;
  intro: string | null;
  updated_at: string;
}

export interface StreamerAccountsTable {
  id: string;
  user_id: string;
  platform: string;
  handle: string;
  followers: number;
  sort: number;
}

export interface DistributionPlansTable {
  product_id: string;
  mode: string;
  exclusive_streamer_id: string | null;
  exclusive_until: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface DistributionPlanStreamersTable {
  product_id: string;
  streamer_id: string;
}

export interface MatchingTables {
  streamer_profiles: StreamerProfilesTable;
  streamer_accounts: StreamerAccountsTable;
  distribution_plans: DistributionPlansTable;
  distribution_plan_streamers: DistributionPlanStreamersTable;
}
