/**
 * The store's commands end to end, as processes, on the dev articles (../shared/eval/dev) with the real
 * pipeline: ingest → export gives contract records scored like `extract`'s; ingesting again changes
 * nothing; analyst commands (edit, confirm, merge, split, history) and queries work from the CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeArgs, repoRoot } from './helpers.js';

const EVAL = path.join(repoRoot(), '..', 'shared', 'eval');
const ARTICLES = path.join(EVAL, 'dev', 'articles.jsonl');
const GOLD = path.join(EVAL, 'dev', 'gold.jsonl');
const skip = fs.existsSync(ARTICLES) ? false : `${ARTICLES} not found`;

function sitrep(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs('src/cli/main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITREP_USER: 'analyst-1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Score {
  detection: { tp: number; fp: number; fn: number; f1: number };
  fields: Record<string, { accuracy: number }>;
  overall?: number;
}

function score(pred: string): Score {
  const r = spawnSync(process.execPath, [path.join(EVAL, 'score.mjs'), '--gold', GOLD, '--pred', pred, '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Score;
}

describe('store commands on the dev articles', { skip }, () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-cli-'));
    db = path.join(dir, 'dev.db');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ingest then export jsonl scores as extract does', () => {
    const ing = sitrep(['ingest', ARTICLES, '--store', db]);
    assert.equal(ing.code, 0, ing.stderr);
    assert.match(ing.stderr, /ingested 13 article/);
    const exp = sitrep(['export', '--format', 'jsonl', '--store', db, '--out', path.join(dir, 'store.jsonl')]);
    assert.equal(exp.code, 0, exp.stderr);
    const ext = sitrep(['extract', ARTICLES, '--out', path.join(dir, 'extract.jsonl')]);
    assert.equal(ext.code, 0, ext.stderr);
    const stored = fs.readFileSync(path.join(dir, 'store.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const r of stored) {
      assert.match(String(r.id), /^[A-Z]{3}\d+$/);
      assert.ok(['weak', 'fair', 'confirmed', 'contested'].includes(String(r.grade)), `grade on ${String(r.id)}`);
      for (const f of ['articles', 'event_date', 'event_type', 'claims', 'disputes', 'sources', 'fatalities_low']) assert.ok(f in r, `${f} in ${String(r.id)}`);
    }
    const a = score(path.join(dir, 'extract.jsonl'));
    const b = score(path.join(dir, 'store.jsonl'));
    console.log(`dev detection F1: extract ${a.detection.f1.toFixed(3)}, ingest+export ${b.detection.f1.toFixed(3)}`);
    for (const [k, v] of Object.entries(a.fields)) console.log(`  ${k}: extract ${v.accuracy?.toFixed(3)}, store ${b.fields[k]?.accuracy?.toFixed(3)}`);
    // Incremental fusion (article by article, as news arrives) may group a report differently from
    // batch clustering, which sees the whole batch at once: the incidents found must agree.
    assert.equal(b.detection.tp, a.detection.tp, 'same gold incidents found');
    assert.ok(Math.abs(b.detection.f1 - a.detection.f1) <= 0.05, `detection F1 ${b.detection.f1} vs ${a.detection.f1}`);
  });

  it('ingesting the same articles again changes nothing', () => {
    const before = sitrep(['export', '--format', 'jsonl', '--store', db]).stdout;
    const again = sitrep(['ingest', ARTICLES, '--store', db]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /13 duplicate/);
    assert.equal(sitrep(['export', '--format', 'jsonl', '--store', db]).stdout, before);
  });

  it('queries and exports in every format', () => {
    const table = sitrep(['incidents', '--store', db, '--country', 'SY']);
    assert.equal(table.code, 0, table.stderr);
    const jsonl = sitrep(['incidents', '--store', db, '--country', 'SY', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { country: string });
    assert.ok(jsonl.length > 0 && jsonl.every((r) => r.country === 'SY'));
    const csv = sitrep(['export', '--format', 'acled-csv', '--store', db]).stdout;
    assert.match(csv.split('\n')[0]!, /^event_id_cnty,event_date,year,time_precision,/);
    assert.match(csv.split('\n')[0]!, /grade/);
    const geo = JSON.parse(sitrep(['export', '--format', 'geojson', '--store', db]).stdout) as { type: string; features: unknown[] };
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(sitrep(['export', '--format', 'ucdp-csv', '--store', db]).code, 0);
    const bad = sitrep(['incidents', '--store', db, '--since', 'yesterday']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /YYYY-MM-DD/);
  });

  it('edits, confirms, merges, splits, and shows it all in history', () => {
    const rows = sitrep(['incidents', '--store', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; articles: string[]; fatalities: number | null });
    assert.ok(rows.length >= 2);
    // Two incidents with no article in common, so that splitting y's articles back out leaves x some.
    const x = rows[0]!;
    const y = rows.find((r) => r !== x && !r.articles.some((a) => x.articles.includes(a)));
    assert.ok(y, 'two incidents with disjoint articles');
    const ed = sitrep(['edit', x.id, 'fatalities=7', '--why', 'checked the morgue list', '--store', db]);
    assert.equal(ed.code, 0, ed.stderr);
    assert.match(ed.stdout, /fatalities = 7 \(analyst; machine/);
    assert.equal(sitrep(['edit', x.id, 'colour=red', '--store', db]).code, 1);
    assert.equal(sitrep(['confirm', x.id, '--store', db]).code, 0);
    // Re-ingest keeps the analyst's value.
    sitrep(['ingest', ARTICLES, '--store', db]);
    const shown = JSON.parse(sitrep(['incidents', x.id, '--store', db, '--format', 'jsonl']).stdout) as { fatalities: number; grade: string };
    assert.equal(shown.fatalities, 7);
    assert.equal(shown.grade, 'confirmed');
    const m = sitrep(['merge', x.id, y.id, '--why', 'same strike', '--store', db]);
    assert.equal(m.code, 0, m.stderr);
    const s = sitrep(['split', x.id, '--articles', y.articles.join(','), '--store', db]);
    assert.equal(s.code, 0, s.stderr);
    const h = sitrep(['history', x.id, '--json', '--store', db]);
    assert.equal(h.code, 0, h.stderr);
    const entries = h.stdout.trim().split('\n').map((l) => JSON.parse(l) as { action: string; who: string; why: string | null });
    for (const a of ['create', 'edit', 'confirm', 'merge', 'split']) assert.ok(entries.some((e) => e.action === a), `history has ${a}`);
    assert.ok(entries.filter((e) => e.action !== 'create' && e.action !== 'update').every((e) => e.who === 'analyst-1'));
    assert.ok(entries.some((e) => e.why === 'checked the morgue list'));
    assert.equal(sitrep(['history', 'SYR999999', '--store', db]).code, 2);
  });

  it('refuses bad input with a message, stores the rest, and exits non-zero', () => {
    const file = path.join(dir, 'mixed.jsonl');
    const good = { id: 'fresh-1', text: 'On 3 March 2021, Syrian government forces shelled the village of Kafr Nabl in Idlib province, killing four civilians, the Syrian Observatory for Human Rights said.', outlet: 'Test', url: null, published: '2021-03-04', title: null };
    fs.writeFileSync(file, ['{"id": "broken", "text": ', JSON.stringify(good), JSON.stringify({ id: 'empty', text: '' })].join('\n') + '\n');
    const r = sitrep(['ingest', file, '--store', db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /refused|error|invalid|JSON/i);
    assert.match(r.stderr, /ingested 1 article/);
  });
});
