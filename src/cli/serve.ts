/** `sitrep serve`: the HTTP API and the dashboard in one process, optionally watching feeds. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from './args.js';
import { loadTokens, tokenFileFor } from '../api/auth.js';
import { buildServer } from '../api/server.js';
import { FeedWatcher } from '../watch/watcher.js';
import { parseDuration, watchStateFileFor } from '../watch/state.js';

const HELP = `usage: sitrep serve [--store S] [--port 8080] [--host 127.0.0.1] [--watch FEED_URL]... [--every 15m]
                    [--ingest PATH]... [--web DIR] [--public-reads]

Serves the HTTP API (/api/…, OpenAPI at /api/openapi.json) and the dashboard.
  --store S        the store: an SQLite path (default: the store's default) or postgres://…
  --port N         port (default 8080; 0 picks a free one)
  --host H         interface (default 127.0.0.1)
  --watch URL      poll this RSS/Atom feed and ingest new items (repeatable)
  --every D        feed polling interval (default 15m)
  --ingest PATH    ingest these files/folders (txt, html, jsonl) before serving (repeatable)
  --web DIR        built dashboard folder (default: dist/web of the package)
  --public-reads   let non-loopback clients read without a token
Writes need 'Authorization: Bearer <token>': SITREP_TOKEN (secret, or name:secret,…), else the token
file beside the store, made with a new token (printed) at first start.`;

export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export async function run(argv: string[]): Promise<number> {
  const r = parse(
    argv,
    {
      store: { type: 'string' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      watch: { type: 'string', multiple: true },
      every: { type: 'string', default: '15m' },
      ingest: { type: 'string', multiple: true },
      web: { type: 'string' },
      'public-reads': { type: 'boolean' },
    },
    HELP,
  );
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; port: string; host: string; watch?: string[]; every: string; ingest?: string[]; web?: string; 'public-reads'?: boolean };
  const port = Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`sitrep serve: bad --port '${v.port}'`);
    return 2;
  }
  const everyMs = parseDuration(v.every);
  const spec = v.store ?? (process.env.SITREP_STORE || './sitrep.db');
  const { openStore } = await import('../store/index.js');
  const store = await openStore(spec);
  const tokens = loadTokens(tokenFileFor(spec));

  if (v.ingest?.length) {
    const { ingestPaths } = await import('./watch.js');
    const n = await ingestPaths(store, v.ingest);
    console.log(`ingested ${n.added} new article(s), ${n.duplicates} already stored, ${n.errors} error(s)`);
  }

  const webRoot = v.web ? resolve(v.web) : join(packageRoot(), 'dist', 'web');
  const app = await buildServer({ store, tokens: tokens.tokens, webRoot, publicReads: v['public-reads'] });
  const address = await app.listen({ port, host: v.host });
  const url = address.replace('://[::1]', '://localhost').replace('://127.0.0.1', '://localhost');
  if (!existsSync(join(webRoot, 'index.html'))) console.log(`(dashboard not built: run npm run build:web; serving the API only)`);
  console.log(`sitrep: dashboard at ${url}/  API at ${url}/api/  (store: ${store.engine}${spec ? ' ' + spec : ''})`);
  if (tokens.generated) console.log(`write token '${tokens.tokens[0]!.name}': ${tokens.tokens[0]!.token}  (saved in ${tokens.origin}; enter it in the dashboard to edit)`);
  else console.log(`writes: bearer tokens from ${tokens.origin === 'env' ? 'SITREP_TOKEN' : tokens.origin} (${tokens.tokens.map((t) => t.name).join(', ')})`);

  let watcher: FeedWatcher | null = null;
  if (v.watch?.length) {
    watcher = new FeedWatcher(v.watch, { store, statePath: watchStateFileFor(spec), log: (l) => console.log(`watch: ${l}`) });
    watcher.start(everyMs);
    console.log(`watching ${v.watch.length} feed(s) every ${v.every}`);
  }

  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watcher?.stop();
  await app.close();
  await store.close();
  return 0;
}
