/**
 * Geoparser benchmark: gazetteer load time, resident memory after load, and articles per second for
 * places alone (start-up excluded). Input: a JSONL of {id, text} (default: the geo eval sets in
 * ../shared/eval/geo, read only). Usage: node dist/bench/places.js [FILE.jsonl] [--rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { Geoparser } from '../src/geo/index.js';
import { projectRoot } from '../src/geo/paths.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
const files = file
  ? [file]
  : readdirSync(join(projectRoot(), '..', 'shared', 'eval', 'geo'))
      .filter((f) => f.endsWith('.articles.jsonl'))
      .map((f) => join(projectRoot(), '..', 'shared', 'eval', 'geo', f));
const texts = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String(JSON.parse(l).text ?? '')),
);

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const gaz = new Gazetteer();
const geo = new Geoparser(gaz);
const loadMs = performance.now() - t0;
const rssLoaded = process.memoryUsage().rss;

geo.parse(texts[0] ?? ''); // warm-up outside the timing
let places = 0;
// Round 1 meets every name for the first time (cold memo caches); later rounds repeat the same texts.
// CPU time is reported beside wall time: the machine is shared, and wall time swings with its load.
const t1 = performance.now();
const c1 = process.cpuUsage();
let firstSecs = 0;
let firstCpu = 0;
for (let r = 0; r < rounds; r++) {
  for (const t of texts) places += geo.parse(t).length;
  if (r === 0) {
    firstSecs = (performance.now() - t1) / 1000;
    firstCpu = process.cpuUsage(c1).user / 1e6;
  }
}
const secs = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(c1).user / 1e6;
const n = texts.length * rounds;
const chars = texts.reduce((a, t) => a + t.length, 0) * rounds;

console.log(`gazetteer load: ${loadMs.toFixed(0)} ms, ${gaz.size} places; resident memory ${(rssLoaded / 2 ** 20).toFixed(0)} MiB after load (${((rssLoaded - rss0) / 2 ** 20).toFixed(0)} MiB for the index)`);
console.log(`places: ${n} articles (${(chars / n).toFixed(0)} chars avg) in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} articles/s, ${(places / n).toFixed(1)} places/article`);
const later = n - texts.length;
console.log(`  first round (JIT warm-up, lazy files, cold memo caches): ${(texts.length / firstSecs).toFixed(0)} articles/s wall, ${(texts.length / firstCpu).toFixed(0)} per CPU-second`);
if (later) console.log(`  later rounds (steady state): ${(later / (secs - firstSecs)).toFixed(0)} articles/s wall, ${(later / (cpu - firstCpu)).toFixed(0)} per CPU-second; all rounds: ${(n / cpu).toFixed(0)} per CPU-second`);
console.log(`resident memory after the run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
