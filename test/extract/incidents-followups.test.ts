/** What a report tells after its incident: an earlier attack it "came two days after", the protest against it, a strike later the same day, an aggregate's places. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string): Article => ({ id, text, published: '2024-03-20', outlet: null, url: null, title: null });

test('"The attack came two days after militants killed five soldiers …": the earlier toll is not this one', () => {
  const r = extractArticle(art('f1', 'Three soldiers were killed when militants attacked a security post in Lakki Marwat on Tuesday, the army said. The attack came two days after militants killed five soldiers in a similar attack in Tank.'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 3);
  assert.equal(r[0]!.fatalities_high, 3);
});

test('a protest "against the killings" the next day is its own event, not the lead\'s type', () => {
  const r = extractArticle(art('f2', 'Gunmen killed six people in Zangon Kataf area of Kaduna State on Monday, police said. On Tuesday, hundreds of youths protested in Zonkwa against the killings, blocking the main road.'));
  const types = r.map((x) => x.event_type);
  assert.equal(types[0], 'Violence against civilians');
  assert.equal(r[0]!.fatalities, 6);
  assert.ok(types.includes('Protests'), JSON.stringify(types));
});

test('"Later in the day, the army carried out airstrikes …" after a checkpoint attack is a second event', () => {
  const r = extractArticle(art('f3', 'Two Iraqi soldiers were killed on Tuesday in an attack by Islamic State militants on an army checkpoint in Diyala province, a security source said. Later in the day, the army carried out airstrikes on IS hideouts in the Hamrin mountains, killing at least six militants.'));
  assert.equal(r.length, 2, JSON.stringify(r.map((x) => x.sub_event_type)));
  assert.deepEqual(r.map((x) => x.fatalities).sort(), [2, 6]);
});

test('a town named in an aggregate ("several similar attacks this year, including … in Mazar-i-Sharif") does not locate the incident', () => {
  const [r] = extractArticle(art('f4', 'A roadside bomb killed four Taliban fighters in northern Balkh province on Tuesday, a provincial spokesman said. The Islamic State has claimed several similar attacks in the north this year, including a bombing in Mazar-i-Sharif in January.'));
  assert.ok(r);
  assert.notEqual(r.location, 'Mazār-e Sharīf');
});

test('"A rocket, fired from an unknown location, struck the residence" is a shelling/missile attack', () => {
  const [r] = extractArticle(art('f5', 'A rocket, fired from an unknown location, struck the residence of a former senator in Peshawar on Tuesday evening, police said. There were no immediate reports of injuries.'));
  assert.ok(r);
  assert.equal(r.sub_event_type, 'Shelling/artillery/missile attack');
});
