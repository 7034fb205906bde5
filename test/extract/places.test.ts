import test from 'node:test';
import assert from 'node:assert/strict';
import { bearingOnlyBefore, placesComponent, townRadiusKm } from '../../src/extract/places.js';
import { createDoc } from '../../src/doc.js';
import { haversineKm } from '../../src/fuse/match.js';
import { getGeoparser } from '../../src/geo/index.js';

const before = (s: string) => bearingOnlyBefore(s, s.length);

test('a bearing with no distance is read before a place name', () => {
  assert.equal(before('The base, located just north of '), 0);
  assert.equal(before('fighting south-east of the town of '), 135);
  assert.equal(before('villages northwest of '), 315);
  // A distance makes it the geoparser's offset, not this one.
  assert.equal(before('an outpost 8 km north of '), null);
  assert.equal(before('some 12 miles (19 km) south of '), null);
  // No bearing: no offset.
  assert.equal(before('clashes near '), null);
  assert.equal(before('the north of the country and '), null);
});

test('the offset grows with the town and stays within bounds', () => {
  assert.equal(townRadiusKm(0), 3);
  assert.ok(townRadiusKm(1_000_000) > 7 && townRadiusKm(1_000_000) < 10);
  assert.equal(townRadiusKm(50_000_000), 30);
});

function placesOf(text: string) {
  const doc = createDoc({ id: 't', text, published: '2024-03-01' } as never);
  placesComponent.run(doc);
  return doc.places;
}

test('"just north of" a city moves the point off the city, at precision 2', () => {
  const city = getGeoparser().parse('Rockets hit Baghdad.').find((p) => p.text === 'Baghdad')!;
  const p = placesOf('Rockets hit a military base just north of Baghdad on Wednesday.').find((x) => x.text === 'Baghdad')!;
  assert.ok(p.latitude > city.latitude, 'moved north');
  const km = haversineKm(city.latitude, city.longitude, p.latitude, p.longitude);
  assert.ok(km > 10 && km <= 30, `moved ${km} km`);
  assert.equal(p.geo_precision, 2);
  assert.equal(p.relation, 'near');
});

test('"8 km west of" is offset once, by the stated distance', () => {
  const city = getGeoparser().parse('Fighting in Kirkuk.').find((p) => p.text === 'Kirkuk')!;
  const p = placesOf('Militants attacked a checkpoint 8 km west of Kirkuk.').find((x) => x.text === 'Kirkuk')!;
  const km = haversineKm(city.latitude, city.longitude, p.latitude, p.longitude);
  assert.ok(Math.abs(km - 8) < 1, `moved ${km} km`);
});

test('a place named plainly is not moved', () => {
  const city = getGeoparser().parse('Fighting in Kirkuk.').find((p) => p.text === 'Kirkuk')!;
  const p = placesOf('A bomb exploded in Kirkuk on Monday.').find((x) => x.text === 'Kirkuk')!;
  assert.equal(p.latitude, city.latitude);
  assert.equal(p.longitude, city.longitude);
});

test('a wire credit in the dateline is no place and does not pull the country context', () => {
  const places = placesOf('SANAA, Jan. 12 (Saba) - Airstrikes hit Hodeidah port on Sunday, a security source said.');
  assert.ok(!places.some((p) => p.text === 'Saba'), 'the credit is not geoparsed');
  assert.equal(places.find((p) => p.text === 'SANAA')?.country, 'YE');
  assert.equal(places.find((p) => p.text === 'Hodeidah')?.country, 'YE');
});
