/**
 * Rivers (data/geo/rivers.tsv), abbreviations joined by an ampersand ("T&T") and disease names ("West Nile
 * virus"), on sentences written for these tests, against the real built gazetteer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';

const geo = getGeoparser();
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('a river named alone or with "River" is the river, on its mouth, with its country where it has one', () => {
  const euphrates = find('Militants crossed the Euphrates near the border town overnight.', 'Euphrates');
  assert.equal(euphrates?.featureCode, 'STM');
  const cauvery = find('Farmers protested over the sharing of the Cauvery River waters.', 'Cauvery River');
  assert.equal(cauvery?.featureCode, 'STM');
  assert.equal(cauvery?.country, 'IN');
  assert.equal(cauvery?.geo_precision, 3);
});

test('a river written with "River" does not turn a state or province of the same name into the river', () => {
  assert.equal(find('Barges stalled on the Mississippi River after the storm.', 'Mississippi River')?.featureCode, 'STM');
  assert.equal(find('The governor of Mississippi signed the bill.', 'Mississippi')?.featureCode, 'ADM1');
  assert.equal(find('Taliban fighters attacked a checkpoint in Helmand on Sunday.', 'Helmand')?.featureCode, 'ADM1');
});

test('abbreviations joined by an ampersand are one name ("T&T" is Trinidad and Tobago)', () => {
  assert.equal(find('The minister said T&T would back the regional plan.', 'T&T')?.country, 'TT');
});

test('a place name that names a disease is no place ("West Nile virus", "Marburg virus")', () => {
  const places = geo.parse('Health officials in Ohio confirmed two cases of West Nile virus and one of Marburg virus.');
  assert.ok(places.some((p) => p.text === 'Ohio'), 'Ohio still found');
  assert.ok(!places.some((p) => p.text === 'Nile' || p.text === 'West Nile'), 'no place from the virus name');
  assert.ok(!places.some((p) => p.text === 'Marburg'), 'no Marburg');
});
