/**
 * The dashboard in Debian's Chromium against a real server and store: load, filter by type, open an
 * incident, check its sources table, sign in with a token, edit a field, see the edit in history.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, req, TOKEN, TOKEN_NAME, type TestServer } from '../api/helpers.js';
import { launch, webRoot } from './browser.js';

let s: TestServer;
let b: { context: BrowserContext; close(): Promise<void> };
let page: Page;
const errors: string[] = [];

before(async () => {
  // Incidents spread over ten years (for the timeline), three reports each (for the sources table).
  s = await startServer({ fill: 90, separated: false, webRoot: webRoot() });
  b = await launch();
  page = await b.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});
after(async () => {
  await b?.close();
  await s?.close();
});

async function ready(p: Page) {
  await p.waitForSelector('body[data-ready="true"]');
}

test('loads the map, the timeline and the list', async () => {
  await page.goto(s.url + '/');
  await ready(page);
  const total = (await req(s.url, '/api/incidents?limit=1')).json.total;
  assert.equal(await page.textContent('#total'), `${total} incidents`);
  assert.equal(await page.locator('table.incidents tbody tr').count(), Math.min(50, total));
  assert.ok((await page.locator('#timeline svg.histogram rect:not(.brush-live)').count()) >= 10, 'histogram bars');
  assert.ok((await page.locator('.leaflet-overlay-pane canvas, .leaflet-basemap-pane canvas, canvas.leaflet-zoom-animated').count()) > 0, 'basemap drawn');
  assert.ok((await page.locator('.marker-cluster, .leaflet-marker-pane *').count()) + (await page.locator('canvas').count()) > 0);
  assert.deepEqual(errors, []);
});

test('filtering by type narrows the list and is kept in the URL', async () => {
  await page.goto(s.url + '/');
  await ready(page);
  await page.selectOption('select[name="type"]', 'Battles');
  await page.waitForURL(/type=Battles/);
  const expected = (await req(s.url, '/api/incidents?type=Battles&limit=1')).json.total;
  assert.ok(expected > 0);
  await page.waitForFunction((n) => document.querySelector('#total')?.textContent === `${n} incident${n === 1 ? '' : 's'}`, expected);
  const types = await page.locator('table.incidents td.type').allTextContents();
  assert.ok(types.length > 0);
  assert.ok(types.every((t) => ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory', 'Battles'].includes(t)), types.join('|'));
  // A shared URL restores the view.
  const url = page.url();
  const other = await b.context.newPage();
  await other.goto(url);
  await ready(other);
  assert.equal(await other.inputValue('select[name="type"]'), 'Battles');
  assert.equal(await other.textContent('#total'), await page.textContent('#total'));
  await other.close();
});

test('an incident: fields, sources table with highlighted claims, disputes, history', async () => {
  const all = (await req(s.url, '/api/incidents?limit=1000')).json.items as any[];
  const inc = all.find((i) => i.articles.length >= 3 && i.disputes.length > 0);
  assert.ok(inc);
  await page.goto(`${s.url}/?type=${encodeURIComponent(inc.event_type)}`);
  await ready(page);
  // Open it from the list (paging if needed) by clicking its row.
  for (;;) {
    const row = page.locator(`tr.incident-row[data-id="${inc.id}"]`);
    if (await row.count()) {
      await row.click();
      break;
    }
    const next = page.locator('.list-head button', { hasText: 'next' });
    assert.ok(await next.isEnabled(), `${inc.id} not in the list`);
    await next.click();
    await page.waitForTimeout(50);
  }
  await page.waitForSelector(`article.incident[data-id="${inc.id}"]`);
  assert.match((await page.textContent('table.fields'))!, /time precision 1/);
  assert.match((await page.textContent('table.fields'))!, /geo precision \d/);
  const rows = page.locator('table.sources tbody tr');
  const groups = new Set(inc.claims.map((c: any) => `${c.article}|${c.source}|${c.quote}`));
  assert.equal(await rows.count(), groups.size);
  const claimants = await page.locator('table.sources td.claimant').allTextContents();
  for (const c of inc.claims) assert.ok(claimants.some((t) => t.startsWith(c.source)), `claimant ${c.source}`);
  const marks = await page.locator('table.sources mark.claim').allTextContents();
  const figures = inc.claims.filter((c: any) => c.attribute === 'fatalities').map((c: any) => String(c.value));
  for (const f of figures) assert.ok(marks.includes(f), `claimed figure ${f} highlighted (${marks.join(',')})`);
  assert.ok((await page.locator('table.sources tr.disputed').count()) > 0, 'disputing sources marked');
  assert.ok((await page.locator('.badge.dispute').count()) > 0);
  assert.match((await page.textContent('.badge.grade'))!, /weak|fair|confirmed|contested/);
  assert.ok((await page.locator('table.history tbody tr').count()) >= 1);
  assert.equal(await page.locator('.tools').count(), 0, 'no edit tools without a token');
});

test('with a token, an edit is saved and shows in history under the token name', async () => {
  const inc = (await req(s.url, '/api/incidents?limit=1&offset=5')).json.items[0];
  await page.goto(`${s.url}/?incident=${inc.id}`);
  await ready(page);
  await page.fill('#token', 'not-the-token');
  await page.click('#token-save');
  await page.waitForFunction(() => document.querySelector('#token-status')?.textContent === 'token refused');
  await page.fill('#token', TOKEN);
  await page.click('#token-save');
  await page.waitForFunction((n) => document.querySelector('#token-status')?.textContent === `signed in as ${n}`, TOKEN_NAME);
  await page.waitForSelector('.tools form.edit');
  await page.selectOption('.tools select[name="field"]', 'fatalities');
  await page.fill('.tools input[name="value"]', '77');
  await page.fill('.tools input[name="why"]', 'browser edit');
  await page.click('.tools form.edit button[type="submit"]');
  await page.waitForSelector('table.history td.who');
  await page.waitForFunction(() => Array.from(document.querySelectorAll('table.history tbody tr')).some((tr) => tr.textContent?.includes('browser edit')));
  const row = page.locator('table.history tbody tr', { hasText: 'browser edit' }).first();
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[1], TOKEN_NAME);
  assert.equal(cells[2], 'edit');
  assert.equal(cells[3], 'fatalities');
  assert.match(cells[4]!, /→ 77$/);
  assert.match((await page.textContent('tr[data-field="fatalities"]'))!, /^fatalities77/);
  const stored = (await req(s.url, `/api/incidents/${inc.id}`)).json.incident;
  assert.equal(stored.fatalities, 77);
  assert.deepEqual(errors, []);
});

test('brushing the timeline sets the date range, which filters the list and is kept in the URL', async () => {
  await page.goto(s.url + '/');
  await ready(page);
  const box = (await page.locator('#timeline svg.histogram').boundingBox())!;
  // Drag across the left half of the bars.
  await page.mouse.move(box.x + 40, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForURL(/since=\d{4}-\d{2}-\d{2}&until=\d{4}-\d{2}-\d{2}/);
  const u = new URL(page.url());
  const since = u.searchParams.get('since')!;
  const until = u.searchParams.get('until')!;
  assert.ok(since <= until);
  const expected = (await req(s.url, `/api/incidents?since=${since}&until=${until}&limit=1`)).json.total;
  const all = (await req(s.url, '/api/incidents?limit=1')).json.total;
  assert.ok(expected > 0 && expected < all, `${expected} of ${all}`);
  await page.waitForFunction((n) => document.querySelector('#total')?.textContent === `${n} incident${n === 1 ? '' : 's'}`, expected);
  assert.equal(await page.inputValue('input[name="since"]'), since);
  await page.click('#timeline button.clear-brush');
  await page.waitForFunction((n) => document.querySelector('#total')?.textContent === `${n} incidents`, all);
  assert.ok(!page.url().includes('since='));
});
