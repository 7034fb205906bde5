import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, req, TOKEN, TOKEN_NAME, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => {
  s = await startServer({ fill: 60 });
});
after(async () => {
  await s.close();
});

test('the OpenAPI document lists every route with its parameters', async () => {
  const r = await req(s.url, '/api/openapi.json');
  assert.equal(r.status, 200);
  assert.equal(r.json.openapi, '3.1.0');
  for (const p of ['/api/incidents', '/api/incidents/{id}', '/api/incidents/{id}/merge', '/api/incidents/{id}/split', '/api/incidents/{id}/confirm', '/api/articles', '/api/articles/{id}', '/api/export'])
    assert.ok(r.json.paths[p], `missing ${p}`);
  const names = r.json.paths['/api/incidents'].get.parameters.map((p: { name: string }) => p.name);
  for (const n of ['country', 'admin1', 'since', 'until', 'type', 'actor', 'min_fatalities', 'limit', 'offset']) assert.ok(names.includes(n), n);
  assert.ok(r.json.paths['/api/incidents/{id}'].patch.security, 'PATCH needs the bearer token');
});

test('pagination: pages do not overlap and add up to the total', async () => {
  const all = await req(s.url, '/api/incidents?limit=1000');
  assert.equal(all.status, 200);
  const total = all.json.total;
  assert.ok(total >= 15, `expected fused incidents, got ${total}`);
  assert.equal(all.json.items.length, total);
  const seen = new Set<string>();
  for (let offset = 0; offset < total; offset += 7) {
    const p = await req(s.url, `/api/incidents?limit=7&offset=${offset}`);
    assert.equal(p.json.total, total);
    assert.equal(p.json.offset, offset);
    assert.ok(p.json.items.length <= 7);
    for (const it of p.json.items) {
      assert.ok(!seen.has(it.id), `${it.id} on two pages`);
      seen.add(it.id);
    }
    assert.equal(p.json.next, offset + p.json.items.length < total ? offset + p.json.items.length : null);
  }
  assert.equal(seen.size, total);
});

test('filters: type, country, dates, minimum fatalities, actor', async () => {
  const all = (await req(s.url, '/api/incidents?limit=1000')).json.items as any[];
  const type = all[0].event_type;
  const byType = await req(s.url, `/api/incidents?limit=1000&type=${encodeURIComponent(type)}`);
  assert.equal(byType.json.total, all.filter((i) => i.event_type === type).length);
  assert.ok(byType.json.items.every((i: any) => i.event_type === type));
  const country = all[0].country;
  const byCountry = await req(s.url, `/api/incidents?limit=1000&country=${country}`);
  assert.ok(byCountry.json.total > 0 && byCountry.json.total < all.length);
  assert.ok(byCountry.json.items.every((i: any) => i.country === country));
  const dates = all.map((i) => i.event_date).sort();
  const mid = dates[Math.floor(dates.length / 2)];
  const since = await req(s.url, `/api/incidents?limit=1000&since=${mid}`);
  assert.equal(since.json.total, dates.filter((d) => d >= mid).length);
  const until = await req(s.url, `/api/incidents?limit=1000&until=${mid}`);
  assert.equal(until.json.total, dates.filter((d) => d <= mid).length);
  const min = await req(s.url, '/api/incidents?limit=1000&min_fatalities=10');
  assert.equal(min.json.total, all.filter((i) => (i.fatalities ?? 0) >= 10).length);
  assert.ok(min.json.items.every((i: any) => i.fatalities >= 10));
  const actor = await req(s.url, `/api/incidents?limit=1000&actor=${encodeURIComponent('military forces')}`);
  assert.equal(actor.json.total, all.length);
  const none = await req(s.url, '/api/incidents?actor=nobody-at-all');
  assert.equal(none.json.total, 0);
});

test('validation errors are 400s with a JSON message', async () => {
  for (const path of ['/api/incidents?limit=0', '/api/incidents?limit=abc', '/api/incidents?since=yesterday', '/api/incidents?colour=red', '/api/incidents?since=2020-02-01&until=2020-01-01', '/api/export?format=pdf']) {
    const r = await req(s.url, path);
    assert.equal(r.status, 400, path);
    assert.equal(typeof r.json.error, 'string', path);
    assert.ok(r.json.message.length > 5, path);
  }
  const id = (await req(s.url, '/api/incidents?limit=1')).json.items[0].id;
  const bad = await req(s.url, `/api/incidents/${id}`, { method: 'PATCH', token: TOKEN, json: { set: { fatalities: -3 } } });
  assert.equal(bad.status, 400);
  assert.match(bad.json.message, /fatalities/);
  const unknownField = await req(s.url, `/api/incidents/${id}`, { method: 'PATCH', token: TOKEN, json: { set: { colour: 'red' } } });
  assert.equal(unknownField.status, 400);
  const notJson = await req(s.url, `/api/incidents/${id}`, { method: 'PATCH', token: TOKEN, body: '{oops', headers: { 'content-type': 'application/json' } });
  assert.equal(notJson.status, 400);
  const missing = await req(s.url, '/api/incidents/NOPE999');
  assert.equal(missing.status, 404);
  assert.equal(missing.json.error, 'Not Found');
});

test('writes without a valid token are refused with 401, and change nothing', async () => {
  const inc = (await req(s.url, '/api/incidents?limit=1')).json.items[0];
  const writes: [string, string, unknown][] = [
    ['PATCH', `/api/incidents/${inc.id}`, { set: { fatalities: 99 } }],
    ['POST', `/api/incidents/${inc.id}/merge`, { ids: ['X1'] }],
    ['POST', `/api/incidents/${inc.id}/split`, { articles: [inc.articles[0]] }],
    ['POST', `/api/incidents/${inc.id}/confirm`, {}],
    ['POST', '/api/articles', { text: 'Soldiers clashed with rebels near Aleppo on Monday, killing four.' }],
    ['DELETE', `/api/incidents/${inc.id}`, undefined],
  ];
  for (const token of [null, 'wrong-token-xxxxxxxx']) {
    for (const [method, path, json] of writes) {
      const r = await req(s.url, path, { method, token, json });
      assert.equal(r.status, 401, `${method} ${path} with ${token}`);
      assert.equal(r.json.error, 'Unauthorized');
      assert.match(r.headers.get('www-authenticate') ?? '', /Bearer/);
    }
  }
  const after = (await req(s.url, `/api/incidents/${inc.id}`)).json;
  assert.equal(after.incident.fatalities, inc.fatalities);
  assert.equal(after.incident.confirmed, false);
  assert.equal((await req(s.url, '/api/whoami')).status, 401);
  assert.deepEqual((await req(s.url, '/api/whoami', { token: TOKEN })).json, { name: TOKEN_NAME });
});

test('an edit with a token records the token name and the reason in history', async () => {
  const inc = (await req(s.url, '/api/incidents?limit=1&offset=3')).json.items[0];
  const r = await req(s.url, `/api/incidents/${inc.id}`, { method: 'PATCH', token: TOKEN, json: { set: { fatalities: 42, location: 'Corrected Place' }, why: 'hospital list' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.incident.fatalities, 42);
  assert.equal(r.json.incident.location, 'Corrected Place');
  const edits = r.json.history.filter((h: any) => h.action === 'edit');
  assert.ok(edits.some((h: any) => h.field === 'fatalities' && h.new === 42 && h.who === TOKEN_NAME && h.why === 'hospital list'), JSON.stringify(edits));
  const filtered = await req(s.url, '/api/incidents?min_fatalities=42&limit=1000');
  assert.ok(filtered.json.items.some((i: any) => i.id === inc.id), 'the analyst value is what filters see');
  const unknown = await req(s.url, `/api/incidents/${inc.id}`, { method: 'PATCH', token: TOKEN, json: { set: { fatalities: null } } });
  assert.equal(unknown.json.incident.fatalities, null, 'null: the analyst says the toll is unknown');
  const reverted = await req(s.url, `/api/incidents/${inc.id}`, { method: 'PATCH', token: TOKEN, json: { revert: ['fatalities'], why: 'back to the sources' } });
  assert.equal(reverted.status, 200, reverted.text);
  assert.equal(reverted.json.incident.fatalities, inc.fatalities, 'revert shows the machine value again');
  const nothing = await req(s.url, `/api/incidents/${inc.id}`, { method: 'PATCH', token: TOKEN, json: { why: 'no change' } });
  assert.equal(nothing.status, 400);
});

test('the incident detail carries claims with quotes, disputes, grade, history and article links', async () => {
  const all = (await req(s.url, '/api/incidents?limit=1000')).json.items as any[];
  const multi = all.find((i) => i.articles.length >= 3 && i.disputes.length > 0);
  assert.ok(multi, 'a fused incident with a dispute');
  const d = (await req(s.url, `/api/incidents/${multi.id}`)).json;
  assert.equal(d.incident.id, multi.id);
  assert.ok(['weak', 'fair', 'confirmed', 'contested'].includes(d.incident.grade));
  assert.ok(d.incident.claims.length >= 3);
  for (const c of d.incident.claims) {
    assert.ok(c.quote.length > 0);
    assert.ok(d.articles.some((a: any) => a.id === c.article), `claim article ${c.article} listed`);
  }
  assert.ok(d.incident.disputes.some((x: any) => x.attribute === 'fatalities'));
  assert.ok(d.history.some((h: any) => h.action === 'create'));
});

test('confirm, merge and split through the API', async () => {
  const all = (await req(s.url, '/api/incidents?limit=1000&order=id')).json.items as any[];
  const [a, b] = all.filter((i) => i.articles.length >= 2);
  const c = await req(s.url, `/api/incidents/${a.id}/confirm`, { method: 'POST', token: TOKEN, json: { why: 'checked' } });
  assert.equal(c.status, 200, c.text);
  assert.equal(c.json.incident.confirmed, true);
  assert.ok(c.json.history.some((h: any) => h.action === 'confirm' && h.who === TOKEN_NAME));
  const m = await req(s.url, `/api/incidents/${a.id}/merge`, { method: 'POST', token: TOKEN, json: { ids: [b.id], why: 'same event' } });
  assert.equal(m.status, 200, m.text);
  assert.equal(m.json.incident.articles.length, a.articles.length + b.articles.length);
  assert.ok(m.json.incident.absorbed.includes(b.id));
  const viaOld = await req(s.url, `/api/incidents/${b.id}`);
  assert.equal(viaOld.json.incident.id, a.id, 'an absorbed id resolves to the merged incident');
  const sp = await req(s.url, `/api/incidents/${a.id}/split`, { method: 'POST', token: TOKEN, json: { articles: b.articles } });
  assert.equal(sp.status, 200, sp.text);
  assert.deepEqual([...sp.json.created.incident.articles].sort(), [...b.articles].sort());
  assert.equal(sp.json.original.incident.articles.length, a.articles.length);
  const bad = await req(s.url, `/api/incidents/${a.id}/split`, { method: 'POST', token: TOKEN, json: { articles: ['not-an-article'] } });
  assert.equal(bad.status, 400);
  const badMerge = await req(s.url, `/api/incidents/${a.id}/merge`, { method: 'POST', token: TOKEN, json: { ids: ['NOPE1'] } });
  assert.equal(badMerge.status, 404);
});

test('bodies over the size limit are refused with 413', async () => {
  const id = (await req(s.url, '/api/incidents?limit=1')).json.items[0].id;
  const big = await req(s.url, `/api/incidents/${id}`, { method: 'PATCH', token: TOKEN, json: { set: { notes: 'x'.repeat(300 * 1024) } } });
  assert.equal(big.status, 413);
  assert.equal(big.json.error, 'Payload Too Large');
  const upload = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, body: 'y '.repeat(600 * 1024), headers: { 'content-type': 'text/plain' } });
  assert.equal(upload.status, 413);
});

test('export in each format, with filters', async () => {
  const all = (await req(s.url, '/api/incidents?limit=1000')).json;
  const jsonl = await req(s.url, '/api/export?format=jsonl');
  assert.equal(jsonl.status, 200);
  assert.match(jsonl.headers.get('content-type') ?? '', /ndjson/);
  assert.equal(jsonl.text.trim().split('\n').length, all.total);
  const csv = await req(s.url, '/api/export?format=acled-csv');
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.match(csv.text.split('\n')[0]!, /event_date/);
  const country = all.items[0].country;
  const geo = await req(s.url, `/api/export?format=geojson&country=${country}`);
  assert.equal(geo.json.type, 'FeatureCollection');
  assert.equal(geo.json.features.length, all.items.filter((i: any) => i.country === country).length);
});

test('unknown API routes are JSON 404s', async () => {
  const r = await req(s.url, '/api/nothing-here');
  assert.equal(r.status, 404);
  assert.equal(r.json.error, 'Not Found');
});
