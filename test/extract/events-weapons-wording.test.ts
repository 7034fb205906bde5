/** Event types from the weapon's wording: drones as the weapon, vehicle bombs, gunmen firing on a crowd, background fighting. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published: string): Article => ({ id, text, published, outlet: null, url: null, title: null });
const types = (text: string, published = '2024-05-06') => extractArticle(art('t', text, published)).map((r) => r.sub_event_type);

test('an attack "with a drone" and an "explosive-laden drone" are air/drone strikes', () => {
  assert.deepEqual(types('Three civilians were killed on Sunday in an attack with a drone on a market in Mhardeh, local officials said.'), ['Air/drone strike']);
  assert.deepEqual(types('An explosive-laden drone hit a school in Kafr Nabudah on Sunday, wounding four pupils.'), ['Air/drone strike']);
});

test('a fighter jet that "dropped two bombs" on a village is an air strike, not a roadside bomb', () => {
  assert.deepEqual(types('A fighter jet dropped two bombs on a village in Magway Region on Saturday, killing six civilians, residents said.'), ['Air/drone strike']);
});

test('a truck or car "packed with explosives" is a remote explosive', () => {
  assert.deepEqual(types('Four soldiers were killed when a truck packed with explosives blew apart at an army base in Cauca on Monday, the army said, blaming FARC dissidents.'), ['Remote explosive/landmine/IED']);
});

test('gunmen who "opened fire on residents" with jihadists blamed is an attack on civilians, not a clash', () => {
  const r = extractArticle(art('ml', 'Armed men killed at least 20 civilians in central Mali on Friday, officials said, in an attack blamed on jihadists. The gunmen opened fire on villagers gathered at a market, a local official said.', '2024-05-06'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.sub_event_type, 'Attack');
});

test('"has been the scene of fierce fighting since the 2021 coup" does not turn an air strike into a clash', () => {
  assert.deepEqual(types('Junta aircraft bombed a village in Magway Region on Tuesday, killing nine civilians, residents said. The region has been the scene of fierce fighting since the 2021 coup.'), ['Air/drone strike']);
});

test('"a military airstrike" with no force named is the event country\'s military', () => {
  const [r] = extractArticle(art('air', 'A military airstrike on a village in Sagaing region killed nine people, including three children, on Tuesday, residents said.', '2024-02-07'));
  assert.ok(r);
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.equal(r.inter1, 1);
  assert.equal(r.actor1_country, 'MM');
});

test('"Fighting between M23 rebels and the army killed at least 10" is a battle even when shells hit houses', () => {
  const [r] = extractArticle(art('fb', 'Fighting between M23 rebels and the Congolese army killed at least 10 people near Kanyabayonga on Sunday, local sources said. Shells fell on houses in the town, killing six civilians, a civil society leader said.', '2024-07-15'));
  assert.ok(r);
  assert.equal(r.event_type, 'Battles');
});
