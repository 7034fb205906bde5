/**
 * False incidents in general news: runs the extraction over the geoparsing sets' development articles
 * (../shared/eval/geo/*-dev.articles.jsonl: US local news, world news; read at run time, never copied into
 * the repo) and prints what an analyst would check first: records per article, counts by sub-event type,
 * and a sample of the sentences that opened each record. Most of these articles report no political
 * violence at all, so every record is a candidate false positive to read by hand (crashes, fires, sports,
 * business, figurative "shot", weapons named without an event, ordinary crime, history).
 *
 *   npx tsx scripts/check-false-incidents.ts [--sets lgl-dev,gwn-dev] [--sample 50] [--seed 1] [--type 'Armed clash'] [--json FILE]
 *
 * The test splits (*-test) are for reporting only; this script refuses them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/pipeline.js';
import { projectRoot } from '../src/geo/paths.js';
import type { Article, IncidentRecord } from '../src/types.js';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'lgl-dev,gwn-dev' },
    sample: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    type: { type: 'string' },
    json: { type: 'string' },
  },
});
const GEO = join(projectRoot(), '..', 'shared', 'eval', 'geo');
const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

// A small deterministic generator, so that a sample can be read again after a change.
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

interface Row {
  set: string;
  article: string;
  sub: string;
  fatalities: number | null;
  quote: string;
}
const rows: Row[] = [];
for (const set of values.sets!.split(',').map((s) => s.trim()).filter(Boolean)) {
  if (!set.endsWith('-dev')) {
    console.error(`${set}: only the development splits (*-dev) are read here; the test splits are for reporting`);
    process.exitCode = 2;
    continue;
  }
  const lines = readFileSync(join(GEO, `${set}.articles.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
  const perArticle = new Map<number, number>();
  let records = 0;
  for (const line of lines) {
    const a = JSON.parse(line) as { id: string; text: string; published?: string | null; title?: string | null };
    const article: Article = { id: a.id, text: a.text, outlet: null, url: null, published: a.published ?? null, title: a.title ?? null };
    let recs: IncidentRecord[] = [];
    try {
      recs = extractArticle(article);
    } catch (e) {
      console.error(`  ${a.id}: ${(e as Error).message}`);
    }
    perArticle.set(recs.length, (perArticle.get(recs.length) ?? 0) + 1);
    records += recs.length;
    for (const r of recs) {
      const quote = r.claims.find((c) => c.attribute === 'event')?.quote ?? r.claims[0]?.quote ?? r.notes ?? '';
      rows.push({ set, article: a.id, sub: r.sub_event_type, fatalities: r.fatalities, quote });
    }
  }
  const dist = [...perArticle.entries()].sort((x, y) => x[0] - y[0]).map(([k, v]) => `${k}:${v}`).join('  ');
  console.log(`${set}: ${lines.length} articles, ${records} records (${(records / lines.length).toFixed(2)} per article); articles by record count ${dist}`);
}

const bySub = new Map<string, number>();
for (const r of rows) bySub.set(r.sub, (bySub.get(r.sub) ?? 0) + 1);
console.log('\nrecords by sub-event type:');
for (const [sub, n] of [...bySub.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${sub}`);

const pool = values.type ? rows.filter((r) => r.sub === values.type) : rows;
const rand = rng(Number(values.seed));
const order = pool.map((r) => ({ r, k: rand() })).sort((a, b) => a.k - b.k).map((x) => x.r);
const sample = order.slice(0, Number(values.sample));
console.log(`\nsample of ${sample.length} of ${pool.length} records${values.type ? ` (${values.type})` : ''} (seed ${values.seed}):`);
sample.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}. [${r.set} ${r.article}] ${r.sub} k=${r.fatalities ?? '-'}\n     ${clip(r.quote)}`));
if (values.json) writeFileSync(values.json, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
