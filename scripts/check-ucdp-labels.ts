/**
 * How UCDP's coders count deaths and date events, from the UCDP-AEC training labels (labels only, no
 * text; read from ../shared/data at run time). The figures inform the casualty and date rules:
 *  - best (the sum of the per-side deaths) against deaths_low / deaths_high;
 *  - how often high exceeds low, and by how much (ranges, "at least", disputed tolls);
 *  - how many days the event ends before the source article's date, and how long events last.
 * Only train.jsonl is read: validation and test are held out.
 *
 *   npx tsx scripts/check-ucdp-labels.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/geo/paths.js';

interface Row {
  source_date: string;
  start_date: string;
  end_date: string;
  deaths_side_a: number;
  deaths_side_b: number;
  deaths_civilian: number;
  deaths_unknown: number;
  deaths_low: number;
  deaths_high: number;
}
const file = join(projectRoot(), '..', 'shared', 'data', 'ucdp-aec', 'data', 'UCDP-AEC-ids', 'train.jsonl');
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const n = rows.length;
const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
const day = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / 86_400_000;

let bestLow = 0, bestHigh = 0, between = 0, highAbove = 0, lowZero = 0, bestZero = 0;
const lag = new Map<string, number>();
const span = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const r of rows) {
  const best = r.deaths_side_a + r.deaths_side_b + r.deaths_civilian + r.deaths_unknown;
  if (best === r.deaths_low) bestLow++;
  else if (best === r.deaths_high) bestHigh++;
  else between++;
  if (r.deaths_high > r.deaths_low) highAbove++;
  if (r.deaths_low === 0 && r.deaths_high > 0) lowZero++;
  if (best === 0) bestZero++;
  const d = day(r.source_date) - day(r.end_date);
  bump(lag, d < 0 ? 'after the source' : d === 0 ? '0' : d === 1 ? '1' : d <= 7 ? '2-7' : d <= 30 ? '8-30' : '>30');
  const s = day(r.end_date) - day(r.start_date);
  bump(span, s === 0 ? 'one day' : s <= 7 ? '2-8 days' : 'longer');
}
console.log(`UCDP-AEC train: ${n} events`);
console.log(`  best (sum of sides) = low ${pct(bestLow)}, = high ${pct(bestHigh)}, in between ${pct(between)}; best 0: ${pct(bestZero)}`);
console.log(`  high > low: ${pct(highAbove)} (low 0 with high > 0: ${pct(lowZero)})`);
console.log(`  days from event end to source date: ${[...lag.entries()].map(([k, v]) => `${k}: ${pct(v)}`).join(', ')}`);
console.log(`  event length: ${[...span.entries()].map(([k, v]) => `${k}: ${pct(v)}`).join(', ')}`);
