/** The server engine: PostgreSQL through `pg` (one connection per store; writers take an advisory lock). */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Db, Param, Row, TransactionOptions } from './db.js';
import { Mutex } from './db.js';

// BIGINT (COUNT(*)) as a JS number: counts here stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/** Key of the store-wide write lock (pg_advisory_xact_lock): "sitrep" in ASCII. */
const WRITE_LOCK = 0x736974726570;

function placeholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export class PgDb implements Db {
  readonly engine = 'postgres' as const;
  private mutex = new Mutex();
  private txContext = new AsyncLocalStorage<boolean>();
  /** SQL text → prepared statement (named, so PostgreSQL parses and plans it once per connection). */
  private sqlCache = new Map<string, { name: string; text: string }>();

  private constructor(private client: pg.Client) {}

  static async connect(url: string): Promise<PgDb> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("SET client_min_messages = warning");
    return new PgDb(client);
  }

  private prepared(sql: string, values: Param[]): pg.QueryConfig {
    let t = this.sqlCache.get(sql);
    if (t === undefined) {
      t = { name: `s${this.sqlCache.size + 1}`, text: placeholders(sql) };
      // Statements with long generated value lists (bulk inserts) are not worth keeping.
      if (sql.length < 4000) this.sqlCache.set(sql, t);
      else return { text: t.text, values };
    }
    return { name: t.name, text: t.text, values };
  }

  private guard<T>(fn: () => Promise<T>): Promise<T> {
    if (this.txContext.getStore()) return fn();
    return this.mutex.lock(fn);
  }

  all<T = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.guard(async () => (await this.client.query(this.prepared(sql, params))).rows as T[]);
  }
  async get<T = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  run(sql: string, params: Param[] = []): Promise<number> {
    return this.guard(async () => (await this.client.query(this.prepared(sql, params))).rowCount ?? 0);
  }
  exec(sql: string): Promise<void> {
    return this.guard(async () => void (await this.client.query(sql)));
  }
  transaction<T>(fn: () => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
    return this.mutex.lock(async () => {
      // One round trip: BEGIN, the lock and the prelude (a multi-statement simple query).
      // One writer at a time across all processes sharing the database: candidate search and
      // incident creation must see every committed article, or two processes could each create
      // the same incident.
      const begin = `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK});${opts.prelude ? ` ${opts.prelude};` : ''}`;
      try {
        await this.client.query(begin);
        const r = await this.txContext.run(true, fn);
        await this.client.query('COMMIT');
        return r;
      } catch (e) {
        await this.client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }
  async close(): Promise<void> {
    await this.mutex.lock(async () => this.client.end());
  }
}
