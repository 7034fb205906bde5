/**
 * admin1 names as conflict datasets write them (data/geo/admin1-names.tsv): GeoNames' names by default,
 * Natural Earth's spelling where a country's coders use it, provinces where they name provinces in the
 * admin1 field. Against the real built gazetteer (.cache/gazetteer, or SITREP_GAZETTEER_DIR).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser, admin1Name, lookup } from '../../src/geo/index.js';

const geo = getGeoparser();
const admin1Of = (text: string, span: string) => geo.parse(text).find((p) => p.text === span)?.admin1;

test('a country that takes Natural Earth names writes its spelling of the division', () => {
  assert.equal(admin1Of('A car bomb exploded in Mosul, Iraq, on Monday.', 'Mosul'), 'Ninawa');
  assert.equal(admin1Of('Taliban fighters attacked Lashkar Gah, Afghanistan.', 'Lashkar Gah'), 'Hilmand');
  assert.equal(admin1Of('Clashes were reported in Mukalla, Yemen.', 'Mukalla'), 'Hadramawt');
});

test('the English name stays found, and the division is written one way whichever name the text uses', () => {
  assert.equal(admin1Of('Fighting continued in Nineveh province on Monday.', 'Nineveh'), 'Ninawa');
  assert.equal(admin1Of('Fighting continued in Ninawa on Monday.', 'Ninawa'), 'Ninawa');
});

test('a division named after its capital keeps the capital’s spelling; a renamed one keeps its name', () => {
  assert.equal(admin1Of('Gunmen attacked a checkpoint in Aden, Yemen.', 'Aden'), 'Aden');
  assert.equal(admin1Of('A rocket hit a base near Kirkuk, Iraq.', 'Kirkuk'), 'Kirkuk');
  assert.equal(admin1Of('A drone struck Baghdad, Iraq.', 'Baghdad'), 'Baghdad');
});

test('countries on GeoNames names keep them (ACLED and UCDP write Syria’s that way)', () => {
  const places = geo.parse('Shelling hit Idlib and Deir ez-Zor in Syria.');
  assert.equal(places.find((p) => p.text === 'Idlib')?.admin1, 'Idlib');
  assert.equal(places.find((p) => p.text === 'Deir ez-Zor')?.admin1, 'Deir ez-Zor');
  assert.equal(admin1Of('Police in Houston, Texas said.', 'Houston'), 'Texas');
});

test('GeoNames prefixes such as "Muhafazat" are not part of the name', () => {
  const hadramawt = lookup('Mukalla').find((c) => c.country === 'YE');
  assert.ok(hadramawt);
  assert.doesNotMatch(admin1Name('YE', hadramawt.admin1Code) ?? '', /^Muhafazat/);
});

test('in the Philippines the admin1 field names the province, as UCDP codes it', () => {
  assert.equal(admin1Of('Soldiers clashed with gunmen in Jolo, Sulu, the Philippines.', 'Jolo'), 'Sulu');
  const jolo = lookup('Jolo').find((c) => c.country === 'PH' && c.featureClass === 'P');
  assert.ok(jolo);
  assert.equal(admin1Name('PH', jolo.admin1Code, jolo.admin2Code), 'Sulu');
  // Without a province the region is named.
  assert.match(admin1Name('PH', jolo.admin1Code) ?? '', /Mindanao/);
});

test('districts of a former division that conflict datasets still code take its name (FATA)', () => {
  assert.equal(admin1Of('A drone strike hit Miran Shah, Pakistan.', 'Miran Shah'), 'Federally Administered Tribal Areas');
  assert.equal(admin1Of('A bomb exploded in Peshawar, Pakistan.', 'Peshawar'), 'Khyber Pakhtunkhwa');
});

// The incident scorer's admin1 comparison: folded, "governorate/province/district" dropped, substring either way.
const norm = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\b(al|el|ad|ar|as|ash|az)[-\s]/g, '')
    .replace(/governorate|province|district/g, '').replace(/[^a-z0-9]/g, '');
const sameAdmin = (a: string | null | undefined, b: string) => !!a && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));

test('divisions spelt as conflict coders write them (data/geo/admin1-spellings.tsv) compare equal to their names', () => {
  const cases: Array<[string, string, string[]]> = [
    ['Al-Shabaab fighters attacked Afgooye, Somalia, at dawn.', 'Afgooye', ['Lower Shabelle region', 'Lower Shabelle']],
    ['Troops entered Beledweyne, Somalia.', 'Beledweyne', ['Hiran region']],
    ['Militias clashed near Nyala, Sudan, on Tuesday.', 'Nyala', ['South Darfur state', 'South Darfur']],
    ['Shelling hit Kadugli, Sudan.', 'Kadugli', ['South Kordofan state']],
    ['A bomb went off in Nalchik, Russia.', 'Nalchik', ['Kabardino-Balkaria republic', 'Kabardino-Balkaria']],
    ['Protesters gathered in New Delhi, India.', 'New Delhi', ['National Capital territory', 'Delhi']],
    ['Gunmen attacked Gwagwalada, Nigeria.', 'Gwagwalada', ['Federal Capital territory', 'Federal Capital Territory']],
    ['A march crossed Bogotá, Colombia.', 'Bogotá', ['Bogotá department', 'Bogota, D.C.']],
    ['Shelling was reported near Rawalakot, Pakistan.', 'Rawalakot', ['Azad Jammu & Kashmir']],
  ];
  for (const [text, span, names] of cases) {
    const a = admin1Of(text, span);
    for (const n of names) assert.ok(sameAdmin(a, n), `${span}: ${a} / ${n}`);
  }
});
