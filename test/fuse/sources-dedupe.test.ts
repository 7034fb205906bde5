/** The record's sources list each claimant once, however its name is written. Names written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { distinctSources } from '../../src/fuse/index.js';
import type { Claim } from '../../src/types.js';

const claims = (...sources: string[]): Claim[] => sources.map((source, i) => ({ attribute: 'fatalities', value: i, source, article: 'a', quote: '' }));

test('case, punctuation and a leading "the" do not make another claimant', () => {
  assert.deepEqual(distinctSources(claims('US officials', 'U.S. officials', 'a U.S. official')), ['US officials']);
  assert.deepEqual(distinctSources(claims('Syrian Observatory for Human Rights', 'the Syrian Observatory for Human Rights', 'SYRIAN OBSERVATORY FOR HUMAN RIGHTS')), ['Syrian Observatory for Human Rights']);
});

test('a group under its acronym, its full name or another spelling is one claimant', () => {
  assert.deepEqual(distinctSources(claims('JNIM', "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin")), ['JNIM']);
  assert.deepEqual(distinctSources(claims('Tehreek e Taliban Pakistan', 'TTP: Tehrik-i-Taliban Pakistan', 'TTP')), ['Tehreek e Taliban Pakistan']);
  assert.deepEqual(distinctSources(claims('IDF', 'Israel Defense Forces')), ['IDF']);
});

test('a person by rank and name, or by surname, is one claimant', () => {
  assert.deepEqual(distinctSources(claims('Army Col. Myles Caggins', 'Caggins', 'US Army Colonel Myles Caggins')), ['Army Col. Myles Caggins']);
  assert.deepEqual(distinctSources(claims('Naguib al-Awg', 'Mr. al-Awg')), ['Naguib al-Awg']);
  assert.deepEqual(distinctSources(claims('Mr. al-Awg', 'Naguib al-Awg')), ['Mr. al-Awg']);
});

test('different claimants stay apart', () => {
  assert.deepEqual(distinctSources(claims('Russian Defense Ministry', 'Syrian Defense Ministry', 'SANA', 'Reuters')), ['Russian Defense Ministry', 'Syrian Defense Ministry', 'SANA', 'Reuters']);
  // Two groups, and two people with different surnames.
  assert.deepEqual(distinctSources(claims('the Taliban', 'TTP')), ['the Taliban', 'TTP']);
  assert.deepEqual(distinctSources(claims('Gen. Mark Milley', 'Gen. Kenneth McKenzie')), ['Gen. Mark Milley', 'Gen. Kenneth McKenzie']);
  assert.deepEqual(distinctSources(claims('unattributed', 'police', 'Police', 'residents', 'a resident')), ['police', 'residents']);
  // "Sources said" at a sentence start is the common noun, not a surname.
  assert.deepEqual(distinctSources(claims('Sources', 'sources', 'Police sources')), ['Sources', 'Police sources']);
});
