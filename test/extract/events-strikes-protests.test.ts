/** Triggers added for issue 2 (sentences written for these tests): assassinations, live rounds at protesters, a state force's "struck", "stormed … killing". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../../src/extract/events.js';
import { analyze } from '../../src/extract/pipeline.js';

const real = (s: string, kinds: string[], published?: string) => findTriggers(s, new Set(kinds), { published }).filter((h) => !h.negated && !h.hypothetical && !h.aggregate);

test('events: an assassination is a targeted killing (ACLED Attack)', () => {
  assert.deepEqual(real('Unidentified gunmen assassinated a local council member near the market last night.', ['nonstate', 'civilians']).map((h) => [h.text, h.sub]), [['assassinated', 'Attack']]);
});

test('events: live rounds fired to disperse demonstrators are excessive force; the anniversary of an old protest dates nothing', () => {
  const hits = real('Police fired tear gas and live rounds to disperse demonstrators marking the anniversary of the 1990 protests.', ['state', 'protesters'], '2025-07-08');
  assert.ok(hits.some((h) => h.sub === 'Excessive force against protesters'), JSON.stringify(hits));
  // Without the anniversary, a year long before publication would make the sentence history.
  assert.equal(real('Police fired tear gas at demonstrators in 1990.', ['state', 'protesters'], '2025-07-08').length, 0);
});

test('events: "struck" by a state force is a strike whose weapon is unnamed; a deal struck is none', () => {
  const [h] = real('The army said it struck a rebel command post overnight.', ['state', 'nonstate']);
  assert.equal(h?.sub, 'Air/drone strike');
  assert.equal(h?.weaponUnnamed, true);
  assert.equal(real('The two sides struck a deal on Monday.', ['state', 'nonstate']).length, 0);
  assert.equal(real('A bus struck a pedestrian on the highway.', ['civilians']).length, 0);
});

test('events: the strike\'s subject must be a state force, not the police or a bomb', () => {
  const subsOf = (text: string) => analyze({ id: 'x', text, published: '2025-05-20', outlet: null, url: null, title: null }).events.map((e) => e.sub_event_type);
  assert.ok(subsOf('The Israeli military said it struck a Hamas command centre in Gaza City overnight.').includes('Air/drone strike'));
  assert.ok(!subsOf('Police said a car bomb struck a convoy carrying soldiers near the border.').includes('Air/drone strike'));
  assert.ok(!subsOf('Soldiers said a roadside bomb struck their convoy near the border.').includes('Air/drone strike'));
});

test('events: "stormed" counts with a killing told after it, whoever the subject; not a police unit storming a flat', () => {
  assert.ok(real('Fighters wearing army uniforms stormed a village at dawn, killing 20 people.', ['state']).some((h) => h.text === 'stormed'));
  assert.ok(!real('The SWAT team stormed an apartment where the suspect was hiding.', ['state']).some((h) => h.text === 'stormed'));
});

test('events: sniper fire is one side firing on another', () => {
  assert.ok(real('A soldier was killed by a sniper near the front line this morning.', ['state']).some((h) => h.sub === 'Armed clash' && h.weight >= 2));
  assert.ok(real('Sniper fire wounded two farmers in their fields.', ['civilians']).some((h) => h.sub === 'Armed clash'));
});
