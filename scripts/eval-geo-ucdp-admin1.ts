/**
 * How often the admin1 names of our gazetteer would match UCDP's (the held-out incident gold is partly
 * UCDP's), with the incident scorer's comparison (../shared/eval/score.mjs: NFKD, lower case, no al-/el-,
 * no "governorate/province/district", letters and digits only, substring either way). Reads the UCDP-AEC
 * training split (../shared/data/ucdp-aec/data/UCDP-AEC-ids/train.jsonl) at run time; never its
 * validation or test splits. For each event with an admin1 name:
 *   named: some admin1 of the event's country, as we name it, matches UCDP's name;
 *   located: the event's place ("Shibam town") resolved in its country has an admin1 that matches.
 * Prints both rates and the countries with most misses, with examples.
 * Then a table per country (the 15 with most events, or all with --all): the named rate as we write names,
 * as GeoNames' and as Natural Earth's names would give it, by either, and the located rate; it is how
 * data/geo/admin1-names.tsv picks each country's naming source.
 * Usage: tsx scripts/eval-geo-ucdp-admin1.ts [--examples N] [--all]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { Geoparser } from '../src/geo/index.js';
import { projectRoot } from '../src/geo/paths.js';

const file = join(projectRoot(), '..', 'shared', 'data', 'ucdp-aec', 'data', 'UCDP-AEC-ids', 'train.jsonl');
if (!existsSync(file)) {
  console.error(`eval-geo-ucdp-admin1: ${file} not found`);
  process.exit(2);
}
const exAt = process.argv.indexOf('--examples');
const nEx = exAt > 0 ? Number(process.argv[exAt + 1]) : 3;

// The incident scorer's comparison (../shared/eval/score.mjs), without its Syrian alias table.
const norm = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\b(al|el|ad|ar|as|ash|az)[-\s]/g, '').replace(/governorate|province|district/g, '')
    .replace(/[^a-z0-9]/g, '');
const same = (a: string, b: string) => {
  const x = norm(a), y = norm(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
};

const gaz = new Gazetteer();
const geo = new Geoparser(gaz);
const meta = JSON.parse(readFileSync(join(process.env.SITREP_GAZETTEER_DIR ?? join(projectRoot(), '.cache', 'gazetteer'), 'meta.json'), 'utf8')) as {
  admin1: Record<string, string>;
  /** Per division, its GeoNames and its Natural Earth name (empty where Natural Earth has no spelling of it). */
  admin1Sources?: Record<string, [string, string]>;
  admin1ByAdmin2?: Record<string, string>;
};
const admin1sOf = new Map<string, string[]>();
// The same, by naming source: what each country would score if its divisions took that source's names.
const bySource = { geonames: new Map<string, string[]>(), naturalearth: new Map<string, string[]>() };
const push = (m: Map<string, string[]>, cc: string, name: string) => {
  if (!name) return;
  if (!m.has(cc)) m.set(cc, []);
  m.get(cc)!.push(name);
};
// Where records name provinces in the admin1 field (the Philippines), the provinces' names count too.
for (const [code, name] of Object.entries(meta.admin1ByAdmin2 ?? {})) push(admin1sOf, code.split('.')[0]!, name);
for (const [code, name] of Object.entries(meta.admin1)) {
  const cc = code.split('.')[0]!;
  push(admin1sOf, cc, name);
  const [gn, ne] = meta.admin1Sources?.[code] ?? [name, ''];
  push(bySource.geonames, cc, gn);
  push(bySource.naturalearth, cc, ne || gn); // a division without a Natural Earth spelling keeps GeoNames'
}

function countryOf(root: string): string | null {
  const name = root.replace(/\s*\(.*\)\s*$/, '');
  const c = gaz.lookup(name).find((x) => x.featureCode === 'PCLI');
  return c?.country ?? null;
}

let total = 0, named = 0, locatedN = 0, located = 0, noCountry = 0;
const misses = new Map<string, { named: number; located: number; n: number; ex: string[]; gn: number; ne: number; either: number; locatedN: number }>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { location_root_name: string; location_adm1_name: string; location_adm2_name: string; location_where_name: string };
  if (!r.location_adm1_name) continue;
  const cc = countryOf(r.location_root_name);
  if (!cc) {
    noCountry++;
    continue;
  }
  total++;
  const m = misses.get(cc) ?? { named: 0, located: 0, n: 0, ex: [], gn: 0, ne: 0, either: 0, locatedN: 0 };
  misses.set(cc, m);
  m.n++;
  const ours = admin1sOf.get(cc) ?? [];
  const namedOk = ours.some((a) => same(a, r.location_adm1_name));
  const gnOk = (bySource.geonames.get(cc) ?? []).some((a) => same(a, r.location_adm1_name));
  const neOk = (bySource.naturalearth.get(cc) ?? []).some((a) => same(a, r.location_adm1_name));
  if (gnOk) m.gn++;
  if (neOk) m.ne++;
  if (gnOk || neOk) m.either++;
  if (namedOk) named++;
  else {
    m.named++;
    if (m.ex.length < nEx) m.ex.push(`named: UCDP "${r.location_adm1_name}"; ours: ${ours.slice(0, 40).join(', ')}`);
  }
  // The event's place, as the pipeline would write it, in the event's country.
  const where = r.location_where_name.replace(/\s+(town|city|village|district|area|province|governorate|region|camp|airport)$/i, '');
  const place = geo.parse(`${where}, ${r.location_root_name.replace(/\s*\(.*\)\s*$/, '')}`).find((p) => p.country === cc && p.featureCode !== 'PCLI');
  if (place) {
    locatedN++;
    m.locatedN++;
    if (place.admin1 && same(place.admin1, r.location_adm1_name)) located++;
    else {
      m.located++;
      if (m.ex.length < 2 * nEx) m.ex.push(`located: "${r.location_where_name}" → ${place.name} (${place.admin1}); UCDP "${r.location_adm1_name}"`);
    }
  }
}
const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'}%`;
console.log(`UCDP-AEC train events with an admin1: ${total} (${noCountry} more whose country we do not name)`);
console.log(`named:   ${pct(named, total)} have an admin1 of their country, as we name it, that matches UCDP's`);
console.log(`located: ${pct(located, locatedN)} of the ${locatedN} whose place we resolve in its country get an admin1 that matches`);
// Per country: events, names matched as we write them, as they would be if the country took GeoNames' or
// Natural Earth's names (data/geo/admin1-names.tsv), by either, and the located rate as we write them.
console.log('\ncountry  events  ours  GeoNames  NaturalEarth  either  located');
const rowsBySize = [...misses].sort((a, b) => b[1].n - a[1].n);
const sum = (k: 'gn' | 'ne' | 'either') => [...misses.values()].reduce((s, m) => s + m[k], 0);
const allAt = process.argv.indexOf('--all');
for (const [cc, m] of rowsBySize.slice(0, allAt > 0 ? undefined : 15)) {
  console.log(`${cc.padEnd(8)} ${String(m.n).padStart(6)}  ${pct(m.n - m.named, m.n).padStart(6)}  ${pct(m.gn, m.n).padStart(8)}  ${pct(m.ne, m.n).padStart(12)}  ${pct(m.either, m.n).padStart(6)}  ${pct(m.locatedN - m.located, m.locatedN).padStart(7)}`);
}
console.log(`all      ${String(total).padStart(6)}  ${pct(named, total).padStart(6)}  ${pct(sum('gn'), total).padStart(8)}  ${pct(sum('ne'), total).padStart(12)}  ${pct(sum('either'), total).padStart(6)}  ${pct(located, locatedN).padStart(7)}`);
for (const [cc, m] of [...misses].sort((a, b) => b[1].named + b[1].located - (a[1].named + a[1].located)).slice(0, 15)) {
  if (!m.named && !m.located) continue;
  console.log(`\n${cc}: ${m.n} events, ${m.named} admin1 names unmatched, ${m.located} located elsewhere`);
  for (const e of m.ex) console.log(`  ${e.slice(0, 400)}`);
}
