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

test("a list of two armed sides' dead is told item by item; other lists stay one total", () => {
  assert.deepEqual(figs('Seven soldiers and 11 militants were killed in the clash, the army said.'), ['killed:7', 'killed:11']);
  assert.deepEqual(figs('Fighting killed 12 rebels and three soldiers near the town.'), ['killed:12', 'killed:3']);
  assert.deepEqual(figs('Four soldiers and three civilians died in the blast.'), ['killed:7']);
  // One side named twice stays one total (fusion keeps one figure per kind of victims).
  assert.deepEqual(figs('Two policemen, three soldiers and four insurgents were killed.'), ['killed:9']);
});

test('a list of two sides with equal counts stays one total (the incident builder keeps one claim per value and sentence)', () => {
  assert.deepEqual(figs('Two policemen and two militants were killed in the exchange of fire.'), ['killed:4']);
  assert.deepEqual(figs('Two soldiers and one militant were killed in a gunfight.'), ['killed:2', 'killed:1']);
});
