/**
 * Detection rules for buildings and person names, on texts written for them, against the real built
 * gazetteer (.cache/gazetteer, made by `npm run build`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';
import { detect, loadDetectData } from '../../src/geo/detect.js';

const geo = getGeoparser();
const data = loadDetectData();
const spans = (text: string) => geo.parse(text).map((p) => p.text);
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('a building named with the town it lies in is placed at that town', () => {
  const text = 'The injured teen was taken to Karl Bremer Hospital in Bellville, then flown home.';
  const hospital = find(text, 'Karl Bremer Hospital');
  const town = find(text, 'Bellville');
  assert.ok(hospital && town, JSON.stringify(spans(text)));
  assert.equal(hospital.geonameid, town.geonameid);
  const arena = find("The fight was at Brooklyn's Barclays Center on Saturday.", 'Barclays Center');
  assert.equal(arena?.country, 'US');
  assert.equal(arena?.admin1, 'New York');
  const hotel = find('Events: Percy French Hotel, Ballyjamesduff; and more.', 'Percy French Hotel');
  assert.equal(hotel?.country, 'IE');
});

test('a building the text places nowhere, and a street, are no places', () => {
  assert.deepEqual(spans('He was taken to Karl Bremer Hospital on Monday.'), []);
  assert.deepEqual(spans('The shop on Royal Street closed.'), []);
  // A titled person whose surname is a building word is no building.
  const ms = detect('Commissioner Joe Hall in Frankston seconded the motion.', geo.gazetteer, data);
  assert.ok(!ms.some((m) => m.facility), JSON.stringify(ms.map((m) => m.text)));
});

test('person names: patronymics, relatives, a first name that recurs, a minor place with a plain surname', () => {
  const text =
    'Sheikh Mohammed bin Rashid Al Maktoum attended. His father Zachary smoked. ' +
    'Tyler Williams was sentenced; his brother Tyler was not. Sachin Pilot spoke in Jaipur.';
  const found = spans(text);
  for (const name of ['Rashid Al', 'Rashid', 'Zachary', 'Tyler', 'Sachin', 'Pilot']) assert.ok(!found.includes(name), `${name} is no place: ${JSON.stringify(found)}`);
  assert.ok(found.includes('Jaipur'));
  // A big city before a plain word still names the city (a team, a paper).
  assert.ok(spans('The Chicago Bulls won in Chicago.').filter((s) => s === 'Chicago').length === 2);
});

test('counties GeoNames splits or renames are found under the names news uses', () => {
  const text = 'Races: Rockingham, Northamptonshire; Oulton Park, Cheshire; and a search near New Quay, Ceredigion.';
  for (const name of ['Northamptonshire', 'Cheshire', 'Ceredigion']) assert.equal(find(text, name)?.country, 'GB', name);
  assert.equal(find('Flooding hit County Kerry overnight.', 'County Kerry')?.country, 'IE');
});

test('a language is no country; the adjective of a country is', () => {
  assert.equal(find('French investigators joined the inquiry.', 'French')?.country, 'FR');
  for (const text of ['Ms. Moayyad spoke only French and Farsi.', 'Eighth-grade French students celebrate.', 'The notice was posted in French.'])
    assert.ok(!spans(text).includes('French'), text);
});

test("a county's road or court names the county; a state's court of appeals names the state", () => {
  const text = 'Garnes appeared in Meigs County Court Friday. Work continues at Douglas County Road 4. Judges from the Kentucky Court of Appeals ruled.';
  const found = spans(text);
  for (const name of ['Meigs County', 'Douglas County', 'Kentucky']) assert.ok(found.includes(name), `${name}: ${JSON.stringify(found)}`);
  assert.deepEqual(spans('The shop on Jordan Road closed.'), []);
});

test('names glued to a prefix or a compound ending: "anti-Russian", "Australian-led", "EU-backed"', () => {
  const text = 'The anti-Russian policy, the Australian-led hunt and EU-backed loans; D-Columbus voted.';
  const places = geo.parse(text);
  const at = (span: string) => places.find((p) => p.text === span);
  assert.equal(at('Russian')?.country, 'RU');
  assert.equal(text.slice(at('Russian')!.start, at('Russian')!.end), 'Russian');
  assert.equal(at('Australian')?.country, 'AU');
  assert.ok(at('EU'));
  assert.equal(text.slice(at('Columbus')!.start, at('Columbus')!.end), 'Columbus');
});

test('a surname with a particle is a person\'s ("Mario de Santiago"); "of" inside a name is no locative', () => {
  const found = spans('The plantation of Bernard Xavier Philippe de Marigny de Mandeville. Later Marigny sold it. An artist, Mario de Santiago, lives in London.');
  for (const name of ['Marigny', 'Mandeville', 'Santiago']) assert.ok(!found.includes(name), `${name}: ${JSON.stringify(found)}`);
  assert.ok(found.includes('London'));
});

test("a surname the text gave a person stays the person after 'to', 'from' and in the possessive", () => {
  const text =
    'Deputies arrested Raquel Henry, 22, of Alexandria. The tip that led officers to Henry came from a neighbour; ' +
    "the lighter was found in Henry's car. Marcus Jones Jr. was questioned; Jones' lawyer declined to comment.";
  const found = spans(text);
  assert.ok(found.includes('Alexandria'), JSON.stringify(found));
  assert.ok(!found.includes('Henry'), JSON.stringify(found));
  assert.ok(!found.includes('Jones'), JSON.stringify(found));
  // Without a person of that name, "to Henry" is still the town.
  assert.ok(spans('The convoy drove from Peoria to Henry on Monday.').includes('Henry'));
});

test('a demonym inside a longer place name is no country; inside other names it still is', () => {
  const inTown = spans('Troops exchanged fire with rebels near Datu Saudi Ampatuan, Maguindanao, before dawn.');
  assert.ok(!inTown.includes('Saudi'), JSON.stringify(inTown));
  assert.ok(inTown.includes('Maguindanao'), JSON.stringify(inTown));
  assert.ok(spans('Jets of the Royal Saudi Air Force struck the port.').includes('Saudi'));
  assert.ok(spans('Passengers praised Dutch Rail for the new line.').includes('Dutch'));
});

test('a month with its day, or a weekday, right after a place ends its name: no person "Florence April"', () => {
  assert.ok(spans('A craft fair is planned in Florence April 4, organisers said.').includes('Florence'));
  assert.ok(spans('The vigil in Florence Monday drew hundreds.').includes('Florence'));
  assert.deepEqual(spans('Florence Nightingale nursed soldiers.'), []);
});

test("a saint's name in the possessive is a feast, church or school, not a town of that name", () => {
  assert.deepEqual(spans("Crowds lined the route of the St. Patrick's Day parade on Main Street."), []);
  const found = spans("Pupils of St. Mary's High School raised money for a shelter in Dayton.");
  assert.ok(!found.includes('St. Mary'), JSON.stringify(found));
  assert.ok(found.includes('Dayton'), JSON.stringify(found));
  // Without the possessive the saint's name is the town.
  assert.ok(spans('The bus left St. Cloud at noon.').includes('St. Cloud'));
});

test('a car make after a model year or a determiner is the car; a name followed by an age is a person', () => {
  assert.deepEqual(spans('Deputies stopped a 2001 Cadillac for speeding.'), []);
  assert.deepEqual(spans('A 1993 brown Cadillac struck the fence.'), []);
  assert.ok(!spans('Police said the Toyota failed to yield and hit a van in Dayton.').includes('Toyota'));
  assert.ok(spans('The crash in Cadillac, Michigan, hurt two.').includes('Cadillac'));
  const kids = spans('He leaves his children, Hailey, 6, and Harrison, 8, of Butte, Montana.');
  assert.ok(!kids.includes('Hailey') && !kids.includes('Harrison'), JSON.stringify(kids));
  assert.ok(kids.includes('Butte'), JSON.stringify(kids));
});

test('an abbreviated saint or fort in a dateline in capitals keeps its head ("FT. WORTH —")', () => {
  const fw = find('FT. WORTH, Texas — A warehouse fire closed two roads.', 'FT. WORTH');
  assert.equal(fw?.name, 'Fort Worth');
  const sp = find('ST. PAUL, Minn. -- The council met on Monday.', 'ST. PAUL');
  assert.equal(sp?.country, 'US');
});
