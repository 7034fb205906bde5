/** POST /api/articles in its body formats, through the real ingest + pipeline + store; the article view's data; tokens. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, req, TOKEN, type TestServer } from './helpers.js';
import { loadTokens, parseTokenEnv, tokenFileFor, TokenChecker } from '../../src/api/auth.js';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(async () => {
  await s.close();
});

const A = {
  id: 'api-a',
  outlet: 'Test Wire',
  published: '2024-03-12',
  text: 'Four fighters were killed on Monday when Syrian government forces clashed with Hayat Tahrir al-Sham militants near Saraqib in Idlib province, the Syrian Observatory for Human Rights said. State news agency SANA said the army repelled an attack and reported no casualties.',
};
const B = {
  id: 'api-b',
  outlet: 'Other Wire',
  published: '2024-03-14',
  text: 'A drone strike hit a vehicle in Marib province in Yemen on Wednesday, killing three people, local officials said. No group claimed responsibility.',
};

test('JSON: one article; the response lists the incidents touched; a repeat is a duplicate', async () => {
  const r = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, json: A });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.ingested, 1);
  assert.equal(r.json.results[0].status, 'added');
  assert.ok(r.json.incidents.length >= 1);
  assert.ok(r.json.incidents.every((i: any) => i.articles.includes('api-a')));
  const again = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, json: A });
  assert.equal(again.json.results[0].status, 'duplicate');
});

test('JSONL: good lines are stored, bad lines are reported, the batch goes on', async () => {
  const body = [JSON.stringify(B), '{not json', JSON.stringify({ id: 'no-text', outlet: 'X' }), JSON.stringify({ ...B, id: 'api-b2', text: B.text + ' Two others were wounded.' })].join('\n');
  const r = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, body, headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.ingested, 2);
  assert.equal(r.json.failed, 2);
  assert.match(r.json.results[1].error, /line 2/);
  assert.match(r.json.results[2].error, /text|html/);
  const arts = await s.store.articles({ ids: ['api-b', 'api-b2'] });
  assert.equal(arts.length, 2);
});

test('plain text with metadata in the query; bad bodies are clear errors', async () => {
  const r = await req(s.url, '/api/articles?outlet=Desk&published=2024-03-16', { method: 'POST', token: TOKEN, body: 'Police fired tear gas at protesters in central Khartoum on Friday, and at least five protesters were injured, a doctors committee said.', headers: { 'content-type': 'text/plain' } });
  assert.equal(r.status, 200, r.text);
  const art = await s.store.getArticle(r.json.results[0].article);
  assert.equal(art?.outlet, 'Desk');
  assert.equal(art?.published, '2024-03-16');
  const empty = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, json: { text: '' } });
  assert.equal(empty.status, 422);
  assert.equal(empty.json.error, 'Unprocessable Entity');
  const blank = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, body: '   \n  ', headers: { 'content-type': 'text/plain' } });
  assert.equal(blank.status, 422);
  const binary = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, body: new Uint8Array([0, 1, 2, 3]), headers: { 'content-type': 'application/octet-stream' } });
  assert.equal(binary.status, 415);
  const badDate = await req(s.url, '/api/articles', { method: 'POST', token: TOKEN, json: { text: 'x y z', published: 'March' } });
  assert.equal(badDate.status, 422);
  assert.match(badDate.json.message, /published/);
});

test('the article view: text, annotations of each kind, linked to the incidents', async () => {
  const r = await req(s.url, '/api/articles/api-a');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.article.text, A.text);
  const kinds = new Set(r.json.annotations.map((a: any) => a.kind));
  for (const k of ['date', 'place', 'actor', 'figure']) assert.ok(kinds.has(k), `a ${k} annotation`);
  for (const a of r.json.annotations) assert.equal(A.text.slice(a.start, a.end), a.text);
  const ids = new Set(r.json.incidents.map((i: any) => i.id));
  const figure = r.json.annotations.find((a: any) => a.kind === 'figure');
  assert.ok(figure.incidents.length >= 1 && figure.incidents.every((id: string) => ids.has(id)), 'the figure links to its incident');
  assert.equal((await req(s.url, '/api/articles/nope')).status, 404);
});

test('tokens: SITREP_TOKEN names, the generated token file (0600, kept), constant-time check', () => {
  assert.deepEqual(parseTokenEnv('alice:secret-aaaa,bob:secret-bbbb'), [
    { name: 'alice', token: 'secret-aaaa' },
    { name: 'bob', token: 'secret-bbbb' },
  ]);
  assert.deepEqual(parseTokenEnv('just-a-secret'), [{ name: 'token', token: 'just-a-secret' }]);
  assert.throws(() => parseTokenEnv('short'));
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-tok-'));
  try {
    const file = tokenFileFor(join(dir, 'store.db'));
    assert.equal(file, join(dir, 'store.db.tokens.json'));
    const first = loadTokens(file, {});
    assert.equal(first.generated, true);
    assert.ok(first.tokens[0]!.token.length >= 24);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const second = loadTokens(file, {});
    assert.equal(second.generated, false);
    assert.deepEqual(second.tokens, first.tokens);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).tokens, first.tokens);
    const env = loadTokens(file, { SITREP_TOKEN: 'ci:ci-secret-123' });
    assert.equal(env.origin, 'env');
    const check = new TokenChecker(env.tokens);
    assert.equal(check.check('Bearer ci-secret-123'), 'ci');
    assert.equal(check.check('Bearer ci-secret-124'), null);
    assert.equal(check.check('ci-secret-123'), null);
    assert.equal(check.check(undefined), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
