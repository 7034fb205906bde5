/**
 * sitrep's own scorer: the metrics of ../shared/eval/score.mjs (CONTRACT.md), ported line by line so that
 * the figures are identical, plus the misses an analyst needs to improve a run: unmatched gold incidents,
 * false positives, and wrong fields with the expected and the produced value.
 *
 * Matching (per article): an output incident is a candidate for a gold incident of the same article when
 * its date agrees within the gold precision and its place lies within `tolerance_km`, or when one of those
 * agrees and its event type matches; candidates are taken best first, one to one.
 */
import type { IncidentRecord } from '../types.js';

/** A gold line (CONTRACT.md "Gold"); loosely typed because users bring their own. */
export type GoldRecord = Record<string, any>;
type Pred = Record<string, any> & { id: string; articles: string[] };

export interface FieldAccuracy {
  accuracy: number | null;
  n: number;
}

export interface DetailRow {
  article: string;
  key: string;
  pred: string;
  date: boolean;
  event_type: boolean;
  sub_event_type: boolean;
  place: boolean;
  admin1?: boolean;
  country?: boolean;
  fatalities?: boolean;
  injuries?: boolean;
  actors: { tp: number; fp: number; fn: number };
  sources: { hit: number; of: number } | null;
  disputes: { hit: number; of: number } | null;
}

export interface ArticleRow {
  article: string;
  gold: number;
  output: number;
  tp: number;
  fp: number;
  fn: number;
  leaks: number;
}

export interface Miss {
  article: string;
  key?: string;
  pred?: string;
  field?: string;
  expected?: unknown;
  got?: unknown;
  summary: string;
}

export interface EvalReport {
  articles: number;
  gold_incidents: number;
  output_incidents: number;
  detection: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number };
  aggregate_leaks: number;
  fields: Record<'date' | 'event_type' | 'sub_event_type' | 'place' | 'admin1' | 'country' | 'fatalities' | 'injuries', FieldAccuracy>;
  actors_f1: number;
  source_recall: number | null;
  dispute_recall: number | null;
  merge: { tp: number; fp: number; fn: number; f1: number | null };
  overall: number;
  perArticle: ArticleRow[];
  details: DetailRow[];
  misses: { unmatched_gold: Miss[]; false_positives: Miss[]; wrong_fields: Miss[] };
}

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ad|ar|as|ash|az)[-\s]/g, '')
    .replace(/governorate|province|district/g, '')
    .replace(/[^a-z0-9]/g, '');

const ADMIN_ALIASES = [
  ['hasakah', 'hasaka', 'hassakeh', 'hasakeh', 'hassake', 'hasakah'],
  ['deirezzor', 'dayrazzawr', 'deirezzor', 'deirelzour', 'deirazzor', 'deirezzour', 'dairalzour', 'deirzor'],
  ['idlib', 'idleb'],
  ['aleppo', 'halab'],
  ['hama', 'hamah'],
  ['homs', 'hims'],
  ['raqqa', 'raqqah', 'rakka'],
  ['damascus', 'dimashq'],
  ['ruraldamascus', 'rifdimashq', 'damascuscountryside'],
];

export function sameAdmin(a: unknown, b: unknown): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return ADMIN_ALIASES.some((group) => group.includes(x) && group.includes(y));
}

const day = (s: unknown) => {
  const t = Date.parse(`${String(s).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / 86400000;
};

function dateOk(g: GoldRecord, p: Pred): boolean {
  if (!g.event_date) return p.event_date == null;
  const gd = day(g.event_date);
  const pd = p.event_date ? day(p.event_date) : null;
  if (pd == null) return false;
  if (g.time_precision === 3) return String(p.event_date).slice(0, 7) === String(g.event_date).slice(0, 7);
  // gd null (unparsable gold date) compares as NaN, as in score.mjs.
  return Math.abs((gd ?? NaN) - pd) <= (g.time_precision === 2 ? 7 : 1);
}

export function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const dLat = (bLat - aLat) * r;
  const dLon = (bLon - aLon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const locOk = (g: GoldRecord, p: Pred) =>
  typeof p.latitude === 'number' &&
  typeof p.longitude === 'number' &&
  g.latitude != null &&
  km(g.latitude, g.longitude, p.latitude, p.longitude) <= (g.tolerance_km ?? 25);
const accepted = (g: GoldRecord, field: string): unknown[] => [g[field], ...((g.accept ?? {})[field] ?? [])].filter((v) => v != null);
const typeOk = (g: GoldRecord, p: Pred) => accepted(g, 'event_type').includes(p.event_type);
const subtypeOk = (g: GoldRecord, p: Pred) => accepted(g, 'sub_event_type').includes(p.sub_event_type);

function actorScore(g: GoldRecord, p: Pred) {
  const goldActors = [
    [g.inter1, g.actor1_country],
    [g.inter2, g.actor2_country],
  ].filter(([i]) => i != null);
  const acceptActors: unknown[][] = g.accept_actors ?? [];
  const predActors = [
    [p.inter1, p.actor1_country],
    [p.inter2, p.actor2_country],
  ].filter(([i]) => i != null);
  const used = goldActors.map(() => false);
  let tp = 0;
  let fp = 0;
  for (const [i, c] of predActors) {
    let k = goldActors.findIndex(([gi, gc], j) => !used[j] && gi === i && (gc ?? null) === (c ?? null));
    const isAccepted = acceptActors.some(([ai, ac]) => ai === i && ac === c);
    if (k < 0 && isAccepted) k = goldActors.findIndex(([, gc], j) => !used[j] && gc === c);
    if (k < 0 && isAccepted) k = goldActors.findIndex((_, j) => !used[j]);
    if (k >= 0) {
      used[k] = true;
      tp++;
    } else if (!isAccepted) fp++;
  }
  return { tp, fp, fn: used.filter((u) => !u).length };
}

function predSourceNames(p: Pred): string[] {
  return [...(Array.isArray(p.sources) ? p.sources : []), ...(Array.isArray(p.claims) ? p.claims : []).map((c: any) => c?.source)]
    .filter((s): s is string => typeof s === 'string' && s.length >= 3)
    .map((s) => s.toLowerCase());
}

function sourceHits(g: GoldRecord, p: Pred): { hits: string[]; missing: string[] } {
  const predSources = predSourceNames(p);
  const keys: string[] = g.sources ?? [];
  const hits: string[] = [];
  const missing: string[] = [];
  for (const k of keys) {
    const ok = [k, ...((g.source_aliases ?? {})[k] ?? [])]
      .map((a: string) => a.toLowerCase())
      .some((alias: string) => predSources.some((s) => s.includes(alias) || (s.length >= 4 && alias.includes(s))));
    (ok ? hits : missing).push(k);
  }
  return { hits, missing };
}

function sourceRecall(g: GoldRecord, p: Pred) {
  const keys = g.sources ?? [];
  if (!keys.length) return null;
  return { hit: sourceHits(g, p).hits.length, of: keys.length };
}

function disputeRecall(g: GoldRecord, p: Pred) {
  const want: string[] = g.disputes ?? [];
  if (!want.length) return null;
  const have = new Set((Array.isArray(p.disputes) ? p.disputes : []).map((d: any) => d?.attribute));
  return { hit: want.filter((a) => have.has(a)).length, of: want.length };
}

// A gold null means no figure was reported: ACLED writes 0 for that, so 0 and null both agree with it.
const sameCount = (g: unknown, p: unknown) => (g === null ? p == null || p === 0 : p === g);

const inRange = (g: GoldRecord, p: Pred, field: string) => {
  const r = (g.accept_range ?? {})[field];
  return !!r && typeof p[field] === 'number' && p[field] >= r[0] && p[field] <= r[1];
};

const ratio = (n: number, d: number) => (d ? n / d : null);
const f1 = (tp: number, fp: number, fn: number) => {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return p && r ? (2 * p * r) / (p + r) : 0;
};

const brief = (x: Record<string, any>) =>
  `${x.event_date ?? 'undated'} ${x.event_type ?? '?'}/${x.sub_event_type ?? '?'} at ${x.location ?? '?'}${x.admin1 ? ` (${x.admin1})` : ''}, fatalities ${x.fatalities ?? 'null'}`;

/** Score output incidents against gold lines (CONTRACT.md), with score.mjs's metrics and the misses. */
export function scoreIncidents(goldLines: readonly GoldRecord[], predictions: readonly (IncidentRecord | Record<string, any>)[]): EvalReport {
  const gold = goldLines.filter((g) => !g.not_incident);
  const notIncidents = goldLines.filter((g) => g.not_incident);
  const preds: Pred[] = predictions.map((p0, i) => {
    const p: Record<string, any> = { ...(p0 as Record<string, any>) };
    if (p.id == null) p.id = `pred-${i}`;
    if (!Array.isArray(p.articles)) p.articles = [];
    return p as Pred;
  });

  function fusedOk(g: GoldRecord, p: Pred, field: string) {
    if (p.articles.length < 2 || typeof p[field] !== 'number') return false;
    const figures = gold
      .filter((x) => x.key === g.key && p.articles.includes(x.article) && typeof x[field] === 'number')
      .map((x) => x[field] as number);
    return figures.length > 0 && p[field] >= Math.min(...figures) && p[field] <= Math.max(...figures);
  }

  const articles = [...new Set(gold.map((g) => g.article as string))].sort();
  const perArticle: ArticleRow[] = [];
  const matches: { a: string; g: GoldRecord; p: Pred }[] = [];
  const tally = { tp: 0, fp: 0, fn: 0, aggregateLeaks: 0 };
  const unmatchedGold: Miss[] = [];
  const falsePositives: Miss[] = [];
  for (const a of articles) {
    const gs = gold.filter((g) => g.article === a);
    const ps = preds.filter((p) => p.articles.includes(a));
    const cands: { g: GoldRecord; p: Pred; s: number }[] = [];
    for (const g of gs)
      for (const p of ps) {
        const d = dateOk(g, p);
        const l = locOk(g, p);
        const t = typeOk(g, p);
        if ((d && l) || ((d || l) && t)) cands.push({ g, p, s: +d + +l + +t + (subtypeOk(g, p) ? 0.5 : 0) });
      }
    cands.sort((x, y) => y.s - x.s);
    const gUsed = new Set<GoldRecord>();
    const pUsed = new Set<Pred>();
    for (const c of cands) {
      if (gUsed.has(c.g) || pUsed.has(c.p)) continue;
      gUsed.add(c.g);
      pUsed.add(c.p);
      matches.push({ a, g: c.g, p: c.p });
    }
    const tp = gs.filter((g) => g.required !== false && gUsed.has(g)).length;
    const fn = gs.filter((g) => g.required !== false && !gUsed.has(g)).length;
    const fp = ps.filter((p) => !pUsed.has(p)).length;
    const isLeak = (p: Pred) =>
      notIncidents.some((n) => n.article === a && n.min_fatalities != null && typeof p.fatalities === 'number' && p.fatalities >= n.min_fatalities);
    const leaks = ps.filter(isLeak).length;
    tally.tp += tp;
    tally.fp += fp;
    tally.fn += fn;
    tally.aggregateLeaks += leaks;
    perArticle.push({ article: a, gold: gs.filter((g) => g.required !== false).length, output: ps.length, tp, fp, fn, leaks });
    for (const g of gs)
      if (g.required !== false && !gUsed.has(g))
        unmatchedGold.push({ article: a, key: g.key, summary: `missed ${g.key}: ${brief(g)}` });
    for (const p of ps)
      if (!pUsed.has(p))
        falsePositives.push({ article: a, pred: p.id, summary: `${p.id}: ${brief(p)}${isLeak(p) ? ' [aggregate leak]' : ''}` });
  }

  const fields: Record<keyof EvalReport['fields'], boolean[]> = {
    date: [],
    event_type: [],
    sub_event_type: [],
    place: [],
    admin1: [],
    country: [],
    fatalities: [],
    injuries: [],
  };
  const actors = { tp: 0, fp: 0, fn: 0 };
  const sources = { hit: 0, of: 0 };
  const disputes = { hit: 0, of: 0 };
  const details: DetailRow[] = [];
  const wrong: Miss[] = [];
  for (const { a, g, p } of matches.filter((m) => m.g.required !== false)) {
    const row = {
      date: dateOk(g, p),
      event_type: typeOk(g, p),
      sub_event_type: subtypeOk(g, p),
      place: locOk(g, p),
      admin1: g.admin1 ? accepted(g, 'admin1').some((x) => sameAdmin(x, p.admin1)) : undefined,
      country: g.country ? String(p.country ?? '').toUpperCase() === g.country : undefined,
      fatalities:
        g.fatalities !== undefined ? sameCount(g.fatalities, p.fatalities) || inRange(g, p, 'fatalities') || fusedOk(g, p, 'fatalities') : undefined,
      injuries: g.injuries !== undefined ? sameCount(g.injuries, p.injuries) || inRange(g, p, 'injuries') || fusedOk(g, p, 'injuries') : undefined,
    };
    for (const [k, v] of Object.entries(row)) if (v !== undefined) fields[k as keyof typeof fields].push(v);
    const ac = actorScore(g, p);
    actors.tp += ac.tp;
    actors.fp += ac.fp;
    actors.fn += ac.fn;
    const sr = sourceRecall(g, p);
    if (sr) {
      sources.hit += sr.hit;
      sources.of += sr.of;
    }
    const dr = disputeRecall(g, p);
    if (dr) {
      disputes.hit += dr.hit;
      disputes.of += dr.of;
    }
    const detail: DetailRow = { article: a, key: g.key, pred: p.id, ...row, actors: ac, sources: sr, disputes: dr };
    for (const k of Object.keys(row) as (keyof typeof row)[]) if (detail[k] === undefined) delete detail[k];
    details.push(detail);
    wrong.push(...wrongFields(a, g, p, row, ac, sr, dr));
  }

  // Cross-article merging: pairs of articles that report the same gold incident.
  const byKey = new Map<string, { a: string; p: Pred }[]>();
  for (const { a, g, p } of matches) {
    if (!byKey.has(g.key)) byKey.set(g.key, []);
    byKey.get(g.key)!.push({ a, p });
  }
  const merge = { tp: 0, fp: 0, fn: 0 };
  const mergeMisses: Miss[] = [];
  const keys = [...new Set(gold.map((g) => g.key as string))];
  for (const k of keys) {
    const arts = [...new Set(gold.filter((g) => g.key === k && g.required !== false).map((g) => g.article as string))];
    for (let i = 0; i < arts.length; i++)
      for (let j = i + 1; j < arts.length; j++) {
        const mi = (byKey.get(k) ?? []).find((m) => m.a === arts[i]);
        const mj = (byKey.get(k) ?? []).find((m) => m.a === arts[j]);
        if (mi && mj && (mi.p === mj.p || (mi.p.articles.includes(arts[j]!) && mj.p.articles.includes(arts[i]!)))) merge.tp++;
        else {
          merge.fn++;
          mergeMisses.push({
            article: `${arts[i]}+${arts[j]}`,
            key: k,
            field: 'merge',
            summary: `${k}: articles ${arts[i]} and ${arts[j]} not merged (${mi ? mi.p.id : 'unmatched'} vs ${mj ? mj.p.id : 'unmatched'})`,
          });
        }
      }
  }
  for (const p of preds) {
    const matchedKeys = p.articles.map((a) => matches.find((m) => m.a === a && m.p === p)?.g.key).filter(Boolean);
    for (let i = 0; i < matchedKeys.length; i++)
      for (let j = i + 1; j < matchedKeys.length; j++)
        if (matchedKeys[i] !== matchedKeys[j]) {
          merge.fp++;
          mergeMisses.push({
            article: p.articles.join('+'),
            pred: p.id,
            field: 'merge',
            summary: `${p.id} merges different incidents ${matchedKeys[i]} and ${matchedKeys[j]}`,
          });
        }
  }

  const mean = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : null);
  const fieldAcc = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { accuracy: mean(v), n: v.length }])) as EvalReport['fields'];
  const detectionF1 = f1(tally.tp, tally.fp, tally.fn);
  const fieldVals = Object.values(fieldAcc)
    .map((f) => f.accuracy)
    .filter((v): v is number => v != null);
  return {
    articles: articles.length,
    gold_incidents: gold.filter((g) => g.required !== false).length,
    output_incidents: preds.length,
    detection: {
      tp: tally.tp,
      fp: tally.fp,
      fn: tally.fn,
      precision: ratio(tally.tp, tally.tp + tally.fp),
      recall: ratio(tally.tp, tally.tp + tally.fn),
      f1: detectionF1,
    },
    aggregate_leaks: tally.aggregateLeaks,
    fields: fieldAcc,
    actors_f1: f1(actors.tp, actors.fp, actors.fn),
    source_recall: ratio(sources.hit, sources.of),
    dispute_recall: ratio(disputes.hit, disputes.of),
    merge: { ...merge, f1: merge.tp + merge.fn + merge.fp ? f1(merge.tp, merge.fp, merge.fn) : null },
    // One headline figure: detection F1 times mean field accuracy (0 when nothing matched).
    overall: detectionF1 * (fieldVals.length ? fieldVals.reduce((s, v) => s + v, 0) / fieldVals.length : 0),
    perArticle,
    details,
    misses: { unmatched_gold: unmatchedGold, false_positives: falsePositives, wrong_fields: [...wrong, ...mergeMisses] },
  };

  function wrongFields(
    a: string,
    g: GoldRecord,
    p: Pred,
    row: Record<string, boolean | undefined>,
    ac: { tp: number; fp: number; fn: number },
    sr: { hit: number; of: number } | null,
    dr: { hit: number; of: number } | null,
  ): Miss[] {
    const out: Miss[] = [];
    const add = (field: string, expected: unknown, got: unknown) =>
      out.push({ article: a, key: g.key, pred: p.id, field, expected, got, summary: `${a} ${g.key} ${field}: expected ${show(expected)}, got ${show(got)}` });
    const alts = (field: string) => {
      const xs = accepted(g, field);
      return xs.length > 1 ? xs : xs[0];
    };
    if (!row.date) add('date', `${g.event_date ?? null} (precision ${g.time_precision})`, p.event_date ?? null);
    if (!row.event_type) add('event_type', alts('event_type'), p.event_type);
    if (!row.sub_event_type) add('sub_event_type', alts('sub_event_type'), p.sub_event_type);
    if (!row.place) {
      const dist =
        typeof p.latitude === 'number' && typeof p.longitude === 'number' && g.latitude != null
          ? ` ${Math.round(km(g.latitude, g.longitude, p.latitude, p.longitude))} km away`
          : '';
      add('place', `${g.location} within ${g.tolerance_km ?? 25} km`, `${p.location ?? null} (${p.latitude ?? null}, ${p.longitude ?? null})${dist}`);
    }
    if (row.admin1 === false) add('admin1', alts('admin1'), p.admin1 ?? null);
    if (row.country === false) add('country', g.country, p.country ?? null);
    const figure = (field: string) => {
      const r = (g.accept_range ?? {})[field];
      return r ? `${g[field]} (or ${r[0]}–${r[1]})` : g[field];
    };
    if (row.fatalities === false) add('fatalities', figure('fatalities'), p.fatalities ?? null);
    if (row.injuries === false) add('injuries', figure('injuries'), p.injuries ?? null);
    if (ac.fp || ac.fn) {
      const pair = (i: unknown, c: unknown) => (i == null ? null : `${i}/${c ?? '-'}`);
      add(
        'actors',
        [pair(g.inter1, g.actor1_country), pair(g.inter2, g.actor2_country)].filter(Boolean).join(' vs '),
        [pair(p.inter1, p.actor1_country), pair(p.inter2, p.actor2_country)].filter(Boolean).join(' vs ') || 'none',
      );
    }
    if (sr && sr.hit < sr.of) add('sources', sourceHits(g, p).missing, [...new Set(predSourceNames(p))]);
    if (dr && dr.hit < dr.of)
      add(
        'disputes',
        g.disputes,
        (Array.isArray(p.disputes) ? p.disputes : []).map((d: any) => d?.attribute),
      );
    return out;
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

const pct = (v: number | null) => (v == null ? '  n/a' : `${(100 * v).toFixed(1).padStart(5)}%`);

/** The figures as score.mjs prints them, followed by the misses. */
export function formatReport(report: EvalReport, opts: { misses?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push('article  gold  out   tp  fp  fn  leaks');
  for (const r of report.perArticle)
    lines.push(
      `${r.article.padEnd(8)} ${String(r.gold).padStart(4)} ${String(r.output).padStart(4)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.leaks).padStart(6)}`,
    );
  const d = report.detection;
  lines.push('', `detection   P ${pct(d.precision)}  R ${pct(d.recall)}  F1 ${pct(d.f1)}   aggregate leaks ${report.aggregate_leaks}`);
  for (const [k, v] of Object.entries(report.fields)) lines.push(`${k.padEnd(15)} ${pct(v.accuracy)}  (n=${v.n})`);
  lines.push(`actors F1       ${pct(report.actors_f1)}`);
  lines.push(`source recall   ${pct(report.source_recall)}`);
  lines.push(`dispute recall  ${pct(report.dispute_recall)}`);
  lines.push(`merge F1        ${pct(report.merge.f1)}  (tp ${report.merge.tp} fp ${report.merge.fp} fn ${report.merge.fn})`);
  lines.push(`overall ${pct(report.overall)}`);
  if (opts.misses !== false) {
    const m = report.misses;
    const section = (title: string, xs: Miss[]) => {
      lines.push('', `${title} (${xs.length})`);
      if (!xs.length) lines.push('  none');
      for (const x of xs) lines.push(`  ${x.article}  ${x.summary}`);
    };
    section('unmatched gold incidents', m.unmatched_gold);
    section('false positives', m.false_positives);
    section('wrong fields', m.wrong_fields);
  }
  return lines.join('\n');
}

/** Parse JSONL text (blank lines skipped); errors name the line. */
export function parseJsonl(text: string, origin = 'input'): Record<string, any>[] {
  return text
    .split('\n')
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${origin}:${i + 1}: ${(e as Error).message}`);
      }
    });
}
