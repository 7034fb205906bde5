import test from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/extract/actors.js';
import { findTriggers } from '../../src/extract/events.js';
import { findCasualties, parseNumber } from '../../src/extract/casualties.js';
import { findClaimants, normaliseClaimant } from '../../src/extract/attribution.js';

test('actors: state forces by demonym, abroad → inter 8; named groups; generic roles', () => {
  const a = findActors('Turkish troops shelled positions held by the YPG while gunmen attacked villagers near the border.', 'SY');
  const by = (t: string) => a.find((x) => x.text.includes(t))!;
  assert.equal(by('Turkish').inter, 8);
  assert.equal(by('Turkish').country, 'TR');
  assert.match(by('Turkish').name, /^Military Forces of /);
  assert.equal(by('YPG').inter, 2);
  assert.equal(by('gunmen').inter, 3);
  assert.equal(by('villagers').inter, 7);
  const home = findActors('Nigerian soldiers repelled Boko Haram fighters in Borno.', 'NG');
  assert.equal(home.find((x) => x.text.startsWith('Nigerian'))!.inter, 1);
  assert.equal(home.find((x) => x.key === 'boko-haram')!.inter, 2);
});

test('events: typed triggers; negation, threats and aggregates are flagged', () => {
  const kinds = new Set(['state']);
  const strike = findTriggers('A drone strike hit a car near the market on Sunday.', kinds);
  assert.equal(strike[0]!.sub, 'Air/drone strike');
  assert.ok(!strike[0]!.negated && !strike[0]!.hypothetical && !strike[0]!.aggregate);
  assert.ok(findTriggers('The army said it did not carry out any airstrikes in the area.', kinds).every((h) => h.negated));
  assert.ok(findTriggers('The minister warned that the army could attack the rebels.', kinds).some((h) => h.hypothetical));
  assert.ok(findTriggers('Clashes killed 40 fighters over the past two weeks.', kinds).every((h) => h.aggregate));
  assert.equal(findTriggers('Protesters rallied outside parliament.', new Set(['protesters']))[0]!.sub, 'Peaceful protest');
});

test('casualties: subject, object, list, negative and vague forms', () => {
  const one = (s: string) => findCasualties(s).map((c) => `${c.kind}:${c.vague ? '~' : ''}${c.value}${c.negative ? '!' : ''}${c.side ? '@' + c.side : ''}`);
  assert.deepEqual(one('At least 12 people were killed and 30 wounded in the blast.'), ['killed:12', 'injured:30']);
  assert.deepEqual(one('The gunmen opened fire, killing four and injuring seven.'), ['killed:4', 'injured:7']);
  assert.deepEqual(one('3 Kenyan soldiers, 2 police officers killed in ambush'), ['killed:5']);
  assert.deepEqual(one('No French troops were hurt.'), ['injured:0!@FR']);
  assert.deepEqual(one('Dozens were wounded, medics said.'), ['injured:~12']); // ACLED codes "dozens" as 12
  assert.equal(parseNumber('twenty-five')!.value, 25);
  assert.equal(parseNumber('more than 100')!.qualifier, 'moreThan');
  assert.ok(findCasualties('Officials warned that hundreds could be killed if the dam fails.').every((c) => c.hypothetical));
});

test('attribution: claimants before and after the verb, "according to", aliases', () => {
  const names = (s: string) => findClaimants(s).map((c) => c.claimant);
  assert.deepEqual(names('Two people were killed, the Syrian Arab News Agency reported.'), ['SANA']);
  assert.deepEqual(names('According to the Britain-based Syrian Observatory, nine died.'), ['Syrian Observatory for Human Rights']);
  assert.deepEqual(names('Police spokesman Ali Hassan said the blast hit a bus.'), ['Police spokesman Ali Hassan']);
  assert.deepEqual(names('“We will respond,” said Gen. Amina Bello, the army chief.'), ['Gen. Amina Bello']);
  assert.equal(normaliseClaimant('a statement released by Operation Inherent Resolve'), 'CJTF-OIR');
  assert.deepEqual(names('The convoy turned back, it said on Monday.').length, 1);
});
