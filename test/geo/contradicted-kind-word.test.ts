/**
 * "X zone, Y region", "X village in Y": a kind word after a name ("zone", "village") still lets the province or
 * town that follows contradict the name's readings (sentences written for this test).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';

const geo = getGeoparser();
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('"X zone, Y region": a name whose readings all lie outside Y is placed in Y', () => {
  // The gazetteer's only Shewa is a town in Afghanistan; Ethiopia's Shewa zones are not in it.
  const shewa = find('Militiamen looted shops in North Shewa zone, Oromia region, last week.', 'Shewa');
  assert.equal(shewa?.country, 'ET');
  assert.match(shewa?.admin1 ?? '', /^Oromi/);
});

test('"X village in Y": a village whose readings all lie far from the town Y is placed at Y', () => {
  const dutse = find('Gunmen raided Dutse village in Bokkos on Sunday, residents said.', 'Dutse');
  assert.equal(dutse?.admin1, 'Plateau State');
});

test('a name that Y holds keeps its own reading', () => {
  const bokkos = find('Gunmen raided Bokkos town, Plateau state, on Sunday.', 'Bokkos');
  assert.equal(bokkos?.name, 'Bokkos');
  const kandahar = find('A blast hit Kandahar city, Kandahar province, on Sunday.', 'Kandahar');
  assert.equal(kandahar?.featureCode, 'PPLA');
});

test("\"Y region's X township\": the division's word before the possessive still lets Y contradict X's readings", () => {
  const kani = find("Junta jets bombed villages in Sagaing region's Kani township on Tuesday.", 'Kani');
  assert.equal(kani?.country, 'MM', 'Kani placed in Sagaing Region, not Japan');
});

test("a small place abroad that nothing else in the article supports is dropped when the article's places name another country", () => {
  const text = 'Troops were sent to Oromia and Amhara after rebels attacked a convoy near Shewa on Friday, officials said.';
  assert.equal(find(text, 'Shewa'), undefined, "the gazetteer's only Shewa is an Afghan town");
  assert.equal(find(text, 'Oromia')?.country, 'ET');
  // With its own country named, the same town stays.
  assert.equal(find('Rebels attacked a convoy near Shewa on Friday, officials in Kabul said.', 'Shewa')?.country, 'AF');
});

test('"X, a village in Y": the apposition places a name whose readings all lie outside Y in Y', () => {
  const dutse = find('Gunmen attacked Dutse, a village in Plateau state, on Friday.', 'Dutse');
  assert.equal(dutse?.admin1, 'Plateau State');
  // Y holds a reading: the town keeps it.
  assert.equal(find('Gunmen attacked Dutse, a town in Jigawa state, on Friday.', 'Dutse')?.name, 'Dutse');
});

test("one name of the article's country is enough to strand a small namesake abroad", () => {
  const text = 'Gunmen killed a district administrator in Ejere district of West Shewa zone on Monday evening, according to residents in Ethiopia.';
  assert.equal(find(text, 'Shewa'), undefined);
});
