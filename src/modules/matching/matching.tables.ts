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
  party_branch_unit_id: string | null;
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
  sample_requests: SampleRequestsTable;
  cooperations: CooperationsTable;
  live_sessions: LiveSessionsTable;
  live_session_products: LiveSessionProductsTable;
}

export interface LiveSessionsTable {
  id: string;
  streamer_id: string;
  platform: string;
  title: string;
  starts_at: string;
  ends_at: string;
  room_url: string | null;
  script: string;
  script_lexicon_version: number;
  script_must_fix: number;
  script_caution: number;
  override_reason: string | null;
  override_by: string | null;
  override_at: string | null;
  party_demo: number;
  status: string;
  started_at: string | null;
  ended_at: string | null;
  report_due_at: string | null;
  report_reminded_at: string | null;
  reported_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface LiveSessionProductsTable {
  session_id: string;
  product_id: string;
  cooperation_id: string;
  live_price_fen: number;
  stock: number;
  units_sold: number | null;
  gmv_fen: number | null;
  units_refunded: number | null;
  complaints: number | null;
}

export interface CooperationsTable {
  id: string;
  product_id: string;
  streamer_id: string;
  status: string;
  proposed_by_side: string;
  proposed_by: string;
  window_from: string;
  window_to: string;
  supply_price_fen: number;
  commission_bp: number;
  quantity_cap: number;
  shipping_mode: string;
  after_sale_terms: string;
  split_json: string | null;
  accepted_by: string | null;
  accepted_at: string | null;
  activated_at: string | null;
  closed_at: string | null;
  terminate_reason: string | null;
  terminated_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SampleRequestsTable {
  id: string;
  product_id: string;
  streamer_id: string;
  status: string;
  quantity: number;
  message: string | null;
  planned_session_on: string | null;
  ship_to: string;
  decision_due_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decline_reason: string | null;
  carrier: string | null;
  tracking_no: string | null;
  shipped_at: string | null;
  received_at: string | null;
  received_automatically: number;
  evaluation_due_at: string | null;
  rating_quality: number | null;
  rating_taste: number | null;
  rating_packaging: number | null;
  rating_match: number | null;
  evaluation_text: string | null;
  evaluated_at: string | null;
  cancel_reason: string | null;
  cancelled_by: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}
