import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../../src/extract/events.js';

const ALL = new Set(['state', 'nonstate', 'protesters', 'civilians']);
/** The sub-event types of the real (not negated, hypothetical or aggregate) triggers of a sentence. */
const subs = (s: string, kinds = ALL) => findTriggers(s, kinds).filter((h) => !h.negated && !h.hypothetical && !h.aggregate).map((h) => h.sub);
const strongest = (s: string, kinds = ALL) => {
  const hits = findTriggers(s, kinds).filter((h) => !h.negated && !h.hypothetical && !h.aggregate);
  return hits.sort((a, b) => b.weight - a.weight)[0]?.sub;
};

test('events: ACLED sub-event types beyond the Middle East wording', () => {
  assert.equal(strongest('Two rebels were killed in an encounter with the police in the forest.'), 'Armed clash');
  assert.equal(strongest('Troops and militants exchanged fire near the border post.'), 'Armed clash');
  assert.equal(strongest('Gunmen fired indiscriminately at shoppers in the market.'), 'Armed clash');
  assert.equal(strongest('The rebels triggered a powerful blast under the patrol vehicle.'), 'Remote explosive/landmine/IED');
  assert.equal(strongest('A pressure bomb went off as the patrol passed.'), 'Remote explosive/landmine/IED');
  assert.equal(strongest('Militants hurled a grenade at the police station.'), 'Grenade');
  assert.equal(strongest('Army helicopters pounded rebel positions overnight.'), 'Air/drone strike');
  assert.equal(strongest('The village was shelled by artillery from across the border.'), 'Shelling/artillery/missile attack');
  assert.equal(strongest('A suicide bomber blew himself up at the gate.'), 'Suicide bomb');
  assert.equal(strongest('Gunmen abducted three engineers from the construction site.'), 'Abduction/forced disappearance');
  assert.equal(strongest('The trader was stabbed to death by the gang.'), 'Attack');
  assert.equal(strongest('The militants looted shops and set houses ablaze.'), 'Looting/property destruction');
  assert.equal(strongest('An angry mob beat the suspect and set his car on fire.', new Set(['civilians'])), 'Mob violence');
  assert.equal(strongest('Police lathi-charged the protesters outside the assembly.', new Set(['protesters', 'state'])), 'Protest with intervention');
  assert.equal(strongest('The army handed over control of the town to the militia under the deal.'), 'Non-violent transfer of territory');
  assert.equal(strongest('Police arrested five suspects after the raid.'), 'Arrests');
  assert.equal(strongest('Pakistani troops violated the ceasefire along the Line of Control.'), 'Armed clash');
  assert.equal(strongest('Three militants attacked the camp and raped two women.'), 'Sexual violence');
});

test('events: words that look like events but are not', () => {
  // Showing courage or rallying support is no protest; a withdrawn signature is no troop movement.
  assert.deepEqual(subs('The party salutes the courage demonstrated by its leaders.'), []);
  assert.deepEqual(subs('We must withdraw our signature from the treaty.'), []);
  assert.deepEqual(subs('The two movements have not engaged in any dialogue.'), []);
  // Negated, demanded and obligatory attacks did not happen.
  assert.ok(findTriggers('The rebels have not attacked the town since the truce.', ALL).every((h) => h.negated));
  assert.ok(findTriggers('We must also attack terrorists through the courts.', ALL).every((h) => h.hypothetical));
  assert.ok(findTriggers('The opposition urged the government to stop the air strikes.', ALL).every((h) => h.hypothetical));
  // A range of victims is not a date range.
  assert.ok(findTriggers('Between 10 and 15 people were killed when gunmen attacked the bus.', ALL).every((h) => !h.aggregate));
  assert.ok(findTriggers('Clashes between February 1 and 10 killed 85 civilians.', ALL).every((h) => h.aggregate));
});

test('events: a grenade thrown is an explosion, grenades seized are not', () => {
  assert.equal(strongest('Militants lobbed a grenade at the police post.'), 'Grenade');
  assert.equal(strongest('Troops recovered two rifles and four grenades from the hideout.'), 'Disrupted weapons use');
  const listed = findTriggers('The weapons included 29 grenade launchers.', ALL).find((h) => h.sub === 'Grenade');
  assert.ok(listed && listed.generic && listed.weight < 2);
  // A metaphor about to explode is no bombing.
  assert.ok(findTriggers('The country is a social time bomb about to explode.', ALL).every((h) => h.generic || h.hypothetical));
});

test('events: a single aircraft striking is an air strike', () => {
  assert.equal(strongest('A fighter jet bombed the village on Tuesday afternoon.'), 'Air/drone strike');
});

test('events: rockets fired are shelling; a team called the Rockets and battles in court are not', () => {
  assert.equal(strongest('Militants fired two rockets at the airport.'), 'Shelling/artillery/missile attack');
  assert.equal(strongest('Three mortars landed near the base.'), 'Shelling/artillery/missile attack');
  const team = findTriggers('The Rockets swept their season series with Portland.', ALL);
  assert.ok(team.every((h) => h.generic));
  assert.deepEqual(subs('Many of these land disputes have been fought in the courts.'), []);
  assert.equal(strongest('Troops fought militants for hours near the border.'), 'Armed clash');
});
