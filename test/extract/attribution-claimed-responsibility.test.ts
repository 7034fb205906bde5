/** "X claimed responsibility for the attack on …": X claims, not the words after the verb (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClaimants } from '../../src/extract/attribution.js';

const claimants = (s: string) => findClaimants(s).map((c) => c.claimant);

test('attribution: what was claimed ("responsibility for the attack on 21 Assam Rifles convoy") is no claimant', () => {
  const found = claimants('The Zeliangrong United Front on March 9 claimed responsibility for the attack on 21 Assam Rifles convoy, killing one trooper, reports Imphal Free Press.');
  assert.ok(!found.some((c) => /responsibility/i.test(c)), JSON.stringify(found));
  assert.deepEqual(found, ['Zeliangrong United Front', 'Imphal Free Press']);
});

test('attribution: a group whose name ends in "-I" is no pronoun ("The ULFA-I claimed")', () => {
  assert.deepEqual(claimants('The ULFA-I claimed responsibility for the ambush on an army convoy in Tinsukia.'), ['ULFA-I']);
});
