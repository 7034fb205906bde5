/** Subject pronouns after a named actor, and victims told in the singular. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import { analyze } from '../../src/extract/pipeline.js';
import type { Article, IncidentRecord } from '../../src/types.js';

const art = (id: string, text: string, published = '2023-06-16'): Article => ({ id, text, published, outlet: null, url: null, title: null });
const sides = (r: IncidentRecord) => [[r.inter1, r.actor1_country], [r.inter2, r.actor2_country]].map((p) => p.join(':')).sort();
const pronouns = (text: string) => analyze(art('p', text)).actors.filter((a) => /^(?:they|it)$/i.test(a.text)).map((a) => [a.text, a.key]);

test('"They opened fire" opening the next sentence is the armed group just named', () => {
  const [r, ...rest] = extractArticle(art('pr-1', 'Al-Shabaab fighters arrived at an army base in Lower Shabelle on Monday. They opened fire on soldiers, killing seven of them.'));
  assert.equal(rest.length, 0);
  assert.equal(r!.event_type, 'Battles');
  assert.deepEqual(sides(r!), ['1:SO', '2:SO']);
  assert.equal(r!.actor1, 'Al Shabaab');
});

test('"… said it struck an army base": the speaking group attacks (a clash, not an air strike nor no event)', () => {
  const [r] = extractArticle(art('pr-2', 'Al-Shabaab said it struck an army base in Lower Shabelle on Monday, killing seven soldiers.'));
  assert.ok(r);
  assert.equal(r!.sub_event_type, 'Armed clash');
  assert.deepEqual(sides(r!), ['1:SO', '2:SO']);
  assert.equal(r!.actor1, 'Al Shabaab');
});

test('"… said in a statement that it bombed a pipeline": a remote explosive by the group', () => {
  const [r] = extractArticle(art('pr-3', 'The ELN said in a statement that it bombed an oil pipeline in Arauca on Friday.'));
  assert.ok(r);
  assert.equal(r!.event_type, 'Explosions/Remote violence');
  assert.equal(r!.inter1, 2);
  assert.equal(r!.actor1_country, 'CO');
});

test('a pronoun stands for an armed actor only, and only where no one else can be meant', () => {
  assert.deepEqual(pronouns('ISWAP fighters entered Dikwa on Tuesday and they opened fire on residents.'), [['they', 'iswap']]);
  assert.deepEqual(pronouns('The army said it killed five militants near Gwoza.'), [['it', 'state-forces']]);
  // Residents are no attackers; two armed actors in the sentence before leave "They" open.
  assert.deepEqual(pronouns('Residents said they opened fire on the hill.'), []);
  assert.deepEqual(pronouns('Soldiers clashed with Boko Haram fighters near Bama on Monday. They killed five people.'), []);
  // A pronoun with no attack verb is no mention ("they said", "it was unclear").
  assert.deepEqual(pronouns('Taliban fighters reached the district on Sunday. They said the road was closed.'), []);
});

test('victims told in the singular are counted by kind: a policeman, a militant, a woman', () => {
  const kinds = (text: string) => extractArticle(art('pr-k', text)).flatMap((r) => r.claims.filter((c) => c.attribute === 'fatalities').map((c) => (c as unknown as { kind: string | null }).kind));
  assert.deepEqual(kinds('Gunmen attacked a police checkpoint in Zamfara on Monday, killing a policeman. A militant was also killed in the exchange of fire, police said.').sort(), ['militants', 'state forces']);
  assert.deepEqual(kinds('A suicide bomber killed a woman at a market in Maiduguri on Monday.'), ['civilians']);
});
