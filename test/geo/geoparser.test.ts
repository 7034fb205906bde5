/**
 * Geoparser tests on texts written for them, against the real built gazetteer (.cache/gazetteer, made by
 * `npm run build`). They check detection, resolution with context, relative phrases, demonyms and
 * the rejection of non-places.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from '../../src/geo/fold.js';
import { getGeoparser, lookup, countryName, admin1Name } from '../../src/geo/index.js';
import { offsetPoint } from '../../src/geo/resolve.js';

const geo = getGeoparser();
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);
const km = (a: { latitude: number; longitude: number }, lat: number, lon: number) => {
  const r = Math.PI / 180;
  const h = Math.sin(((lat - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(lat * r) * Math.sin(((lon - a.longitude) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

test('folding joins transliterations of one name', () => {
  assert.equal(fold('Deir ez-Zor'), fold('Dayr az Zor'));
  assert.equal(fold('Tal Abyad'), fold('Tell Abyad'));
  assert.equal(fold('al-Raqqah'), fold('Ar Raqqa'));
  assert.notEqual(fold('Homs'), fold('Hama'));
});

test('cities, countries and provinces resolve to GeoNames entries', () => {
  const places = geo.parse('Clashes erupted in Aleppo on Monday, and shelling hit Idlib province, Syria.');
  const aleppo = places.find((p) => p.text === 'Aleppo');
  assert.ok(aleppo, 'Aleppo detected');
  assert.equal(aleppo.country, 'SY');
  assert.equal(aleppo.geonameid, 170063);
  assert.equal(aleppo.geo_precision, 1);
  const idlib = places.find((p) => p.text === 'Idlib');
  assert.ok(idlib);
  assert.equal(idlib.featureCode, 'ADM1', 'the word "province" selects the province');
  assert.equal(idlib.geo_precision, 3);
  const syria = places.find((p) => p.text === 'Syria');
  assert.equal(syria?.geonameid, 163843);
});

test('a qualifier after a comma picks the right town', () => {
  const p = find('The fire started in Paris, Texas, late on Friday.', 'Paris');
  assert.ok(p);
  assert.equal(p.country, 'US');
  assert.equal(p.admin1, 'Texas');
  const f = find('She moved to Paris last year to study.', 'Paris');
  assert.equal(f?.country, 'FR');
});

test('country context of the article ranks ambiguous names', () => {
  const text = 'Atlanta police said the suspect fled north. Officers from Georgia and Tennessee searched Macon and Savannah.';
  const georgia = find(text, 'Georgia');
  assert.equal(georgia?.country, 'US', 'Georgia next to Atlanta, Tennessee and Macon is the US state');
  const caucasus = find('Russian troops entered Georgia after clashes near Tbilisi and in South Ossetia.', 'Georgia');
  assert.equal(caucasus?.country, 'GE');
});

test('demonyms are flagged and stand for their country', () => {
  const p = find('Syrian forces shelled the town.', 'Syrian');
  assert.ok(p);
  assert.equal(p.demonym, true);
  assert.equal(p.country, 'SY');
});

test('relative phrases: offset from the anchor, near, region', () => {
  const text = 'The strike hit a village 8 km east of Homs. Fighting went on in the countryside of Hama and in northern Syria.';
  const homs = find(text, 'Homs');
  assert.ok(homs);
  assert.equal(homs.relation, 'near');
  assert.equal(homs.geo_precision, 2);
  const anchor = lookup('Homs', { country: 'SY' }).find((c) => c.featureClass === 'P')!;
  const d = km(homs, anchor.latitude, anchor.longitude);
  assert.ok(d > 7 && d < 9, `offset ${d} km`);
  assert.ok(homs.longitude > anchor.longitude, 'east of the anchor');
  assert.equal(find(text, 'Hama')?.relation, 'near');
  const syria = find(text, 'Syria');
  assert.equal(syria?.relation, 'region');
});

test('non-places are rejected: people, streets, common words', () => {
  const text = 'Michael Jordan scored 30 points. Jordan said he was tired. The shop on Main Street closed. We’re ready, he said.';
  const places = geo.parse(text);
  assert.deepEqual(places.map((p) => p.text), [], JSON.stringify(places.map((p) => p.text)));
  const kingdom = geo.parse('Refugees crossed into Jordan from Syria.');
  assert.ok(kingdom.some((p) => p.text === 'Jordan' && p.country === 'JO'));
});

test('names nested in organisation names are found', () => {
  const places = geo.parse('The Kabul police chief met officials of the Aleppo Governorate.');
  assert.ok(places.some((p) => p.text === 'Kabul' && p.country === 'AF'));
  assert.ok(places.some((p) => p.text === 'Aleppo' && p.country === 'SY'));
});

test('US state abbreviations qualify towns', () => {
  const p = find('A tornado struck Monticello, Ky., on Tuesday.', 'Monticello');
  assert.equal(p?.admin1, 'Kentucky');
});

test('helpers name countries and provinces; empty text gives nothing', () => {
  assert.equal(countryName('SY'), 'Syria');
  assert.equal(admin1Name('US', 'KY'), 'Kentucky');
  assert.deepEqual(geo.parse(''), []);
  assert.deepEqual(geo.parse('no capitalised words at all here.'), []);
});

test('offsetPoint moves north by the right distance', () => {
  const [lat, lon] = offsetPoint(0, 0, 111.195, 0);
  assert.ok(Math.abs(lat - 1) < 1e-3 && Math.abs(lon) < 1e-9);
});

test('"X in Y": the province or country named after "in" qualifies the town', () => {
  const places = geo.parse('The storm hit Athens in Georgia on Monday.');
  const athens = places.find((p) => p.text === 'Athens');
  assert.equal(athens?.country, 'US');
  assert.equal(athens?.admin1, 'Georgia');
  assert.equal(places.find((p) => p.text === 'Georgia')?.country, 'US');
});

test('"X in Y": a name whose readings all lie outside Y is placed in Y; a capital standing for its state is kept', () => {
  const places = geo.parse('Soldiers burned houses in Kani Township in Sagaing Region.');
  const kani = places.find((p) => p.text === 'Kani');
  assert.equal(kani?.country, 'MM', 'Kani placed in Sagaing Region, not Japan');
  const eva = geo.parse('She lives at a residence for mothers at Eva’s Village in Paterson, New Jersey.').find((p) => p.text === 'Eva');
  assert.equal(eva?.admin1, 'New Jersey', 'the facility placed in Paterson, not a village Eva elsewhere');
  assert.ok(places.some((p) => p.text === 'Sagaing Region' && p.country === 'MM'));
  const moscow = geo.parse('Analysts weighed the role of Moscow in Syria.').find((p) => p.text === 'Moscow');
  assert.equal(moscow?.country, 'RU');
});

test('the province an article names most decides between same-named counties of provinces it names once', () => {
  const text =
    'Boone County unemployment rose in February, the Indiana Department of Workforce Development said. ' +
    'Indiana lost jobs too, and Indiana officials expect more. Rates were higher in Kentucky and Ohio.';
  assert.equal(find(text, 'Boone County')?.admin1, 'Indiana');
});

test('a dateline in capitals is a place even where the word alone is a stopword or was taken for a surname', () => {
  const clinton = geo.parse('Clinton couple faces multiple drug counts. CLINTON — A town couple was charged on Monday.');
  assert.ok(clinton.some((p) => p.text === 'CLINTON' && p.country === 'US'));
  const bloomfield = geo.parse('Former Bloomfield Town Councilman Dead At 79. BLOOMFIELD — He served twelve years.');
  assert.ok(bloomfield.some((p) => p.text === 'BLOOMFIELD' && p.country === 'US'));
});

test('a name known only with its division word is that division in a list closed by the plural', () => {
  const places = geo.parse('The agency serves Clarke, Madison, Oconee and Oglethorpe counties in Georgia.');
  const oconee = places.find((p) => p.text === 'Oconee');
  assert.equal(oconee?.admin1, 'Georgia');
  assert.equal(oconee?.admin2, 'Oconee County');
  assert.ok(!geo.parse('Oconee voters went to the polls.').some((p) => p.text === 'Oconee'), 'not alone');
});
