/**
 * The incident store's public API (issue 4). Two engines implement it: SQLite through better-sqlite3
 * (embedded, the default: a path on disk) and PostgreSQL through `pg` (a server shared by a team).
 * `openStore(spec)` in ./index.ts picks the engine from the spec.
 *
 * Model (see ./schema.ts for the tables):
 * - articles are keyed by a content hash (sha256 of the text); the input id is kept and cited by claims;
 * - every article's extracted records ("mentions") are kept with their claims and character offsets;
 * - an incident is the fusion of the mentions assigned to it: its *machine* record is recomputed from
 *   them whenever they change (ingest, merge, split); the *analyst* values sit beside it and win;
 * - incident ids are stable, ACLED-style (`SYR12`: ISO3 of the country + a per-store sequence); an id
 *   absorbed by a merge keeps resolving to the incident that absorbed it; deletions are recorded;
 * - every change goes to history (who, when, why, field, old, new).
 */
import { CONTRACT_FIELDS, type Article, type ContractField, type IncidentRecord } from '../types.js';

/** Claim grading in Airwars' spirit. */
export type Grade = 'weak' | 'fair' | 'confirmed' | 'contested';

/** An incident as the store returns it: the effective record (analyst values over machine values). */
export interface StoredIncident extends IncidentRecord {
  grade: Grade;
  /** Ids this incident absorbed through merges (its own id is never listed). */
  absorbed: string[];
  /** Fields an analyst set, with the analyst's values (these win over the machine's). */
  analyst: Partial<Record<EditableField, unknown>>;
  /** The machine's values of the fields the analyst overrode (to show both side by side). */
  machine: Partial<Record<EditableField, unknown>>;
  /** An analyst confirmed the incident (`sitrep confirm`). */
  confirmed: boolean;
  /** ISO timestamps. */
  created_at: string;
  updated_at: string;
  /** Only set when the query asked for deleted incidents too. */
  deleted?: boolean;
}

/** Contract fields that are not the analyst's to set: the id, the evidence (articles, claims), and what is
 * recomputed from the evidence (sources, disputes). */
const NOT_EDITABLE = ['id', 'articles', 'sources', 'claims', 'disputes'] as const;
export type EditableField = Exclude<ContractField, (typeof NOT_EDITABLE)[number]> | 'grade';
/** Fields an analyst may set with `edit`: the contract's scalar and list fields, in its order, and the grade. */
export const EDITABLE_FIELDS: readonly EditableField[] = [
  ...CONTRACT_FIELDS.filter((f): f is Exclude<ContractField, (typeof NOT_EDITABLE)[number]> =>
    !(NOT_EDITABLE as readonly string[]).includes(f)),
  'grade',
];

export interface StoredArticle {
  /** sha256 of the text (hex). */
  hash: string;
  /** The id claims cite (the input id; suffixed `#hash8` when another text already had that id). */
  id: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  origin: string | null;
  ingested_at: string;
  /** Only when asked for (`getArticle(id, {text: true})`). */
  text?: string;
  /** Incidents the article's records were fused into. */
  incidents: string[];
}

export interface IncidentFilters {
  /** ISO alpha-2 (or alpha-3) country code. */
  country?: string;
  admin1?: string;
  /** Inclusive ISO dates on event_date. */
  since?: string;
  until?: string;
  /** event_type or sub_event_type (exact, case-insensitive). */
  type?: string;
  /** Substring of actor1, actor2 or the associated actors (case-insensitive). */
  actor?: string;
  minFatalities?: number;
  grade?: Grade;
  /** Incidents citing this article id. */
  article?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Free text over location, admin1, actors and notes (case-insensitive substring). */
  q?: string;
  /** Incidents changed at or after this ISO timestamp. */
  updatedSince?: string;
  ids?: string[];
  includeDeleted?: boolean;
}

export interface Page {
  limit?: number;
  offset?: number;
  /** Default: event_date descending, then id. */
  order?: 'event_date' | 'updated' | 'fatalities' | 'id';
}

export interface QueryResult {
  total: number;
  items: StoredIncident[];
}

/** Who does an analyst operation and why; `who` defaults to $SITREP_USER or the OS user. */
export interface Actor {
  who?: string;
  why?: string;
}

export type HistoryAction =
  | 'create' // a new incident from an article
  | 'update' // machine values changed by re-fusion (new article, merge, split)
  | 'edit' // an analyst set a field
  | 'merge' // absorbed other incidents (field: 'absorbed', new: the ids)
  | 'absorbed' // this id was absorbed into another (new: the absorbing id)
  | 'split' // articles moved out (field: 'articles')
  | 'confirm'
  | 'delete'
  | 'restore';

export interface HistoryEntry {
  seq: number;
  incident: string;
  at: string;
  who: string;
  action: HistoryAction;
  field: string | null;
  old: unknown;
  new: unknown;
  why: string | null;
  /** Article that caused the change, for machine updates. */
  article: string | null;
}

export interface IngestResult {
  /** The id records cite (see StoredArticle.id). */
  article: string;
  hash: string;
  /** 'duplicate': the same text was already stored; nothing changed. */
  status: 'added' | 'duplicate';
  created: string[];
  updated: string[];
}

export interface Deletion {
  id: string;
  at: string;
  who: string;
  why: string | null;
  /** Set when the id disappeared because it was merged into another incident. */
  merged_into: string | null;
}

export interface StoreStats {
  engine: 'sqlite' | 'postgres';
  articles: number;
  incidents: number;
  deleted: number;
  schema_version: number;
}

export interface IngestOptions {
  /** Records already extracted from the article (otherwise the store runs extractArticle). */
  records?: IncidentRecord[];
  who?: string;
}

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * Adds one article and fuses its records into the store, in one transaction: all or nothing.
   * Idempotent on content. Throws (storing nothing) on a malformed article or record.
   */
  ingestArticle(article: Article, opts?: IngestOptions): Promise<IngestResult>;
  /** By id, or by an id it absorbed. Deleted incidents come back only with `{includeDeleted: true}`. */
  getIncident(id: string, opts?: { includeDeleted?: boolean }): Promise<StoredIncident | null>;
  queryIncidents(filters?: IncidentFilters, page?: Page): Promise<QueryResult>;
  /**
   * Sets analyst values (`{fatalities: 3}`; strings are coerced to the field's type, `null` sets null).
   * Throws StoreInputError on a field that is not editable or a value of the wrong type.
   */
  edit(id: string, changes: Record<string, unknown>, actor?: Actor): Promise<StoredIncident>;
  /** Drops analyst values of these fields, so the machine's values show again. */
  revert(id: string, fields: string[], actor?: Actor): Promise<StoredIncident>;
  /** Merges the others into the first (which keeps its id; the others become absorbed ids). */
  merge(ids: string[], actor?: Actor): Promise<StoredIncident>;
  /** Moves the given articles' records out of `id` into a new incident, which is returned. */
  split(id: string, articles: string[], actor?: Actor): Promise<{ original: StoredIncident; created: StoredIncident }>;
  confirm(id: string, actor?: Actor): Promise<StoredIncident>;
  delete(id: string, actor?: Actor): Promise<void>;
  restore(id: string, actor?: Actor): Promise<StoredIncident>;
  history(id: string): Promise<HistoryEntry[]>;
  /** Deletions and merges-away since an ISO timestamp (the living dataset's removed ids). */
  deletions(since?: string): Promise<Deletion[]>;
  articles(filter?: { incident?: string; ids?: string[] }, page?: { limit?: number; offset?: number }): Promise<StoredArticle[]>;
  getArticle(id: string, opts?: { text?: boolean }): Promise<StoredArticle | null>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
