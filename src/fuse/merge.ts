/**
 * Merging records of one incident, and clustering a batch of records into incidents.
 */
import type { Claim, IncidentRecord } from '../types.js';
import { recompute } from './figures.js';
import { MATCH_THRESHOLD, dayNumber, normName, sameIncident } from './match.js';

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

  // Place: the location most reports name, a precise one counting more than a vague one.
  const placed = records.filter((r) => r.location || r.latitude != null);
  const placeRec =
    vote(
      placed.map((r) => ({
        key: r.geonameid != null ? `g${r.geonameid}` : normName(r.location) || `${r.latitude},${r.longitude}`,
        weight: articleCount(r) * (1 + 0.4 * (3 - (r.geo_precision ?? 3))),
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
  const sideNames = new Set([actorRec.actor1, actorRec.actor2].filter(Boolean));
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
    actor1: actorRec.actor1,
    actor2: actorRec.actor2,
    inter1: actorRec.inter1,
    inter2: actorRec.inter2,
    actor1_country: actorRec.actor1_country,
    actor2_country: actorRec.actor2_country,
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
    notes: records.map((r) => r.notes).find((n) => n && n.trim()) ?? '',
    absorbed,
  };
  return recompute(merged);
}

/** Candidate pairs (i < j) whose countries may agree and whose dates lie within a month. */
function candidatePairs(records: readonly IncidentRecord[]): [number, number][] {
  const MAX_GAP = 31;
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    const k = r.country ? r.country.toUpperCase() : '?';
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(i);
  });
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  const add = (i: number, j: number) => {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const k = a * records.length + b;
    if (seen.has(k)) return;
    seen.add(k);
    pairs.push([a, b]);
  };
  const days = records.map((r) => dayNumber(r.event_date));
  const split = (idx: number[]) => {
    const dated = idx.filter((i) => days[i] != null).sort((x, y) => days[x]! - days[y]! || x - y);
    const undated = idx.filter((i) => days[i] == null);
    return { dated, undated };
  };
  const compare = (a: number[], b: number[]) => {
    const A = split(a);
    const B = split(b);
    // Dated against dated: a sliding window over B sorted by day.
    let lo = 0;
    for (const i of A.dated) {
      const d = days[i]!;
      while (lo < B.dated.length && days[B.dated[lo]!]! < d - MAX_GAP) lo++;
      for (let k = lo; k < B.dated.length && days[B.dated[k]!]! <= d + MAX_GAP; k++) add(i, B.dated[k]!);
    }
    // An undated record may match anything in the block.
    for (const i of A.undated) for (const j of b) add(i, j);
    for (const j of B.undated) for (const i of a) add(i, j);
  };
  const unknown = groups.get('?') ?? [];
  for (const [k, g] of groups) {
    compare(g, g);
    if (k !== '?' && unknown.length) compare(unknown, g);
  }
  return pairs;
}

/**
 * Clusters of records that report one incident: pairs are taken best first, and two clusters join only
 * when they share no article (an article's records were already merged by the extractor), no pair across
 * them is ruled out, and their average cross score stays above the threshold (so that A~B and B~C do not
 * chain A and C together when A and C disagree).
 */
export function clusterRecords(records: readonly IncidentRecord[], threshold = MATCH_THRESHOLD): number[][] {
  const scoreCache = new Map<number, number>();
  const score = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const k = a * records.length + b;
    let s = scoreCache.get(k);
    if (s === undefined) scoreCache.set(k, (s = sameIncident(records[a]!, records[b]!)));
    return s;
  };
  const scored = candidatePairs(records)
    .map(([i, j]) => ({ i, j, s: score(i, j) }))
    .filter((p) => p.s >= threshold)
    .sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);

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

/** Fuse a batch: cluster the records of one incident across articles, merge each cluster, sort. */
export function fuseBatch(records: readonly IncidentRecord[], threshold = MATCH_THRESHOLD): FusedRecord[] {
  return clusterRecords(records, threshold)
    .map((idx) => mergeRecords(idx.map((i) => records[i]!)))
    .sort(compareRecords);
}
