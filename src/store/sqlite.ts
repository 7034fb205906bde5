/** The embedded engine: SQLite through better-sqlite3 (WAL, one connection, prepared statements cached). */
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { Db, Param, Row, TransactionOptions } from './db.js';
import { Mutex } from './db.js';

export class SqliteDb implements Db {
  readonly engine = 'sqlite' as const;
  private db: Database.Database;
  private stmts = new Map<string, Database.Statement>();
  private mutex = new Mutex();
  /** Marks the async context of the running transaction: its queries skip the queue. */
  private txContext = new AsyncLocalStorage<boolean>();

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a killed process never loses a committed transaction (only power loss could lose
    // the last few, and never leaves one half-written).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 30000');
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  private guard<T>(fn: () => T): Promise<T> {
    if (this.txContext.getStore()) return Promise.resolve().then(fn);
    return this.mutex.lock(async () => fn());
  }

  all<T = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.guard(() => this.stmt(sql).all(...params) as T[]);
  }
  get<T = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.guard(() => this.stmt(sql).get(...params) as T | undefined);
  }
  run(sql: string, params: Param[] = []): Promise<number> {
    return this.guard(() => this.stmt(sql).run(...params).changes);
  }
  exec(sql: string): Promise<void> {
    return this.guard(() => void this.db.exec(sql));
  }
  transaction<T>(fn: () => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
    return this.mutex.lock(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        if (opts.prelude) this.db.exec(opts.prelude);
        const r = await this.txContext.run(true, fn);
        this.db.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }
  async close(): Promise<void> {
    await this.mutex.lock(async () => this.db.close());
  }
}
