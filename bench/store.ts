/**
 * Time to ingest one article into stores holding 10k, 100k and 1M synthetic incidents, embedded (SQLite)
 * and PostgreSQL. Records come pre-extracted (this measures the store: blocking, fusion, writes, one
 * transaction per article), half of them new reports of stored incidents (they merge), half new incidents.
 *
 *   node dist/bench/store.js [--sizes 10000,100000,1000000] [--pg postgres://…] [--samples 300] [--dir /tmp] [--engines sqlite,postgres] [--years 10]
 *
 * --years spreads the incidents over that many years: 10 (the default) is the dense case (about 27
 * incidents a day in each of ten country boxes at 1M, like ACLED's busiest conflicts), 25 ACLED's span.
 *
 * PostgreSQL runs when --pg or SITREP_TEST_PG is given (a database is created and dropped per run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fillStore } from '../scripts/gen-synthetic-fill.js';
import { syntheticIncident, syntheticReport } from '../scripts/gen-synthetic.js';
import { openStore } from '../src/store/index.js';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, pg: { type: 'string' }, samples: { type: 'string' }, dir: { type: 'string' }, engines: { type: 'string' }, years: { type: 'string' } } });
const years = Number(values.years ?? 10);
const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map(Number);
const samples = Number(values.samples ?? 300);
const pgUrl = values.pg ?? process.env.SITREP_TEST_PG;
const engines = (values.engines ?? 'sqlite,postgres').split(',');
const SEED = 1;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

async function measure(spec: string, size: number, round: number): Promise<{ median: number; p95: number; mean: number; merged: number }> {
  const store = await openStore(spec);
  const times: number[] = [];
  let merged = 0;
  try {
    for (let i = 0; i < samples; i++) {
      // Alternate: a later report of a stored incident, or a new incident.
      const item =
        i % 2 === 0
          ? syntheticReport(syntheticIncident((i * 7919 + round * 13) % size, SEED, false, years), 1 + round, SEED)
          : syntheticReport(syntheticIncident(10_000_000 + round * 100_000 + i, SEED, false, years), 0, SEED);
      const t0 = performance.now();
      const r = await store.ingestArticle(item.article, { records: item.records });
      times.push(performance.now() - t0);
      if (r.updated.length) merged++;
    }
  } finally {
    await store.close();
  }
  return { median: pct(times, 0.5), p95: pct(times, 0.95), mean: times.reduce((a, b) => a + b, 0) / times.length, merged };
}

async function pgDatabase(url: string): Promise<{ spec: string; drop(): Promise<void> }> {
  const name = `sitrep_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    spec: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

console.log(`store ingest benchmark: ${samples} articles per size (half merge into stored incidents), incidents over ${years} years, ${os.cpus().length} cores, node ${process.version}`);
console.log('engine    incidents   fill s   median ms   p95 ms   mean ms   merged');
for (const engine of engines) {
  if (engine === 'postgres' && !pgUrl) {
    console.log('postgres  skipped (no --pg or SITREP_TEST_PG)');
    continue;
  }
  const dir = fs.mkdtempSync(path.join(values.dir ?? os.tmpdir(), 'sitrep-bench-'));
  const pgdb = engine === 'postgres' ? await pgDatabase(pgUrl!) : null;
  const spec = pgdb ? pgdb.spec : path.join(dir, 'bench.db');
  try {
    let round = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      await fillStore(spec, size, { seed: SEED, years });
      const fill = (performance.now() - t0) / 1000;
      const m = await measure(spec, size, round++);
      console.log(
        `${engine.padEnd(9)} ${String(size).padStart(9)} ${fill.toFixed(1).padStart(8)} ${m.median.toFixed(2).padStart(11)} ${m.p95.toFixed(2).padStart(8)} ${m.mean.toFixed(2).padStart(9)} ${String(m.merged).padStart(8)}`,
      );
    }
  } finally {
    await pgdb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
