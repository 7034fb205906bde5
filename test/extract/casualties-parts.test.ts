/** Counts of an armed group named before ("five of the bandits") against parts of a toll ("two of the dead"). Sentences written for these tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from '../../src/extract/casualties.js';

const figs = (s: string) => findCasualties(s).map((c) => `${c.kind}:${c.value}`);

test('"N of the attackers were killed" counts the attackers\' dead; "N of the dead" is a part of a toll told elsewhere', () => {
  assert.deepEqual(figs('Police said five of the bandits were killed in a gunfight with officers.'), ['killed:5']);
  assert.deepEqual(figs('Three of the attackers were shot dead by guards at the gate.'), ['killed:3']);
  assert.deepEqual(figs('Two of the soldiers were wounded in the exchange of fire.'), ['injured:2']);
  assert.deepEqual(figs('Two of the dead were children.'), []);
  assert.deepEqual(figs('Four of them were killed on the spot.'), []);
});
