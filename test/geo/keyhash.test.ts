/** The names hash index (src/geo/keyhash.ts) on a small names text written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKeyHash, hashKey, KeyHash } from '../../src/geo/keyhash.js';

const keys = ['aleppo', 'deir', 'deir al zor', 'deir hafer', 'idlib', 'new york', 'new york city', 'york'].sort();
const text = keys.map((k, i) => `${k}\t${i}`).join('\n') + '\n';
const starts = new Int32Array(keys.length + 1);
for (let i = 0, pos = 0; i < keys.length; i++) {
  starts[i] = pos;
  pos = text.indexOf('\n', pos) + 1;
}
starts[keys.length] = text.length;

test('every key is found on its line; other strings are not', () => {
  const kh = KeyHash.open(buildKeyHash(keys, text.length), text, starts)!;
  assert.ok(kh);
  keys.forEach((k, i) => assert.equal(kh.lineOf(k, hashKey(k)), i, k));
  for (const k of ['alepp', 'deir al', 'new', 'yorkshire', '', 'idlib ']) assert.equal(kh.lineOf(k, hashKey(k)), -1, k);
});

test('longer keys: "deir" and "new york" are continued, "idlib" and "deir al zor" are not', () => {
  const kh = KeyHash.open(buildKeyHash(keys, text.length), text, starts)!;
  for (const k of ['deir', 'deir al', 'new', 'new york']) assert.ok(kh.hasLonger(hashKey(k)), k);
  for (const k of ['idlib', 'deir al zor', 'york', 'aleppo']) assert.ok(!kh.hasLonger(hashKey(k)), k);
});

test('a table of another build is refused (the caller falls back to binary search)', () => {
  const table = buildKeyHash(keys, text.length);
  assert.equal(KeyHash.open(table, text + 'x\t9\n', starts), null);
  assert.equal(KeyHash.open(buildKeyHash(keys.slice(1), text.length), text, starts), null);
  assert.equal(KeyHash.open(null, text, starts), null);
  assert.equal(KeyHash.open(new Int32Array([1, 2, 3]), text, starts), null);
});
