import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatReport, parseJsonl, scoreIncidents } from '../../src/eval/index.js';
import { projectRoot as repoRoot } from '../../src/geo/paths.js';

// test/eval (tsx) or dist/test/eval (compiled): find the repo root by package.json.
const EVAL = resolve(repoRoot(), '..', 'shared', 'eval');
const SCORER = join(EVAL, 'score.mjs');
const GOLD = join(EVAL, 'dev', 'gold.jsonl');
const haveShared = existsSync(SCORER) && existsSync(GOLD);

/** A small deterministic PRNG so that each seed gives a different, reproducible perturbation. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Predictions built from gold lines, fused or not, with fields perturbed at random. */
function perturbedPredictions(goldLines: Record<string, any>[], seed: number): Record<string, any>[] {
  const r = rng(seed);
  const gold = goldLines.filter((g) => !g.not_incident);
  const byKey = new Map<string, Record<string, any>[]>();
  for (const g of gold) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  const preds: Record<string, any>[] = [];
  let n = 0;
  const fromGold = (g: Record<string, any>, articles: string[]) => {
    const p: Record<string, any> = {
      id: `p${n++}`,
      articles,
      event_date: g.event_date,
      time_precision: g.time_precision,
      event_type: g.event_type,
      sub_event_type: g.sub_event_type,
      inter1: g.inter1 ?? null,
      inter2: g.inter2 ?? null,
      actor1_country: g.actor1_country ?? null,
      actor2_country: g.actor2_country ?? null,
      country: g.country,
      admin1: g.admin1,
      location: g.location,
      latitude: g.latitude,
      longitude: g.longitude,
      fatalities: g.fatalities ?? null,
      injuries: g.injuries ?? null,
      sources: [...(g.sources ?? [])],
      claims: [],
      disputes: (g.disputes ?? []).map((a: string) => ({ attribute: a, values: [] })),
    };
    if (r() < 0.15) p.event_date = p.event_date ? `${p.event_date.slice(0, 8)}${String(Math.min(28, Number(p.event_date.slice(8)) + 3)).padStart(2, '0')}` : '2020-01-01';
    if (r() < 0.15) p.latitude = (p.latitude ?? 0) + 1.5;
    if (r() < 0.15) p.event_type = 'Protests';
    if (r() < 0.15) p.sub_event_type = 'Attack';
    if (r() < 0.15) p.admin1 = r() < 0.5 ? 'Hasakah Governorate' : 'Elsewhere';
    if (r() < 0.1) p.country = r() < 0.5 ? 'sy' : 'TR';
    if (r() < 0.2) p.fatalities = typeof p.fatalities === 'number' ? p.fatalities + 2 : r() < 0.5 ? 0 : 3;
    if (r() < 0.2) p.injuries = null;
    if (r() < 0.2) [p.inter1, p.inter2] = [p.inter2, 3];
    if (r() < 0.2) p.sources = p.sources.slice(1);
    if (r() < 0.3) {
      p.claims = [{ attribute: 'fatalities', value: 1, source: 'Syrian Arab News Agency', article: articles[0], quote: 'q' }];
      p.sources = [];
    }
    if (r() < 0.2) p.disputes = [];
    return p;
  };
  for (const [, gs] of byKey) {
    const x = r();
    if (x < 0.1) continue; // missed entirely
    if (x < 0.55 && gs.length > 1) preds.push(fromGold(gs[0]!, gs.map((g) => g.article)));
    else for (const g of gs) if (r() > 0.1) preds.push(fromGold(g, [g.article]));
  }
  // False positives, one an aggregate leak; one record wrongly fusing two different incidents.
  preds.push({ id: `p${n++}`, articles: ['000'], event_date: '2020-02-05', event_type: 'Battles', sub_event_type: 'Armed clash', fatalities: 85, latitude: 35.9, longitude: 36.6 });
  preds.push({ articles: ['n012'], event_date: null, event_type: 'Riots', fatalities: null });
  const twoKeys = gold.filter((g) => g.article === 'n011');
  if (twoKeys.length > 1 && r() < 0.7) preds.push(fromGold(twoKeys[1]!, ['n011', 'n012']));
  if (seed % 2) preds.push({ id: null, fatalities: 13 });
  return preds;
}

/** The figures shared by both scorers (our report adds misses). */
function figures(report: Record<string, any>) {
  const { misses: _misses, ...rest } = report;
  return JSON.parse(JSON.stringify(rest));
}

test('the scorer gives the same figures as score.mjs on perturbed predictions', { skip: haveShared ? false : `../shared/eval absent (${EVAL}): cannot compare with score.mjs` }, () => {
  const goldLines = parseJsonl(readFileSync(GOLD, 'utf8'), GOLD);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  try {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const preds = perturbedPredictions(goldLines, seed);
      const predPath = join(dir, `pred-${seed}.jsonl`);
      writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
      const theirs = JSON.parse(execFileSync(process.execPath, [SCORER, '--gold', GOLD, '--pred', predPath, '--json', '--verbose'], { encoding: 'utf8' }));
      const ours = scoreIncidents(goldLines, preds);
      assert.deepEqual(figures(ours), theirs, `seed ${seed}`);
      // The perturbations must actually exercise the metrics: not everything right, not everything wrong.
      assert.ok(ours.detection.tp > 0 && ours.detection.fp > 0, `seed ${seed}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const G = (over: Record<string, any>) => ({
  key: 'k1',
  article: 'a1',
  required: true,
  event_date: '2020-02-12',
  time_precision: 1,
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  inter1: 1,
  actor1_country: 'SY',
  inter2: 8,
  actor2_country: 'US',
  country: 'SY',
  admin1: 'Al-Hasakah',
  location: 'Qamishli',
  latitude: 37.05,
  longitude: 41.22,
  tolerance_km: 25,
  fatalities: 1,
  injuries: 2,
  sources: ['SANA'],
  source_aliases: { SANA: ['Syrian Arab News Agency'] },
  disputes: ['initiator'],
  ...over,
});

test('hand-made case: matching, fields, fused figures, merge pairs and the misses', () => {
  const gold = [
    G({}),
    G({ article: 'a2', fatalities: 3 }),
    G({ key: 'k2', article: 'a1', event_date: '2020-03-01', location: 'Aden', country: 'YE', admin1: 'Aden', latitude: 12.78, longitude: 45.04 }),
    { not_incident: true, article: 'a1', min_fatalities: 50 },
  ];
  const pred = [
    {
      id: 'P1',
      articles: ['a1', 'a2'],
      event_date: '2020-02-13',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      inter1: 1,
      actor1_country: 'SY',
      inter2: 2,
      actor2_country: 'SY',
      country: 'SY',
      admin1: 'Hasakah',
      latitude: 37.1,
      longitude: 41.2,
      fatalities: 2, // within the articles' 1..3
      injuries: null,
      sources: [],
      claims: [{ source: 'Syrian Arab News Agency' }],
      disputes: [{ attribute: 'initiator' }],
    },
    { id: 'P2', articles: ['a1'], event_date: '2020-01-01', event_type: 'Riots', sub_event_type: 'Mob violence', fatalities: 60 },
  ];
  const r = scoreIncidents(gold, pred as any);
  assert.deepEqual(r.detection, { tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
  assert.equal(r.aggregate_leaks, 1);
  assert.equal(r.fields.fatalities.accuracy, 1);
  assert.equal(r.fields.injuries.accuracy, 0);
  assert.equal(r.fields.admin1.accuracy, 1);
  assert.equal(r.actors_f1, 0.5);
  assert.equal(r.source_recall, 1);
  assert.equal(r.dispute_recall, 1);
  assert.deepEqual(r.merge, { tp: 1, fp: 0, fn: 0, f1: 1 });
  assert.deepEqual(r.misses.unmatched_gold.map((m) => m.key), ['k2']);
  assert.deepEqual(r.misses.false_positives.map((m) => m.pred), ['P2']);
  assert.ok(r.misses.false_positives[0]!.summary.includes('aggregate leak'));
  const injuries = r.misses.wrong_fields.filter((m) => m.field === 'injuries');
  assert.equal(injuries.length, 2);
  assert.equal(injuries[0]!.expected, 2);
  assert.equal(injuries[0]!.got, null);
  const text = formatReport(r);
  assert.match(text, /detection\s+P\s+66\.7%/);
  assert.match(text, /unmatched gold incidents \(1\)/);
  assert.match(text, /injuries: expected 2, got null/);
  assert.match(text, /actors: expected 1\/SY vs 8\/US, got 1\/SY vs 2\/SY/);
});

test('empty predictions: nothing detected, overall 0', () => {
  const r = scoreIncidents([G({})], []);
  assert.equal(r.detection.f1, 0);
  assert.equal(r.detection.fn, 1);
  assert.equal(r.detection.precision, null);
  assert.equal(r.overall, 0);
  assert.equal(r.merge.f1, null);
});
