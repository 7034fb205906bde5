/**
 * Place detection on conflict text: the geoparser against re3d's Location entities (98 Syria/Iraq conflict
 * documents from BBC, Wikipedia, CENTCOM, the UK and US governments…; ../shared/data/re3d, read at run time,
 * never copied). re3d has no coordinates, so this checks detection only:
 *   recall     capitalised Location entities ("Raqqa", "Deir ez-Zor province"; not "the city") that a detected
 *              place overlaps;
 *   unmatched  detected places that overlap no Location or Nationality entity (re3d marks nationalities
 *              apart; its annotation is not exhaustive, so these are candidates to read, not all errors).
 * Prints both figures and the most frequent misses and unmatched names.
 * Usage: tsx scripts/check-re3d-places.ts [--examples N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getGeoparser } from '../src/geo/index.js';
import { pct, re3dDirs } from './public-data.js';

const { values } = parseArgs({ options: { examples: { type: 'string' } } });
const nEx = Number(values.examples ?? 25);
const lines = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const geo = getGeoparser();

let gold = 0, found = 0, preds = 0, unmatched = 0;
const missed = new Map<string, number>();
const extra = new Map<string, number>();
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const dir of re3dDirs()) {
  const docs = lines(join(dir, 'documents.json')) as Array<{ _id: string; text: string }>;
  const ents = lines(join(dir, 'entities.json')) as Array<{ documentId: string; begin: number; end: number; type: string; value: string }>;
  for (const d of docs) {
    const mine = ents.filter((e) => e.documentId === d._id);
    const places = geo.parse(d.text);
    const overlaps = (a: { start: number; end: number }, e: { begin: number; end: number }) => a.start < e.end && e.begin < a.end;
    for (const e of mine) {
      if (e.type !== 'Location' || !/^\p{Lu}/u.test(e.value)) continue;
      gold++;
      if (places.some((p) => overlaps(p, e))) found++;
      else count(missed, e.value);
    }
    for (const p of places) {
      preds++;
      if (!mine.some((e) => (e.type === 'Location' || e.type === 'Nationality') && overlaps(p, e))) {
        unmatched++;
        count(extra, p.text);
      }
    }
  }
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, nEx).map(([k, v]) => `${k} ${v}`).join('; ');
console.log(`re3d capitalised Location entities: ${gold}; detected (overlapping a place): ${found} (${pct(found, gold)})`);
console.log(`places detected: ${preds}; overlapping no Location/Nationality entity: ${unmatched} (${pct(unmatched, preds)})`);
console.log(`most missed: ${top(missed)}`);
console.log(`most unmatched: ${top(extra)}`);
