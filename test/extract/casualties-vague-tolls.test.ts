import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties, parseNumber } from '../../src/extract/casualties.js';

/** kind:value for each figure; `~` marks a vague one. */
const figs = (s: string) => findCasualties(s).map((c) => `${c.kind}:${c.vague ? '~' : ''}${c.value}`);

test('vague words carry the figure ACLED codes for them (tens 10, dozens 12, hundreds 100; several 3)', () => {
  assert.deepEqual(parseNumber('dozens of'), { value: 12, vague: true, qualifier: null });
  assert.deepEqual(parseNumber('hundreds'), { value: 100, vague: true, qualifier: null });
  assert.deepEqual(parseNumber('tens of'), { value: 10, vague: true, qualifier: null });
  assert.deepEqual(parseNumber('scores of'), { value: 20, vague: true, qualifier: null });
  assert.deepEqual(parseNumber('several'), { value: 3, vague: true, qualifier: null });
  assert.deepEqual(parseNumber('a number of'), { value: 2, vague: true, qualifier: null });
  assert.deepEqual(figs('Tens of villagers were killed when the convoy was ambushed.'), ['killed:~10']);
  assert.deepEqual(figs('The shelling killed several herders and wounded many others.'), ['killed:~3', 'injured:~2']);
  assert.deepEqual(figs('Hundreds were killed in the raid on the camp.'), ['killed:~100']);
});

test('a toll told with a longer phrase between the noun and its figure', () => {
  assert.deepEqual(figs("The death toll from Tuesday's ambush has climbed to 23."), ['killed:23']);
  assert.deepEqual(figs('Officials said the death toll in the Jalalabad market blast rose to 26.'), ['killed:26']);
  assert.deepEqual(figs('The number of dead climbed to 9.'), ['killed:9']);
  assert.deepEqual(figs('Two more victims died overnight, bringing the toll to 12.'), ['killed:2', 'killed:12']);
});

test('"N gunmen shot dead the constable": the gunmen are the killers, one man died', () => {
  assert.deepEqual(figs('Three gunmen shot dead the constable outside his home.'), ['killed:1']);
  assert.deepEqual(figs('Two attackers gunned down a shopkeeper near the bus stand.'), ['killed:1']);
  assert.deepEqual(figs('Three policemen were shot dead by the gang.'), ['killed:3']);
  // These verbs take only people: one singular object is one dead, whatever its role noun.
  assert.deepEqual(figs('Two gunmen shot dead the caretaker of a shrine and wounded his son.'), ['killed:1', 'injured:1']);
  assert.deepEqual(figs('Gunmen shot dead the brothers and their uncle.'), []);
});
