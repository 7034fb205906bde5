/**
 * `npm run bench`: articles per second of the whole extraction (segmentation → incidents, then fusion)
 * over the real articles in ../shared/eval/geo/*.articles.jsonl, in one process, with peak memory.
 * Prints figures; asserts nothing.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/extract/pipeline.js';
import { fuseBatch } from '../src/fuse/index.js';
import { projectRoot } from '../src/geo/paths.js';
import type { Article } from '../src/types.js';

const dir = process.argv[2] ?? join(projectRoot(), '..', 'shared', 'eval', 'geo');
if (!existsSync(dir)) {
  console.error(`bench: ${dir} not found (pass a folder of *.articles.jsonl)`);
  process.exit(2);
}
const articles: Article[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.articles.jsonl')).sort())
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    articles.push({ id: `${f}:${a.id}`, text: a.text, published: a.published ?? null, outlet: null, url: null, title: null });
  }
const chars = articles.reduce((n, a) => n + a.text.length, 0);
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

const t0 = performance.now();
extractArticle(articles[0]!); // start-up: lexicons, wink model, gazetteer
const startup = performance.now() - t0;

const t1 = performance.now();
const records = [];
for (let i = 0; i < articles.length; i++) {
  records.push(...extractArticle(articles[i]!));
  if (i % 50 === 0) sample();
}
const t2 = performance.now();
const fused = fuseBatch(records);
const t3 = performance.now();
sample();
const secs = (t2 - t1) / 1000;
console.log(`articles            ${articles.length} (${(chars / 1e6).toFixed(2)} M characters) from ${dir}`);
console.log(`start-up            ${startup.toFixed(0)} ms`);
console.log(`extract             ${(articles.length / secs).toFixed(1)} articles/s  (${(chars / secs / 1e3).toFixed(0)} k chars/s, ${secs.toFixed(2)} s)`);
console.log(`fuse                ${records.length} records → ${fused.length} incidents in ${(t3 - t2).toFixed(0)} ms`);
console.log(`end to end          ${(articles.length / ((t3 - t1) / 1000)).toFixed(1)} articles/s`);
console.log(`peak RSS            ${(peak / 2 ** 20).toFixed(0)} MiB`);
