/**
 * Resolution tests on texts written for them, against the real built gazetteer (.cache/gazetteer, made by
 * `npm run build`): which reading a name takes from its neighbours in the text (nearness, a province's
 * possessive, a county after a comma) and from words that make it a town.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getGeoparser } from '../../src/geo/index.js';
import { townCue } from '../../src/geo/resolve.js';
import type { Mention } from '../../src/geo/detect.js';

const geo = getGeoparser();
const find = (text: string, span: string) => geo.parse(text).find((p) => p.text === span);

test('a town takes the reading near the other towns of the article (nearness)', () => {
  // Gainesville, Florida is the bigger namesake; Sherman and Norman sit beside Gainesville, Texas.
  const gainesville = find('Baker stopped in Gainesville before heading on to Sherman and then Norman.', 'Gainesville');
  assert.equal(gainesville?.country, 'US');
  assert.equal(gainesville?.admin1, 'Texas');
  // Jordan the country is the famous reading; Shakopee is Jordan, Minnesota's neighbour.
  const jordan = find('Jordan Elementary School got a check from the Target store in Shakopee.', 'Jordan');
  assert.equal(jordan?.country, 'US');
  assert.equal(jordan?.admin1, 'Minnesota');
});

test("a province's possessive holds the place after it; a place it lacks is put in the province", () => {
  // The gazetteer's only Bijapur is Karnataka's: Chhattisgarh's district is not in it.
  for (const text of ["Five jawans were killed in Chhattisgarh's Bijapur district on Saturday.", 'The attack happened in Bijapur district of Chhattisgarh.']) {
    const bijapur = find(text, 'Bijapur');
    assert.ok(bijapur, text);
    assert.equal(bijapur.admin1, 'Chhattisgarh', text);
  }
  // A place the province holds keeps its own reading.
  const aleppo = find("Syria's Aleppo was shelled overnight.", 'Aleppo');
  assert.equal(aleppo?.featureCode, 'PPLA');
  assert.equal(aleppo?.country, 'SY');
});

test('a county after a comma qualifies the place before it', () => {
  const rockingham = find('The championship moves to Rockingham, Northamptonshire, in August.', 'Rockingham');
  assert.equal(rockingham?.country, 'GB', 'not Rockingham, North Carolina');
  // A town in the county keeps its own point.
  const torrington = find('He lives in Torrington, Litchfield County.', 'Torrington');
  assert.equal(torrington?.featureClass, 'P');
  assert.equal(torrington?.admin1, 'Connecticut');
});

test('a recoded county still holds its towns (Maguindanao del Sur)', () => {
  const places = geo.parse('Soldiers clashed with gunmen in Datu Piang, Maguindanao del Sur.');
  const datuPiang = places.find((p) => p.text === 'Datu Piang');
  assert.equal(datuPiang?.featureClass, 'P', 'the town, not the province');
  const province = places.find((p) => p.text === 'Maguindanao del Sur');
  assert.equal(province?.country, 'PH');
  assert.equal(province?.featureCode, 'ADM2');
  assert.ok(!places.some((p) => p.country === 'OM'), 'not Sur, Oman');
});

test('words that make a name a town', () => {
  const cue = (text: string, name: string) => {
    const start = text.indexOf(name);
    return townCue(text, { start, end: start + name.length, demonym: false } as Mention);
  };
  assert.equal(cue('Berea police are searching for a suspect.', 'Berea'), 'town');
  assert.equal(cue('The Palestine Independent School District met.', 'Palestine'), 'school');
  assert.equal(cue("The Athens City Council was given a budget.", 'Athens'), 'local');
  assert.equal(cue('City of Oxford residents can drop off yard waste.', 'Oxford'), 'local');
  assert.equal(cue('A fire broke out in downtown Hanover.', 'Hanover'), 'local');
  assert.equal(cue('An Arizona woman was arrested.', 'Arizona'), 'home', 'a home: a state or a town, not a country');
  assert.equal(cue('Jane Roe, 41, of Lebanon, was charged.', 'Lebanon'), 'home');
  assert.equal(cue('Palestine is seeking recognition.', 'Palestine'), null);
  assert.equal(cue('Troops from Jordan arrived with a man in custody.', 'Jordan'), null);
});

test('a word no country has makes a country\'s name a town; police and a home do not make a state one', () => {
  const notCountry = (text: string, name: string, iso: string) => {
    const p = find(text, name);
    assert.ok(p, text);
    assert.notEqual(p.featureCode, 'PCLI', text);
    assert.notEqual(p.country, iso, text);
  };
  notCountry('A chess club will meet at the Jordan middle school library, the United States Chess Federation said.', 'Jordan', 'JO');
  notCountry('Police in the United States arrested a Lebanon woman on Tuesday.', 'Lebanon', 'LB');
  notCountry('Sam Doe, 52, of Lebanon, was charged with theft in the United States.', 'Lebanon', 'LB');
  // Police may be a country's; a resident's home may be a state.
  assert.equal(find('Kenya police said four attackers were shot in Mandera.', 'Kenya')?.featureCode, 'PCLI');
  const georgia = find('A Georgia man was arrested near Atlanta on Friday.', 'Georgia');
  assert.equal(georgia?.country, 'US');
  assert.equal(georgia?.featureCode, 'ADM1');
  assert.equal(find('California public schools will cut sugary drinks, Sacramento said.', 'California')?.featureCode, 'ADM1');
});

test('a bare word that reaches a town only through an alternate name needs a cue, not just a country', () => {
  // "Snell" is an alternate name of Snellville, Georgia: here it is a surname, though the article is Georgian.
  const text = 'A crash on Highway 29 in Lawrenceville, Georgia, hurt two. Snell was fired shortly after.';
  assert.equal(find(text, 'Snell'), undefined);
  assert.ok(find(text, 'Lawrenceville'));
  // Where the town's name holds the word whole, the town stays ("Paranaque" → Parañaque City).
  assert.equal(find('A Paranaque court on Friday sentenced five men, officials in Manila said.', 'Paranaque')?.country, 'PH');
  // A river of that name, or a town listed after another, keeps the reading.
  assert.ok(find('He fished the Kanawha River near Charleston, West Virginia.', 'Kanawha'));
});

test('a first-level division whose towns hold few people does not outweigh a town of the article\'s country', () => {
  // Ramsey is also a sheading of the Isle of Man (a few thousand people in its towns).
  assert.equal(find('The complaint was filed in Ramsey District Court, officials in Minnesota said.', 'Ramsey')?.country, 'US');
  // A populous division still wins on its own: Kano is the Nigerian state (or its capital).
  assert.equal(find('Gunmen attacked a market in Kano on Friday.', 'Kano')?.country, 'NG');
});

test('a transliteration that is only an alternate name of the town still reads as the town', () => {
  // GeoNames names the port Al Ḩudaydah; "Hodeidah" is one of its alternate names, with no cue word before it.
  assert.equal(find('Saudi jets struck Sanaa overnight, and Hodeidah port was closed on Sunday.', 'Hodeidah')?.country, 'YE');
});

test("a county's own first-pass reading does not back itself as the article's county", () => {
  // The first pass reads "Madison County" as Alabama's (the most populous); Danielsville is the seat of
  // Georgia's. Alabama's only backer was the county's own name.
  const county = find('Madison farmers met at the courthouse in Danielsville, where Madison County leaders heard them.', 'Madison County');
  assert.equal(county?.featureCode, 'ADM2');
  assert.equal(county?.admin1, 'Georgia');
});

test("a small province or district abroad that only its own name backs is dropped, not sent abroad", () => {
  // New Zealand's West Coast region and Cape Verde's Paul hold few people; nothing else here is in their country.
  assert.equal(find('Storms battered the West Coast on Friday, officials in California and Oregon said.', 'West Coast'), undefined);
  assert.equal(find('Paul said the Texas storm cut power to Houston.', 'Paul'), undefined);
  // A district's own reading does not support itself as "the article's province".
  assert.equal(find('Gruyère cheese sold out in Chicago stores on Friday.', 'Gruyère'), undefined);
  // Where the article backs it, the region stays.
  assert.equal(find('Floods hit Greymouth on the West Coast.', 'West Coast')?.country, 'NZ');
  assert.equal(find('Heavy rain flooded the West Coast region of New Zealand.', 'West Coast')?.country, 'NZ');
});

test('a bare name shared by a district and its seat is the town', () => {
  // Guardo and Aguilar de Campoo are towns of the province of Palencia: they back the province's reading too.
  const palencia = find('Riders left Palencia for Guardo and Aguilar de Campoo on Monday.', 'Palencia');
  assert.equal(palencia?.featureCode, 'PPLA2', 'the city, not Provincia de Palencia');
  assert.equal(palencia?.country, 'ES');
  // Written as a division, it stays one.
  assert.equal(find('Riders crossed the province of Palencia on Monday.', 'Palencia')?.featureClass, 'A');
});

test("a district's seat known by a longer name is no namesake of the district's name", () => {
  // GeoNames names the Tamaulipas city Heroica Matamoros; the municipality is Matamoros, and a small
  // Coahuila town bears the bare name.
  const matamoros = find('Gunmen attacked a bar in Matamoros on Friday, Mexican police said.', 'Matamoros');
  assert.equal(matamoros?.featureClass, 'P');
  assert.equal(matamoros?.admin1, 'Tamaulipas');
});

test('a town cue on one mention of a name holds for all its mentions', () => {
  // "the Jordan middle school" makes the Jordan of the first sentence the town too, not the country.
  const text = 'Chess club returns to Jordan. The Jordan middle school library hosts it, the United States Chess Federation said.';
  const places = geo.parse(text).filter((p) => p.text === 'Jordan');
  assert.equal(places.length, 2, JSON.stringify(places));
  for (const p of places) assert.notEqual(p.country, 'JO', JSON.stringify(p));
});

test("a school makes a capital's name a town's", () => {
  // Paris, France has schools too, but English news names them otherwise: "Paris High School" is a US town's.
  const text = 'The Paris High School band will march in the homecoming parade on Saturday.';
  assert.equal(find(text, 'Paris')?.country, 'US');
  // A mayor or police stay the capital's.
  assert.equal(find('The Paris mayor closed the riverbanks to traffic.', 'Paris')?.country, 'FR');
});

test('a town of note read by its exonym in a country the article names is that town, not a namesake abroad', () => {
  const geo = getGeoparser();
  const palmyra = geo.parse('Syrian troops said fighting raged in Palmyra as Islamic State fighters withdrew.').find((p) => p.text === 'Palmyra');
  assert.equal(palmyra?.country, 'SY');
  // Where a town of the same country bears the name as its own, the own name wins.
  const ny = geo.parse('Palmyra, a village in Wayne County, New York, held its fair.').find((p) => p.text === 'Palmyra');
  assert.equal(ny?.country, 'US');
});
