/**
 * Article text comes from arbitrary web pages: the dashboard must show it as text. An article whose
 * text (and whose HTML page) holds <script>, onerror= handlers and javascript: links is ingested and
 * shown in the article view and the incident panel; nothing in it may run or become an element.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, req, TOKEN, type TestServer } from '../api/helpers.js';
import { launch, webRoot } from './browser.js';

let s: TestServer;
let b: { context: BrowserContext; close(): Promise<void> };

const PAYLOADS = [
  '<script>window.__pwned = (window.__pwned || 0) + 1; alert("script")</script>',
  '<img src="x" onerror="window.__pwned = (window.__pwned || 0) + 1; alert(\'img\')">',
  '<a href="javascript:window.__pwned=(window.__pwned||0)+1;alert(\'link\')">read more</a>',
  '<svg onload="window.__pwned=(window.__pwned||0)+1"></svg>',
];

const TEXT = [
  `Gunmen attacked a checkpoint ${PAYLOADS[0]} near Saraqib in Idlib province on Monday, killing three soldiers, the Syrian Observatory for Human Rights said.`,
  `A local official said ${PAYLOADS[1]} two more soldiers were wounded in the attack ${PAYLOADS[2]}.`,
  `Residents reported heavy gunfire ${PAYLOADS[3]} for an hour.`,
].join('\n\n');

const PAGE = `<!doctype html><html><head><title>Checkpoint attack near Saraqib</title>
<meta property="og:site_name" content="Test Wire"><meta property="article:published_time" content="2024-05-06">
<script>window.__pwned = (window.__pwned || 0) + 1</script></head>
<body><article><h1>Checkpoint attack near Saraqib</h1>
<p>Gunmen attacked a checkpoint near Saraqib in Idlib province on Monday, killing three soldiers, the Syrian Observatory for Human Rights said. <img src="x" onerror="window.__pwned=1"></p>
<p>A local official said two more soldiers were wounded. <a href="javascript:window.__pwned=1">read more</a> The attackers fled towards the west of the town.</p>
<p>&lt;script&gt;alert(1)&lt;/script&gt; was printed on a placard, residents said, and the town's market stayed shut on Tuesday.</p>
</article></body></html>`;

before(async () => {
  s = await startServer({ webRoot: webRoot() });
  b = await launch();
});
after(async () => {
  await b?.close();
  await s?.close();
});

async function openAndCheck(page: Page, path: string, selector: string, clickLinks = true) {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __pwned: number }).__pwned = 0;
  });
  await page.goto(s.url + path);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector(selector);
  // Give any injected handler (an image error, a load event) its chance to fire.
  await page.waitForLoadState('networkidle');
  for (const a of await page.locator(`${selector} a`).all()) {
    const href = await a.getAttribute('href');
    assert.ok(!href || /^https?:/.test(href), `link to ${href}`);
  }
  assert.equal(await page.locator(`${selector} script, ${selector} img, ${selector} svg, ${selector} [onerror], ${selector} [onload]`).count(), 0, 'no element made from article text');
  // Click every mark and link in the view too: a javascript: URL would run now.
  if (clickLinks) for (const m of await page.locator(`${selector} a`).all()) await m.click().catch(() => undefined);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned), 0, 'no script ran');
  assert.equal(dialogs, 0, 'no alert');
}

test('an article with script, onerror and javascript: links in its text shows as text, running nothing', async () => {
  const r = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, json: { id: 'xss-text', text: TEXT, outlet: '<b>Evil</b> Wire', url: 'javascript:alert(1)', published: '2024-05-06', title: '<img src=x onerror=alert(1)>' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.ingested, 1);
  const page = await b.context.newPage();
  await openAndCheck(page, '/?article=xss-text', 'article.article-view');
  const text = await page.textContent('.article-text');
  for (const p of PAYLOADS) assert.ok(text!.includes(p), `shown literally: ${p}`);
  assert.equal(await page.textContent('article.article-view h2'), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('article.article-view a.source-url').count(), 0, 'no javascript: link made from the url');
  assert.ok((await page.locator('.article-text mark.ann').count()) > 0, 'annotations still marked');
  // The incident made from it: its quotes carry the same markup.
  if (r.json.incidents.length) {
    const id = r.json.incidents[0].id;
    await openAndCheck(page, `/?incident=${id}`, 'article.incident', false);
    const quotes = (await req(s.url, `/api/incidents/${id}`)).json.incident.claims.map((c: { quote: string }) => c.quote) as string[];
    assert.ok(quotes.some((q) => /[<>"]/.test(q)), 'a quote carries markup characters');
    const shown = (await page.textContent('table.sources'))!;
    for (const q of quotes) assert.ok(shown.includes(q), `quote shown literally: ${q}`);
  }
  await page.close();
});

test('an HTML page with scripts and handlers is ingested as text and shown without running', async () => {
  const r = await req(s.url, '/api/articles?url=https://example.org/checkpoint', { method: 'POST', token: TOKEN, body: PAGE, headers: { 'content-type': 'text/html' } });
  assert.equal(r.status, 200, r.text);
  const id = r.json.results[0].article;
  const art = (await req(s.url, `/api/articles/${encodeURIComponent(id)}`)).json;
  assert.ok(!art.article.text.includes('onerror'), 'markup is gone from the extracted text');
  assert.ok(art.article.text.includes('<script>alert(1)</script>'), 'escaped text stays text');
  const page = await b.context.newPage();
  await openAndCheck(page, `/?article=${encodeURIComponent(id)}`, 'article.article-view');
  assert.ok((await page.textContent('.article-text'))!.includes('<script>alert(1)</script>'));
  await page.close();
});
