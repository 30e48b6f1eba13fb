import type { Generated } from 'kysely';

/** Catalogue tables as Kysely sees them (migrations/0002_catalog.ts). Money in fen, dates 'YYYY-MM-DD'. */
export interface CategoriesTable {
  id: string;
  parent_id: string | null;
  name: string;
  sort: number;
  edible: number;
}

export interface FilesTable {
  id: string;
  storage_key: string;
  purpose: string;
  mime: string;
  size_bytes: number;
  sha256: string;
  original_name: string | null;
  uploaded_by: string | null;
  /** The record the file belongs to, once attached ('producer', 'product', 'evidence', 'site_visit'). */
  entity_type: string | null;
  entity_id: string | null;
  created_at: string;
}

export interface ProducersTable {
  id: string;
  unit_id: string;
  owner_user_id: string | null;
  name: string;
  type: string;
  region_code: string;
  address: string | null;
  contact_name: string;
  contact_phone: string;
  credit_code: string | null;
  sc_licence_no: string | null;
  food_business_licence_no: string | null;
  bank_name: string | null;
  bank_account: string | null;
  intro: string | null;
  status: string;
  status_note: string | null;
  documents_checked: number;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProducerSiteVisitsTable {
  id: string;
  producer_id: string;
  visited_on: string;
  notes: string;
  visitor_id: string | null;
  created_at: string;
}

export interface ProductsTable {
  id: string;
  producer_id: string;
  unit_id: string;
  name: string;
  category_id: string;
  origin_region_code: string;
  spec_weight: string;
  grade: string | null;
  packaging: string | null;
  shelf_life_days: number;
  storage: string;
  free_shipping: number;
  shipping_excludes: string | null;
  cold_chain: number;
  selling_points: string;
  supply_price_fen: number;
  retail_price_fen: number;
  /** Commission offered to streamers in basis points (2000 = 20 %). */
  commission_bp: number;
  capacity_per_day: number;
  capacity_season: number;
  /** Months available: bit 0 = January … bit 11 = December. */
  season_mask: number;
  preorder_from: string | null;
  preorder_to: string | null;
  tags_json: string;
  image_ids_json: string;
  status: string;
  status_note: string | null;
  verification_methods_json: string;
  /** 1 while verified and holding a batch with valid evidence (the selection pool). */
  in_pool: number;
  /** Last day the current evidence keeps the product in the pool; null = no expiry. */
  pool_valid_until: string | null;
  /** Kinds of valid evidence held (bit flags, see evidence-rules.ts). */
  evidence_mask: number;
  quality_score: number;
  quality_json: string;
  /** Normalised text the search index was built from (name, selling points, producer, origin…). */
  search_text: string;
  verified_at: string | null;
  verified_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProductTagsTable {
  product_id: string;
  tag: string;
}

export interface BatchesTable {
  id: string;
  product_id: string;
  code: string;
  /** Public, short, unguessable code for the traceability page. */
  trace_code: string;
  produced_on: string;
  quantity: number;
  quantity_unit: string;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface EvidenceTable {
  id: string;
  batch_id: string;
  product_id: string;
  kind: string;
  title: string;
  issuer: string;
  number: string | null;
  issued_on: string;
  valid_until: string | null;
  items: string | null;
  result: string;
  file_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface SearchSynonymsTable {
  id: string;
  words_json: string;
  updated_by: string | null;
  updated_at: string;
}

/**
 * Search index tables: SQLite only (FTS5 document numbers with a copy of the pool facets, same
 * column names as `products`) …
 */
export interface ProductFacetsTable {
  doc: Generated<number>;
  id: string;
  in_pool: number;
  quality_score: number;
  category_id: string;
  origin_region_code: string;
  retail_price_fen: number;
  commission_bp: number;
  season_mask: number;
  storage: string;
  free_shipping: number;
  evidence_mask: number;
  verified_at: string | null;
  updated_at: string;
  name: string;
}
/** … and PostgreSQL only (pg_trgm + grams). */
export interface ProductSearchTable {
  product_id: string;
  body: string;
  grams: string[];
}

export interface CatalogTables {
  categories: CategoriesTable;
  files: FilesTable;
  producers: ProducersTable;
  producer_site_visits: ProducerSiteVisitsTable;
  products: ProductsTable;
  product_tags: ProductTagsTable;
  batches: BatchesTable;
  evidence: EvidenceTable;
  search_synonyms: SearchSynonymsTable;
  product_facets: ProductFacetsTable;
  product_search: ProductSearchTable;
}
