/** `sitrep incidents [filters] [--format table|jsonl|csv|geojson]`: query the incident store. */
import { formatRecords } from '../export/index.js';
import { FILTER_HELP, FILTER_OPTIONS, STORE_HELP, STORE_OPTION, UsageError, filtersFrom, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const FORMATS = ['table', 'jsonl', 'csv', 'geojson'];

const HELP = `usage: sitrep incidents [ID...] [filters] [--format table|jsonl|csv|geojson] [--limit N] [--offset N]

Lists incidents in the store, newest first (with IDs: those incidents, following merges).
${STORE_HELP}
  --format F           table (default), jsonl, csv (ACLED columns + grade), geojson
  --limit N --offset N page through the results (default limit 100 for table, all otherwise)
${FILTER_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, ...FILTER_OPTIONS, format: { type: 'string', default: 'table' }, limit: { type: 'string' }, offset: { type: 'string' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as Record<string, string | boolean | undefined>;
  const format = String(v.format);
  if (!FORMATS.includes(format)) {
    console.error(`sitrep incidents: unknown format '${format}' (${FORMATS.join(', ')})`);
    return 2;
  }
  return withCliStore('incidents', v.store as string | undefined, async (store) => {
    const filters = filtersFrom(v);
    const num = (k: string) => {
      if (v[k] === undefined) return undefined;
      const n = Number(v[k]);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${k} must be a whole number`);
      return n;
    };
    if (r.positionals.length) {
      const items = [];
      for (const id of r.positionals) {
        const inc = await store.getIncident(id, { includeDeleted: true });
        if (!inc) throw new UsageError(`no incident ${id}`);
        items.push(inc);
      }
      process.stdout.write(formatRecords(items, format, { extraColumns: ['grade', 'absorbed'] }));
      return 0;
    }
    const limit = num('limit') ?? (format === 'table' ? 100 : undefined);
    const { total, items } = await store.queryIncidents(filters, { limit, offset: num('offset') });
    process.stdout.write(formatRecords(items, format, { extraColumns: ['grade', 'absorbed'] }));
    if (format === 'table') console.error(`${items.length} of ${total} incident(s)${total > items.length ? ' (--limit/--offset for more)' : ''}`);
    return 0;
  });
}
