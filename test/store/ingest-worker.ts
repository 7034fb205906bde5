/**
 * A separate process for the fault tests: ingests a synthetic batch into a store, one article per
 * transaction, printing "ok N" after each. Usage: ingest-worker SPEC COUNT SEED [reverse]
 */
import { syntheticBatch } from '../../scripts/gen-synthetic.js';
import { openStore } from '../../src/store/index.js';

const [spec, count, seed, order] = process.argv.slice(2);
const { items } = syntheticBatch(Number(count), { seed: Number(seed), reports: 3, separated: true });
if (order === 'reverse') items.reverse();
const store = await openStore(spec!);
let i = 0;
for (const { article, records } of items) {
  const r = await store.ingestArticle(article, { records, who: `worker-${process.pid}` });
  process.stdout.write(`ok ${++i} ${r.status}\n`);
}
await store.close();
