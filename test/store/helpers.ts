/** Test helpers: a fresh store per test on each engine (a temp SQLite file; a new PostgreSQL database). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore, type SqlStore } from '../../src/store/index.js';
import { projectRoot as repoRoot } from '../../src/geo/paths.js';
export { projectRoot as repoRoot } from '../../src/geo/paths.js';

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** Why it cannot run here (PostgreSQL without SITREP_TEST_PG), or null. */
  skip: string | null;
  /** A fresh, empty store spec and a cleanup to call after. */
  fresh(): Promise<{ spec: string; cleanup(): Promise<void> }>;
}

let counter = 0;

export const sqlite: Engine = {
  name: 'sqlite',
  skip: null,
  async fresh() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
    return { spec: path.join(dir, 'test.db'), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
};

export const postgres: Engine = {
  name: 'postgres',
  skip: process.env.SITREP_TEST_PG ? null : 'SITREP_TEST_PG is not set (eval "$(.ci/postgres.sh)")',
  async fresh() {
    const base = new URL(process.env.SITREP_TEST_PG!);
    const name = `sitrep_t_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base.toString());
    url.pathname = `/${name}`;
    return {
      spec: url.toString(),
      cleanup: async () => {
        const c = new pg.Client({ connectionString: base.toString() });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  },
};

export const ENGINES = [sqlite, postgres];

/** Opens a fresh store on the engine, runs fn, closes and cleans up. */
export async function withStore<T>(engine: Engine, fn: (store: SqlStore, spec: string) => Promise<T>): Promise<T> {
  const { spec, cleanup } = await engine.fresh();
  const store = await openStore(spec);
  try {
    return await fn(store, spec);
  } finally {
    await store.close();
    await cleanup();
  }
}


/** argv for `node` to run a TypeScript module of the repo: the compiled .js when running from dist, else tsx. */
export function nodeArgs(relTs: string): string[] {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) {
    const distRoot = path.resolve(path.dirname(here), '..', '..');
    return [path.join(distRoot, relTs.replace(/\.ts$/, '.js'))];
  }
  return ['--import', 'tsx', path.join(repoRoot(), relTs)];
}

/** The store's content, without timestamps: for comparing two runs. */
export async function snapshot(store: SqlStore): Promise<unknown[]> {
  const { items } = await store.queryIncidents({ includeDeleted: true }, { order: 'id' });
  return items.map(({ created_at, updated_at, ...rest }) => {
    void created_at;
    void updated_at;
    return rest;
  });
}
