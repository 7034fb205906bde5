/**
 * Faults, with real processes: an ingest killed with SIGKILL mid-batch then run again gives exactly the
 * records of a clean run (both engines); two ingest processes at once against one PostgreSQL store
 * create no duplicate incidents.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { syntheticBatch } from '../../scripts/gen-synthetic.js';
import { openStore } from '../../src/store/index.js';
import { ENGINES, nodeArgs, postgres, snapshot } from './helpers.js';

const N = 60;
const SEED = 11;

/** Runs the worker; with killAfter, sends SIGKILL once that many articles were reported done. */
function worker(spec: string, opts: { killAfter?: number; reverse?: boolean } = {}): Promise<{ done: number; signal: string | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = [...nodeArgs('test/store/ingest-worker.ts'), spec, String(N), String(SEED)];
    if (opts.reverse) args.push('reverse');
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let done = 0;
    let buf = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      done += lines.filter((l) => l.startsWith('ok ')).length;
      if (opts.killAfter != null && done >= opts.killAfter) p.kill('SIGKILL');
    });
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code, signal) => resolve({ done, code, signal, stderr }));
  });
}

async function contents(spec: string) {
  const store = await openStore(spec);
  try {
    return { snap: await snapshot(store), stats: await store.stats() };
  } finally {
    await store.close();
  }
}

for (const engine of ENGINES) {
  describe(`faults (${engine.name})`, { skip: engine.skip ?? false }, () => {
    it('ingest killed with SIGKILL mid-batch, then run again, gives exactly the records of a clean run', async () => {
      const clean = await engine.fresh();
      const crashed = await engine.fresh();
      try {
        const c = await worker(clean.spec);
        assert.equal(c.code, 0, c.stderr);
        const k = await worker(crashed.spec, { killAfter: 20 });
        assert.equal(k.signal, 'SIGKILL', 'the worker was killed before it finished');
        assert.ok(k.done < N);
        const mid = await contents(crashed.spec);
        assert.ok(mid.stats.articles >= 20 && mid.stats.articles < N, `killed mid-batch (${mid.stats.articles} articles stored)`);
        const again = await worker(crashed.spec);
        assert.equal(again.code, 0, again.stderr);
        const a = await contents(clean.spec);
        const b = await contents(crashed.spec);
        assert.equal(b.stats.articles, N);
        assert.equal(a.stats.incidents, syntheticBatch(N, { seed: SEED, reports: 3, separated: true }).incidents);
        assert.deepEqual(b.snap, a.snap);
      } finally {
        await clean.cleanup();
        await crashed.cleanup();
      }
    });
  });
}

describe('two ingest processes on one PostgreSQL store', { skip: postgres.skip ?? false }, () => {
  it('create no duplicate incidents', async () => {
    const db = await postgres.fresh();
    const clean = await postgres.fresh();
    try {
      // Create the schema first, so the two workers race on articles, not on migrations.
      await (await openStore(db.spec)).close();
      const [x, y] = await Promise.all([worker(db.spec), worker(db.spec, { reverse: true })]);
      assert.equal(x.code, 0, x.stderr);
      assert.equal(y.code, 0, y.stderr);
      const store = await openStore(db.spec);
      try {
        const stats = await store.stats();
        assert.equal(stats.articles, N, 'every article stored once');
        const { items } = await store.queryIncidents({}, { order: 'id' });
        const truth = syntheticBatch(N, { seed: SEED, reports: 3, separated: true }).incidents;
        assert.equal(items.length, truth, 'one incident per true incident');
        const seen = new Map<string, string>();
        for (const inc of items) {
          assert.equal(inc.articles.length, 3, `${inc.id} has all three reports`);
          for (const a of inc.articles) {
            assert.ok(!seen.has(a), `article ${a} in ${seen.get(a)} and ${inc.id}`);
            seen.set(a, inc.id);
          }
        }
        const sameIncident = new Set(items.map((i) => i.articles.map((a) => a.replace(/-\d+$/, '')).sort().join()));
        assert.equal(sameIncident.size, truth);
      } finally {
        await store.close();
      }
      // Whatever the interleaving, the incidents are those of a clean sequential run (ids aside).
      await worker(clean.spec);
      const c = await contents(clean.spec);
      assert.equal(c.stats.incidents, truth(N));
    } finally {
      await db.cleanup();
      await clean.cleanup();
    }
  });
});

function truth(n: number): number {
  return syntheticBatch(n, { seed: SEED, reports: 3, separated: true }).incidents;
}
