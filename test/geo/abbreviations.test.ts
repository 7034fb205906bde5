/**
 * Abbreviations of several places (data/geo/context-abbreviations.tsv), on sentences written for these
 * tests, against the real built gazetteer: read by the places the article names, else no place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';

const geo = getGeoparser();
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('an abbreviation is the one of its places that the article names, by a place or a demonym', () => {
  assert.equal(find('Mining feeds millions of South Africans. That SA holds huge reserves is no secret.', 'SA')?.country, 'ZA');
  assert.equal(find('Pilgrims flew home from Riyadh, and SA officials said the season went well.', 'SA')?.country, 'SA');
  const wa = find('Police in Perth said WA roads were closed after the floods.', 'WA');
  assert.equal(wa?.country, 'AU');
  assert.equal(wa?.admin1, 'Western Australia');
  assert.equal(wa?.geo_precision, 3);
});

test('an abbreviation stays no place where the article names none or several of its places', () => {
  assert.equal(find('The SA team won the match on Saturday.', 'SA'), undefined);
  assert.equal(find('Saudi Arabia and South Africa signed a deal, SA officials said.', 'SA'), undefined);
  // Not inside a word or another abbreviation.
  assert.equal(find('South Africa: the SAA flight and the SA-1 road were delayed.', 'SA'), undefined);
});

test('an abbreviation of one place needs only its country named', () => {
  const jk = find('Militants attacked a camp in J&K on Monday, Indian officials said.', 'J&K');
  assert.equal(jk?.country, 'IN');
  assert.equal(jk?.admin1, 'Jammu and Kashmir');
  assert.equal(find('A CAR BOMB exploded in Kabul, Afghanistan.', 'CAR'), undefined);
});
