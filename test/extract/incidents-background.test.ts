/** Background events recalled as context make no record of their own, nor lend the lead their figures or places. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published: string): Article => ({ id, text, published, outlet: null, url: null, title: null });

test('"Earlier this month, …" and "In December, …" recall older attacks: one record, the lead', () => {
  const pk = extractArticle(art('bg1', 'Three policemen were killed when militants stormed a checkpoint in Bannu late on Sunday, officials said. Earlier this month, nine soldiers were killed in a suicide attack on a convoy in North Waziristan.', '2024-05-27'));
  assert.equal(pk.length, 1, JSON.stringify(pk.map((r) => r.notes)));
  assert.equal(pk[0]!.fatalities, 3);
  const mx = extractArticle(art('bg2', 'Gunmen shot dead six people at a car wash in Irapuato on Friday night, prosecutors said. In February, gunmen killed 11 people at a bar in Celaya.', '2024-07-06'));
  assert.equal(mx.length, 1, JSON.stringify(mx.map((r) => r.notes)));
  assert.equal(mx[0]!.fatalities, 6);
});

test('a figure of a year-dated earlier ambush neither raises the high estimate nor moves the place', () => {
  const r = extractArticle(art('bg3', 'Eight policemen were killed when Maoists blew up their vehicle with an IED in Bijapur district on Monday, police said. In 2019, 17 security personnel were killed in a Maoist ambush in Sukma.', '2024-01-09'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 8);
  assert.equal(r[0]!.fatalities_high, 8);
  assert.notEqual(r[0]!.location, 'Sukma');
});

test('a separate attack told the same week with its own cue is still its own record', () => {
  const r = extractArticle(art('bg4', 'Bandits killed 12 villagers in Maru on Tuesday, police said. In a separate attack on Wednesday, gunmen killed five farmers in Bungudu.', '2024-03-08'));
  assert.equal(r.length, 2, JSON.stringify(r.map((x) => x.notes)));
});
