/**
 * Synthetic articles and incident records for the store's tests and benchmarks (deterministic: a
 * seeded PRNG). Each synthetic incident is reported by one or more articles; the reports of one
 * incident agree on date, place, type and actors, and may differ on figures. Incidents are spread over
 * ten conflict countries and ten years.
 *
 *   node dist/scripts/gen-synthetic.js --incidents 100000 --store ./bench.db [--years 10]  # fill a store fast
 *   node dist/scripts/gen-synthetic.js --articles 50 > articles.jsonl            # articles only
 *
 * Filling a store writes the tables directly (one mention and one article per incident), in batches:
 * ingesting a million articles one by one would take an hour.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article, Claim, EventType, IncidentRecord, Inter } from '../src/types.js';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Countries with a rough bounding box [south, west, north, east] and the actors of their conflicts. */
const COUNTRIES: { iso: string; name: string; box: [number, number, number, number]; admin1: string[]; rebels: string }[] = [
  { iso: 'SY', name: 'Syria', box: [32.5, 36.0, 37.0, 42.0], admin1: ['Aleppo', 'Idlib', 'Al-Hasakah', 'Deir ez-Zor', 'Homs'], rebels: 'Hayat Tahrir al-Sham' },
  { iso: 'IQ', name: 'Iraq', box: [30.0, 39.0, 37.0, 48.0], admin1: ['Nineveh', 'Anbar', 'Kirkuk', 'Diyala', 'Salah al-Din'], rebels: 'Islamic State (Iraq)' },
  { iso: 'YE', name: 'Yemen', box: [13.0, 43.0, 17.5, 52.0], admin1: ["Sana'a", 'Taiz', 'Marib', 'Al Hudaydah', 'Aden'], rebels: 'Houthis' },
  { iso: 'AF', name: 'Afghanistan', box: [30.0, 61.0, 37.0, 71.0], admin1: ['Kabul', 'Helmand', 'Kandahar', 'Nangarhar', 'Kunduz'], rebels: 'Taliban' },
  { iso: 'SO', name: 'Somalia', box: [-1.0, 41.5, 11.0, 50.0], admin1: ['Banaadir', 'Lower Shabelle', 'Bay', 'Gedo', 'Hiraan'], rebels: 'Al Shabaab' },
  { iso: 'ML', name: 'Mali', box: [12.0, -11.0, 20.0, 4.0], admin1: ['Mopti', 'Gao', 'Timbuktu', 'Segou', 'Kidal'], rebels: 'JNIM' },
  { iso: 'NG', name: 'Nigeria', box: [5.0, 4.0, 13.5, 14.0], admin1: ['Borno', 'Yobe', 'Adamawa', 'Zamfara', 'Kaduna'], rebels: 'Boko Haram' },
  { iso: 'UA', name: 'Ukraine', box: [46.0, 30.0, 51.5, 40.0], admin1: ['Donetsk', 'Luhansk', 'Kharkiv', 'Zaporizhia', 'Kherson'], rebels: 'Military Forces of Russia' },
  { iso: 'MM', name: 'Myanmar', box: [16.0, 94.0, 26.0, 99.0], admin1: ['Sagaing', 'Magway', 'Shan', 'Kachin', 'Rakhine'], rebels: 'PDF' },
  { iso: 'CD', name: 'DR Congo', box: [-4.0, 27.0, 2.0, 30.0], admin1: ['North Kivu', 'South Kivu', 'Ituri', 'Tanganyika', 'Maniema'], rebels: 'M23' },
];

const TYPES: { type: EventType; sub: string; verb: string }[] = [
  { type: 'Battles', sub: 'Armed clash', verb: 'clashed with' },
  { type: 'Explosions/Remote violence', sub: 'Air/drone strike', verb: 'carried out an air strike on' },
  { type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', verb: 'shelled positions of' },
  { type: 'Violence against civilians', sub: 'Attack', verb: 'attacked' },
];

const OUTLETS = ['Reuters', 'AP', 'AFP', 'Al Jazeera', 'BBC', 'local monitor'];

export interface SyntheticIncident {
  key: number;
  country: (typeof COUNTRIES)[number];
  date: string;
  lat: number;
  lon: number;
  admin1: string;
  location: string;
  kind: (typeof TYPES)[number];
  fatalities: number;
}

const BASE_DAY = Date.UTC(2015, 0, 1) / 86400000;
const isoDay = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);

/**
 * Incident `key`. With `separated`, incidents lie on a lattice (at least 5 degrees or 60 days apart), so
 * the right fusion is unambiguous whatever the order; else they are spread uniformly over the ten
 * countries' boxes and `years` years from 2015 (10 by default: a million incidents then put about 27 a
 * day in each box, as dense as ACLED's busiest conflicts; 25 years, ACLED's span, spreads them 2.5 times
 * thinner).
 */
export function syntheticIncident(key: number, seed = 1, separated = false, years = 10): SyntheticIncident {
  const r = prng(seed * 7919 + key * 104729);
  const country = COUNTRIES[key % COUNTRIES.length]!;
  const [s, w, n, e] = country.box;
  let lat: number, lon: number, day: number;
  if (separated) {
    const slot = Math.floor(key / COUNTRIES.length);
    lat = s + 0.5 + (slot % 2) * Math.max(0, n - s - 1);
    lon = w + 0.5 + (Math.floor(slot / 2) % 2) * Math.max(0, e - w - 1);
    day = BASE_DAY + Math.floor(slot / 4) * 60;
  } else {
    lat = s + r() * (n - s);
    lon = w + r() * (e - w);
    day = BASE_DAY + Math.floor(r() * 365 * years);
  }
  return {
    key,
    country,
    date: isoDay(day),
    lat: Math.round(lat * 1e4) / 1e4,
    lon: Math.round(lon * 1e4) / 1e4,
    admin1: country.admin1[Math.floor(r() * country.admin1.length)]!,
    location: `Place-${key}`,
    kind: TYPES[Math.floor(r() * TYPES.length)]!,
    fatalities: 1 + Math.floor(r() * 20),
  };
}

/** One article reporting `inc` (report number `report`), and the record extraction would give for it. */
export function syntheticReport(inc: SyntheticIncident, report: number, seed = 1): { article: Article; records: IncidentRecord[] } {
  const r = prng(seed * 31 + inc.key * 1009 + report * 13);
  const outlet = OUTLETS[(inc.key + report) % OUTLETS.length]!;
  const source = report % 2 === 0 ? outlet : `${inc.country.name} Observatory ${report}`;
  const killed = inc.fatalities + (report % 3 === 2 ? 1 + Math.floor(r() * 3) : 0);
  const actor1 = `Military Forces of ${inc.country.name}`;
  const actor2 = inc.kind.type === 'Violence against civilians' ? `Civilians (${inc.country.name})` : inc.country.rebels;
  const s1 = `On ${inc.date}, ${actor1} ${inc.kind.verb} ${actor2} near ${inc.location} in ${inc.admin1}.`;
  const s2 = `${source} said ${killed} people were killed.`;
  const s3 = `The report was filed by ${outlet} (report ${report} of incident ${inc.key}).`;
  const text = `${s1} ${s2} ${s3}`;
  const id = `syn-${seed}-${inc.key}-${report}`;
  const claim: Claim = { attribute: 'fatalities', value: killed, source, article: id, quote: s2, start: s1.length + 1, end: s1.length + 1 + s2.length };
  const record: IncidentRecord = {
    id: `${id}-1`,
    articles: [id],
    event_date: inc.date,
    time_precision: 1,
    event_type: inc.kind.type,
    sub_event_type: inc.kind.sub,
    actor1,
    actor2,
    inter1: 1 as Inter,
    inter2: (actor2.startsWith('Civilians') ? 7 : 2) as Inter,
    actor1_country: inc.country.iso,
    actor2_country: inc.country.iso,
    assoc_actor_1: [],
    assoc_actor_2: [],
    country: inc.country.iso,
    admin1: inc.admin1,
    admin2: null,
    location: inc.location,
    latitude: inc.lat,
    longitude: inc.lon,
    geo_precision: 1,
    fatalities: killed,
    fatalities_low: killed,
    fatalities_high: killed,
    injuries: null,
    sources: [source],
    claims: [claim],
    disputes: [],
    notes: s1,
    outlets: [outlet],
  };
  const published = isoDay(Date.parse(`${inc.date}T00:00:00Z`) / 86400000 + (report % 3));
  return { article: { id, text, outlet, url: `https://example.org/${id}`, published, title: `Incident ${inc.key}`, origin: 'synthetic' }, records: [record] };
}

/** A batch of `n` articles about `n / reports` incidents, reports interleaved (as news arrives). */
export function syntheticBatch(n: number, opts: { seed?: number; reports?: number; separated?: boolean } = {}) {
  const seed = opts.seed ?? 1;
  const reports = opts.reports ?? 3;
  const incidents = Math.ceil(n / reports);
  const out: { article: Article; records: IncidentRecord[] }[] = [];
  for (let rep = 0; rep < reports; rep++)
    for (let k = 0; k < incidents && out.length < n; k++) out.push(syntheticReport(syntheticIncident(k, seed, opts.separated), rep, seed));
  return { items: out, incidents };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { incidents: { type: 'string' }, articles: { type: 'string' }, store: { type: 'string' }, seed: { type: 'string' }, years: { type: 'string' } },
  });
  const seed = Number(values.seed ?? 1);
  if (values.incidents) {
    const { fillStore } = await import('./gen-synthetic-fill.js');
    const n = Number(values.incidents);
    const t0 = performance.now();
    await fillStore(values.store ?? process.env.SITREP_STORE ?? './sitrep.db', n, { seed, progress: true, years: Number(values.years ?? 10) });
    console.error(`filled ${n} incidents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    const n = Number(values.articles ?? 30);
    for (const { article } of syntheticBatch(n, { seed }).items) console.log(JSON.stringify(article));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
