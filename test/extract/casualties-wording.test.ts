/** Casualty wording from conflict wires: assassinations, ranged tolls, parts told after a total, aggregates. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from '../../src/extract/casualties.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published: string): Article => ({ id, text, published, outlet: null, url: null, title: null });
const killed = (s: string) => findCasualties(s).filter((c) => c.kind === 'killed' && !c.negative).map((c) => [c.low, c.high]);

test('"assassinated a civilian", "massacred 30 villagers", "hacked to death" are deaths', () => {
  assert.deepEqual(killed('Separatist fighters on Monday assassinated a teacher in Kumba, residents said.'), [[1, 1]]);
  assert.deepEqual(killed('Gunmen assassinated two local councillors in Jos on Friday.'), [[2, 2]]);
  assert.deepEqual(killed('Militiamen massacred 30 villagers near Djugu.'), [[30, 30]]);
  assert.deepEqual(killed('Three herders were hacked to death in the attack.'), [[3, 3]]);
});

test('"putting the toll between 45 and 80" is a ranged figure', () => {
  assert.deepEqual(killed('Survivors said soldiers shot dead men in the market, putting the toll between 45 and 80.'), [[45, 80]]);
});

test('"A man was shot dead" after "at least five people were killed" is part of the five, not a rival toll', () => {
  const r = extractArticle(art('pt1', 'At least five people were killed as armed men from two villages exchanged fire in Churachandpur district on Sunday, police said. A farmer was shot dead in his field in the morning, a senior officer said. Four armed men were killed in the gunfight that followed.', '2024-06-10'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 5);
});

test('"dozens of strikes this month, killing more than 30" is an aggregate, not the incident toll', () => {
  const r = extractArticle(art('ag1', 'Two fighters were killed on Monday when a drone struck their car near Kobani, the group said. Drones have carried out dozens of strikes on the region this month, killing more than 30 people.', '2024-02-06'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 2);
  assert.equal(r[0]!.fatalities_high, 2);
  // "the latest in a wave of attacks" still tells the incident.
  const lead = extractArticle(art('ag2', 'Militants attacked a police station in Tank overnight, killing three policemen, officials said, the latest in dozens of attacks on the police in the province.', '2024-02-06'));
  assert.equal(lead.length, 1);
});

test('"killed a district administrator and his bodyguard", "shot dead a village chief and his son": two dead', () => {
  assert.deepEqual(killed('Gunmen killed a district administrator and his bodyguard in Ejere on Monday.'), [[2, 2]]);
  assert.deepEqual(killed('Militants shot dead a village chief and his son on Sunday.'), [[2, 2]]);
  assert.deepEqual(killed('Gunmen killed a soldier and his comrades fled.'), [[1, 1]]);
});
