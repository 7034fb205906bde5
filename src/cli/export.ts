/** `sitrep export --format acled-csv|ucdp-csv|geojson|jsonl [filters] [--out FILE]`. */
import { formatRecords, writeAtomically } from '../export/index.js';
import { FILTER_HELP, FILTER_OPTIONS, STORE_HELP, STORE_OPTION, filtersFrom, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const FORMATS: Record<string, string> = { 'acled-csv': 'acled-csv', csv: 'acled-csv', 'ucdp-csv': 'ucdp-csv', geojson: 'geojson', jsonl: 'jsonl' };

const HELP = `usage: sitrep export --format acled-csv|ucdp-csv|geojson|jsonl [filters] [--out FILE]

Writes the store's incidents (stdout without --out; a file is written atomically).
  acled-csv   ACLED's 31 columns in ACLED's order, then sitrep's extras (grade, low/high, disputes …)
  ucdp-csv    UCDP GED-style columns
  geojson     a FeatureCollection of the incidents with a point
  jsonl       incident records as in CONTRACT.md (with grade, absorbed ids, analyst values)
${STORE_HELP}
  --deletions          (jsonl) also write a line per deleted or merged-away id: {"id", "deleted": true, …}
${FILTER_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string', short: 'o' }, deletions: { type: 'boolean' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as Record<string, string | boolean | undefined>;
  const format = FORMATS[String(v.format ?? '')];
  if (!format) {
    console.error(`sitrep export: --format must be one of ${Object.keys(FORMATS).join(', ')}\n\n${HELP}`);
    return 2;
  }
  if (r.positionals.length) {
    console.error(`sitrep export: unexpected argument '${r.positionals[0]}'`);
    return 2;
  }
  return withCliStore('export', v.store as string | undefined, async (store) => {
    const filters = filtersFrom(v);
    const { items } = await store.queryIncidents(filters, { order: 'event_date' });
    items.reverse(); // oldest first in files
    let out = formatRecords(items, format, { extraColumns: ['grade', 'confirmed', 'absorbed'] });
    if (v.deletions && format === 'jsonl')
      for (const d of await store.deletions()) out += JSON.stringify({ id: d.id, deleted: true, at: d.at, who: d.who, why: d.why, merged_into: d.merged_into }) + '\n';
    if (typeof v.out === 'string') {
      writeAtomically(v.out, out);
      console.error(`wrote ${items.length} incident(s) to ${v.out}`);
    } else process.stdout.write(out);
    return 0;
  });
}
