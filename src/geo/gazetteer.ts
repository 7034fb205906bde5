/**
 * The gazetteer index at run time: the files written by scripts/build-gazetteer.ts, loaded as two big
 * strings with line offsets (no per-place objects until a place is asked for), so loading stays in the tens
 * of milliseconds. Names are found by binary search over the sorted names file; places are parsed on demand
 * and cached. A user layer (`sitrep gazetteer import`) is loaded beside it and searched too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from './fold.js';
import { hashKey, KeyHash } from './keyhash.js';
import { gazetteerDir, userGazetteerDir } from './paths.js';

/** One gazetteer entry a name may refer to. */
export interface Candidate {
  geonameid: number | null;
  name: string;
  latitude: number;
  longitude: number;
  /** GeoNames feature class (P populated place, A administrative, L area/region, H water…). */
  featureClass: string;
  featureCode: string;
  /** ISO alpha-2, '' for regions that span countries. */
  country: string;
  /** GeoNames admin1 / admin2 codes (not names). */
  admin1Code: string;
  admin2Code: string;
  population: number;
  /**
   * How many alternate names GeoNames records for the place (all languages and scripts; 0 when unknown):
   * a measure of how widely known it is that population misses (Venice, 51,000 in its commune, has 64;
   * Venice, Florida, 11).
   */
  alternateNames: number;
  /** Row in the index (stable within one loaded index). */
  row: number;
  /** "CC.ADMIN1" and "CC.ADMIN1.ADMIN2", the keys the resolver's province context uses. */
  admin1Key: string;
  admin2Key: string;
  /** The resolver's prior for this entry, memoised by resolve.ts (NaN until then). */
  prior: number;
  /** fold(name), memoised by resolve.ts (null until then). */
  nameKey: string | null;
  /** The folded name without division words ("province of laguna" → "laguna"), memoised by resolve.ts. */
  bareKey?: string;
}

/** One memoised key lookup. */
interface KeyEntry {
  rows: number[];
  /** Longer keys continue this one with another word. */
  longer: boolean;
  places: Candidate[] | null;
  strong: boolean | null;
}

interface Meta {
  countries: Record<string, string>;
  admin1: Record<string, string>;
  /**
   * Countries whose conflict coders name the second-level division in the admin1 field (the Philippines:
   * UCDP codes provinces, GeoNames' admin1 are regions): "CC.ADMIN1.ADMIN2" → the province's name.
   */
  admin1ByAdmin2?: Record<string, string>;
}

/** A binary file as int32s (copied only when the buffer is not 4-byte aligned), or null when absent. */
function readInt32(path: string): Int32Array | null {
  if (!existsSync(path)) return null;
  const buf = readFileSync(path);
  if (buf.byteLength % 4) return null;
  if (buf.byteOffset % 4 === 0) return new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  return new Int32Array(new Uint8Array(buf).buffer);
}

/** Byte offsets of line starts in a UTF-8 buffer (one extra entry at the end). */
function byteLineStarts(buf: Buffer): Int32Array {
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
  const starts = new Int32Array(n + 1);
  let k = 0;
  let pos = 0;
  while (k < n) {
    starts[k++] = pos;
    pos = buf.indexOf(10, pos) + 1;
  }
  starts[n] = buf.length;
  return starts;
}

/** Offsets of line starts in a text (one extra entry at the end). */
function lineStarts(text: string): Int32Array {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n + 1);
  let k = 0;
  let pos = 0;
  while (k < n) {
    starts[k++] = pos;
    pos = text.indexOf('\n', pos) + 1;
  }
  starts[n] = text.length;
  return starts;
}

function parsePlace(line: string, row: number): Candidate {
  const f = line.split('\t');
  return {
    geonameid: f[0] ? Number(f[0]) : null,
    name: f[1]!,
    latitude: Number(f[2]),
    longitude: Number(f[3]),
    featureClass: f[4]!,
    featureCode: f[5]!,
    country: f[6]!,
    admin1Code: f[7]!,
    admin2Code: f[8]!,
    population: Number(f[9]) || 0,
    alternateNames: Number(f[10]) || 0,
    row,
    admin1Key: `${f[6]}.${f[7]}`,
    admin2Key: `${f[6]}.${f[7]}.${f[8]}`,
    prior: NaN,
    nameKey: null,
  };
}

/** GeoNames dump columns → our places line (shared with the user-layer import). */
export function geonamesLineToPlace(f: string[]): { place: string; names: string[] } | null {
  if (f.length < 15 || !/^\d+$/.test(f[0]!)) return null;
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const place = [f[0], f[1], lat.toFixed(5), lon.toFixed(5), f[6], f[7], f[8], f[10], f[11], Number(f[14]) || 0].join('\t');
  const names = [f[1]!, f[2]!, ...f[3]!.split(',')].filter((n) => n && n.length >= 2 && n.length <= 80);
  return { place, names };
}

/**
 * Compare the key of a "key<TAB>…" line starting at s with `key`, in UTF-16 code-unit order (the order of
 * the build's sort), without slicing: negative when the line's key sorts first, 0 when equal.
 */
function compareAt(text: string, s: number, key: string): number {
  const n = key.length;
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(s + i);
    if (a === 9) return i === n ? 0 : -1; // the line's key ended first
    if (i === n) return 1;
    const b = key.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/** Index of the first line whose key is not below `key` (lines sorted by key). */
function lowerBound(text: string, starts: Int32Array, key: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAt(text, starts[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows listed on one line. */
function rowsAt(text: string, starts: Int32Array, line: number): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = text.indexOf('\t', starts[line]!) + 1, end = starts[line + 1]! - 1; i <= end; i++) {
    const ch = i < end ? text.charCodeAt(i) : 44;
    if (ch === 44) {
      out.push(n);
      n = 0;
    } else n = n * 10 + (ch - 48);
  }
  return out;
}

/** Binary search over a sorted "key<TAB>row,row" file held as one string with its line starts. */
function searchSorted(text: string, starts: Int32Array, key: string): number[] {
  const line = lowerBound(text, starts, key);
  if (line < starts.length - 1 && compareAt(text, starts[line]!, key) === 0) return rowsAt(text, starts, line);
  return [];
}

/** A line at or after `line` whose key starts with `prefix`: the lines are sorted, so only `line` can. */
function startsWithAt(text: string, starts: Int32Array, line: number, prefix: string): boolean {
  if (line >= starts.length - 1) return false;
  return text.startsWith(prefix, starts[line]!);
}

export class Gazetteer {
  /** places.tsv as raw UTF-8 bytes: a row is decoded only when it is read (most never are), which spares
   * decoding the whole 15 MB file at load. Offsets in placeStarts are byte offsets. */
  private places: Buffer = Buffer.alloc(0);
  private placeStarts: Int32Array = new Int32Array(1);
  private names = '';
  private nameStarts: Int32Array = new Int32Array(1);
  private keyHash: KeyHash | null = null;
  private cache = new Map<number, Candidate>();
  private demonyms = new Map<string, string>();
  private firstNames = new Set<string>();
  private meta: Meta = { countries: {}, admin1: {} };
  private countryRows = new Map<string, number>();
  private admin1Rows = new Map<string, number>();
  /** User layer: rows appended after the built index; names in a Map. */
  private userPlaces: Candidate[] = [];
  private userNames = new Map<string, number[]>();
  /** Word prefixes of the user layer's keys ("deir al" of "deir al zor"). */
  private userPrefixes = new Set<string>();
  readonly loadMs: number;

  constructor(
    private readonly dir = gazetteerDir(),
    userDir: string | null = userGazetteerDir(),
  ) {
    const t0 = performance.now();
    const need = (f: string) => {
      const p = join(dir, f);
      if (!existsSync(p)) throw new Error(`gazetteer index missing (${p}); run \`npm run build\` to build it`);
      return readFileSync(p, 'utf8');
    };
    const needBytes = (f: string) => {
      const p = join(dir, f);
      if (!existsSync(p)) throw new Error(`gazetteer index missing (${p}); run \`npm run build\` to build it`);
      return readFileSync(p);
    };
    this.places = needBytes('places.tsv');
    this.placeStarts = byteLineStarts(this.places);
    this.names = need('names.tsv');
    this.nameStarts = lineStarts(this.names);
    this.keyHash = KeyHash.open(readInt32(join(dir, 'names.hash')), this.names, this.nameStarts);
    for (const line of need('demonyms.tsv').split('\n')) {
      const [k, cc] = line.split('\t');
      if (k && cc) this.demonyms.set(k, cc);
    }
    this.meta = JSON.parse(need('meta.json')) as Meta;
    const fn = join(dir, 'firstnames.txt');
    if (existsSync(fn)) for (const n of readFileSync(fn, 'utf8').split('\n')) if (n) this.firstNames.add(n);
    if (userDir) this.loadUserLayer(userDir);
    this.loadMs = performance.now() - t0;
  }

  get size(): number {
    return this.placeStarts.length - 1 + this.userPlaces.length;
  }

  private loadUserLayer(dir: string): void {
    const p = join(dir, 'places.tsv');
    if (!existsSync(p)) return;
    const base = this.placeStarts.length - 1;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      // Ten place columns, then the names joined by '|'.
      const cols = line.split('\t');
      const placeCols = cols.slice(0, 10).join('\t');
      const nameCol = cols[10];
      const row = base + this.userPlaces.length;
      const c = parsePlace(placeCols, row);
      if (!Number.isFinite(c.latitude)) continue;
      if (nameCol) c.alternateNames = nameCol.split('|').length - 1;
      this.userPlaces.push(c);
      for (const n of (nameCol ?? c.name).split('|')) {
        const key = fold(n);
        if (!key) continue;
        let list = this.userNames.get(key);
        if (!list) this.userNames.set(key, (list = []));
        if (!list.includes(row)) list.push(row);
        for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) this.userPrefixes.add(key.slice(0, sp));
      }
    }
  }

  /** The place at a row. */
  place(row: number): Candidate {
    const base = this.placeStarts.length - 1;
    if (row >= base) return this.userPlaces[row - base]!;
    let c = this.cache.get(row);
    if (!c) {
      const line = this.places.toString('utf8', this.placeStarts[row]!, this.placeStarts[row + 1]! - 1);
      c = parsePlace(line, row);
      this.cache.set(row, c);
    }
    return c;
  }

  /** Row numbers under a folded key (binary search over the sorted names file, plus the user layer). */
  rowsForKey(key: string): number[] {
    return this.probeEntry(key).rows;
  }

  /**
   * What the index holds for a folded key: its rows, and whether longer keys continue it with another
   * word ("deir" → "deir al zor"), so that span matching can stop growing a window early. Memoised: news
   * repeats names, and most probes are capitalised words that are no place.
   */
  private probeEntry(key: string): KeyEntry {
    let hit = this.keyCache.get(key);
    if (hit) return hit;
    let rows: number[];
    let longer: boolean;
    if (this.keyHash) {
      const h = hashKey(key);
      const line = this.keyHash.lineOf(key, h);
      rows = line >= 0 ? rowsAt(this.names, this.nameStarts, line) : [];
      longer = this.keyHash.hasLonger(h);
    } else {
      // No hash index (an index built before it existed): binary search.
      const line = lowerBound(this.names, this.nameStarts, key);
      const exact = line < this.nameStarts.length - 1 && compareAt(this.names, this.nameStarts[line]!, key) === 0;
      rows = exact ? rowsAt(this.names, this.nameStarts, line) : [];
      longer = startsWithAt(this.names, this.nameStarts, exact ? line + 1 : line, key + ' ');
    }
    const user = this.userNames.get(key);
    if (user) for (const r of user) if (!rows.includes(r)) rows.push(r);
    longer ||= this.userPrefixes.has(key);
    hit = { rows, longer, places: null, strong: null };
    if (this.keyCache.size > 200_000) this.keyCache.clear();
    this.keyCache.set(key, hit);
    return hit;
  }

  private keyCache = new Map<string, KeyEntry>();

  /** hasKey and hasLongerKey of one key at once (one probe of the memo; span matching asks both). */
  keyProbe(key: string): { readonly rows: readonly number[]; readonly longer: boolean } {
    return this.probeEntry(key);
  }

  /** True when some key of the index is this key followed by more words. */
  hasLongerKey(key: string): boolean {
    return this.probeEntry(key).longer;
  }

  /** The places under a folded key (memoised with the key). */
  placesForKey(key: string): Candidate[] {
    const e = this.probeEntry(key);
    if (!e.places) e.places = e.rows.map((r) => this.place(r));
    return e.places;
  }

  /** Some place under the key is a country, a first-level division, a region or a city of 100,000 or more. */
  strongKey(key: string): boolean {
    const e = this.probeEntry(key);
    if (e.strong === null) {
      e.strong = this.placesForKey(key).some(
        (c) => c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || c.featureClass === 'L' || c.population >= 100_000,
      );
    }
    return e.strong;
  }

  /**
   * Like `strongKey`, counting provinces and cities only when they bear the key as their own name and are
   * populous (100,000 or more): "Lane" folds onto Estonia's Lääne county (15,000 people in its towns),
   * which does not make the English word a famous place.
   */
  strongOwnKey(key: string): boolean {
    return this.placesForKey(key).some(
      (c) =>
        c.featureCode === 'PCLI' ||
        c.featureClass === 'L' ||
        (c.population >= 100_000 && (c.nameKey ??= fold(c.name)) === key),
    );
  }

  private skeletonText: string | null = null;
  private skeletonStarts: Int32Array = new Int32Array(1);

  /**
   * Rows whose names share a consonant skeleton (fold.ts `skeleton`). The skeleton file is read on first
   * use only: most articles never need the fallback.
   */
  rowsForSkeleton(skel: string): number[] {
    if (this.skeletonText === null) {
      const p = join(this.dir, 'skeletons.tsv');
      this.skeletonText = existsSync(p) ? readFileSync(p, 'utf8') : '';
      this.skeletonStarts = lineStarts(this.skeletonText);
    }
    if (!this.skeletonText) return [];
    return searchSorted(this.skeletonText, this.skeletonStarts, skel);
  }

  /** True when some place carries this folded key (cheap pre-check for span matching). */
  hasKey(key: string): boolean {
    return this.rowsForKey(key).length > 0;
  }

  /** Candidates for a name as written, optionally only in one country (ISO2). */
  lookup(name: string, opts: { country?: string } = {}): Candidate[] {
    const key = fold(name);
    if (!key) return [];
    let cands = this.rowsForKey(key).map((r) => this.place(r));
    if (opts.country) cands = cands.filter((c) => c.country === opts.country!.toUpperCase());
    return cands.sort((a, b) => b.population - a.population);
  }

  /** A common English first name (lower case)? */
  isFirstName(lower: string): boolean {
    return this.firstNames.has(lower);
  }

  /** The country a demonym stands for ("Syrian" → SY), by folded key. */
  demonymCountry(key: string): string | undefined {
    return this.demonyms.get(key);
  }

  /** The country entry (PCLI) of an ISO2 code. */
  countryPlace(iso2: string): Candidate | null {
    if (!this.countryRows.size) this.indexAdminRows();
    const row = this.countryRows.get(iso2.toUpperCase());
    return row === undefined ? null : this.place(row);
  }

  /** The first-level division entry of a country and GeoNames admin1 code. */
  admin1Place(iso2: string, code: string): Candidate | null {
    if (!this.countryRows.size) this.indexAdminRows();
    const row = this.admin1Rows.get(`${iso2.toUpperCase()}.${code}`);
    return row === undefined ? null : this.place(row);
  }

  countryName(iso2: string): string | null {
    return this.meta.countries[iso2.toUpperCase()] ?? null;
  }

  /**
   * The name a record gives a place's first-level division: its admin1's, or, in a country whose coders
   * write the province there (data/geo/admin1-names.tsv, `admin2`), its admin2's when the place has one.
   */
  admin1Name(iso2: string, code: string, admin2Code?: string): string | null {
    const cc = iso2.toUpperCase();
    if (admin2Code && this.meta.admin1ByAdmin2) {
      const byAdmin2 = this.meta.admin1ByAdmin2[`${cc}.${code}.${admin2Code}`];
      if (byAdmin2) return byAdmin2;
    }
    return this.meta.admin1[`${cc}.${code}`] ?? null;
  }

  /** Countries and admin1 rows come first in places.tsv; index them once on first use. */
  private indexAdminRows(): void {
    const base = this.placeStarts.length - 1;
    const text = this.places;
    for (let row = 0; row < base; row++) {
      // Read the feature class and code in place: only countries and provinces become objects.
      let tab = this.placeStarts[row]!;
      for (let k = 0; k < 4; k++) tab = text.indexOf(9, tab) + 1;
      if (text[tab] === 80 && text[tab + 1] === 9) break; // "P": cities follow the admin and region rows
      const code = text.toString('latin1', tab + 2, text.indexOf(9, tab + 2));
      if (code !== 'PCLI' && code !== 'ADM1') continue;
      const c = this.place(row);
      if (c.featureCode === 'PCLI') this.countryRows.set(c.country, row);
      else this.admin1Rows.set(c.admin1Key, row);
    }
  }
}
