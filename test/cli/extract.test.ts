/** `sitrep extract` as a user runs it: a batch with bad inputs goes on, says what failed, exits 1. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeArgs, repoRoot } from '../store/helpers.js';

function sitrep(args: string[]) {
  return spawnSync(process.execPath, [...nodeArgs('src/cli/main.ts'), ...args], { encoding: 'utf8', timeout: 120_000 });
}

test('bad inputs get one line each, the rest of the batch is extracted, exit code 1, output whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
  const inputs = join(dir, 'in');
  spawnSync('mkdir', ['-p', inputs]);
  writeFileSync(join(inputs, 'good.txt'), 'Gunmen attacked a market in Maiduguri, Borno State, on Monday, killing nine people, police said.\n');
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 10, 0]));
  writeFileSync(join(inputs, 'batch.jsonl'), '{"id":"j1","text":"A roadside bomb killed three soldiers near Konduga in Borno State on Sunday, the army said.","published":"2023-10-02"}\n{not json\n');
  const out = join(dir, 'out.jsonl');
  const r = sitrep(['extract', inputs, '--out', out]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('sitrep: ') && !/→/.test(l));
  assert.ok(lines.some((l) => l.includes('empty.txt')), r.stderr);
  assert.ok(lines.some((l) => l.includes('binary.txt')), r.stderr);
  assert.ok(lines.some((l) => l.includes('batch.jsonl:2')), r.stderr);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.length, 2);
  assert.ok(records.every((x) => x.country === 'NG' && x.claims.length > 0));
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left behind');
});

test('piped output is incident JSONL; --format csv starts with ACLED columns; unknown format is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
  const f = join(dir, 'a.txt');
  writeFileSync(f, 'Houthi forces fired a missile at Marib city on Friday, killing seven soldiers, a military official said.\n');
  const piped = sitrep(['extract', f]);
  assert.equal(piped.status, 0, piped.stderr);
  const rec = JSON.parse(piped.stdout.trim().split('\n')[0]!);
  assert.equal(rec.fatalities, 7);
  const csv = sitrep(['extract', f, '--format', 'csv']);
  assert.match(csv.stdout.split('\n')[0]!, /^event_id_cnty,event_date,year,time_precision,disorder_type,event_type/);
  const bad = sitrep(['extract', f, '--format', 'xml', '--out', join(dir, 'x.xml')]);
  assert.equal(bad.status, 2);
  assert.equal(existsSync(join(dir, 'x.xml')), false);
});

test('the bin the README runs (`npx sitrep`) is executable after the build', { skip: existsSync(join(repoRoot(), 'dist', 'src', 'cli', 'main.js')) ? false : 'not built' }, () => {
  const r = spawnSync('npx', ['--no-install', 'sitrep', '--help'], { cwd: repoRoot(), encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /usage: sitrep <command>/);
});
