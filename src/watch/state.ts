/**
 * The watcher's memory: per feed the validators of its last response (ETag, Last-Modified) and the items
 * already handled, so that every item is ingested at most once, across restarts. Kept in a JSON file
 * beside the store, written atomically (temp file + rename) after every item.
 */
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FeedState {
  etag?: string;
  lastModified?: string;
  lastPolled?: string;
  lastStatus?: number;
  /** guid (or link) → when it was handled and how. */
  seen: Record<string, { at: string; article?: string; error?: string; attempts?: number }>;
}

export interface WatchStateData {
  version: 1;
  feeds: Record<string, FeedState>;
}

export class WatchState {
  data: WatchStateData;
  constructor(readonly path: string) {
    this.data = { version: 1, feeds: {} };
    if (existsSync(path)) {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as WatchStateData;
      if (parsed && typeof parsed === 'object' && parsed.feeds) this.data = { version: 1, feeds: parsed.feeds };
    }
  }
  feed(url: string): FeedState {
    return (this.data.feeds[url] ??= { seen: {} });
  }
  save(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.path);
  }
}

/** Where the watch state of a store spec lives: beside an SQLite file; in the working directory otherwise. */
export function watchStateFileFor(storeSpec: string | undefined): string {
  if (!storeSpec || /^postgres(ql)?:\/\//i.test(storeSpec) || storeSpec === ':memory:') return '.sitrep-watch.json';
  return `${storeSpec.replace(/^sqlite:/i, '')}.watch.json`;
}

/** "15m", "30s", "2h", "1d", or plain seconds → milliseconds. */
export function parseDuration(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(s);
  if (!m) throw new Error(`not a duration: '${s}' (use e.g. 30s, 15m, 1h)`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as 'ms']!;
  if (ms < 1000) throw new Error(`duration too short: '${s}' (at least 1s)`);
  return ms;
}
