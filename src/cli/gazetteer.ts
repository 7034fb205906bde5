/**
 * `sitrep gazetteer import FILE`: add a GeoNames country dump (e.g. SY.txt from
 * https://download.geonames.org/export/dump/, the 19-column "geoname" table) to the user gazetteer layer,
 * which the geoparser loads beside the built index. Populated places (P), administrative units (A),
 * areas (L), spots (S), terrain (T) and water (H) are kept. Re-importing a file replaces its places.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { geonamesLineToPlace } from '../geo/gazetteer.js';
import { isLatin } from '../geo/fold.js';
import { resetGeoparser } from '../geo/index.js';
import { userGazetteerDir } from '../geo/paths.js';
import { parse } from './args.js';

const HELP = `usage: sitrep gazetteer import FILE.txt
       sitrep gazetteer info

import  add a GeoNames dump (tab-separated, GeoNames "geoname" columns) to the user layer
        (${'$'}SITREP_USER_GAZETTEER_DIR or .cache/gazetteer-user)
info    print how many places the user layer holds`;

const KEEP_CLASSES = new Set(['P', 'A', 'L', 'S', 'T', 'H']);

export async function importGeonamesDump(file: string, dir = userGazetteerDir()): Promise<{ added: number; skipped: number; total: number }> {
  const placesPath = join(dir, 'places.tsv');
  const byId = new Map<string, string>();
  if (existsSync(placesPath)) {
    for (const line of readFileSync(placesPath, 'utf8').split('\n')) if (line) byId.set(line.split('\t')[0]!, line);
  }
  let added = 0;
  let skipped = 0;
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('\t');
    const parsed = geonamesLineToPlace(f);
    if (!parsed || !KEEP_CLASSES.has(f[6] ?? '')) {
      skipped++;
      continue;
    }
    const names = parsed.names.filter((n) => isLatin(n)).map((n) => n.replace(/[|\t]/g, ' '));
    if (!names.length) {
      skipped++;
      continue;
    }
    byId.set(f[0]!, `${parsed.place}\t${[...new Set(names)].join('|')}`);
    added++;
  }
  mkdirSync(dir, { recursive: true });
  const tmp = `${placesPath}.tmp-${process.pid}`;
  writeFileSync(tmp, [...byId.values()].join('\n') + '\n');
  renameSync(tmp, placesPath);
  resetGeoparser();
  return { added, skipped, total: byId.size };
}

export async function run(argv: string[]): Promise<number> {
  const args = parse(argv, {}, HELP);
  if (args === null) return 0;
  if (!args) return 2;
  const [sub, file] = args.positionals;
  if (sub === 'info') {
    const p = join(userGazetteerDir(), 'places.tsv');
    const n = existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean).length : 0;
    console.log(`user gazetteer layer: ${n} places (${p})`);
    return 0;
  }
  if (sub !== 'import' || !file) {
    console.error(HELP);
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`sitrep gazetteer: ${file} not found`);
    return 1;
  }
  const r = await importGeonamesDump(file);
  console.log(`imported ${r.added} places (${r.skipped} lines skipped); user layer now holds ${r.total}`);
  return r.added || !r.skipped ? 0 : 1;
}
