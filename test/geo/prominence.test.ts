/**
 * Fifth-round resolution rules, on texts written for them, against the real built gazetteer: prominence
 * by GeoNames' alternate-name count, weak context from a lone country name, names in one list read as one kind, and the penalty on readings by
 * an alternate name only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';
import { prior } from '../../src/geo/resolve.js';

const geo = getGeoparser();
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('the gazetteer carries alternate-name counts, and a place known the world over has a higher prior', () => {
  const venices = geo.lookup('Venice');
  const italy = venices.find((c) => c.country === 'IT' && c.featureClass === 'P');
  const florida = venices.find((c) => c.country === 'US' && c.admin1Code === 'FL');
  assert.ok(italy && florida, 'both Venices are in the gazetteer');
  assert.ok(italy.alternateNames > florida.alternateNames);
  assert.ok(prior(italy) > prior(florida));
});

test('one mention of a country is weak context: Nazareth and Hebron stay in the Middle East', () => {
  for (const [town, cc] of [['Nazareth', 'IL'], ['Hebron', 'PS']] as const) {
    const text = `Officials from the United States and Ukraine met in ${town} on Monday to discuss the conference.`;
    assert.equal(find(text, town)?.country, cc, town);
  }
  // Where the story is in the country, its towns are read there.
  const local = 'Troopers from Allentown and Easton, Pennsylvania, were called to Nazareth on Monday.';
  assert.equal(find(local, 'Nazareth')?.country, 'US');
});

test('names in a list of states are states: New York among Missouri and Virginia', () => {
  const text = 'Dancers came from Missouri, New York, North Carolina and Virginia to perform.';
  const ny = find(text, 'New York');
  assert.equal(ny?.featureCode, 'ADM1');
  // Alone, the bare name is the city.
  assert.equal(find('She moved to New York last year.', 'New York')?.featureCode.startsWith('PPL'), true);
});

test('a name in a list of countries is the country: Georgia beside Armenia and Azerbaijan', () => {
  const text = 'The pipeline runs through Azerbaijan, Georgia and Armenia, officials in Atlanta said.';
  assert.equal(find(text, 'Georgia')?.country, 'GE');
});

test('a demonym several territories share names the most populous: Indian → India, Norwegian → Norway', () => {
  const text = 'Indian and Norwegian diplomats met on Monday.';
  assert.equal(find(text, 'Indian')?.country, 'IN');
  assert.equal(find(text, 'Norwegian')?.country, 'NO');
});
