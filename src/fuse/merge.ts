/**
 * Merging records of one incident, and clustering a batch of records into incidents.
 */
import type { Claim, IncidentRecord } from '../types.js';
import { recompute } from './figures.js';
import { MATCH_THRESHOLD, dayNumber, namesPlaceOf, normName, sameIncident, type WithPublished } from './match.js';

/** A record after fusion: the ids of the records merged into it. */
export type FusedRecord = IncidentRecord & { absorbed?: string[] };

interface Vote<T> {
  key: string;
  weight: number;
  value: T;
}

/** The value with the most weight; ties go to the first seen. */
function vote<T>(votes: Vote<T>[]): T | undefined {
  const tally = new Map<string, { weight: number; value: T; first: number }>();
  votes.forEach((v, i) => {
    const t = tally.get(v.key);
    if (t) t.weight += v.weight;
    else tally.set(v.key, { weight: v.weight, value: v.value, first: i });
  });
  let best: { weight: number; value: T; first: number } | undefined;
  for (const t of tally.values()) if (!best || t.weight > best.weight + 1e-9 || (Math.abs(t.weight - best.weight) <= 1e-9 && t.first < best.first)) best = t;
  return best?.value;
}

const articleCount = (r: IncidentRecord) => Math.max(1, r.articles?.length ?? 0);

type Sides = Pick<IncidentRecord, 'actor1' | 'actor2' | 'inter1' | 'inter2' | 'actor1_country' | 'actor2_country'>;
const UNIDENTIFIED = /^Unidentified Armed Group\b/;
/** Generic names: a kind of actor, not a group ("Rebel Group (Mali)", "Unidentified Gang"). */
const GENERIC_NAME = /^(?:Unidentified\b|Rebel Group\b|Pro-Government Militia\b|Vigilante Group\b|Communal militia\b|Party militia\b|Cult militia\b)/;
/**
 * The dyad's sides, where "Unidentified Armed Group" gives way to the one armed group other reports of the
 * incident name ("gunmen" in one report, "JNIM fighters" in another are JNIM): one side, the named one. Two
 * different groups named elsewhere leave it unidentified (the reports disagree; the perpetrator dispute says so).
 */
function namedForUnidentified(rec: IncidentRecord, records: readonly IncidentRecord[]): Sides {
  const out: Sides = { actor1: rec.actor1, actor2: rec.actor2, inter1: rec.inter1, inter2: rec.inter2, actor1_country: rec.actor1_country, actor2_country: rec.actor2_country };
  const side = (r: IncidentRecord, k: 1 | 2) => (k === 1 ? { name: r.actor1, inter: r.inter1, country: r.actor1_country } : { name: r.actor2, inter: r.inter2, country: r.actor2_country });
  for (const k of [1, 2] as const) {
    const here = side(rec, k);
    if (!here.name || !UNIDENTIFIED.test(here.name)) continue;
    const other = side(rec, k === 1 ? 2 : 1);
    const named = records
      .flatMap((r) => [side(r, 1), side(r, 2)])
      .filter((x) => x.name && !GENERIC_NAME.test(x.name) && x.inter != null && [2, 3, 4].includes(x.inter) && x.name !== other.name);
    if (new Set(named.map((x) => x.name)).size !== 1) continue;
    const g = named[0]!;
    if (k === 1) Object.assign(out, { actor1: g.name, inter1: g.inter, actor1_country: g.country });
    else Object.assign(out, { actor2: g.name, inter2: g.inter, actor2_country: g.country });
  }
  return out;
}

function uniq<T>(xs: Iterable<T>, key: (x: T) => string = (x) => String(x)): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of xs) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

const claimKey = (c: Claim) => JSON.stringify([c.attribute, c.value, c.source, c.article, c.quote, c.start ?? null]);

/**
 * One record from several records of one incident. The first record's id survives; the others' ids are
 * listed in `absorbed`. Articles, claims and outlets are united (claims all kept, exact duplicates once);
 * the date comes from the most precise reports (majority among them), the place from the most cited
 * location weighted by precision, type and actors by majority; figures, sources and disputes are then
 * recomputed from the claims.
 */
export function mergeRecords(records: readonly IncidentRecord[]): FusedRecord {
  if (!records.length) throw new Error('mergeRecords: no records');
  const first = records[0] as FusedRecord;
  if (records.length === 1) return recompute({ ...first });

  // Date: the best precision wins; among those, the date most reports give.
  const bestTp = Math.min(...records.filter((r) => r.event_date).map((r) => r.time_precision ?? 3), 3);
  const dated = records.filter((r) => r.event_date && (r.time_precision ?? 3) === bestTp);
  const dateRec = vote(dated.map((r) => ({ key: r.event_date!, weight: articleCount(r), value: r }))) ?? first;

  // Place: the location most reports name, a precise one counting more than a vague one; a report coded
  // elsewhere (its dateline) whose sentences name the place votes for it too.
  const placed = records.filter((r) => r.location || r.latitude != null);
  const namedBy = (r: IncidentRecord) => records.reduce((n, o) => n + (o !== r && namesPlaceOf(o, r) ? articleCount(o) : 0), 0);
  const placeRec =
    vote(
      placed.map((r) => ({
        key: r.geonameid != null ? `g${r.geonameid}` : normName(r.location) || `${r.latitude},${r.longitude}`,
        weight: (articleCount(r) + namedBy(r)) * (1 + 0.4 * (3 - (r.geo_precision ?? 3))),
        value: r,
      })),
    ) ?? first;

  const typeRec = vote(records.map((r) => ({ key: `${r.event_type}|${r.sub_event_type}`, weight: articleCount(r), value: r }))) ?? first;
  const eventType = vote(records.map((r) => ({ key: r.event_type, weight: articleCount(r), value: r.event_type }))) ?? first.event_type;
  const subRec = typeRec.event_type === eventType ? typeRec : records.find((r) => r.event_type === eventType) ?? first;

  // Actors: the dyad most reports give (a record naming both sides counts a little more).
  const dyadKey = (r: IncidentRecord) => `${r.inter1}|${r.actor1_country}|${r.actor1}||${r.inter2}|${r.actor2_country}|${r.actor2}`;
  const actorRec =
    vote(
      records
        .filter((r) => r.actor1 || r.inter1 != null)
        .map((r) => ({ key: dyadKey(r), weight: articleCount(r) + (r.inter2 != null ? 0.1 : 0), value: r })),
    ) ?? first;
  const sameSide = records.filter((r) => dyadKey(r) === dyadKey(actorRec));
  const sides = namedForUnidentified(actorRec, records);
  const sideNames = new Set([sides.actor1, sides.actor2].filter(Boolean));
  const assoc1 = uniq(sameSide.flatMap((r) => r.assoc_actor_1 ?? [])).filter((a) => !sideNames.has(a));
  const assoc2 = uniq(sameSide.flatMap((r) => r.assoc_actor_2 ?? [])).filter((a) => !sideNames.has(a));

  const absorbed = uniq([
    ...(first.absorbed ?? []),
    ...records.slice(1).flatMap((r) => [r.id, ...((r as FusedRecord).absorbed ?? [])]),
  ]).filter((id) => id !== first.id);

  const merged: FusedRecord = {
    ...first,
    articles: uniq(records.flatMap((r) => r.articles ?? [])),
    event_date: dateRec.event_date,
    time_precision: dateRec.event_date ? dateRec.time_precision : first.time_precision,
    event_type: subRec.event_type,
    sub_event_type: subRec.sub_event_type,
    ...sides,
    assoc_actor_1: assoc1,
    assoc_actor_2: assoc2,
    country: placeRec.country ?? records.find((r) => r.country)?.country ?? null,
    admin1: placeRec.admin1 ?? null,
    admin2: placeRec.admin2 ?? null,
    location: placeRec.location ?? null,
    latitude: placeRec.latitude ?? null,
    longitude: placeRec.longitude ?? null,
    geo_precision: placeRec.geo_precision,
    geonameid: placeRec.geonameid ?? null,
    claims: uniq(records.flatMap((r) => r.claims ?? []), claimKey),
    outlets: uniq(records.flatMap((r) => r.outlets ?? []).filter((o): o is string => !!o)),
    ...publishedOf(records),
    notes: records.map((r) => r.notes).find((n) => n && n.trim()) ?? '',
    absorbed,
  };
  return recompute(merged);
}

/**
 * Calls `visit(i, j)` once for each candidate pair: records whose countries may agree (same country, or
 * one unknown) and whose dates lie close enough for their precision (a week for day and week precision,
 * a month where either has month precision; an undated record is a candidate for its whole block).
 */
function forEachCandidatePair(records: readonly IncidentRecord[], visit: (i: number, j: number) => void): void {
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    const k = r.country ? r.country.toUpperCase() : '?';
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(i);
  });
  const days = records.map((r) => dayNumber(r.event_date));
  const coarse = records.map((r) => r.time_precision === 3);
  const seen = new Set<number>();
  const n = records.length;
  const add = (i: number, j: number) => {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const k = a * n + b;
    if (seen.has(k)) return;
    seen.add(k);
    visit(a, b);
  };
  /** Pairs between `a` and `b` whose days lie within `gap`, by a sliding window over `b` sorted by day. */
  const window = (a: number[], b: number[], gap: number) => {
    let lo = 0;
    for (const i of a) {
      const d = days[i]!;
      while (lo < b.length && days[b[lo]!]! < d - gap) lo++;
      for (let k = lo; k < b.length && days[b[k]!]! <= d + gap; k++) add(i, b[k]!);
    }
  };
  const blocks = [...groups.entries()];
  const unknown = groups.get('?') ?? [];
  for (const [key, g] of blocks) {
    const others = key === '?' ? [] : unknown;
    const all = [...g, ...others];
    const byDay = (xs: number[]) => xs.filter((i) => days[i] != null).sort((x, y) => days[x]! - days[y]! || x - y);
    const fine = byDay(all.filter((i) => !coarse[i]));
    const month = byDay(all.filter((i) => coarse[i]));
    const dated = byDay(all);
    // Within this block (and against the country-less records): fine against fine within a week…
    window(byDay(g.filter((i) => !coarse[i])), fine, 7);
    // …month-precision records against everything within a month…
    window(byDay(g.filter((i) => coarse[i])), dated, 31);
    if (others.length) window(byDay(others), month, 31);
    // …and undated records against the whole block.
    const undated = all.filter((i) => days[i] == null);
    for (const i of undated) for (const j of all) add(i, j);
  }
  seen.clear();
}

/**
 * Clusters of records that report one incident: pairs are taken best first, and two clusters join only
 * when they share no article (an article's records were already merged by the extractor), no pair across
 * them is ruled out, and their average cross score stays above the threshold (so that A~B and B~C do not
 * chain A and C together when A and C disagree).
 */
export function clusterRecords(records: readonly IncidentRecord[], threshold = MATCH_THRESHOLD): number[][] {
  const n = records.length;
  const good = new Map<number, number>();
  const scored: { i: number; j: number; s: number }[] = [];
  forEachCandidatePair(records, (i, j) => {
    const s = sameIncident(records[i]!, records[j]!);
    if (s < threshold) return;
    good.set(i * n + j, s);
    scored.push({ i, j, s });
  });
  scored.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const score = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    return good.get(a * n + b) ?? sameIncident(records[a]!, records[b]!);
  };

  const clusterOf = records.map((_, i) => i);
  const members = new Map<number, number[]>(records.map((_, i) => [i, [i]]));
  const articlesOf = new Map<number, Set<string>>(records.map((r, i) => [i, new Set(r.articles ?? [])]));
  for (const { i, j } of scored) {
    const ci = clusterOf[i]!;
    const cj = clusterOf[j]!;
    if (ci === cj) continue;
    const ai = articlesOf.get(ci)!;
    const aj = articlesOf.get(cj)!;
    if ([...aj].some((a) => ai.has(a))) continue;
    const mi = members.get(ci)!;
    const mj = members.get(cj)!;
    let sum = 0;
    let ok = true;
    for (const x of mi) {
      for (const y of mj) {
        const s = score(x, y);
        if (s === 0) {
          ok = false;
          break;
        }
        sum += s;
      }
      if (!ok) break;
    }
    if (!ok || sum / (mi.length * mj.length) < threshold) continue;
    const [keep, gone] = ci < cj ? [ci, cj] : [cj, ci];
    const all = [...members.get(keep)!, ...members.get(gone)!].sort((a, b) => a - b);
    members.set(keep, all);
    members.delete(gone);
    for (const a of articlesOf.get(gone)!) articlesOf.get(keep)!.add(a);
    articlesOf.delete(gone);
    for (const m of all) clusterOf[m] = keep;
  }
  return [...members.values()].sort((a, b) => a[0]! - b[0]!);
}

/** Stable output order: by date (undated last), then id. */
export function compareRecords(a: IncidentRecord, b: IncidentRecord): number {
  if (a.event_date !== b.event_date) {
    if (a.event_date == null) return 1;
    if (b.event_date == null) return -1;
    return a.event_date < b.event_date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The optional per-article publication dates (fusion's `published` extra), united; absent when no record has them. */
function publishedOf(records: readonly IncidentRecord[]): { published?: string[] } {
  if (!records.some((r) => (r as WithPublished).published != null)) return {};
  const all = records.flatMap((r) => {
    const p = (r as WithPublished).published;
    return Array.isArray(p) ? p : p != null ? [p] : [];
  });
  return { published: uniq(all.filter((d): d is string => typeof d === 'string' && !!d)).sort() };
}

/** Fuse a batch: cluster the records of one incident across articles, merge each cluster, sort. */
export function fuseBatch(records: readonly IncidentRecord[], threshold = MATCH_THRESHOLD): FusedRecord[] {
  return clusterRecords(records, threshold)
    .map((idx) => mergeRecords(idx.map((i) => records[i]!)))
    .sort(compareRecords);
}
