import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/eval.js';
import { scoreIncidents } from '../../src/eval/index.js';
import { CONTRACT_FIELDS } from '../../src/export/index.js';

/** Run the command, collecting what it prints. */
async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...xs: unknown[]) => void out.push(xs.join(' '));
  console.error = (...xs: unknown[]) => void err.push(xs.join(' '));
  try {
    const code = await run(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

const gold = [
  {
    key: 'k1', article: 'x1', required: true, event_date: '2021-06-03', time_precision: 1, event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike', inter1: 1, actor1_country: 'NG', inter2: 2, actor2_country: 'NG', country: 'NG', admin1: 'Borno',
    location: 'Maiduguri', latitude: 11.85, longitude: 13.16, tolerance_km: 30, fatalities: 12, injuries: null, sources: ['army'], disputes: [],
  },
];

test('eval --pred scores an incident file and prints figures and misses', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-eval-'));
  try {
    const goldPath = join(dir, 'gold.jsonl');
    const predPath = join(dir, 'pred.jsonl');
    writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const pred = [{ ...gold[0], id: 'p1', articles: ['x1'], fatalities: 10, sources: ['Nigerian army'] }];
    writeFileSync(predPath, pred.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const json = await capture(['--gold', goldPath, '--pred', predPath, '--json']);
    assert.equal(json.code, 0);
    const report = JSON.parse(json.out);
    assert.deepEqual(report, JSON.parse(JSON.stringify(scoreIncidents(gold, pred as any))));
    assert.equal(report.detection.tp, 1);
    assert.equal(report.fields.fatalities.accuracy, 0);
    const text = await capture(['--gold', goldPath, '--pred', predPath]);
    assert.equal(text.code, 0);
    assert.match(text.out, /detection\s+P 100\.0%/);
    assert.match(text.out, /fatalities: expected 12, got 10/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval: usage errors and unreadable gold exit 2 with a message', async () => {
  assert.equal((await capture(['--gold', 'g.jsonl'])).code, 2);
  const missing = await capture(['--gold', '/nonexistent/gold.jsonl', '--pred', '/nonexistent/p.jsonl']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read gold/);
});

test('eval --articles runs the extraction, writes --out as contract JSONL, and reports bad inputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-eval-'));
  try {
    const goldPath = join(dir, 'gold.jsonl');
    writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const articles = join(dir, 'articles.jsonl');
    const text =
      'MAIDUGURI, Nigeria — Nigerian Air Force jets struck a Boko Haram camp near Maiduguri in Borno state on Thursday, ' +
      'killing 12 fighters, the army said in a statement.';
    writeFileSync(articles, JSON.stringify({ id: 'x1', text, outlet: 'Test Wire', url: null, published: '2021-06-03', title: 'Air strike near Maiduguri' }) + '\n{not json\n');
    const out = join(dir, 'out.jsonl');
    const r = await capture(['--gold', goldPath, '--articles', articles, '--out', out]);
    assert.equal(r.code, 1, 'a malformed line makes the exit code say something failed');
    assert.match(r.err, /articles\.jsonl/);
    assert.match(r.out, /detection\s+P/);
    assert.ok(existsSync(out));
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    for (const l of lines) for (const f of CONTRACT_FIELDS) assert.ok(f in l, f);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
