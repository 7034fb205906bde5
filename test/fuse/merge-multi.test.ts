/** Fusion keeps apart the incidents one article tells apart, and pairs them with other reports of each. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractBatch } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, outlet: string): Article => ({ id, text, published: '2021-06-16', outlet, url: null, title: null });

test('two articles each telling a raid and a separate ambush fuse into two incidents, each from both articles', () => {
  const records = extractBatch([
    art('A', 'Soldiers raided a village near Monywa on Monday, killing five civilians, residents said. PDF fighters ambushed a military convoy near Pakokku the same day, killing three soldiers.', 'Outlet A'),
    art('B', 'Myanmar troops killed six villagers in a raid near Monywa on Monday, a local rights group said. In an unrelated attack, PDF fighters ambushed an army convoy near Pakokku, killing four soldiers, the PDF said.', 'Outlet B'),
  ]);
  assert.equal(records.length, 2, JSON.stringify(records.map((r) => [r.articles, r.location])));
  for (const r of records) assert.deepEqual([...r.articles].sort(), ['A', 'B']);
  const raid = records.find((r) => r.event_type === 'Violence against civilians')!;
  const ambush = records.find((r) => r.event_type === 'Battles')!;
  assert.deepEqual([raid.fatalities_low, raid.fatalities_high], [5, 6]);
  assert.deepEqual([ambush.fatalities_low, ambush.fatalities_high], [3, 4]);
  // Each keeps only its own sentences' claims.
  assert.ok(raid.claims.every((c) => !/ambush/.test(c.quote)));
  assert.ok(ambush.claims.every((c) => !/raid/.test(c.quote)));
});

test('perpetrator claims of two outlets naming different groups for one bombing make a dispute after fusion', () => {
  const [r, ...rest] = extractBatch([
    art('C', 'A car bomb exploded at a market in Azaz on Sunday, killing nine civilians, the Syrian Observatory for Human Rights said. Turkish officials blamed the YPG for the attack.', 'Outlet C'),
    art('D', 'A car bomb killed nine people at a market in Azaz on Sunday. The SDF denied involvement and said the Islamic State group was behind it.', 'Outlet D'),
  ]);
  assert.equal(rest.length, 0);
  assert.deepEqual([...r!.articles].sort(), ['C', 'D']);
  const d = r!.disputes.find((x) => x.attribute === 'perpetrator');
  assert.ok(d, JSON.stringify(r!.claims.filter((c) => c.attribute === 'perpetrator')));
});

test('two outlets naming different attackers in their own voice disagree on the perpetrator once fused', () => {
  const [r, ...rest] = extractBatch([
    art('E', 'Boko Haram fighters attacked the village of Kautikari in Borno State on Tuesday, killing 14 farmers, residents said.', 'Outlet E'),
    art('F', 'ISWAP fighters attacked Kautikari village in Borno State on Tuesday, killing 14 farmers.', 'Outlet F'),
  ]);
  assert.equal(rest.length, 0);
  const d = r!.disputes.find((x) => x.attribute === 'perpetrator');
  assert.ok(d, JSON.stringify(r!.claims.filter((c) => c.attribute === 'perpetrator')));
  assert.deepEqual(d!.values.map((v) => v.value).sort(), ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Islamic State West Africa Province (ISWAP)']);
});
