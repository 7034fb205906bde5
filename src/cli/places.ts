/**
 * `sitrep places INPUT --out FILE`: geoparse a JSONL of {id, text, published?} and write one line per
 * article, {id, places: [{start, end, text, latitude, longitude, geonameid, country, admin1, geo_precision}]}
 * (CONTRACT.md § Geoparsing). Bad lines are reported and skipped; the rest of the batch goes on.
 */
import { createReadStream, createWriteStream, renameSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { getGeoparser, type GeoPlace } from '../geo/index.js';
import { parse } from './args.js';

const HELP = `usage: sitrep places INPUT.jsonl --out FILE.jsonl [--full]

Geoparse articles: INPUT has one {"id", "text", "published"?} per line; FILE gets one
{"id", "places": [...]} per line. --full adds name, feature code, relation and demonym flags.`;

function contractPlace(p: GeoPlace, full: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    start: p.start,
    end: p.end,
    text: p.text,
    latitude: p.latitude,
    longitude: p.longitude,
    geonameid: p.geonameid,
    country: p.country,
    admin1: p.admin1,
    geo_precision: p.geo_precision,
  };
  if (full) Object.assign(out, { name: p.name, feature_code: p.featureCode, relation: p.relation, demonym: !!p.demonym });
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const args = parse(argv, { out: { type: 'string', short: 'o' }, full: { type: 'boolean' } }, HELP);
  if (args === null) return 0;
  if (!args) return 2;
  const input = args.positionals[0];
  const outPath = args.values.out as string | undefined;
  if (!input || !outPath) {
    console.error(HELP);
    return 2;
  }
  const full = !!args.values.full;
  const geo = getGeoparser();
  const tmp = `${outPath}.tmp-${process.pid}`;
  const out = createWriteStream(tmp);
  const lines = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown; published?: unknown };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      console.error(`${input}:${lineNo}: not JSON (${(e as Error).message}); skipped`);
      bad++;
      continue;
    }
    if (rec === null || typeof rec !== 'object' || typeof rec.text !== 'string' || rec.id === undefined) {
      console.error(`${input}:${lineNo}: needs "id" and a string "text"; skipped`);
      bad++;
      continue;
    }
    const published = typeof rec.published === 'string' ? rec.published : null;
    const places = geo.parse(rec.text, { published }).map((p) => contractPlace(p, full));
    if (!out.write(JSON.stringify({ id: rec.id, places }) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    n++;
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(tmp, outPath);
  console.error(`places: ${n} articles → ${outPath}${bad ? ` (${bad} bad lines skipped)` : ''}`);
  return bad && !n ? 1 : 0;
}
