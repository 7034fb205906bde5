/**
 * Feed watching (`sitrep watch`, `serve --watch`): polls RSS/Atom feeds, fetches each new item's page,
 * turns it into an article and ingests it into the store.
 *
 * - Conditional GETs: the feed's ETag and Last-Modified go back as If-None-Match / If-Modified-Since;
 *   a 304 costs nothing.
 * - Every item at most once: an item (by guid, else link) is remembered in the state file once handled,
 *   successfully or with a permanent error (no text, not HTML). Network failures are retried on later
 *   polls, up to MAX_ATTEMPTS. The store is idempotent on content as a second guard.
 * - Bad input (malformed feeds, failing pages) is reported per feed / per item and never stops the rest.
 */
import type { Store } from '../store/types.js';
import type { Article } from '../types.js';
import { WatchState } from './state.js';
import { htmlToArticle, parseFeedXml, type FeedItem } from './deps.js';

const MAX_ATTEMPTS = 3;
const PAGE_LIMIT = 5 * 1024 * 1024;
const FEED_LIMIT = 10 * 1024 * 1024;

export interface WatchOptions {
  store: Store;
  statePath: string;
  /** Name recorded in history for what the watcher ingests. */
  who?: string;
  timeoutMs?: number;
  log?: (line: string) => void;
  userAgent?: string;
}

export interface FeedReport {
  feed: string;
  status: number | 'error';
  notModified: boolean;
  items: number;
  ingested: { guid: string; article: string; created: string[]; updated: string[]; duplicate: boolean }[];
  skipped: number;
  errors: { guid?: string; error: string }[];
}

async function fetchText(url: string, headers: Record<string, string>, limit: number, timeoutMs: number) {
  const res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  if (res.status === 304 || !res.ok || !res.body) {
    await res.body?.cancel();
    return { res, text: '' };
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > limit) {
    await res.body.cancel();
    throw new Error(`${url}: ${declared} bytes, over the ${limit}-byte limit`);
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`${url}: over the ${limit}-byte limit`);
    }
    chunks.push(value);
  }
  return { res, text: Buffer.concat(chunks).toString('utf8') };
}

export class FeedWatcher {
  readonly state: WatchState;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private readonly log: (line: string) => void;

  constructor(
    readonly feeds: string[],
    private readonly opts: WatchOptions,
  ) {
    for (const f of feeds) {
      const u = new URL(f); // throws on a malformed URL before anything starts
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`not an http(s) feed URL: ${f}`);
    }
    this.state = new WatchState(opts.statePath);
    this.log = opts.log ?? (() => {});
  }

  /** Polls every feed once, one after another. */
  async pollAll(): Promise<FeedReport[]> {
    const out: FeedReport[] = [];
    for (const f of this.feeds) {
      if (this.stopped) break;
      out.push(await this.pollFeed(f));
    }
    return out;
  }

  async pollFeed(feedUrl: string): Promise<FeedReport> {
    const st = this.state.feed(feedUrl);
    const report: FeedReport = { feed: feedUrl, status: 'error', notModified: false, items: 0, ingested: [], skipped: 0, errors: [] };
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
      'user-agent': this.opts.userAgent ?? 'sitrep-watch/0.1',
    };
    if (st.etag) headers['if-none-match'] = st.etag;
    if (st.lastModified) headers['if-modified-since'] = st.lastModified;
    const timeout = this.opts.timeoutMs ?? 30_000;
    let xml: string;
    try {
      const { res, text } = await fetchText(feedUrl, headers, FEED_LIMIT, timeout);
      report.status = res.status;
      st.lastPolled = new Date().toISOString();
      st.lastStatus = res.status;
      if (res.status === 304) {
        report.notModified = true;
        this.state.save();
        this.log(`${feedUrl}: not modified`);
        return report;
      }
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      xml = text;
      const etag = res.headers.get('etag');
      const lm = res.headers.get('last-modified');
      // Validators are stored only after the items are handled (below), so a crash mid-way re-reads the feed.
      var validators = { etag, lm };
    } catch (e) {
      report.errors.push({ error: `feed ${feedUrl}: ${(e as Error).message}` });
      this.log(`${feedUrl}: ${(e as Error).message}`);
      this.state.save();
      return report;
    }
    let items: FeedItem[];
    try {
      items = await parseFeedXml(xml, feedUrl);
    } catch (e) {
      report.errors.push({ error: `feed ${feedUrl}: ${(e as Error).message}` });
      this.log(`${feedUrl}: not a readable feed: ${(e as Error).message}`);
      return report;
    }
    report.items = items.length;
    for (const item of items) {
      if (this.stopped) break;
      const key = item.guid || item.link;
      if (!key) {
        report.errors.push({ error: `an item without guid or link (${item.title ?? 'untitled'})` });
        continue;
      }
      const prev = st.seen[key];
      if (prev && (!prev.error || (prev.attempts ?? 1) >= MAX_ATTEMPTS || !prev.error.startsWith('fetch'))) {
        report.skipped++;
        continue;
      }
      try {
        const article = await this.articleOf(item, feedUrl, timeout);
        const r = await this.opts.store.ingestArticle(article, { who: this.opts.who ?? 'watch' });
        st.seen[key] = { at: new Date().toISOString(), article: r.article };
        report.ingested.push({ guid: key, article: r.article, created: r.created, updated: r.updated, duplicate: r.status === 'duplicate' });
        this.log(`${feedUrl}: ${item.link ?? key} → ${r.status}${r.created.length ? `, new ${r.created.join(' ')}` : ''}${r.updated.length ? `, updated ${r.updated.join(' ')}` : ''}`);
      } catch (e) {
        const msg = (e as Error).message;
        st.seen[key] = { at: new Date().toISOString(), error: msg, attempts: (prev?.attempts ?? 0) + 1 };
        report.errors.push({ guid: key, error: msg });
        this.log(`${feedUrl}: ${item.link ?? key}: ${msg}`);
      }
      this.state.save();
    }
    if (validators.etag) st.etag = validators.etag;
    else delete st.etag;
    if (validators.lm) st.lastModified = validators.lm;
    else delete st.lastModified;
    this.state.save();
    return report;
  }

  /** The item's page as an article; the feed's own content when the page cannot be had but the feed has text. */
  private async articleOf(item: FeedItem, feedUrl: string, timeout: number): Promise<Article> {
    let article: Article | null = null;
    let fetchError: string | null = null;
    if (item.link) {
      try {
        const { res, text } = await fetchText(item.link, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': this.opts.userAgent ?? 'sitrep-watch/0.1' }, PAGE_LIMIT, timeout);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const ctype = res.headers.get('content-type') ?? '';
        if (ctype && !/html|xml|text\/plain/i.test(ctype)) throw Object.assign(new Error(`not a page (${ctype})`), { permanent: true });
        article = /text\/plain/i.test(ctype)
          ? { id: item.link, text, outlet: null, url: item.link, published: null, title: null, origin: item.link }
          : await htmlToArticle(text, item.link);
      } catch (e) {
        if ((e as { permanent?: boolean }).permanent) throw e;
        fetchError = `fetch ${item.link}: ${(e as Error).message}`;
      }
    }
    if ((!article || !article.text.trim()) && item.content && item.content.trim().length > 200) {
      article = { id: item.link ?? item.guid ?? feedUrl, text: item.content.trim(), outlet: null, url: item.link ?? null, published: null, title: item.title ?? null, origin: feedUrl };
    }
    if (!article) throw new Error(fetchError ?? 'the item has neither a page nor text');
    if (!article.text.trim()) throw new Error(`no article text in ${item.link}`);
    return {
      ...article,
      id: article.id || item.link || item.guid || feedUrl,
      url: article.url ?? item.link ?? null,
      title: article.title ?? item.title ?? null,
      published: article.published ?? item.published ?? null,
      outlet: article.outlet ?? item.outlet ?? null,
    };
  }

  /** Polls now, then every `everyMs`, until stop(). */
  start(everyMs: number, onReport?: (r: FeedReport[]) => void): void {
    const tick = () => {
      if (this.stopped) return;
      this.running = this.pollAll()
        .then((r) => onReport?.(r))
        .catch((e) => this.log(`watch: ${(e as Error).message}`))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, everyMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
