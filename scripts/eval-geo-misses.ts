/**
 * Misses of the geoparser on a development set, by category, for error analysis (never run it on a test
 * split: their misses are not to be looked at). Reads a gold file and a `sitrep places --full` output
 * (e.g. from `eval-geo --keep DIR`) and prints counts per category and a few examples of each:
 *   not detected: the name is a gazetteer key / a demonym / unknown to the gazetteer / lower case …;
 *   false positives: by feature code and whether the span overlaps nothing or is a partial span;
 *   resolved wrong (> 161 km): gold id absent from our gazetteer, same name in another country, admin vs
 *   city, other place of the same country …
 * Usage: tsx scripts/eval-geo-misses.ts --gold G --pred P [--articles A] [--examples N] [--only CATEGORY]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { fold } from '../src/geo/fold.js';

const { values } = parseArgs({
  options: { gold: { type: 'string' }, pred: { type: 'string' }, articles: { type: 'string' }, examples: { type: 'string' }, only: { type: 'string' } },
});
if (!values.gold || !values.pred) {
  console.error('usage: tsx scripts/eval-geo-misses.ts --gold G --pred P [--articles A] [--examples N] [--only CATEGORY]');
  process.exit(2);
}
if (/test/.test(values.gold)) {
  console.error('eval-geo-misses: test splits are reported, never analysed');
  process.exit(2);
}
const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
interface GoldT { start: number; end: number; text: string; lat: number; lon: number; geonameid: string | null; }
interface Pred { start: number; end: number; text: string; latitude: number; longitude: number; geonameid: number | null; country: string | null; admin1: string | null; name?: string; feature_code?: string; relation?: string; demonym?: boolean; }
const gold = readJsonl(values.gold) as Array<{ id: string; toponyms: GoldT[] }>;
const preds = new Map<string, Pred[]>((readJsonl(values.pred) as Array<{ id: string; places: Pred[] }>).map((p) => [String(p.id), p.places]));
const articlesPath = values.articles ?? values.gold.replace(/\.gold\.jsonl$/, '.articles.jsonl');
const texts = new Map<string, string>((readJsonl(articlesPath) as Array<{ id: string; text: string }>).map((a) => [String(a.id), a.text]));
const nEx = Number(values.examples ?? 6);

const gaz = new Gazetteer();
// geonameid → row, over the built index
const byId = new Map<number, number>();
for (let r = 0; r < gaz.size; r++) {
  const c = gaz.place(r);
  if (c.geonameid !== null && !byId.has(c.geonameid)) byId.set(c.geonameid, r);
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180, dLat = (bLat - aLat) * r, dLon = (bLon - aLon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const cats = new Map<string, string[]>();
const add = (cat: string, ex: string) => {
  let l = cats.get(cat);
  if (!l) cats.set(cat, (l = []));
  l.push(ex);
};
const ctxOf = (id: string, s: number, e: number) => {
  const t = texts.get(id) ?? '';
  return `…${t.slice(Math.max(0, s - 40), s)}[${t.slice(s, e)}]${t.slice(e, e + 30)}…`.replace(/\s+/g, ' ');
};
/** The nearest gazetteer entry to the gold point under the name's key (within 161 km), if any. */
function reachable(key: string, lat: number, lon: number) {
  let best: { c: ReturnType<Gazetteer['place']>; d: number } | null = null;
  for (const c of gaz.placesForKey(key)) {
    const d = km(lat, lon, c.latitude, c.longitude);
    if (!best || d < best.d) best = { c, d };
  }
  return best;
}

for (const g of gold) {
  const ps = preds.get(String(g.id)) ?? [];
  for (const t of g.toponyms) {
    const hits = ps.filter((p) => overlaps(p, t));
    const key = fold(t.text);
    if (!hits.length) {
      const text = texts.get(String(g.id)) ?? '';
      let cat: string;
      if (!/^\p{Lu}/u.test(t.text)) cat = 'FN lower-case';
      else if (gaz.demonymCountry(key)) cat = 'FN demonym known';
      else if (gaz.hasKey(key)) {
        const r = reachable(key, t.lat, t.lon);
        cat = r && r.d <= 161 ? `FN key known, reachable (${r.c.featureCode})` : 'FN key known, not reachable';
      } else {
        const spanKey = fold(t.text.replace(/^the\s+/i, ''));
        cat = gaz.hasKey(spanKey) ? 'FN key known after "the"' : /(?:n|ian|ese|ish|i)s?$/.test(t.text) ? 'FN unknown (maybe demonym)' : 'FN unknown name';
      }
      void text;
      add(cat, `${t.text} @${g.id} ${ctxOf(String(g.id), t.start, t.end)}`);
      continue;
    }
    const d = Math.min(...hits.map((p) => km(t.lat, t.lon, p.latitude, p.longitude)));
    const p = hits[0]!;
    const exact = t.geonameid && hits.some((h) => String(h.geonameid ?? '') === String(t.geonameid));
    if (d <= 161) {
      if (t.geonameid && !exact) add(byId.has(Number(t.geonameid)) ? 'OK<161 but other id (gold id in gaz)' : 'OK<161 but other id (gold id absent)', `${t.text} → ${p.name}/${p.feature_code}/${p.country} gold ${t.geonameid}`);
      continue;
    }
    let cat = 'WRONG';
    const goldRow = t.geonameid ? byId.get(Number(t.geonameid)) : undefined;
    const goldC = goldRow !== undefined ? gaz.place(goldRow) : null;
    const r = reachable(key, t.lat, t.lon);
    const reach = r && r.d <= 161 ? r.c : null;
    if (p.text !== t.text && (p.start !== t.start || p.end !== t.end)) cat += ' span differs';
    if (t.geonameid && !goldC && !reach) cat += ' gold absent, not reachable';
    else if (!reach) cat += ' gold not reachable by key' + (goldC ? ` (gold ${goldC.featureCode})` : '');
    else {
      const rc = reach;
      const predAdmin = /^(ADM|PCL)/.test(p.feature_code ?? '');
      const goldAdmin = /^(ADM|PCL)/.test(rc.featureCode);
      if (rc.country !== p.country) cat += ' other country';
      else cat += ' same country';
      if (predAdmin !== goldAdmin) cat += predAdmin ? ' (pred admin, gold city)' : ' (pred city, gold admin)';
    }
    add(cat, `${t.text} @${g.id} → ${p.name}/${p.feature_code}/${p.country} (${Math.round(d)} km); gold ${goldC ? `${goldC.name}/${goldC.featureCode}/${goldC.country}/${goldC.population}` : t.geonameid} ${ctxOf(String(g.id), t.start, t.end)}`);
  }
  for (const p of ps) {
    if (g.toponyms.some((t) => overlaps(p, t))) continue;
    add(`FP ${p.demonym ? 'demonym' : p.feature_code}`, `${p.text} → ${p.name}/${p.country} @${g.id} ${ctxOf(String(g.id), p.start, p.end)}`);
  }
}

const sorted = [...cats].sort((a, b) => b[1].length - a[1].length);
for (const [cat, exs] of sorted) {
  if (values.only && !cat.includes(values.only)) continue;
  console.log(`\n## ${cat}: ${exs.length}`);
  const counts = new Map<string, number>();
  for (const e of exs) counts.set(e, (counts.get(e) ?? 0) + 1);
  for (const e of exs.slice(0, values.only ? 1000 : nEx)) console.log(`  ${e}`);
}
