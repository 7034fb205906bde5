/**
 * Third-round rules, on texts written for them, against the real built gazetteer: person names with a
 * middle initial, minor place names used as speakers or beside "&", region adjectives, abbreviations in
 * capitals, and spatial coherence between the towns an article names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';

const geo = getGeoparser();
const spans = (text: string) => geo.parse(text).map((p) => p.text);
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('a name with a middle initial is a person, not the town Bell', () => {
  const found = spans('Police said Tyrise M. Bell was shot in North Las Vegas on Jan. 23.');
  assert.ok(!found.includes('Bell'), 'Bell is a surname here');
  assert.ok(found.includes('North Las Vegas'));
});

test('a minor place name that speaks is a surname; a place before a title or after a locative stays', () => {
  assert.ok(!spans('"It was the first air-conditioned theater in Hartford," Robertson said.').includes('Robertson'));
  const found = spans('"We are happy," said Avondale Mayor Ed Rieker. Vaughan Matthews, 17, from Cowley, said it was great.');
  assert.ok(found.includes('Avondale'), 'Avondale names the mayor’s town');
  assert.ok(found.includes('Cowley'), 'from Cowley is a place');
});

test('names joined by "&" are a firm', () => {
  const found = spans('Columbia taxpayers owe design firm Stevens & Wilkinson money.');
  assert.ok(!found.includes('Stevens') && !found.includes('Wilkinson'));
});

test('region adjectives and abbreviations: European → Europe, EU → the European Union (not Eu, France)', () => {
  const text = 'European airlines and the EU member states met in Brussels and Paris.';
  assert.equal(find(text, 'European')?.geonameid, 6255148);
  assert.equal(find(text, 'EU')?.geonameid, 6695072);
});

test('towns named together are read in one state: Gainesville beside Flowery Branch is Georgia’s', () => {
  const text = 'Firefighters from Gainesville, Flowery Branch and Oakwood responded to the fire.';
  assert.equal(find(text, 'Gainesville')?.admin1, 'Georgia');
  assert.equal(find(text, 'Oakwood')?.admin1, 'Georgia');
  // Alone, the larger Gainesville (Florida) is still the reading.
  assert.equal(find('Gainesville police responded to the fire.', 'Gainesville')?.admin1, 'Florida');
});
