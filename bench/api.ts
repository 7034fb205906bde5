/**
 * API latency of GET /api/incidents on a store of 100k incidents (synthetic, bulk-loaded with the
 * store's own loader): p50/p90/p99 over 1,000 requests from a bounded loopback load (CONCURRENCY
 * requests in flight), with a mix of pages and filters. The server runs in a child process, so the
 * load generator does not share its event loop.
 *
 *   node dist/bench/api.js [--incidents 100000] [--requests 1000] [--concurrency 4] [--store .cache/bench-api-100k.db] [--no-count-cache]
 *
 * The store caches counts until its next write; --no-count-cache makes every request count afresh
 * (the cost of a first request, or of requests while articles are being ingested).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(import.meta.url);

function root(): string {
  let dir = dirname(here);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

async function serveChild(storePath: string, countCache: boolean): Promise<void> {
  const { openStore } = await import('../src/store/index.js');
  const { buildServer } = await import('../src/api/server.js');
  const store = await openStore(storePath);
  store.countCache = countCache;
  const app = await buildServer({ store, tokens: [{ name: 'bench', token: 'bench-token-000' }] });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ address });
  process.on('disconnect', () => void app.close().then(() => store.close()).then(() => process.exit(0)));
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { incidents: { type: 'string', default: '100000' }, requests: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '4' }, store: { type: 'string' }, serve: { type: 'string' }, 'no-count-cache': { type: 'boolean' } },
  });
  if (values.serve) return serveChild(values.serve, !values['no-count-cache']);
  const n = Number(values.incidents);
  const total = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const storePath = resolve(values.store ?? join(root(), '.cache', `bench-api-${n}.db`));
  mkdirSync(dirname(storePath), { recursive: true });
  const { fillStore } = await import('../scripts/gen-synthetic-fill.js');
  const t0 = performance.now();
  await fillStore(storePath, n, { seed: 7 });
  console.log(`store: ${storePath}, ${n} incidents (ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const child: ChildProcess = fork(here, ['--serve', storePath, ...(values['no-count-cache'] ? ['--no-count-cache'] : [])], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const base: string = await new Promise((res, rej) => {
    child.once('message', (m) => res((m as { address: string }).address));
    child.once('exit', (code) => rej(new Error(`server exited ${code}`)));
  });
  const stats = (await (await fetch(`${base}/api/stats`)).json()) as { incidents: number };
  console.log(`server: ${base}, ${stats.incidents} incidents`);

  // The mix an analyst's dashboard and scripts send: first pages, filters, deeper pages.
  const queries: [string, (i: number) => string][] = [
    ['first page (100, newest first)', () => '/api/incidents'],
    ['country filter', (i) => `/api/incidents?country=${['SY', 'IQ', 'YE', 'NG', 'SD', 'UA'][i % 6]}`],
    ['type filter', (i) => `/api/incidents?type=${encodeURIComponent(['Battles', 'Explosions/Remote violence', 'Violence against civilians'][i % 3]!)}`],
    ['min_fatalities + since', () => '/api/incidents?min_fatalities=15&since=2020-01-01'],
    ['actor substring', () => '/api/incidents?actor=military%20forces&limit=50'],
    ['page at offset 5,000', () => '/api/incidents?offset=5000&limit=100'],
  ];
  const byKind = new Map<string, number[]>(queries.map(([k]) => [k, []]));
  const all: number[] = [];
  // Warm-up (not measured): the first requests pay for JIT and the page cache.
  for (const [, q] of queries) await (await fetch(base + q(0))).arrayBuffer();
  let next = 0;
  let failures = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const [kind, q] = queries[i % queries.length]!;
      const t = performance.now();
      const res = await fetch(base + q(i));
      await res.arrayBuffer();
      const ms = performance.now() - t;
      if (res.status !== 200) failures++;
      all.push(ms);
      byKind.get(kind)!.push(ms);
    }
  };
  const tl = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = (performance.now() - tl) / 1000;
  child.disconnect();
  const line = (label: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    console.log(`${label.padEnd(34)} n=${String(s.length).padStart(4)}  p50 ${pct(s, 50).toFixed(1).padStart(7)} ms  p90 ${pct(s, 90).toFixed(1).padStart(7)} ms  p99 ${pct(s, 99).toFixed(1).padStart(7)} ms`);
  };
  console.log(`\nGET /api/incidents: ${total} requests, ${concurrency} in flight, count cache ${values['no-count-cache'] ? 'off' : 'on'}, ${(total / wall).toFixed(0)} req/s, ${failures} non-200`);
  line('all', all);
  for (const [k, xs] of byKind) line(k, xs);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
