/**
 * A thin async SQL layer over the two engines, so the store's logic and schema are written once.
 * SQL is written with `?` placeholders (converted to `$n` for PostgreSQL) and in the subset both
 * engines share; the few dialect differences live in ./schema.ts.
 */
export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface TransactionOptions {
  /** SQL without parameters run first under the lock (on PostgreSQL in the same round trip as BEGIN). */
  prelude?: string;
}

export interface Db {
  readonly engine: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<number>;
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one write transaction holding the store-wide write lock (SQLite: BEGIN IMMEDIATE;
   * PostgreSQL: a transaction-scoped advisory lock), so that concurrent writers, in this process or
   * others, never see each other's half-done fusion. Calls are serialised within the process too.
   */
  transaction<T>(fn: () => Promise<T>, opts?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** A promise queue: one operation at a time on a connection. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  lock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
