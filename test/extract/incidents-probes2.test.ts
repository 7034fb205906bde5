/** Where victims come from, lists that are no lists, victims told by faith, parts of a total told by other voices. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from '../../src/extract/casualties.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published = '2024-04-13'): Article => ({ id, text, published, outlet: null, url: null, title: null });

test('"the victims, all from Punjab" does not locate the attack', () => {
  const r = extractArticle(art('o1', 'Gunmen stopped a bus near Mastung on Friday night and shot dead seven passengers, officials said. The victims, all from Punjab, were labourers returning home, police said.'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.admin1, 'Balochistan');
});

test('"In a separate attack the same night, two people were killed" counts two, not a list of three', () => {
  const c = findCasualties('In a separate attack the same night, two people were killed when gunmen opened fire on a car.');
  assert.deepEqual(c.map((x) => x.value), [2]);
});

test('Islamic State fighters beheading five Christians is an attack on civilians', () => {
  const r = extractArticle(art('o2', 'Islamic State-linked insurgents beheaded five Christians in an attack on a village in Cabo Delgado province on Thursday, the group said.', '2024-02-10'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.event_type, 'Violence against civilians');
  assert.equal(r[0]!.inter2, 7);
});

test('"killing six civilians" and "four soldiers were also among the dead" are parts of "at least 10"', () => {
  const r = extractArticle(art('o3', 'Fighting between M23 rebels and the army killed at least 10 people near Rutshuru on Sunday, local sources said. Shells fell on a market, killing six civilians, a civil society leader said. Four soldiers were also among the dead, an army source said.', '2024-07-15'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 10);
});
