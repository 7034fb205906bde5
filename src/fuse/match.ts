/**
 * Do two records, from different articles, describe the same incident?
 *
 * The score weighs four kinds of evidence, each in [0,1]: date, place, event type and actors. Some
 * disagreements rule a match out whatever else agrees (a shared article, different countries, dates
 * further apart than their precision allows, incompatible event types such as a protest and an airstrike).
 */
import { VIOLENT_EVENT_TYPES, type IncidentRecord } from '../types.js';
import { escapeRe } from '../extract/lexicon.js';
import { withoutDateline } from '../ingest/dateline.js';

export const MATCH_THRESHOLD = 0.65;

const WEIGHTS = { date: 0.3, place: 0.35, type: 0.15, actors: 0.2 };

export function haversineKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const dLat = (bLat - aLat) * r;
  const dLon = (bLon - aLon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(`${String(date).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / 86400000;
}

/** Days two dates of this precision may lie apart and still be one incident. */
export function dateWindow(precision: number | null | undefined): number {
  return precision === 3 ? 31 : precision === 2 ? 7 : 1;
}

/** How far (km) a coded point may lie from the true place at this ACLED geo precision. */
export function placeRadius(precision: number | null | undefined): number {
  return precision === 3 ? 100 : precision === 2 ? 30 : 15;
}

const normCache = new Map<string, string>();

/** Place names folded for comparison (diacritics, al-/el- articles, admin words, punctuation). */
export function normName(s: string | null | undefined): string {
  if (!s) return '';
  let v = normCache.get(s);
  if (v === undefined) {
    if (normCache.size > 50000) normCache.clear();
    normCache.set(s, (v = foldName(s)));
  }
  return v;
}

function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ad|ar|as|ash|az|an)[-\s]/g, '')
    .replace(/\b(governorate|province|district|city)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * An undated report is taken to tell of an event at most this many days before its article was
 * published (and not after it, but for a few days of slack: time zones, dates of filing and posting).
 */
export const UNDATED_LOOKBACK_DAYS = 90;
export const PUBLICATION_SLACK_DAYS = 3;

/**
 * Optional extra on a record: the publication dates (YYYY-MM-DD) of its articles. Fusion reads it when
 * present; a record without it is never ruled out by publication dates.
 */
export type WithPublished = IncidentRecord & { published?: (string | null)[] | string | null };

/** The earliest publication day of a record's articles: the incident happened on or before it. */
export function firstPublished(r: IncidentRecord): number | null {
  const p = (r as WithPublished).published;
  const list = Array.isArray(p) ? p : p != null ? [p] : [];
  let min: number | null = null;
  for (const d of list) {
    const n = dayNumber(d);
    if (n != null && (min == null || n < min)) min = n;
  }
  return min;
}

/**
 * Publication vetoes, each way round: a dated record's event cannot lie after the other record's first
 * publication (beyond its date precision and a little slack), and an undated record only matches an
 * incident dated within UNDATED_LOOKBACK_DAYS before its publication (two undated records: their
 * windows must overlap).
 */
function publicationConflict(a: IncidentRecord, b: IncidentRecord): boolean {
  return cannotReport(a, b) || cannotReport(b, a);
}

/** true when `a`'s event cannot be the one `b`'s articles reported. */
function cannotReport(a: IncidentRecord, b: IncidentRecord): boolean {
  const pb = firstPublished(b);
  if (pb == null) return false;
  const da = dayNumber(a.event_date);
  const db = dayNumber(b.event_date);
  if (da != null) {
    // A dated event after b's publication; or, b undated, before b's look-back window.
    const slack = Math.max(PUBLICATION_SLACK_DAYS, dateWindow(a.time_precision));
    if (da > pb + slack) return true;
    return db == null && da < pb - UNDATED_LOOKBACK_DAYS - slack;
  }
  // Both undated: each happened within the look-back window before its own publication.
  const pa = firstPublished(a);
  return db == null && pa != null && pa < pb - UNDATED_LOOKBACK_DAYS - PUBLICATION_SLACK_DAYS;
}

/** null: a hard conflict; else the date evidence in [0,1]. */
function dateScore(a: IncidentRecord, b: IncidentRecord): number | null {
  if (publicationConflict(a, b)) return null;
  const da = dayNumber(a.event_date);
  const db = dayNumber(b.event_date);
  if (da == null || db == null) return 0.25; // unknown date: weak evidence either way
  const gap = Math.abs(da - db);
  const pa = a.time_precision ?? 1;
  const pb = b.time_precision ?? 1;
  if (pa === 3 || pb === 3) {
    const sameMonth = String(a.event_date).slice(0, 7) === String(b.event_date).slice(0, 7);
    if (!sameMonth && gap > 31) return null;
    return sameMonth ? 0.6 : 0.4;
  }
  const window = Math.max(dateWindow(pa), dateWindow(pb));
  if (gap > window) return null;
  if (gap === 0) return pa === 1 && pb === 1 ? 1 : 0.75;
  if (pa === 1 && pb === 1) return 0.7; // "overnight", time zones, a report filed the next day
  return 0.75 - 0.35 * (gap / window);
}

/**
 * null: a hard conflict; else the place evidence in [0,1]. Agreement counts less at coarse precision:
 * two records coded at a province or country centroid agree on little.
 */
function placeScore(a: IncidentRecord, b: IncidentRecord): number | null {
  const s = rawPlaceScore(a, b);
  if (s == null) return null;
  const coarsest = Math.max(a.geo_precision ?? 3, b.geo_precision ?? 3);
  return Math.min(s, coarsest >= 3 ? 0.5 : coarsest === 2 ? 0.9 : 1);
}

/**
 * Does `r`'s own wording (the sentences its claims quote) name the place `other` is coded at? An article
 * coded at its dateline or a nearby city ('MAIDUGURI - … attacked a base in Konduga') still tells of the
 * town another outlet codes. Only a precise place name of some length counts, written as a name.
 */
export function namesPlaceOf(r: IncidentRecord, other: IncidentRecord): boolean {
  const name = other.location?.trim();
  if (!name || name.length < 4 || (other.geo_precision ?? 3) > 1) return false;
  if (normName(name) === normName(r.location) || normName(name) === normName(other.admin1)) return false;
  const quotes = ownWording(r);
  const named = wordRe(name, 'u');
  if (!quotes.some((q) => named.test(q))) return false;
  // Its own place named in its own sentences too (not only in a dateline): the article tells of both
  // places, and its record is the one at its own place.
  const own = r.location?.trim();
  if (own && own.length >= 3) {
    const ownRe = wordRe(own, 'iu');
    if (quotes.some((q) => ownRe.test(q))) return false;
  }
  return true;
}

/**
 * The sentences a record's claims quote, datelines cut ('MAIDUGURI, Nigeria, March 14 (Reuters) - ', 'MOSCOW,
 * March 7. /TASS/. ' locate the writer, not the event; the project's one dateline reader finds them):
 * computed once per record (fusion asks per pair).
 */
const wordingCache = new WeakMap<IncidentRecord, string[]>();
function ownWording(r: IncidentRecord): string[] {
  let quotes = wordingCache.get(r);
  if (!quotes) {
    quotes = (r.claims ?? []).map((c) => (typeof c.quote === 'string' ? withoutDateline(c.quote) : ''));
    wordingCache.set(r, quotes);
  }
  return quotes;
}

/** A name as a whole word (no letter or digit either side), compiled once per name and flags. */
const wordRes = new Map<string, RegExp>();
function wordRe(name: string, flags: 'u' | 'iu'): RegExp {
  const key = `${flags}|${name}`;
  let re = wordRes.get(key);
  if (!re) {
    if (wordRes.size > 5000) wordRes.clear();
    wordRes.set(key, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, flags)));
  }
  return re;
}

function rawPlaceScore(a: IncidentRecord, b: IncidentRecord): number | null {
  if (a.country && b.country && a.country.toUpperCase() !== b.country.toUpperCase()) return null;
  if (namesPlaceOf(a, b) || namesPlaceOf(b, a)) return 0.85;
  const sameName = !!a.location && !!b.location && normName(a.location) === normName(b.location) && normName(a.location) !== '';
  const sameAdmin1 = !!a.admin1 && !!b.admin1 && normName(a.admin1) === normName(b.admin1);
  const differentAdmin1 = !!a.admin1 && !!b.admin1 && !sameAdmin1;
  if (a.latitude != null && a.longitude != null && b.latitude != null && b.longitude != null) {
    const d = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
    const r = Math.max(placeRadius(a.geo_precision), placeRadius(b.geo_precision));
    if (sameName && d <= 2 * r) return 1;
    if (d <= r) {
      let s = 1 - 0.4 * (d / r);
      // Two precise places with different names a few km apart (an airport and a palace in one city)
      // are likely two incidents.
      if (a.geo_precision === 1 && b.geo_precision === 1 && a.location && b.location && !sameName) s -= 0.25;
      return Math.max(0.3, s);
    }
    if (d <= 2 * r) return differentAdmin1 ? 0.1 : 0.3;
    // Two towns both coded precisely, with different names, well apart, and neither report naming the
    // other's town: two incidents (the same day, dyad and type are common in one province's war).
    if (a.geo_precision === 1 && b.geo_precision === 1 && a.location && b.location && !sameName) return null;
    // Far apart: a geocoding slip is possible within one province, not across provinces.
    if (differentAdmin1 || d > 4 * r) return null;
    return 0.1;
  }
  if (sameName) return 0.9;
  if (sameAdmin1) return 0.6;
  if (differentAdmin1) return 0.05;
  // One or both places unknown: no evidence either way beyond the country.
  const known = (r: IncidentRecord) => !!(r.location || r.admin1);
  return known(a) || known(b) ? 0.2 : 0.3;
}

const DEMONSTRATIONS = new Set(['Protests', 'Riots']);

/** null: incompatible types; else the type evidence in [0,1]. */
function typeScore(a: IncidentRecord, b: IncidentRecord): number | null {
  if (a.event_type === b.event_type) return a.sub_event_type === b.sub_event_type ? 1 : 0.8;
  const pair = new Set([a.event_type, b.event_type]);
  // ACLED folds an airstrike that backs a ground clash into one Battles event; outlets differ.
  if (pair.has('Battles') && pair.has('Explosions/Remote violence')) return 0.6;
  if (VIOLENT_EVENT_TYPES.has(a.event_type) && VIOLENT_EVENT_TYPES.has(b.event_type)) return 0.45;
  if (DEMONSTRATIONS.has(a.event_type) && DEMONSTRATIONS.has(b.event_type)) return 0.6;
  if (pair.has('Protests') && pair.has('Violence against civilians')) return 0.35; // excessive force
  // Villagers confronting a patrol: one outlet's riot is another's clash.
  if (pair.has('Riots') && (VIOLENT_EVENT_TYPES.has(a.event_type) || VIOLENT_EVENT_TYPES.has(b.event_type))) return 0.3;
  if (pair.has('Strategic developments')) return 0.15;
  return null;
}

type ActorKey = string;
function actorKeys(r: IncidentRecord): ActorKey[] {
  const out: ActorKey[] = [];
  if (r.inter1 != null) out.push(`${r.inter1}|${(r.actor1_country ?? '').toUpperCase()}`);
  if (r.inter2 != null) out.push(`${r.inter2}|${(r.actor2_country ?? '').toUpperCase()}`);
  return out;
}

/** Actor overlap in [0,1]; 0.5 when one side names no actors. */
function actorScore(a: IncidentRecord, b: IncidentRecord): number {
  const ka = actorKeys(a);
  const kb = actorKeys(b);
  if (!ka.length || !kb.length) return 0.5;
  const used = kb.map(() => false);
  let hits = 0;
  for (const k of ka) {
    const j = kb.findIndex((x, i) => !used[i] && x === k);
    if (j >= 0) {
      used[j] = true;
      hits++;
      continue;
    }
    // Same country, neighbouring codes (state forces 1 vs pro-government militia 3; abroad 8 vs 1).
    const [inter, country] = k.split('|');
    const near = kb.findIndex((x, i) => {
      if (used[i]) return false;
      const [i2, c2] = x.split('|');
      return c2 === country && country !== '' && (i2 !== '7') === (inter !== '7');
    });
    if (near >= 0) {
      used[near] = true;
      hits += 0.5;
    }
  }
  return hits / Math.max(ka.length, kb.length);
}

export interface MatchEvidence {
  score: number;
  date: number | null;
  place: number | null;
  type: number | null;
  actors: number;
  reason?: string;
}

function sharesArticle(a: IncidentRecord, b: IncidentRecord): boolean {
  const s = new Set(a.articles ?? []);
  return (b.articles ?? []).some((x) => s.has(x));
}

/** The evidence behind `sameIncident`, for explanations and tuning. */
export function matchEvidence(a: IncidentRecord, b: IncidentRecord): MatchEvidence {
  // Cheap vetoes first: a fused batch asks this for many pairs that are plainly apart.
  const none = { score: 0, date: null, place: null, type: null, actors: 0 };
  if (sharesArticle(a, b)) return { ...none, reason: 'same article' };
  const date = dateScore(a, b);
  if (date == null) return { ...none, reason: 'dates too far apart' };
  const place = placeScore(a, b);
  if (place == null) return { ...none, date, reason: 'places too far apart or different countries' };
  const type = typeScore(a, b);
  if (type == null) return { ...none, date, place, reason: 'incompatible event types' };
  const actors = actorScore(a, b);
  let score = WEIGHTS.date * date + WEIGHTS.place * place + WEIGHTS.type * type + WEIGHTS.actors * actors;
  // A record saying nobody died against one with deaths: weak evidence of two incidents.
  if ((a.fatalities === 0 && (b.fatalities ?? 0) > 0) || (b.fatalities === 0 && (a.fatalities ?? 0) > 0)) score -= 0.05;
  return { date, place, type, actors, score: Math.max(0, Math.min(1, score)) };
}

/** Match score in [0,1] of two records from different articles; 0 for records of one article. */
export function sameIncident(a: IncidentRecord, b: IncidentRecord): number {
  return matchEvidence(a, b).score;
}

export function isSameIncident(a: IncidentRecord, b: IncidentRecord, threshold = MATCH_THRESHOLD): boolean {
  return sameIncident(a, b) >= threshold;
}
