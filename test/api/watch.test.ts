/**
 * The feed watcher against a local HTTP server that serves fixture feeds and pages, over a real store
 * and the real ingest + extraction pipeline.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { FeedWatcher } from '../../src/watch/watcher.js';
import { parseDuration } from '../../src/watch/state.js';

const here = dirname(fileURLToPath(import.meta.url));
// Fixtures sit beside the source; the compiled test (dist/test/api) reads them from the source tree.
const FIX = [join(here, 'fixtures/feed'), join(here, '../../../test/api/fixtures/feed')].find((p) => existsSync(p))!;
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

interface Feed {
  items: number[];
  etag: string;
}

let server: Server;
let base = '';
const requests: { url: string; headers: IncomingMessage['headers'] }[] = [];
const rss: Feed = { items: [1, 2], etag: '"v1"' };
const LAST_MODIFIED = 'Sat, 16 Mar 2024 08:00:00 GMT';

function rssBody(): string {
  const titles: Record<number, string> = { 1: 'Clashes near Idlib kill four fighters', 2: 'Drone strike hits vehicle in Marib', 3: 'Protesters rally in Khartoum', 4: 'A page that is gone' };
  const items = rss.items
    .map((n) => `<item><title>${titles[n]}</title><link>${base}/news/page${n}.html</link><guid isPermaLink="false">levant-${n}</guid><pubDate>Mon, 1${n} Mar 2024 09:00:00 GMT</pubDate></item>`)
    .join('\n');
  return fixture('rss.xml').replaceAll('{{BASE}}', base).replace('{{ITEMS}}', items);
}

before(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url!, headers: req.headers });
    const url = req.url!;
    if (url === '/feed.rss') {
      if (req.headers['if-none-match'] === rss.etag) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: rss.etag }).end(rssBody());
    }
    if (url === '/feed.atom') {
      if (req.headers['if-modified-since'] === LAST_MODIFIED) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': LAST_MODIFIED }).end(fixture('atom.xml').replaceAll('{{BASE}}', base));
    }
    if (url === '/broken.rss') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>unclosed');
    const m = /^\/news\/page(\d)\.html$/.exec(url);
    if (m && existsSync(join(FIX, `page${m[1]}.html`))) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture(`page${m[1]}.html`));
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});

after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

async function withStore<T>(fn: (store: Store, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  const store = await openStore(join(dir, 'store.db'));
  try {
    return await fn(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('durations', () => {
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('30s'), 30_000);
  assert.equal(parseDuration('2h'), 7_200_000);
  assert.throws(() => parseDuration('soon'));
  assert.throws(() => parseDuration('10ms'));
});

test('RSS: new items are fetched and ingested once; conditional GETs; state survives a restart', async () => {
  rss.items = [1, 2];
  rss.etag = '"v1"';
  await withStore(async (store, dir) => {
    const statePath = join(dir, 'watch.json');
    const feed = `${base}/feed.rss`;
    const w = new FeedWatcher([feed], { store, statePath });
    requests.length = 0;
    const [r1] = await w.pollAll();
    assert.equal(r1!.status, 200);
    assert.equal(r1!.items, 2);
    assert.equal(r1!.ingested.length, 2, JSON.stringify(r1!.errors));
    assert.equal(requests[0]!.headers['if-none-match'], undefined, 'the first GET is unconditional');
    assert.deepEqual(requests.slice(1).map((r) => r.url).sort(), ['/news/page1.html', '/news/page2.html']);
    const stats1 = await store.stats();
    assert.equal(stats1.articles, 2);
    const arts = await store.articles({});
    assert.ok(arts.some((a) => a.url?.endsWith('/news/page1.html') && a.outlet === 'Levant Monitor' && a.published === '2024-03-12'));
    assert.ok(r1!.ingested.some((x) => x.created.length > 0), 'the pipeline made incidents from the pages');

    // Unchanged feed: a 304, nothing fetched.
    requests.length = 0;
    const [r2] = await w.pollAll();
    assert.equal(r2!.notModified, true);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.headers['if-none-match'], '"v1"');

    // A new item: only its page is fetched.
    rss.items = [3, 1, 2];
    rss.etag = '"v2"';
    requests.length = 0;
    const [r3] = await w.pollAll();
    assert.equal(r3!.ingested.length, 1);
    assert.equal(r3!.skipped, 2);
    assert.deepEqual(requests.map((r) => r.url), ['/feed.rss', '/news/page3.html']);
    assert.equal((await store.stats()).articles, 3);

    // A new watcher on the same state file (a restart), feed re-served with a new ETag: nothing again.
    rss.etag = '"v3"';
    const w2 = new FeedWatcher([feed], { store, statePath });
    requests.length = 0;
    const [r4] = await w2.pollAll();
    assert.equal(r4!.status, 200);
    assert.equal(r4!.ingested.length, 0);
    assert.equal(r4!.skipped, 3);
    assert.deepEqual(requests.map((r) => r.url), ['/feed.rss']);
  });
});

test('Atom with Last-Modified; a missing page and a malformed feed do not stop the rest', async () => {
  rss.items = [4, 1];
  rss.etag = '"v9"';
  await withStore(async (store, dir) => {
    const w = new FeedWatcher([`${base}/broken.rss`, `${base}/feed.atom`, `${base}/feed.rss`, `${base}/nowhere.rss`], { store, statePath: join(dir, 'w.json') });
    const [broken, atom, rssReport, nowhere] = await w.pollAll();
    assert.equal(broken!.ingested.length, 0);
    assert.ok(broken!.errors.length >= 1);
    assert.equal(atom!.ingested.length, 1, JSON.stringify(atom!.errors));
    assert.equal(rssReport!.ingested.length, 1, 'page1 ingested although page4 is gone');
    assert.equal(rssReport!.errors.length, 1);
    assert.match(rssReport!.errors[0]!.error, /404/);
    assert.equal(nowhere!.status, 404);
    assert.equal((await store.stats()).articles, 2);
    requests.length = 0;
    const [, atom2] = await w.pollAll();
    assert.equal(atom2!.notModified, true);
    assert.equal(requests.find((r) => r.url === '/feed.atom')!.headers['if-modified-since'], LAST_MODIFIED);
  });
});

test('feed URLs are checked before anything starts', () => {
  assert.throws(() => new FeedWatcher(['not a url'], { store: {} as Store, statePath: '/tmp/x' }));
  assert.throws(() => new FeedWatcher(['file:///etc/passwd'], { store: {} as Store, statePath: '/tmp/x' }));
});

test('start() polls at once and reports; stop() waits for the poll in progress', async () => {
  rss.items = [2];
  rss.etag = '"v20"';
  await withStore(async (store, dir) => {
    const w = new FeedWatcher([`${base}/feed.rss`], { store, statePath: join(dir, 's.json') });
    const reports = await new Promise<import('../../src/watch/watcher.js').FeedReport[]>((res) => w.start(3_600_000, res));
    await w.stop();
    assert.equal(reports[0]!.ingested.length, 1);
    assert.equal((await store.stats()).articles, 1);
  });
});
