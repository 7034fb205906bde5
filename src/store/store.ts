/**
 * The store's logic, written once over the Db layer (./db.ts) for both engines.
 *
 * Incremental fusion: each record of a new article looks for candidate incidents by blocking (a window
 * of days around its date and the 1-degree grid cells around its point, or its country when it has no
 * precise point), scores them with fuse's `sameIncident`, and joins the best one at or above the
 * threshold, or becomes a new incident. An incident's machine record is always `mergeRecords` of its
 * mentions (the per-article records), so merge and split re-fuse exactly; analyst values live apart.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import countries from 'i18n-iso-countries';
import { UNDATED_LOOKBACK_DAYS, PUBLICATION_SLACK_DAYS, dateWindow, placeRadius, type WithPublished } from '../fuse/match.js';
import { MATCH_THRESHOLD, mergeRecords, sameIncident } from '../fuse/index.js';
import { EVENT_TYPES, type Article, type IncidentRecord } from '../types.js';
import type { Db, Param } from './db.js';
import { gradeRecord } from './grade.js';
import { migrate } from './schema.js';
import {
  EDITABLE_FIELDS,
  type Actor,
  type Deletion,
  type HistoryAction,
  type HistoryEntry,
  type IncidentFilters,
  type IngestOptions,
  type IngestResult,
  type Page,
  type QueryResult,
  type Store,
  type StoreStats,
  type StoredArticle,
  type StoredIncident,
} from './types.js';
import { StoreInputError, validateArticle, validateRecord } from './validate.js';

/** Grid cell size in degrees (1-degree cells; the blocking query reads the cells a search box covers). */
export const CELL_DEGREES = 1;
/**
 * How far apart (km) two records' points may lie and still be fused (fuse's place score vetoes beyond
 * 4 × the larger place radius): 60 km for two points at geo precision 1, 120 km at precision 2, 400 km
 * when one is coarse (precision 3). Candidate search looks no further.
 */
const COARSE_REACH_KM = 4 * 100;
/**
 * Days searched around a record's date: fuse allows 1 day at day precision, 7 at week precision, 31 at
 * month precision, the larger of the two records'. Each stored incident keeps its own window (`day_span`;
 * 0 for an undated incident, placed at its first publication date), so the search applies both. Undated
 * reports and incidents are searched for within fuse's look-back before their publication
 * (UNDATED_LOOKBACK_DAYS): an article cannot report an event after it was published.
 */
const MAX_SPAN_DAYS = 31;
/** Candidates scored per query at most (the most recent): bounds the cost in very dense blocks. */
const MAX_CANDIDATES = 500;

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export function defaultUser(): string {
  if (process.env.SITREP_USER) return process.env.SITREP_USER;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function dayOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86400000);
}

/** The grid cell of a point (1-degree cells numbered row by row). */
export function cellOf(lat: number, lon: number): number {
  const y = Math.floor(lat / CELL_DEGREES) + Math.round(90 / CELL_DEGREES);
  const x = Math.floor(lon / CELL_DEGREES) + Math.round(180 / CELL_DEGREES);
  return y * Math.round(360 / CELL_DEGREES) + x;
}

/** The date window of a stored incident (its `day_span` column): 1, 7 or 31 days; 0 when undated. */
function daySpan(r: IncidentRecord): number {
  if (dayOf(r.event_date) == null) return 0;
  return r.time_precision === 3 ? MAX_SPAN_DAYS : dateWindow(r.time_precision);
}

/**
 * The day conditions of the candidate search for a record, in SQL over `day` and `day_span`: one for
 * dated incidents, one for undated ones (placed at their first publication day), each the widest range
 * in which fuse could still match the pair (./fuse/match.ts: date windows, publication dates).
 * undated is null where no undated incident can match.
 */
function dayWindows(rec: IncidentRecord, article: Article): { near: Cond; month: Cond | null; undated: Cond | null } {
  const d = dayOf(rec.event_date);
  const p = dayOf(article.published);
  // Dated incidents of day or week precision ("near"), and of month precision (their own index).
  const split = (range: (s: number) => [number, number]): { near: Cond; month: Cond } => {
    const [d1, d7, d31] = [range(1), range(7), range(MAX_SPAN_DAYS)];
    return {
      near: {
        sql: `day BETWEEN ? AND ? AND ((day_span <= 1 AND day BETWEEN ? AND ?) OR (day_span > 1 AND day_span < ${MAX_SPAN_DAYS} AND day BETWEEN ? AND ?))`,
        params: [Math.min(d1[0], d7[0]), Math.max(d1[1], d7[1]), ...d1, ...d7],
      },
      // A literal, so that the planners can use the partial index (day_span = 31: the largest span).
      month: { sql: `day_span = ${MAX_SPAN_DAYS} AND day BETWEEN ? AND ?`, params: [...d31] },
    };
  };
  if (d != null) {
    const own = rec.time_precision === 3 ? MAX_SPAN_DAYS : dateWindow(rec.time_precision);
    const slack = Math.max(PUBLICATION_SLACK_DAYS, own);
    return {
      // The pair's window is the larger of the two records'.
      ...split((s) => [d - Math.max(own, s), d + Math.max(own, s)]),
      // An undated incident told of an event within the look-back before its publication.
      undated: { sql: 'day BETWEEN ? AND ?', params: [d - slack, d + UNDATED_LOOKBACK_DAYS + slack] },
    };
  }
  // An undated report without a publication date: only incidents equally unplaced in time (as before).
  if (p == null) return { near: { sql: 'day IS NULL', params: [] }, month: null, undated: null };
  // An undated report: the event happened within the look-back before publication.
  const reach = UNDATED_LOOKBACK_DAYS + PUBLICATION_SLACK_DAYS;
  return {
    ...split((s) => [p - UNDATED_LOOKBACK_DAYS - Math.max(PUBLICATION_SLACK_DAYS, s), p + Math.max(PUBLICATION_SLACK_DAYS, s)]),
    undated: { sql: 'day BETWEEN ? AND ?', params: [p - reach, p + reach] },
  };
}

interface Cond {
  sql: string;
  params: Param[];
}

interface Part {
  where: string;
  params: Param[];
}

/**
 * The grid cells and the SQL bounds of a box reaching `km` around a point (the longitude bound is left
 * out where the box crosses the antimeridian or a pole).
 */
function boundingBox(lat: number, lon: number, km: number, withCells = true): { cells: number[]; cond: string[]; params: Param[] } {
  const dLat = km / 111.0;
  const south = lat - dLat;
  const north = lat + dLat;
  const maxAbsLat = Math.max(Math.abs(south), Math.abs(north));
  const dLon = maxAbsLat >= 89 ? 360 : dLat / Math.cos((maxAbsLat * Math.PI) / 180);
  const west = lon - dLon;
  const east = lon + dLon;
  const wraps = dLon >= 180 || west < -180 || east >= 180;
  const cond = ['latitude BETWEEN ? AND ?'];
  const params: Param[] = [south, north];
  if (!wraps) {
    cond.push('longitude BETWEEN ? AND ?');
    params.push(west, east);
  }
  const cells = new Set<number>();
  if (withCells) {
    const x0 = wraps ? -180 : Math.floor(west / CELL_DEGREES) * CELL_DEGREES;
    const x1 = wraps ? 180 - CELL_DEGREES : east;
    for (let y = Math.floor(Math.max(-90, south) / CELL_DEGREES) * CELL_DEGREES; y <= Math.min(90, north); y += CELL_DEGREES)
      for (let x = x0; x <= x1; x += CELL_DEGREES) cells.add(cellOf(Math.min(y, 90 - 1e-9), ((x + 540) % 360) - 180));
  }
  return { cells: [...cells], cond, params };
}

/** A record is placed on the grid only when its point is precise (geo precision 1 or 2). */
function gridCell(r: IncidentRecord): number | null {
  return r.latitude != null && r.longitude != null && r.geo_precision !== 3 ? cellOf(r.latitude, r.longitude) : null;
}

export function iso3(country: string | null | undefined): string {
  return (country && countries.alpha2ToAlpha3(country.toUpperCase())) || 'XXX';
}

function toAlpha2(c: string): string {
  const u = c.trim().toUpperCase();
  return u.length === 3 ? countries.alpha3ToAlpha2(u) ?? u : u;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const parse = <T>(s: unknown, dflt: T): T => (typeof s === 'string' ? (JSON.parse(s) as T) : dflt);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

interface IncidentRow {
  id: string;
  machine: string;
  analyst: string;
  absorbed: string;
  confirmed: number;
  deleted: number;
  created_at: string;
  updated_at: string;
}

interface Loaded {
  id: string;
  machine: IncidentRecord;
  analyst: Record<string, unknown>;
  absorbed: string[];
  confirmed: boolean;
  deleted: boolean;
  created_at: string;
  updated_at: string;
  /** The row's stored query columns, when read with it: a rewrite then sets only those that change. */
  stored?: Record<string, unknown>;
}

const INCIDENT_COLS = 'id, machine, analyst, absorbed, confirmed, deleted, created_at, updated_at';

function load(row: IncidentRow): Loaded {
  return {
    id: row.id,
    machine: parse<IncidentRecord>(row.machine, {} as IncidentRecord),
    analyst: parse<Record<string, unknown>>(row.analyst, {}),
    absorbed: parse<string[]>(row.absorbed, []),
    confirmed: Number(row.confirmed) === 1,
    deleted: Number(row.deleted) === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The effective record: analyst values over machine values. */
function effective(l: Loaded): StoredIncident {
  const rec = { ...l.machine, ...l.analyst } as IncidentRecord & { grade?: unknown };
  const machineView: Record<string, unknown> = {};
  for (const k of Object.keys(l.analyst)) machineView[k] = k === 'grade' ? gradeRecord(l.machine, l.confirmed) : (l.machine as unknown as Record<string, unknown>)[k] ?? null;
  const out: StoredIncident = {
    ...rec,
    id: l.id,
    grade: (l.analyst.grade as StoredIncident['grade']) ?? gradeRecord(rec, l.confirmed),
    absorbed: l.absorbed,
    analyst: l.analyst,
    machine: machineView,
    confirmed: l.confirmed,
    created_at: l.created_at,
    updated_at: l.updated_at,
  };
  if (l.deleted) out.deleted = true;
  return out;
}

const NUMERIC_FIELDS = new Set(['time_precision', 'geo_precision', 'inter1', 'inter2', 'latitude', 'longitude', 'fatalities', 'fatalities_low', 'fatalities_high', 'injuries']);
const LIST_FIELDS = new Set(['assoc_actor_1', 'assoc_actor_2']);

/** Coerces an analyst's value (often a string from the command line) to the field's type, or throws. */
export function coerceField(field: string, value: unknown): unknown {
  if (!(EDITABLE_FIELDS as readonly string[]).includes(field))
    throw new StoreInputError(`'${field}' cannot be edited (editable: ${EDITABLE_FIELDS.join(', ')})`);
  if (value === null || value === 'null' || value === '') return null;
  if (NUMERIC_FIELDS.has(field)) {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) throw new StoreInputError(`${field}: '${String(value)}' is not a number`);
    if (['time_precision', 'geo_precision'].includes(field) && ![1, 2, 3].includes(n)) throw new StoreInputError(`${field} must be 1, 2 or 3`);
    if (['inter1', 'inter2'].includes(field) && !(Number.isInteger(n) && n >= 1 && n <= 8)) throw new StoreInputError(`${field} must be 1..8`);
    if (field === 'latitude' && Math.abs(n) > 90) throw new StoreInputError('latitude out of range');
    if (field === 'longitude' && Math.abs(n) > 180) throw new StoreInputError('longitude out of range');
    if (field.startsWith('fatalities') || field === 'injuries') if (!(Number.isInteger(n) && n >= 0)) throw new StoreInputError(`${field} must be a count`);
    return n;
  }
  if (LIST_FIELDS.has(field)) return Array.isArray(value) ? value.map(String) : String(value).split(/\s*;\s*/).filter(Boolean);
  const s = String(value);
  if (field === 'event_date' && !/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new StoreInputError('event_date must be YYYY-MM-DD');
  if (field === 'grade' && !['weak', 'fair', 'confirmed', 'contested'].includes(s)) throw new StoreInputError('grade must be weak, fair, confirmed or contested');
  if (field === 'event_type' && !['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'].includes(s))
    throw new StoreInputError(`unknown event_type '${s}'`);
  if (field === 'country' || field.endsWith('_country')) return toAlpha2(s);
  return s;
}

interface MentionRow {
  id: number;
  record: string;
  published: string | null;
  article: string;
}

export class SqlStore implements Store {
  private constructor(private db: Db) {}

  get engine() {
    return this.db.engine;
  }

  static async open(db: Db): Promise<SqlStore> {
    await migrate(db);
    return new SqlStore(db);
  }

  /**
   * A write transaction that bumps the store's revision (meta 'revision'), which every writer, in any
   * process, goes through: cached counts are valid for one revision only.
   */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn, { prelude: "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'" });
  }

  /** Cache counts (off: every query counts afresh; for benchmarks, or a database written by hand). */
  countCache = true;
  /** Counts by query (SQL and parameters) at the revision they were taken at. */
  private counts = new Map<string, { revision: string; n: number }>();

  /**
   * COUNT(*) of a query, from the cache while the store has not changed since (a page through a long
   * list, a dashboard refreshing, asks the same count again and again; counting 100k rows costs
   * milliseconds, reading the revision microseconds).
   */
  private async count(sql: string, params: Param[]): Promise<number> {
    if (!this.countCache) return Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM incidents ${sql}`, params))?.n ?? 0);
    const rev = (await this.db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'revision'"))?.value;
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const hit = this.counts.get(key);
    if (rev != null && hit && hit.revision === rev) return hit.n;
    const n = Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM incidents ${sql}`, params))?.n ?? 0);
    if (rev != null) {
      if (this.counts.size >= 1000) this.counts.clear();
      this.counts.set(key, { revision: rev, n });
    }
    return n;
  }

  /** The underlying connection (for the synthetic-data generator and benchmarks). */
  get connection(): Db {
    return this.db;
  }

  // ---------------------------------------------------------------- ingest

  async ingestArticle(input: Article, opts: IngestOptions = {}): Promise<IngestResult> {
    validateArticle(input);
    const hash = contentHash(input.text);
    const suffixed = `${input.id}#${hash.slice(0, 8)}`;
    const lookup = () => this.db.all<{ hash: string; id: string }>('SELECT hash, id FROM articles WHERE hash = ? OR id = ? OR id = ?', [hash, input.id, suffixed]);
    const duplicate = (known: { hash: string; id: string }[]) => {
      const k = known.find((x) => x.hash === hash);
      return k ? { article: k.id, hash, status: 'duplicate' as const, created: [], updated: [] } : null;
    };
    // Another text under this id (an updated page): keep both, the new one under a suffixed id.
    const articleFor = (known: { hash: string; id: string }[]): Article => (known.some((x) => x.id === input.id) ? { ...input, id: suffixed } : input);
    const recordsFor = (article: Article) => (article.id !== input.id ? opts.records!.map((r) => renameArticle(r, input.id, article.id)) : opts.records!);
    // Extraction runs before the write lock is taken (it is the slow part); given records, everything
    // happens under the lock.
    let extracted: { article: Article; records: IncidentRecord[] } | null = null;
    if (!opts.records) {
      const known = await lookup();
      const dup = duplicate(known);
      if (dup) return dup;
      const article = articleFor(known);
      const records = (await loadPipeline()).extractArticle(article);
      records.forEach((r) => validateRecord(r, article.id, article.text.length));
      extracted = { article, records };
    }
    const who = opts.who ?? defaultUser();

    return this.write(async () => {
      // (Re-)check under the write lock: another process may have stored the same text meanwhile.
      const known = await lookup();
      const dup = duplicate(known);
      if (dup) return dup;
      const article = articleFor(known);
      if (extracted && extracted.article.id !== article.id)
        throw new StoreInputError(`article id ${extracted.article.id} was just taken by another text; ingest it again`);
      if (known.some((x) => x.id === article.id)) throw new StoreInputError(`article id ${article.id} was just taken by another text; ingest it again`);
      const records = extracted ? extracted.records : recordsFor(article);
      // A malformed record is refused here, rolling the whole article back.
      if (!extracted) records.forEach((r) => validateRecord(r, article.id, article.text.length));
      const now = new Date().toISOString();
      await this.db.run('INSERT INTO articles (hash, id, outlet, url, published, title, origin, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        hash,
        article.id,
        article.outlet ?? null,
        article.url ?? null,
        article.published ?? null,
        article.title ?? null,
        article.origin ?? null,
        article.text,
        now,
      ]);
      const created: string[] = [];
      const updated: string[] = [];
      for (let idx = 0; idx < records.length; idx++) {
        const rec = records[idx]!;
        const target = await this.bestMatch(rec, article);
        if (target) {
          const before = effective(target);
          await this.insertMention(hash, idx, target.id, rec);
          const machine = await this.fuseMentions(target.id);
          const after = await this.saveMachine(target, machine, now);
          await this.logDiff(target.id, before, after, { who, action: 'update', article: article.id, at: now });
          if (!created.includes(target.id) && !updated.includes(target.id)) updated.push(target.id);
        } else {
          // A new incident of one mention: its machine record is that record fused alone (what
          // fuseMentions would read back), written in one insert.
          const id = await this.newId(rec.country);
          const machine = mergeRecords([{ ...rec, id }]) as IncidentRecord & { absorbed?: string[] };
          delete machine.absorbed;
          const l: Loaded = { id, machine, analyst: {}, absorbed: [], confirmed: false, deleted: false, created_at: now, updated_at: now };
          const v = rowValues(l, article.published ?? null);
          await this.db.run(`INSERT INTO incidents (id, ${ROW_COLUMNS.join(', ')}, created_at) VALUES (?, ${ROW_COLUMNS.map(() => '?').join(', ')}, ?)`, [
            id,
            ...ROW_COLUMNS.map((c) => v[c]!),
            now,
          ]);
          await this.db.run('INSERT INTO incident_ids (id, incident) VALUES (?, ?)', [id, id]);
          await this.insertMention(hash, idx, id, rec);
          await this.log({ incident: id, at: now, who, action: 'create', field: null, old: null, new: null, why: null, article: article.id });
          created.push(id);
        }
      }
      return { article: article.id, hash, status: 'added' as const, created, updated };
    });
  }

  /**
   * Blocking then scoring: the best existing incident for this record, or null.
   *
   * One statement: the ids of the candidates come from the blocking indexes alone (grid cell or country,
   * day, the candidate's own date window, point, country), filtered by what fuse would veto anyway
   * (dates further apart than both records' windows, points further apart than fuse's place radius
   * allows, different countries); only those few candidates' full records are read and scored.
   */
  private async bestMatch(rec: IncidentRecord, article: Article): Promise<Loaded | null> {
    const days = dayWindows(rec, article);
    const cell = gridCell(rec);
    const country = rec.country ? rec.country.toUpperCase() : null;
    const parts: Part[] = [];
    // Each place condition for dated incidents of day or week precision, of month precision, and for
    // undated ones (the last two have small indexes of their own).
    const each = (where: string, params: Param[], tail: Cond = { sql: '', params: [] }) => {
      for (const [extra, cond] of [['', days.near], ['', days.month], [' AND day_span = 0', days.undated]] as const)
        if (cond) parts.push({ where: `${where} AND deleted = 0${extra} AND ${cond.sql}${tail.sql}`, params: [...params, ...cond.params, ...tail.params] });
    };
    if (cell != null) {
      // Two precise points (geo precision 1 or 2): fuse vetoes pairs further apart than 4 × the larger
      // place radius (60 km for two points at precision 1, 120 km where one is at precision 2).
      const far = boundingBox(rec.latitude!, rec.longitude!, 4 * placeRadius(2));
      let geo = `${far.cond.join(' AND ')}`;
      let geoParams = far.params;
      if (rec.geo_precision !== 2) {
        const near = boundingBox(rec.latitude!, rec.longitude!, 4 * placeRadius(1), false);
        geo = `((${near.cond.join(' AND ')}) OR (geo_precision = 2 AND ${geo}))`;
        geoParams = [...near.params, ...far.params];
      }
      const tail = { sql: ` AND ${geo}${country ? ' AND (country IS NULL OR country = ?)' : ''}`, params: [...geoParams, ...(country ? [country] : [])] };
      each(`cell IN (${far.cells.map(() => '?').join(', ')})`, far.cells, tail);
      // Incidents of the country with no precise point.
      if (country) each('country = ? AND cell IS NULL', [country]);
    } else if (country) {
      // A coarse point (geo precision 3) reaches 4 × 100 km; incidents without a point are all candidates.
      const near = rec.latitude != null && rec.longitude != null ? boundingBox(rec.latitude, rec.longitude, COARSE_REACH_KM, false) : null;
      each('country = ?', [country], near ? { sql: ` AND (latitude IS NULL OR (${near.cond.join(' AND ')}))`, params: near.params } : undefined);
    } else {
      each('1 = 1', []);
    }
    const ids = parts
      .map((p, i) => `SELECT id FROM (SELECT id FROM incidents WHERE ${p.where} ORDER BY day DESC LIMIT ${MAX_CANDIDATES}) b${i}`)
      .join(' UNION ');
    const rows = await this.db.all<IncidentRow & { published: string | null }>(
      `SELECT ${INCIDENT_COLS}, ${STORED_COLS} FROM incidents WHERE id IN (${ids})`,
      parts.flatMap((p) => p.params),
    );
    // Fusion rules out incidents dated after an article's publication: give it the dates.
    const probe: WithPublished = (rec as WithPublished).published == null && article.published ? { ...rec, published: [article.published] } : rec;

    let best: Loaded | null = null;
    let bestScore = MATCH_THRESHOLD;
    for (const row of rows) {
      const l = load(row);
      l.stored = Object.fromEntries(ROW_COLUMNS.filter((c) => !JSON_COLUMNS.has(c)).map((c) => [c, (row as unknown as Record<string, unknown>)[c]]));
      const candidate = { ...l.machine, ...l.analyst, id: l.id } as WithPublished;
      if (candidate.published == null && row.published) candidate.published = [row.published];
      // Records of one article were told apart by the extractor: never fuse them together here.
      if ((l.machine.articles ?? []).includes(article.id)) continue;
      const s = sameIncident(probe, candidate);
      if (s > bestScore || (s === bestScore && best === null) || (s === bestScore && best && l.id < best.id)) {
        best = l;
        bestScore = s;
      }
    }
    return best;
  }

  private async newId(country: string | null | undefined): Promise<string> {
    const row = await this.db.get<{ value: string }>("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'incident_seq' RETURNING value");
    return `${iso3(country)}${Number(row!.value)}`;
  }

  private async insertIncident(id: string, rec: IncidentRecord, now: string): Promise<void> {
    await this.db.run(
      `INSERT INTO incidents (id, machine, grade, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      [id, JSON.stringify(rec), 'weak', now, now],
    );
    await this.db.run('INSERT INTO incident_ids (id, incident) VALUES (?, ?)', [id, id]);
  }

  private async insertMention(hash: string, idx: number, incident: string, rec: IncidentRecord): Promise<number> {
    const row = await this.db.get<{ id: number }>('INSERT INTO mentions (article_hash, idx, incident, record) VALUES (?, ?, ?, ?) RETURNING id', [
      hash,
      idx,
      incident,
      JSON.stringify(rec),
    ]);
    const mention = Number(row!.id);
    await this.insertMany(
      'claims',
      ['mention', 'article', 'attribute', 'value', 'source', 'quote', 'start_offset', 'end_offset'],
      (rec.claims ?? []).map((c) => [mention, c.article, c.attribute, json(c.value), c.source, c.quote, c.start ?? null, c.end ?? null]),
    );
    return mention;
  }

  private async mentionsOf(incident: string): Promise<MentionRow[]> {
    return this.db.all<MentionRow>(
      'SELECT m.id AS id, m.record AS record, a.published AS published, a.id AS article FROM mentions m JOIN articles a ON a.hash = m.article_hash WHERE m.incident = ? ORDER BY m.id',
      [incident],
    );
  }

  /** The machine record of an incident: its mentions fused, in the order they arrived. */
  private async fuseMentions(incident: string): Promise<IncidentRecord & { published?: string | null }> {
    const ms = await this.mentionsOf(incident);
    if (!ms.length) throw new Error(`incident ${incident} has no mentions`);
    const records = ms.map((m) => JSON.parse(m.record) as IncidentRecord);
    records[0] = { ...records[0]!, id: incident };
    const merged = mergeRecords(records) as IncidentRecord & { absorbed?: string[]; published?: string | null };
    delete merged.absorbed;
    merged.id = incident;
    const published = ms.map((m) => m.published).filter((p): p is string => !!p).sort()[0] ?? null;
    return { ...merged, published };
  }

  /** Writes a new machine record (and the query columns of the effective record); returns the effective record. */
  private async saveMachine(l: Loaded, machine: IncidentRecord & { published?: string | null }, now: string): Promise<StoredIncident> {
    const { published, ...rec } = machine;
    const next: Loaded = { ...l, machine: rec as IncidentRecord, updated_at: now };
    await this.writeRow(next, published ?? null);
    return effective(next);
  }

  /** Writes the row of an incident: JSON parts and the columns derived from its effective record. */
  private async writeRow(l: Loaded, published: string | null): Promise<void> {
    const v = rowValues(l, published);
    // Setting only the columns that change spares SQLite rewriting the entries of every index.
    const unchanged = (c: (typeof ROW_COLUMNS)[number]) => l.stored != null && c in l.stored && sameValue(l.stored[c], v[c]);
    const cols = ROW_COLUMNS.filter((c) => !unchanged(c));
    await this.db.run(`UPDATE incidents SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...cols.map((c) => v[c]!), l.id]);
  }

  /**
   * Adds articles each as a new incident, without fusion, in multi-row inserts: for filling a store with
   * synthetic data (scripts/gen-synthetic.ts), not for real input.
   */
  async bulkLoad(items: { article: Article; records: IncidentRecord[] }[]): Promise<number> {
    return this.write(async () => {
      const now = new Date().toISOString();
      const seqRow = await this.db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'incident_seq'");
      let seq = Number(seqRow?.value ?? 0);
      const articles: Param[][] = [];
      const incidents: Param[][] = [];
      const ids: Param[][] = [];
      const mentions: Param[][] = [];
      const claims: { rec: IncidentRecord }[] = [];
      for (const { article, records } of items) {
        validateArticle(article);
        const hash = contentHash(article.text);
        articles.push([hash, article.id, article.outlet, article.url, article.published, article.title, article.origin ?? null, article.text, now]);
        records.forEach((rec, idx) => {
          validateRecord(rec, article.id, article.text.length);
          const id = `${iso3(rec.country)}${++seq}`;
          const machine = mergeRecords([{ ...rec, id }]) as IncidentRecord & { absorbed?: string[] };
          delete machine.absorbed;
          const l: Loaded = { id, machine, analyst: {}, absorbed: [], confirmed: false, deleted: false, created_at: now, updated_at: now };
          const v = rowValues(l, article.published);
          incidents.push([id, ...ROW_COLUMNS.map((c) => v[c]!), now]);
          ids.push([id, id]);
          mentions.push([hash, idx, id, JSON.stringify(rec)]);
          claims.push({ rec });
        });
      }
      await this.insertMany('articles', ['hash', 'id', 'outlet', 'url', 'published', 'title', 'origin', 'text', 'ingested_at'], articles);
      await this.insertMany('incidents', ['id', ...ROW_COLUMNS, 'created_at'], incidents);
      await this.insertMany('incident_ids', ['id', 'incident'], ids);
      const mentionIds = await this.insertMany('mentions', ['article_hash', 'idx', 'incident', 'record'], mentions, true);
      const claimRows: Param[][] = [];
      claims.forEach(({ rec }, i) => {
        for (const c of rec.claims ?? []) claimRows.push([mentionIds[i]!, c.article, c.attribute, json(c.value), c.source, c.quote, c.start ?? null, c.end ?? null]);
      });
      await this.insertMany('claims', ['mention', 'article', 'attribute', 'value', 'source', 'quote', 'start_offset', 'end_offset'], claimRows);
      await this.db.run("UPDATE meta SET value = ? WHERE key = 'incident_seq'", [String(seq)]);
      return incidents.length;
    });
  }

  private async insertMany(table: string, cols: string[], rows: Param[][], returning = false): Promise<number[]> {
    const out: number[] = [];
    const per = Math.max(1, Math.floor(30000 / cols.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const values = chunk.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ');
      const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values}${returning ? ' RETURNING id' : ''}`;
      if (returning) out.push(...(await this.db.all<{ id: number }>(sql, chunk.flat())).map((r) => Number(r.id)));
      else await this.db.run(sql, chunk.flat());
    }
    return out;
  }

  private async publishedOf(incident: string): Promise<string | null> {
    const r = await this.db.get<{ p: string | null }>(
      'SELECT MIN(a.published) AS p FROM mentions m JOIN articles a ON a.hash = m.article_hash WHERE m.incident = ?',
      [incident],
    );
    return r?.p ?? null;
  }

  // ---------------------------------------------------------------- history

  private async log(h: Omit<HistoryEntry, 'seq'>): Promise<void> {
    await this.db.run('INSERT INTO history (incident, at, who, action, field, old_value, new_value, why, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      h.incident,
      h.at,
      h.who,
      h.action,
      h.field,
      json(h.old),
      json(h.new),
      h.why,
      h.article,
    ]);
  }

  /** One history row per field whose effective value changed. */
  private async logDiff(
    incident: string,
    before: StoredIncident,
    after: StoredIncident,
    meta: { who: string; action: HistoryAction; at: string; why?: string | null; article?: string | null },
  ): Promise<void> {
    const rows: Param[][] = [];
    for (const f of [...EDITABLE_FIELDS, 'articles'] as const) {
      const o = (before as unknown as Record<string, unknown>)[f];
      const n = (after as unknown as Record<string, unknown>)[f];
      if (!same(o, n)) rows.push([incident, meta.at, meta.who, meta.action, f, json(o ?? null), json(n ?? null), meta.why ?? null, meta.article ?? null]);
    }
    await this.insertMany('history', ['incident', 'at', 'who', 'action', 'field', 'old_value', 'new_value', 'why', 'article'], rows);
  }

  async history(id: string): Promise<HistoryEntry[]> {
    const resolved = await this.resolve(id, true);
    const ids = resolved ? [resolved, ...(await this.absorbedIds(resolved))] : [id];
    const marks = ids.map(() => '?').join(', ');
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT seq, incident, at, who, action, field, old_value, new_value, why, article FROM history WHERE incident IN (${marks}) ORDER BY seq`,
      ids,
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      incident: String(r.incident),
      at: String(r.at),
      who: String(r.who),
      action: r.action as HistoryAction,
      field: (r.field as string | null) ?? null,
      old: r.old_value == null ? null : JSON.parse(String(r.old_value)),
      new: r.new_value == null ? null : JSON.parse(String(r.new_value)),
      why: (r.why as string | null) ?? null,
      article: (r.article as string | null) ?? null,
    }));
  }

  private async absorbedIds(id: string): Promise<string[]> {
    const rows = await this.db.all<{ id: string }>('SELECT id FROM incident_ids WHERE incident = ? AND id <> ?', [id, id]);
    return rows.map((r) => r.id);
  }

  // ---------------------------------------------------------------- reads

  /** The incident an id names now (following merges), or null. */
  private async resolve(id: string, includeDeleted = false): Promise<string | null> {
    const r = await this.db.get<{ incident: string; deleted: number }>(
      'SELECT i.incident AS incident, n.deleted AS deleted FROM incident_ids i JOIN incidents n ON n.id = i.incident WHERE i.id = ?',
      [id.trim().toUpperCase()],
    );
    if (!r) return null;
    if (Number(r.deleted) === 1 && !includeDeleted) return null;
    return r.incident;
  }

  private async loadById(id: string): Promise<Loaded | null> {
    const row = await this.db.get<IncidentRow>(`SELECT ${INCIDENT_COLS} FROM incidents WHERE id = ?`, [id]);
    return row ? load(row) : null;
  }

  private async mustLoad(id: string): Promise<Loaded> {
    const resolved = await this.resolve(id);
    const l = resolved ? await this.loadById(resolved) : null;
    if (!l) throw new NotFoundError(`no incident ${id}`);
    return l;
  }

  async getIncident(id: string, opts: { includeDeleted?: boolean } = {}): Promise<StoredIncident | null> {
    const resolved = await this.resolve(id, opts.includeDeleted);
    if (!resolved) return null;
    const l = await this.loadById(resolved);
    return l ? effective(l) : null;
  }

  private where(f: IncidentFilters): { sql: string; params: Param[] } {
    const c: string[] = [];
    const p: Param[] = [];
    if (!f.includeDeleted) c.push('deleted = 0');
    if (f.country) {
      const cs = f.country.split(',').map(toAlpha2).filter(Boolean);
      c.push(`country IN (${cs.map(() => '?').join(', ')})`);
      p.push(...cs);
    }
    if (f.admin1) {
      c.push('LOWER(admin1) = ?');
      p.push(f.admin1.toLowerCase());
    }
    if (f.since) {
      c.push('event_date >= ?');
      p.push(f.since);
    }
    if (f.until) {
      c.push('event_date <= ?');
      p.push(f.until);
    }
    if (f.type) {
      // event_type is always one of ACLED's names as spelled there (checked on the way in), so it is
      // compared as is, from the list index; sub-event types may be an analyst's free text.
      const t = f.type.toLowerCase();
      const eventType = Object.keys(EVENT_TYPES).find((k) => k.toLowerCase() === t);
      if (eventType) {
        c.push('(event_type = ? OR LOWER(sub_event_type) = ?)');
        p.push(eventType, t);
      } else {
        c.push('LOWER(sub_event_type) = ?');
        p.push(t);
      }
    }
    if (f.actor) {
      c.push('actors LIKE ?');
      p.push(`%${f.actor.toLowerCase()}%`);
    }
    if (f.minFatalities != null) {
      c.push('fatalities >= ?');
      p.push(f.minFatalities);
    }
    if (f.grade) {
      c.push('grade = ?');
      p.push(f.grade);
    }
    if (f.article) {
      c.push('id IN (SELECT m.incident FROM mentions m JOIN articles a ON a.hash = m.article_hash WHERE a.id = ?)');
      p.push(f.article);
    }
    if (f.bbox) {
      const [w, s, e, n] = f.bbox;
      c.push('latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?');
      p.push(s, n, w, e);
    }
    if (f.q) {
      c.push('search LIKE ?');
      p.push(`%${f.q.toLowerCase()}%`);
    }
    if (f.updatedSince) {
      c.push('updated_at >= ?');
      p.push(f.updatedSince);
    }
    if (f.ids) {
      if (!f.ids.length) c.push('1 = 0');
      else {
        c.push(`id IN (${f.ids.map(() => '?').join(', ')})`);
        p.push(...f.ids.map((x) => x.toUpperCase()));
      }
    }
    return { sql: c.length ? `WHERE ${c.join(' AND ')}` : '', params: p };
  }

  async queryIncidents(filters: IncidentFilters = {}, page: Page = {}): Promise<QueryResult> {
    const { sql, params } = this.where(filters);
    const order =
      page.order === 'updated'
        ? 'updated_at DESC, id'
        : page.order === 'fatalities'
          ? 'fatalities DESC NULLS LAST, id'
          : page.order === 'id'
            ? 'id'
            : 'event_date DESC NULLS LAST, id';
    const limit = Math.max(0, Math.min(page.limit ?? 1000000, 1000000));
    const offset = Math.max(0, page.offset ?? 0);
    // The count and the page's ids come from the narrow list indexes; only the page's rows are read whole.
    const total = await this.count(sql, params);
    if (limit === 0 || offset >= total) return { total, items: [] };
    const rows = await this.db.all<IncidentRow>(
      `SELECT ${INCIDENT_COLS} FROM incidents WHERE id IN (SELECT id FROM incidents ${sql} ORDER BY ${order} LIMIT ? OFFSET ?) ORDER BY ${order}`,
      [...params, limit, offset],
    );
    return { total, items: rows.map((r) => effective(load(r))) };
  }

  async articles(filter: { incident?: string; ids?: string[] } = {}, page: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    const c: string[] = [];
    const p: Param[] = [];
    if (filter.incident) {
      const id = (await this.resolve(filter.incident, true)) ?? filter.incident;
      c.push('hash IN (SELECT article_hash FROM mentions WHERE incident = ?)');
      p.push(id);
    }
    if (filter.ids) {
      c.push(filter.ids.length ? `id IN (${filter.ids.map(() => '?').join(', ')})` : '1 = 0');
      p.push(...filter.ids);
    }
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT hash, id, outlet, url, published, title, origin, ingested_at FROM articles ${c.length ? 'WHERE ' + c.join(' AND ') : ''} ORDER BY ingested_at, id LIMIT ? OFFSET ?`,
      [...p, page.limit ?? 1000000, page.offset ?? 0],
    );
    return Promise.all(rows.map((r) => this.articleOut(r, false)));
  }

  private async articleOut(r: Record<string, unknown>, withText: boolean): Promise<StoredArticle> {
    const inc = await this.db.all<{ incident: string }>('SELECT DISTINCT incident FROM mentions WHERE article_hash = ? ORDER BY incident', [String(r.hash)]);
    const a: StoredArticle = {
      hash: String(r.hash),
      id: String(r.id),
      outlet: (r.outlet as string | null) ?? null,
      url: (r.url as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      origin: (r.origin as string | null) ?? null,
      ingested_at: String(r.ingested_at),
      incidents: inc.map((x) => x.incident),
    };
    if (withText) a.text = String(r.text);
    return a;
  }

  async getArticle(id: string, opts: { text?: boolean } = {}): Promise<StoredArticle | null> {
    const r = await this.db.get<Record<string, unknown>>('SELECT hash, id, outlet, url, published, title, origin, ingested_at, text FROM articles WHERE id = ? OR hash = ?', [id, id]);
    return r ? this.articleOut(r, !!opts.text) : null;
  }

  async deletions(since?: string): Promise<Deletion[]> {
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT id, deleted_at, deleted_by, deleted_why, merged_into FROM incidents WHERE deleted = 1 ${since ? 'AND deleted_at >= ?' : ''} ORDER BY deleted_at, id`,
      since ? [since] : [],
    );
    return rows.map((r) => ({
      id: String(r.id),
      at: String(r.deleted_at),
      who: String(r.deleted_by),
      why: (r.deleted_why as string | null) ?? null,
      merged_into: (r.merged_into as string | null) ?? null,
    }));
  }

  async stats(): Promise<StoreStats> {
    const n = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    return {
      engine: this.engine,
      articles: await n('SELECT COUNT(*) AS n FROM articles'),
      incidents: await n('SELECT COUNT(*) AS n FROM incidents WHERE deleted = 0'),
      deleted: await n('SELECT COUNT(*) AS n FROM incidents WHERE deleted = 1'),
      schema_version: await n('SELECT MAX(version) AS n FROM schema_migrations'),
    };
  }

  // ---------------------------------------------------------------- analyst operations

  async edit(id: string, changes: Record<string, unknown>, actor: Actor = {}): Promise<StoredIncident> {
    const coerced = Object.entries(changes).map(([k, v]) => [k, coerceField(k, v)] as const);
    if (!coerced.length) throw new StoreInputError('nothing to edit');
    return this.write(async () => {
      const l = await this.mustLoad(id);
      const before = effective(l);
      const analyst = { ...l.analyst };
      for (const [k, v] of coerced) analyst[k] = v;
      return this.saveAnalyst(l, analyst, before, 'edit', actor);
    });
  }

  /** Drops analyst values, so the machine's show again. */
  async revert(id: string, fields: string[], actor: Actor = {}): Promise<StoredIncident> {
    return this.write(async () => {
      const l = await this.mustLoad(id);
      const before = effective(l);
      const analyst = { ...l.analyst };
      for (const f of fields) {
        if (!(f in analyst)) throw new StoreInputError(`${l.id} has no analyst value for '${f}'`);
        delete analyst[f];
      }
      return this.saveAnalyst(l, analyst, before, 'edit', actor);
    });
  }

  private async saveAnalyst(l: Loaded, analyst: Record<string, unknown>, before: StoredIncident, action: HistoryAction, actor: Actor): Promise<StoredIncident> {
    const now = new Date().toISOString();
    const next: Loaded = { ...l, analyst, updated_at: now };
    await this.writeRow(next, await this.publishedOf(l.id));
    const after = effective(next);
    await this.logDiff(l.id, before, after, { who: actor.who ?? defaultUser(), action, at: now, why: actor.why ?? null });
    return after;
  }

  async confirm(id: string, actor: Actor = {}): Promise<StoredIncident> {
    return this.write(async () => {
      const l = await this.mustLoad(id);
      const now = new Date().toISOString();
      const next: Loaded = { ...l, confirmed: true, updated_at: now };
      await this.writeRow(next, await this.publishedOf(l.id));
      const who = actor.who ?? defaultUser();
      await this.log({ incident: l.id, at: now, who, action: 'confirm', field: 'confirmed', old: l.confirmed, new: true, why: actor.why ?? null, article: null });
      const after = effective(next);
      if (after.grade !== effective(l).grade)
        await this.log({ incident: l.id, at: now, who, action: 'confirm', field: 'grade', old: effective(l).grade, new: after.grade, why: actor.why ?? null, article: null });
      return after;
    });
  }

  async merge(ids: string[], actor: Actor = {}): Promise<StoredIncident> {
    if (ids.length < 2) throw new StoreInputError('merge needs two or more incidents');
    return this.write(async () => {
      const all: Loaded[] = [];
      for (const id of ids) {
        const l = await this.mustLoad(id);
        if (all.some((x) => x.id === l.id)) throw new StoreInputError(`${id} is already part of ${l.id}`);
        all.push(l);
      }
      const [target, ...others] = all as [Loaded, ...Loaded[]];
      const now = new Date().toISOString();
      const who = actor.who ?? defaultUser();
      const why = actor.why ?? null;
      const before = effective(target);
      const absorbed = [...new Set([...target.absorbed, ...others.flatMap((o) => [o.id, ...o.absorbed])])];
      // The target's analyst values win; the others' fill fields the target's analyst left alone.
      const analyst = { ...Object.assign({}, ...others.map((o) => o.analyst).reverse()), ...target.analyst } as Record<string, unknown>;
      for (const o of others) {
        await this.db.run('UPDATE mentions SET incident = ? WHERE incident = ?', [target.id, o.id]);
        await this.db.run('UPDATE incident_ids SET incident = ? WHERE incident = ?', [target.id, o.id]);
        await this.db.run('UPDATE incidents SET deleted = 1, deleted_at = ?, deleted_by = ?, deleted_why = ?, merged_into = ?, updated_at = ? WHERE id = ?', [
          now,
          who,
          why,
          target.id,
          now,
          o.id,
        ]);
        await this.log({ incident: o.id, at: now, who, action: 'absorbed', field: 'merged_into', old: null, new: target.id, why, article: null });
      }
      const machine = await this.fuseMentions(target.id);
      const { published, ...rec } = machine;
      const next: Loaded = { ...target, machine: rec as IncidentRecord, analyst, absorbed, confirmed: target.confirmed || others.some((o) => o.confirmed), updated_at: now };
      await this.writeRow(next, published ?? null);
      const after = effective(next);
      await this.log({ incident: target.id, at: now, who, action: 'merge', field: 'absorbed', old: target.absorbed, new: absorbed, why, article: null });
      await this.logDiff(target.id, before, after, { who, action: 'merge', at: now, why });
      return after;
    });
  }

  async split(id: string, articleIds: string[], actor: Actor = {}): Promise<{ original: StoredIncident; created: StoredIncident }> {
    if (!articleIds.length) throw new StoreInputError('split needs the articles to move out');
    return this.write(async () => {
      const l = await this.mustLoad(id);
      const ms = await this.mentionsOf(l.id);
      const moving = ms.filter((m) => articleIds.includes(m.article));
      const missing = articleIds.filter((a) => !ms.some((m) => m.article === a));
      if (missing.length) throw new StoreInputError(`${l.id} has no article ${missing.join(', ')} (its articles: ${[...new Set(ms.map((m) => m.article))].join(', ')})`);
      if (moving.length === ms.length) throw new StoreInputError(`cannot split every article out of ${l.id}`);
      const now = new Date().toISOString();
      const who = actor.who ?? defaultUser();
      const why = actor.why ?? null;
      const before = effective(l);
      const firstMoved = JSON.parse(moving[0]!.record) as IncidentRecord;
      const newId = await this.newId(firstMoved.country);
      await this.insertIncident(newId, { ...firstMoved, id: newId }, now);
      for (const m of moving) await this.db.run('UPDATE mentions SET incident = ? WHERE id = ?', [newId, m.id]);
      const origMachine = await this.fuseMentions(l.id);
      const original = await this.saveMachine(l, origMachine, now);
      const created = await this.saveMachine((await this.loadById(newId))!, await this.fuseMentions(newId), now);
      await this.log({ incident: l.id, at: now, who, action: 'split', field: 'split_into', old: null, new: newId, why, article: null });
      await this.logDiff(l.id, before, original, { who, action: 'split', at: now, why });
      await this.log({ incident: newId, at: now, who, action: 'create', field: 'split_from', old: null, new: l.id, why, article: null });
      return { original, created };
    });
  }

  async delete(id: string, actor: Actor = {}): Promise<void> {
    await this.write(async () => {
      const l = await this.mustLoad(id);
      const now = new Date().toISOString();
      const who = actor.who ?? defaultUser();
      await this.db.run('UPDATE incidents SET deleted = 1, deleted_at = ?, deleted_by = ?, deleted_why = ?, merged_into = NULL, updated_at = ? WHERE id = ?', [now, who, actor.why ?? null, now, l.id]);
      await this.log({ incident: l.id, at: now, who, action: 'delete', field: null, old: null, new: null, why: actor.why ?? null, article: null });
    });
  }

  async restore(id: string, actor: Actor = {}): Promise<StoredIncident> {
    return this.write(async () => {
      const l = await this.loadById(id.trim().toUpperCase());
      if (!l) throw new NotFoundError(`no incident ${id}`);
      if (!l.deleted) throw new StoreInputError(`${l.id} is not deleted`);
      const row = await this.db.get<{ merged_into: string | null }>('SELECT merged_into FROM incidents WHERE id = ?', [l.id]);
      if (row?.merged_into) throw new StoreInputError(`${l.id} was merged into ${row.merged_into}; split it out instead`);
      const now = new Date().toISOString();
      await this.db.run('UPDATE incidents SET deleted = 0, deleted_at = NULL, deleted_by = NULL, deleted_why = NULL, updated_at = ? WHERE id = ?', [now, l.id]);
      await this.log({ incident: l.id, at: now, who: actor.who ?? defaultUser(), action: 'restore', field: null, old: null, new: null, why: actor.why ?? null, article: null });
      return effective({ ...l, deleted: false, updated_at: now });
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** The columns written from an incident's state (machine, analyst, and the effective values queried). */
const ROW_COLUMNS = [
  'machine', 'analyst', 'absorbed', 'confirmed', 'event_date', 'country', 'admin1', 'event_type', 'sub_event_type',
  'actors', 'search', 'fatalities', 'latitude', 'longitude', 'geo_precision', 'grade', 'day', 'day_span', 'cell', 'coarse', 'published', 'updated_at',
] as const;

/** The JSON columns (compared by the records themselves, not by text) and the other stored columns. */
const JSON_COLUMNS = new Set<string>(['machine', 'analyst', 'absorbed']);
const STORED_COLS = ROW_COLUMNS.filter((c) => !JSON_COLUMNS.has(c) && c !== 'updated_at').join(', ');

function rowValues(l: Loaded, published: string | null): Record<(typeof ROW_COLUMNS)[number], Param> {
  const e = effective(l);
  const actors = [e.actor1, e.actor2, ...(e.assoc_actor_1 ?? []), ...(e.assoc_actor_2 ?? [])].filter(Boolean).join(' | ').toLowerCase();
  return {
    machine: JSON.stringify(l.machine),
    analyst: JSON.stringify(l.analyst),
    absorbed: JSON.stringify(l.absorbed),
    confirmed: l.confirmed ? 1 : 0,
    event_date: e.event_date ?? null,
    country: e.country ? e.country.toUpperCase() : null,
    admin1: e.admin1 ?? null,
    event_type: e.event_type ?? null,
    sub_event_type: e.sub_event_type ?? null,
    actors,
    search: [e.location, e.admin1, e.admin2, actors, e.notes].filter(Boolean).join(' | ').toLowerCase(),
    fatalities: e.fatalities ?? null,
    latitude: e.latitude ?? null,
    longitude: e.longitude ?? null,
    geo_precision: e.geo_precision ?? null,
    grade: e.grade,
    day: dayOf(e.event_date) ?? dayOf(published),
    day_span: daySpan(e),
    cell: gridCell(e),
    coarse: e.time_precision === 3 ? 1 : 0,
    published,
    updated_at: l.updated_at,
  };
}

/** A stored column value equals the one to write (numbers compared as numbers: drivers differ). */
function sameValue(stored: unknown, next: Param): boolean {
  if (stored == null || next == null) return stored == null && next == null;
  if (typeof next === 'number') return Number(stored) === next;
  return stored === next;
}

function renameArticle(r: IncidentRecord, from: string, to: string): IncidentRecord {
  return {
    ...r,
    articles: (r.articles ?? []).map((a) => (a === from ? to : a)),
    claims: (r.claims ?? []).map((c) => (c.article === from ? { ...c, article: to } : c)),
  };
}

/** The extraction pipeline, loaded on first use (the store works without it when given records). */
async function loadPipeline(): Promise<{ extractArticle(a: Article): IncidentRecord[] }> {
  const spec = '../extract/pipeline.js';
  return (await import(spec)) as { extractArticle(a: Article): IncidentRecord[] };
}
