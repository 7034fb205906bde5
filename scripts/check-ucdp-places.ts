/**
 * How well the gazetteer knows the towns and villages UCDP codes (part of the held-out incident gold is
 * UCDP's). Reads only the UCDP-AEC training split (../shared/data/ucdp-aec/data/UCDP-AEC-ids/train.jsonl) at
 * run time; never its validation or test splits, and copies nothing from it.
 *
 * UCDP GED writes a place with its kind after it ("Paletwa town", "X village", "Y district"); the tails and
 * their kinds are in data/geo/ucdp-tails.txt. A where-name is cut into pieces ("Road between A town and B
 * town", "A town/B town"), and each piece ending in a settlement tail is a town name, looked up in the event's
 * country:
 *   found (key):   the gazetteer holds the folded name (Gazetteer.lookup), in that country;
 *   found (parse): the geoparser, given "Fighting was reported in <name> <tail>, <country>.", resolves the
 *                  name to a place of that country (transliteration fallback included), not to the country
 *                  or a province;
 *   found (context): the same with the country in another sentence ("<country>: ... Fighting was reported
 *                  in <name> <tail> on Monday."), as news more often writes it: the article's country
 *                  context, not a qualifier, must choose the reading;
 *   any admin1:    among the key's candidates in the country, one lies in UCDP's admin1;
 *   best admin1:   the parse's reading lies in UCDP's admin1 (the incident scorer's comparison, see `same`);
 *   best admin2:   where UCDP gives a second-level division the gazetteer knows, the parse's reading lies in it.
 * UCDP-AEC gives no coordinates (its fields are names only), so agreement on admin1 and admin2 stands in for
 * a coordinate error. Prints the rates, a table per country and the most frequent misses per country.
 * Usage: tsx scripts/check-ucdp-places.ts [--misses N] [--country CC] [--all]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Gazetteer, type Candidate } from '../src/geo/gazetteer.js';
import { Geoparser } from '../src/geo/index.js';
import { projectRoot } from '../src/geo/paths.js';

const { values } = parseArgs({ options: { misses: { type: 'string' }, country: { type: 'string' }, all: { type: 'boolean' } } });
const nMisses = Number(values.misses ?? 8);

const file = join(projectRoot(), '..', 'shared', 'data', 'ucdp-aec', 'data', 'UCDP-AEC-ids', 'train.jsonl');
if (!existsSync(file)) {
  console.error(`check-ucdp-places: ${file} not found`);
  process.exit(2);
}

/** UCDP's tails and their kinds (data/geo/ucdp-tails.txt). */
const tails = new Map<string, string>();
for (const line of readFileSync(join(projectRoot(), 'data', 'geo', 'ucdp-tails.txt'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [tail, kind] = line.split('\t');
  if (tail && kind) tails.set(tail.trim().toLowerCase(), kind.trim());
}

/** The incident scorer's admin1 comparison (../shared/eval/score.mjs), without its Syrian alias table. */
const norm = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\b(al|el|ad|ar|as|ash|az)[-\s]/g, '').replace(/governorate|province|district/g, '')
    .replace(/[^a-z0-9]/g, '');
const same = (a: string | null | undefined, b: string) => {
  const x = norm(a ?? ''), y = norm(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
};

/** Settlement names in a where-name, with their tails: "Road between Shibam town and Sayun town" → two. */
function townNames(where: string): Array<{ name: string; tail: string }> {
  const out: Array<{ name: string; tail: string }> = [];
  const pieces = where.replace(/\u00a0/g, ' ').replace(/\(.*?\)/g, ' ').split(/\s*\/\s*|,\s*|\s+(?:and|between|near|of|in|outside|to)\s+/i);
  for (const raw of pieces) {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    const tail = words[words.length - 1]!.toLowerCase();
    if (tails.get(tail) !== 'settlement') continue;
    // A piece that opens with a lower-case word is a description ("road to X town" cut short), not a name.
    const name = words.slice(0, -1).join(' ');
    if (!/^\p{Lu}/u.test(name)) continue;
    out.push({ name, tail });
  }
  return out;
}

const gaz = new Gazetteer();
const geo = new Geoparser(gaz);

function countryOf(root: string): string | null {
  const c = gaz.lookup(root.replace(/\s*\(.*\)\s*$/, '')).find((x) => x.featureCode === 'PCLI');
  return c?.country ?? null;
}

/** Second-level divisions by UCDP's name, in a country: "Maruf district" → the gazetteer's ADM2 rows. */
function admin2Keys(name: string, cc: string): Set<string> {
  const bare = name.replace(/\s+(district|municipality|county|sub-district|rayon|local government area|lga)$/i, '');
  return new Set(gaz.lookup(bare, { country: cc }).filter((c) => c.featureCode === 'ADM2').map((c) => c.admin2Key));
}

interface Tally {
  n: number;
  key: number;
  parse: number;
  context: number;
  contextAdmin1: number;
  anyAdmin1: number;
  bestAdmin1: number;
  admin2Of: number;
  admin2: number;
  missed: Map<string, number>;
  wrong: Map<string, number>;
}
const newTally = (): Tally => ({ n: 0, key: 0, parse: 0, context: 0, contextAdmin1: 0, anyAdmin1: 0, bestAdmin1: 0, admin2Of: 0, admin2: 0, missed: new Map(), wrong: new Map() });
const byCountry = new Map<string, Tally>();
const all = newTally();
let events = 0, withTown = 0, noCountry = 0;
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { location_root_name: string; location_adm1_name: string; location_adm2_name: string; location_where_name: string };
  if (!r.location_where_name) continue;
  events++;
  const cc = countryOf(r.location_root_name);
  if (!cc) {
    noCountry++;
    continue;
  }
  if (values.country && cc !== values.country.toUpperCase()) continue;
  const towns = townNames(r.location_where_name);
  if (towns.length) withTown++;
  const countryName = r.location_root_name.replace(/\s*\(.*\)\s*$/, '');
  for (const { name, tail } of towns) {
    const t = byCountry.get(cc) ?? newTally();
    byCountry.set(cc, t);
    for (const x of [t, all]) x.n++;
    const cands = gaz.lookup(name, { country: cc });
    const place = geo
      .parse(`Fighting was reported in ${name} ${tail}, ${countryName}.`)
      .find((p) => p.country === cc && p.featureCode !== 'PCLI' && p.featureCode !== 'ADM1');
    const inContext = geo
      .parse(`${countryName}: the army said on Monday it had lost three soldiers. Fighting was reported in ${name} ${tail} on Monday.`)
      .find((p) => p.text !== countryName && p.country === cc && p.featureCode !== 'PCLI' && p.featureCode !== 'ADM1');
    const inAdmin1 = (c: Candidate) => !!c.admin1Code && same(gaz.admin1Name(cc, c.admin1Code, c.admin2Code), r.location_adm1_name);
    const ucdpAdmin2 = r.location_adm2_name ? admin2Keys(r.location_adm2_name, cc) : new Set<string>();
    for (const x of [t, all]) {
      if (cands.length) x.key++;
      if (place) x.parse++;
      if (inContext) x.context++;
      if (inContext && r.location_adm1_name && same(inContext.admin1, r.location_adm1_name)) x.contextAdmin1++;
      if (r.location_adm1_name && cands.some(inAdmin1)) x.anyAdmin1++;
      if (place && r.location_adm1_name && same(place.admin1, r.location_adm1_name)) x.bestAdmin1++;
    }
    if (place && ucdpAdmin2.size) {
      const best = gaz.lookup(place.name, { country: cc }).find((c) => c.latitude === place.latitude && c.longitude === place.longitude);
      for (const x of [t, all]) {
        x.admin2Of++;
        if (best && ucdpAdmin2.has(best.admin2Key)) x.admin2++;
      }
    }
    if (!cands.length && !place) bump(t.missed, name);
    else if (place && r.location_adm1_name && !same(place.admin1, r.location_adm1_name)) bump(t.wrong, `${name} → ${place.name} (${place.admin1}); UCDP ${r.location_adm1_name}`);
  }
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '-'}%`;
console.log(`UCDP-AEC train: ${events} events with a where-name, ${withTown} name a town or village (${noCountry} in a country we do not name)`);
console.log(`town names: ${all.n}`);
console.log(`found (key):   ${pct(all.key, all.n)}   the gazetteer holds the name in the event's country`);
console.log(`found (parse): ${pct(all.parse, all.n)}   the geoparser resolves it in the event's country`);
console.log(`found (context): ${pct(all.context, all.n)} the same with the country named in another sentence (admin1 matches: ${pct(all.contextAdmin1, all.n)})`);
console.log(`any admin1:    ${pct(all.anyAdmin1, all.n)}   a candidate of the name lies in UCDP's admin1`);
console.log(`best admin1:   ${pct(all.bestAdmin1, all.n)}   of all names; ${pct(all.bestAdmin1, all.parse)} of those the parse resolves`);
console.log(`best admin2:   ${pct(all.admin2, all.admin2Of)}   of the ${all.admin2Of} resolved whose UCDP admin2 the gazetteer knows`);
console.log('(UCDP-AEC gives no coordinates: admin1/admin2 agreement stands in for a coordinate error)');

console.log('\ncountry   names    key  parse  context  any-a1  best-a1  best-a2');
const rows = [...byCountry].sort((a, b) => b[1].n - a[1].n);
for (const [cc, t] of rows.slice(0, values.all ? undefined : 20)) {
  console.log(
    `${cc.padEnd(8)} ${String(t.n).padStart(6)} ${pct(t.key, t.n).padStart(6)} ${pct(t.parse, t.n).padStart(6)} ${pct(t.context, t.n).padStart(8)} ${pct(t.anyAdmin1, t.n).padStart(7)} ${pct(t.bestAdmin1, t.n).padStart(8)} ${pct(t.admin2, t.admin2Of).padStart(8)}`,
  );
}
if (nMisses > 0) {
  for (const [cc, t] of rows.slice(0, values.all ? undefined : 20)) {
    const missed = [...t.missed].sort((a, b) => b[1] - a[1]).slice(0, nMisses);
    const wrong = [...t.wrong].sort((a, b) => b[1] - a[1]).slice(0, Math.ceil(nMisses / 2));
    if (!missed.length && !wrong.length) continue;
    console.log(`\n${cc}: ${t.n - t.parse} of ${t.n} not found`);
    if (missed.length) console.log(`  missed: ${missed.map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ')}`);
    for (const [k, n] of wrong) console.log(`  elsewhere: ${k}${n > 1 ? ` ×${n}` : ''}`);
  }
}
