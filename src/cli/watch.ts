/** `sitrep watch FEED_URL… [--every 15m] [--once]`: polls RSS/Atom feeds and ingests new items. */
import { parse } from './args.js';
import type { Store } from '../store/types.js';
import { FeedWatcher } from '../watch/watcher.js';
import { parseDuration, watchStateFileFor } from '../watch/state.js';

const HELP = `usage: sitrep watch FEED_URL... [--store S] [--every 15m] [--once] [--state FILE]

Polls RSS/Atom feeds with conditional GETs, fetches each new item's page and ingests it into the store.
Every item is ingested at most once: handled items are remembered in the state file (default: beside
the store, <store>.watch.json).
  --every D   interval between polls (30s, 15m, 1h; default 15m)
  --once      poll each feed once and exit`;

/** Ingests files and folders through ingest's readInputs (used by `serve --ingest`). */
export async function ingestPaths(store: Store, paths: string[]): Promise<{ added: number; duplicates: number; errors: number }> {
  const { readInputs } = await import('../ingest/index.js');
  const n = { added: 0, duplicates: 0, errors: 0 };
  for await (const item of readInputs(paths)) {
    if ('error' in item) {
      n.errors++;
      console.error(`skipped: ${item.error.message}`);
      continue;
    }
    try {
      const r = await store.ingestArticle(item.article);
      if (r.status === 'duplicate') n.duplicates++;
      else n.added++;
    } catch (e) {
      n.errors++;
      console.error(`${item.article.origin ?? item.article.id}: ${(e as Error).message}`);
    }
  }
  return n;
}

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { store: { type: 'string' }, every: { type: 'string', default: '15m' }, once: { type: 'boolean' }, state: { type: 'string' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; every: string; once?: boolean; state?: string };
  if (!r.positionals.length) {
    console.error(`sitrep watch: give at least one feed URL\n\n${HELP}`);
    return 2;
  }
  const everyMs = parseDuration(v.every);
  const spec = v.store ?? (process.env.SITREP_STORE || './sitrep.db');
  const { openStore } = await import('../store/index.js');
  const store = await openStore(spec);
  const watcher = new FeedWatcher(r.positionals, { store, statePath: v.state ?? watchStateFileFor(spec), who: 'watch', log: (l) => console.log(l) });
  if (v.once) {
    const reports = await watcher.pollAll();
    await store.close();
    const errors = reports.reduce((n, x) => n + x.errors.length, 0);
    const ingested = reports.reduce((n, x) => n + x.ingested.length, 0);
    console.log(`${ingested} item(s) ingested, ${errors} error(s)`);
    return reports.every((x) => x.status === 'error') ? 1 : 0;
  }
  console.log(`watching ${r.positionals.length} feed(s) every ${v.every}; Ctrl-C stops`);
  watcher.start(everyMs);
  await new Promise<void>((res) => {
    process.once('SIGINT', () => res());
    process.once('SIGTERM', () => res());
  });
  await watcher.stop();
  await store.close();
  return 0;
}
