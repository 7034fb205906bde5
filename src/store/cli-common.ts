/** What the store's CLI commands share: the --store option, query filters, opening and error reporting. */
import type { Options } from '../cli/args.js';
import { NotFoundError, StoreInputError, defaultStoreSpec, openStore, type IncidentFilters, type SqlStore } from './index.js';

export const STORE_OPTION = { store: { type: 'string' } } as const satisfies Options;

export const STORE_HELP = `  --store S            the store: an SQLite file (default $SITREP_STORE or ./sitrep.db) or postgres://…`;

export const FILTER_OPTIONS = {
  country: { type: 'string' },
  admin1: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  type: { type: 'string' },
  actor: { type: 'string' },
  'min-fatalities': { type: 'string' },
  grade: { type: 'string' },
  article: { type: 'string' },
  q: { type: 'string' },
  'include-deleted': { type: 'boolean' },
} as const satisfies Options;

export const FILTER_HELP = `filters:
  --country SY         ISO alpha-2 or alpha-3 code (several: SY,IQ)
  --admin1 NAME        province (case-insensitive)
  --since DATE --until DATE   event dates, inclusive (YYYY-MM-DD)
  --type T             event type or sub-event type ("Battles", "Air/drone strike")
  --actor TEXT         part of an actor's name
  --min-fatalities N
  --grade G            weak, fair, confirmed or contested
  --article ID         incidents citing this article
  --q TEXT             text in place names, actors or notes
  --include-deleted    also deleted and merged-away incidents`;

export class UsageError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFrom(v: Record<string, unknown>): IncidentFilters {
  const f: IncidentFilters = {};
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  if (str('country')) f.country = str('country');
  if (str('admin1')) f.admin1 = str('admin1');
  for (const k of ['since', 'until'] as const) {
    const d = str(k);
    if (d === undefined) continue;
    if (!DATE.test(d)) throw new UsageError(`--${k} must be YYYY-MM-DD, not '${d}'`);
    f[k] = d;
  }
  if (str('type')) f.type = str('type');
  if (str('actor')) f.actor = str('actor');
  const mf = str('min-fatalities');
  if (mf !== undefined) {
    const n = Number(mf);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--min-fatalities must be a whole number, not '${mf}'`);
    f.minFatalities = n;
  }
  const g = str('grade');
  if (g !== undefined) {
    if (!['weak', 'fair', 'confirmed', 'contested'].includes(g)) throw new UsageError(`--grade must be weak, fair, confirmed or contested`);
    f.grade = g as IncidentFilters['grade'];
  }
  if (str('article')) f.article = str('article');
  if (str('q')) f.q = str('q');
  if (v['include-deleted']) f.includeDeleted = true;
  return f;
}

/** Opens the store, runs fn, closes it; prints store errors as one line and returns exit codes. */
export async function withCliStore(command: string, spec: string | undefined, fn: (store: SqlStore) => Promise<number>): Promise<number> {
  let store: SqlStore | undefined;
  try {
    store = await openStore(spec ?? defaultStoreSpec());
    return await fn(store);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sitrep ${command}: ${e.message}`);
      return 2;
    }
    if (e instanceof StoreInputError || e instanceof NotFoundError) {
      console.error(`sitrep ${command}: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await store?.close();
  }
}

/** The user analyst operations are recorded under. */
export { defaultUser } from './index.js';
