/** Fills a store with `n` synthetic incidents (one article each), in batches; see gen-synthetic.ts. */
import { openStore } from '../src/store/index.js';
import { syntheticIncident, syntheticReport } from './gen-synthetic.js';

export async function fillStore(spec: string, n: number, opts: { seed?: number; batch?: number; progress?: boolean; years?: number } = {}): Promise<void> {
  const seed = opts.seed ?? 1;
  const batch = opts.batch ?? 2000;
  const store = await openStore(spec);
  try {
    const start = (await store.stats()).articles;
    for (let k = start; k < n; k += batch) {
      const items = [];
      for (let j = k; j < Math.min(n, k + batch); j++) items.push(syntheticReport(syntheticIncident(j, seed, false, opts.years ?? 10), 0, seed));
      await store.bulkLoad(items);
      if (opts.progress && (k / batch) % 25 === 0) process.stderr.write(`\r${k + items.length}/${n}`);
    }
    if (opts.progress) process.stderr.write('\n');
    if (store.engine === 'postgres') await store.connection.exec('ANALYZE');
  } finally {
    await store.close();
  }
}
