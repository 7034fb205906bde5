/**
 * Exports of incident records: incident JSONL (CONTRACT.md), ACLED-style CSV, UCDP GED-style CSV, GeoJSON
 * and a readable terminal table; and `writeAtomically`, so that no half-written output file is ever left.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join as joinPath } from 'node:path';
import type { Dispute, IncidentRecord, Inter } from '../types.js';
import { CONTRACT_FIELDS } from '../types.js';
import { acledRegion, countryName, isoNumeric, ucdpRegion } from './countries.js';

export { countryName, isoNumeric, acledRegion, ucdpRegion } from './countries.js';

export const FORMATS = ['jsonl', 'csv', 'acled-csv', 'ucdp-csv', 'geojson', 'table'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (FORMATS as readonly string[]).includes(s);
}

export interface ExportOptions {
  /** ACLED's `timestamp` column (Unix seconds); defaults to the record's `timestamp` field, else now. */
  timestamp?: number;
  /** Further record fields to append as CSV columns (the store's `grade`, …). */
  extraColumns?: string[];
  /** Table width in characters (default 160). */
  width?: number;
}

/** CONTRACT.md's fields, in its order; every one is always written (one list, in src/types.ts). */
export { CONTRACT_FIELDS };

const ARRAY_FIELDS = new Set(['articles', 'assoc_actor_1', 'assoc_actor_2', 'sources', 'claims', 'disputes']);

/** The record as CONTRACT.md's object: its fields first and complete, then the extras. */
export function contractRecord(r: IncidentRecord): Record<string, unknown> {
  const src = r as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of CONTRACT_FIELDS) out[f] = src[f] ?? (ARRAY_FIELDS.has(f) ? [] : f === 'notes' ? '' : null);
  for (const [k, v] of Object.entries(src)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

export function formatJsonl(records: readonly IncidentRecord[]): string {
  return records.map((r) => JSON.stringify(contractRecord(r)) + '\n').join('');
}

// ---------------------------------------------------------------------------------------------- CSV

/** RFC 4180: quote fields holding a comma, quote, CR or LF; double the quotes; lines end with CRLF. */
export function csvField(v: unknown): string {
  if (v == null) return '';
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvTable(header: readonly string[], rows: readonly unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** ACLED's actor type labels, by inter code. */
export const INTER_LABELS: Record<Inter, string> = {
  1: 'State forces',
  2: 'Rebel group',
  3: 'Political militia',
  4: 'Identity militia',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces',
};

const interLabel = (i: Inter | null | undefined) => (i == null ? '' : INTER_LABELS[i] ?? '');

/** ACLED's interaction: the two actor types, lower code first ("State forces-Civilians"), or "X only". */
export function interaction(i1: Inter | null | undefined, i2: Inter | null | undefined): string {
  const codes = [i1, i2].filter((x): x is Inter => x != null).sort((a, b) => a - b);
  if (!codes.length) return '';
  if (codes.length === 1) return `${INTER_LABELS[codes[0]!]} only`;
  return `${INTER_LABELS[codes[0]!]}-${INTER_LABELS[codes[1]!]}`;
}

/** ACLED's disorder type for an event and sub-event type. */
export function disorderType(eventType: string, subEventType: string): string {
  if (eventType === 'Strategic developments') return 'Strategic developments';
  if (eventType === 'Protests') return subEventType === 'Excessive force against protesters' ? 'Political violence; Demonstrations' : 'Demonstrations';
  if (eventType === 'Riots') return subEventType === 'Mob violence' ? 'Political violence; Demonstrations' : 'Demonstrations';
  return 'Political violence';
}

const VIOLENT_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

/** ACLED marks events in which civilians were the target. */
function civilianTargeting(r: IncidentRecord): string {
  if (!VIOLENT_TYPES.has(r.event_type)) return '';
  return r.inter2 === 7 || (r.event_type === 'Violence against civilians' && r.inter1 === 7) ? 'Civilian targeting' : '';
}

/** Disputes as one readable cell: "fatalities: 21 (SOHR) | 100 (OIR); initiator: …". */
export function disputesText(disputes: readonly Dispute[] | undefined): string {
  return (disputes ?? [])
    .map((d) => `${d.attribute}: ${d.values.map((v) => `${String(v.value)} (${v.sources.join(', ')})`).join(' | ')}`)
    .join('; ');
}

const join = (xs: readonly unknown[] | undefined) => (xs ?? []).filter((x) => x != null && x !== '').join('; ');
const yearOf = (d: string | null) => (d ? Number(d.slice(0, 4)) : '');

function uniqStrings(xs: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x): x is string => !!x && !seen.has(x.toLowerCase()) && !!seen.add(x.toLowerCase()));
}

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export const ACLED_EXTRA_COLUMNS = [
  'inter1_code',
  'inter2_code',
  'injuries',
  'fatalities_low',
  'fatalities_high',
  'sources',
  'disputes',
  'articles',
] as const;

function timestampOf(r: IncidentRecord, opts: ExportOptions): number {
  const own = (r as unknown as Record<string, unknown>).timestamp;
  if (typeof own === 'number') return own;
  return opts.timestamp ?? Math.floor(Date.now() / 1000);
}

function extraCell(r: IncidentRecord, col: string): unknown {
  const v = (r as unknown as Record<string, unknown>)[col];
  return Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join('; ') : v;
}

/** ACLED-style CSV: ACLED's 31 columns in ACLED's order, then sitrep's extras. */
export function formatAcledCsv(records: readonly IncidentRecord[], opts: ExportOptions = {}): string {
  const extras = opts.extraColumns ?? [];
  const header = [...ACLED_COLUMNS, ...ACLED_EXTRA_COLUMNS, ...extras];
  const rows = records.map((r) => [
    r.id,
    r.event_date ?? '',
    yearOf(r.event_date),
    r.time_precision,
    disorderType(r.event_type, r.sub_event_type),
    r.event_type,
    r.sub_event_type,
    r.actor1 ?? '',
    join(r.assoc_actor_1),
    interLabel(r.inter1),
    r.actor2 ?? '',
    join(r.assoc_actor_2),
    interLabel(r.inter2),
    interaction(r.inter1, r.inter2),
    civilianTargeting(r),
    isoNumeric(r.country) ?? '',
    acledRegion(r.country),
    countryName(r.country),
    r.admin1 ?? '',
    r.admin2 ?? '',
    '',
    r.location ?? '',
    r.latitude ?? '',
    r.longitude ?? '',
    r.geo_precision,
    // ACLED's source names the reporting outlets; the claimants they cite follow.
    join(uniqStrings([...(r.outlets ?? []), ...(r.sources ?? [])])),
    '',
    r.notes ?? '',
    // ACLED writes 0 where no figure was reported; fatalities_low/high keep the null.
    r.fatalities ?? 0,
    '',
    timestampOf(r, opts),
    r.inter1 ?? '',
    r.inter2 ?? '',
    r.injuries ?? '',
    r.fatalities_low ?? '',
    r.fatalities_high ?? '',
    join(r.sources),
    disputesText(r.disputes),
    join(r.articles),
    ...extras.map((c) => extraCell(r, c)),
  ]);
  return csvTable(header, rows);
}

// ----------------------------------------------------------------------------------------- UCDP GED

/** UCDP GED's column names (a subset of GED's codebook: the columns sitrep can fill), in GED's order. */
export const UCDP_COLUMNS = [
  'id',
  'relid',
  'year',
  'type_of_violence',
  'dyad_name',
  'side_a',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'country',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
] as const;

const isState = (i: Inter | null | undefined) => i === 1 || i === 8;
const isOrganised = (i: Inter | null | undefined) => i === 1 || i === 2 || i === 3 || i === 4 || i === 8;

interface Sides {
  type: 1 | 2 | 3 | null;
  sideA: string;
  sideB: string;
}

/** UCDP's type of violence: 1 state-based, 2 non-state, 3 one-sided (against civilians); side A first. */
export function ucdpSides(r: IncidentRecord): Sides {
  const a = { name: r.actor1 ?? '', inter: r.inter1 };
  const b = { name: r.actor2 ?? '', inter: r.inter2 };
  if (a.inter === 7 && isOrganised(b.inter)) return { type: 3, sideA: b.name, sideB: a.name || 'Civilians' };
  if (b.inter === 7 && isOrganised(a.inter)) return { type: 3, sideA: a.name, sideB: b.name || 'Civilians' };
  if (isOrganised(a.inter) && isOrganised(b.inter)) {
    if (isState(a.inter) || isState(b.inter)) {
      const [x, y] = isState(a.inter) ? [a, b] : [b, a];
      return { type: 1, sideA: x.name, sideB: y.name };
    }
    return { type: 2, sideA: a.name, sideB: b.name };
  }
  return { type: null, sideA: a.name, sideB: b.name };
}

function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

function dateRange(r: IncidentRecord): [string, string] {
  const d = r.event_date;
  if (!d) return ['', ''];
  if (r.time_precision === 3) {
    const first = `${d.slice(0, 7)}-01`;
    const next = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 1));
    return [first, addDays(next.toISOString().slice(0, 10), -1)];
  }
  if (r.time_precision === 2) return [d, addDays(d, 6)];
  return [d, d];
}

/** UCDP GED-style CSV: deaths as best/low/high, precision codes on UCDP's scales. */
export function formatUcdpCsv(records: readonly IncidentRecord[], opts: ExportOptions = {}): string {
  const extras = opts.extraColumns ?? [];
  const rows = records.map((r) => {
    const s = ucdpSides(r);
    const best = r.fatalities ?? 0;
    const low = r.fatalities_low ?? best;
    const high = r.fatalities_high ?? best;
    const hasPoint = r.latitude != null && r.longitude != null;
    // where_prec: 1 exact place, 2 within ~25 km, 4 first-order admin, 6 only the country is known.
    const wherePrec = !hasPoint ? (r.admin1 ? 4 : 6) : r.geo_precision === 1 ? 1 : r.geo_precision === 2 ? 2 : r.admin1 ? 4 : 6;
    const [start, end] = dateRange(r);
    const place = r.location ?? r.admin1 ?? countryName(r.country);
    return [
      r.id,
      (r.articles ?? []).join(';'),
      yearOf(r.event_date),
      s.type ?? '',
      s.sideA && s.sideB ? `${s.sideA} - ${s.sideB}` : '',
      s.sideA,
      s.sideB,
      (r.articles ?? []).length,
      (r.articles ?? []).join(';'),
      join(r.outlets),
      join(r.sources),
      wherePrec,
      place,
      [r.location, r.admin2, r.admin1].filter(Boolean).join(', '),
      r.admin1 ?? '',
      r.admin2 ?? '',
      r.latitude ?? '',
      r.longitude ?? '',
      hasPoint ? `POINT (${r.longitude} ${r.latitude})` : '',
      countryName(r.country),
      ucdpRegion(r.country),
      // event_clarity: 2 where sources dispute the death toll.
      (r.disputes ?? []).some((d) => d.attribute === 'fatalities') ? 2 : 1,
      r.time_precision === 3 ? 4 : r.time_precision === 2 ? 3 : 1,
      start,
      end,
      0,
      0,
      s.type === 3 ? best : 0,
      s.type === 3 ? 0 : best,
      best,
      high,
      low,
      ...extras.map((c) => extraCell(r, c)),
    ];
  });
  return csvTable([...UCDP_COLUMNS, ...extras], rows);
}

// ------------------------------------------------------------------------------------------ GeoJSON

export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: Record<string, unknown>;
  }[];
  /** Records left out for want of coordinates (a foreign member). */
  skipped: number;
}

export function toGeoJson(records: readonly IncidentRecord[]): IncidentFeatureCollection {
  const fc: IncidentFeatureCollection = { type: 'FeatureCollection', features: [], skipped: 0 };
  for (const r of records) {
    if (typeof r.latitude !== 'number' || typeof r.longitude !== 'number' || !Number.isFinite(r.latitude) || !Number.isFinite(r.longitude)) {
      fc.skipped++;
      continue;
    }
    const { claims: _claims, ...properties } = contractRecord(r);
    fc.features.push({ type: 'Feature', id: r.id, geometry: { type: 'Point', coordinates: [r.longitude, r.latitude] }, properties });
  }
  return fc;
}

// ------------------------------------------------------------------------------------------- table

function fit(s: string, w: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > w ? `${t.slice(0, Math.max(0, w - 1))}…` : t.padEnd(w);
}

const fig = (v: number | null | undefined) => (v == null ? '-' : String(v));

/** A readable fixed-width table for a terminal. */
export function formatTable(records: readonly IncidentRecord[], opts: ExportOptions = {}): string {
  const cols = [
    { title: 'date', min: 10, max: 10, cell: (r: IncidentRecord) => `${r.event_date ?? 'undated'}${r.time_precision > 1 ? '~' : ''}` },
    { title: 'type', min: 12, max: 34, cell: (r: IncidentRecord) => r.sub_event_type || r.event_type },
    {
      title: 'location',
      min: 12,
      max: 36,
      cell: (r: IncidentRecord) => [r.location, r.admin1 !== r.location ? r.admin1 : null, r.country].filter(Boolean).join(', ') || '?',
    },
    {
      title: 'actors',
      min: 12,
      max: 48,
      cell: (r: IncidentRecord) => [r.actor1, r.actor2].filter(Boolean).join(' vs ') || '?',
    },
    {
      title: 'killed l/b/h',
      min: 12,
      max: 14,
      cell: (r: IncidentRecord) => `${fig(r.fatalities_low)}/${fig(r.fatalities)}/${fig(r.fatalities_high)}${(r.disputes ?? []).some((d) => d.attribute === 'fatalities') ? '!' : ''}`,
    },
    { title: 'sources', min: 8, max: 36, cell: (r: IncidentRecord) => (r.sources ?? []).join('; ') || '-' },
    { title: 'articles', min: 8, max: 24, cell: (r: IncidentRecord) => (r.articles ?? []).join(' ') },
  ];
  const cells = records.map((r) => cols.map((c) => c.cell(r)));
  const widths = cols.map((c, i) => Math.min(c.max, Math.max(c.min, c.title.length, ...cells.map((row) => row[i]!.length))));
  // Shrink the widest flexible columns until the table fits the width.
  const limit = opts.width ?? 160;
  const total = () => widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1);
  while (total() > limit) {
    let k = -1;
    widths.forEach((w, i) => {
      if (w > cols[i]!.min && (k < 0 || w > widths[k]!)) k = i;
    });
    if (k < 0) break;
    widths[k]!--;
  }
  const line = (row: string[]) => row.map((s, i) => fit(s, widths[i]!)).join('  ').trimEnd();
  const out = [line(cols.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  out.push(`${records.length} incident${records.length === 1 ? '' : 's'}${records.length ? '  (~ date not to the day; ! disputed toll)' : ''}`);
  return out.join('\n') + '\n';
}

// -------------------------------------------------------------------------------------------- API

/** The records in one of the export formats. `csv` is ACLED-style CSV (`acled-csv` is its alias). */
export function formatRecords(records: readonly IncidentRecord[], format: ExportFormat | string, opts: ExportOptions = {}): string {
  switch (format) {
    case 'jsonl':
      return formatJsonl(records);
    case 'csv':
    case 'acled-csv':
      return formatAcledCsv(records, opts);
    case 'ucdp-csv':
      return formatUcdpCsv(records, opts);
    case 'geojson':
      return JSON.stringify(toGeoJson(records), null, 2) + '\n';
    case 'table':
      return formatTable(records, opts);
    default:
      throw new Error(`unknown export format '${format}' (one of ${FORMATS.join(', ')})`);
  }
}

/**
 * Write a file so that readers see either the old content or the whole new content, never a part: the
 * content goes to a temporary file in the same folder (same file system), is flushed, then renamed over
 * the target. On failure the temporary file is removed and the target is untouched.
 */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const tmp = joinPath(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd != null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}
