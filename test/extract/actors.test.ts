import test from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/extract/actors.js';

/** The [inter, country] pair and key read for a phrase inside a sentence, or null when none covers it. */
function pairOf(sentence: string, phrase: string, eventCountry: string | null): [number, string | null, string] | null {
  const at = sentence.indexOf(phrase);
  assert.ok(at >= 0, `${phrase} not in ${sentence}`);
  const hit = findActors(sentence, eventCountry).find((a) => a.start < at + phrase.length && at < a.end);
  return hit ? [hit.inter, hit.country, hit.key] : null;
}
const pair = (sentence: string, phrase: string, cc: string | null) => pairOf(sentence, phrase, cc)?.slice(0, 2) ?? null;

test('state forces: capitalised institutions, "Armed Forces of X", abroad they are inter 8', () => {
  assert.deepEqual(pair('The Nigerian Army said it repelled the attack.', 'Nigerian Army', 'NG'), [1, 'NG']);
  assert.deepEqual(pair('Afghan National Army soldiers were killed in Helmand.', 'Afghan National Army', 'AF'), [1, 'AF']);
  assert.deepEqual(pair('Units of the Syrian Arab Army shelled the town.', 'Syrian Arab Army', 'SY'), [1, 'SY']);
  assert.deepEqual(pair('Iraqi Security Forces raided the village.', 'Iraqi Security Forces', 'IQ'), [1, 'IQ']);
  assert.deepEqual(pair('The Armed Forces of Ukraine struck a depot.', 'Armed Forces of Ukraine', 'UA'), [1, 'UA']);
  assert.deepEqual(pair('Somali National Army troops retook the town.', 'Somali National Army', 'SO'), [1, 'SO']);
  // An institution named by acronym is the state's forces at home and foreign forces abroad.
  assert.deepEqual(pair('CRPF personnel were ambushed in Sukma.', 'CRPF', 'IN'), [1, 'IN']);
  assert.deepEqual(pair('An IDF drone struck a car near Quneitra.', 'IDF', 'SY'), [8, 'IL']);
  assert.deepEqual(pair('The IRGC fired missiles at the camp.', 'IRGC', 'IQ'), [8, 'IR']);
  // "Syrian opposition forces" are not Syria's forces.
  assert.notEqual(pairOf('Syrian opposition forces attacked the base.', 'Syrian opposition forces', 'SY')?.[2], 'state:SY');
});

test('AFP is the Philippine army only before a force noun; elsewhere it is the news agency', () => {
  assert.deepEqual(pair('AFP troops clashed with the NPA in Samar.', 'AFP', 'PH'), [1, 'PH']);
  assert.equal(pair('Five people were killed, AFP reported.', 'AFP', 'PH'), null);
});

test('a junta is the forces of the country where the event happens, not only Myanmar', () => {
  assert.deepEqual(pair('Junta forces killed 20 villagers in Sagaing.', 'Junta forces', 'MM'), [1, 'MM']);
  assert.deepEqual(pair('The junta said its troops repelled jihadists near Djibo.', 'junta', 'BF'), [1, 'BF']);
  assert.deepEqual(pair('The Tatmadaw shelled the village.', 'Tatmadaw', 'MM'), [1, 'MM']);
});

test('insurgent words are rebel groups (2) of the event country; gunmen stay unidentified (3)', () => {
  assert.deepEqual(pair('Militants attacked a police post in Kupwara.', 'Militants', 'IN'), [2, 'IN']);
  assert.deepEqual(pair('Suspected jihadists killed 12 soldiers.', 'jihadists', 'ML'), [2, 'ML']);
  assert.deepEqual(pair('Separatists ambushed a convoy in the Northwest region.', 'Separatists', 'CM'), [2, 'CM']);
  assert.deepEqual(pair('Separatists shelled Donetsk.', 'Separatists', 'UA'), [2, 'UA']);
  assert.deepEqual(pair('Gunmen stormed the village.', 'Gunmen', 'NG'), [3, 'NG']);
  // An adjective is not an actor: "a terrorist attack" names no one.
  assert.equal(pair('He condemned the cowardly terrorist attack on the airport.', 'terrorist', 'YE'), null);
});

test('named groups from many conflicts, with their ACLED type and country', () => {
  assert.deepEqual(pair("The New People's Army ambushed soldiers.", "New People's Army", 'PH'), [2, 'PH']);
  assert.deepEqual(pair('The Jalisco New Generation Cartel claimed the killing.', 'Jalisco New Generation Cartel', 'MX'), [3, 'MX']);
  assert.deepEqual(pair('Gunmen of the Juarez Cartel opened fire.', 'Juarez Cartel', 'MX'), [3, 'MX']);
  assert.deepEqual(pair('Amba boys torched a school in Bamenda.', 'Amba boys', 'CM'), [2, 'CM']);
  assert.deepEqual(pair('Naxals triggered an IED in Bijapur.', 'Naxals', 'IN'), [2, 'IN']);
  assert.deepEqual(pair('The Arakan Army seized an outpost.', 'Arakan Army', 'MM'), [2, 'MM']);
  assert.deepEqual(pair('The People’s Defence Force attacked a police station.', 'People’s Defence Force', 'MM'), [2, 'MM']);
  assert.deepEqual(pair('Fighters of Faylaq al-Rahman repelled the assault.', 'Faylaq al-Rahman', 'SY'), [2, 'SY']);
  assert.deepEqual(pair('Pro-Russian separatists shelled the town.', 'Pro-Russian separatists', 'UA'), [2, 'UA']);
  assert.deepEqual(pair('Forces loyal to Khalifa Haftar shelled Tripoli.', 'Forces loyal to Khalifa Haftar', 'LY'), [1, 'LY']);
  assert.deepEqual(pair('SPLA-IO fighters attacked the barracks.', 'SPLA-IO', 'SS'), [2, 'SS']);
  assert.deepEqual(pair('Anti-balaka militias attacked the mosque.', 'Anti-balaka', 'CF'), [4, 'CF']);
  assert.deepEqual(pair('Fulani herdsmen attacked the village.', 'Fulani herdsmen', 'NG'), [4, 'NG']);
  assert.deepEqual(pair('Black Axe cultists killed two men.', 'Black Axe', 'NG'), [3, 'NG']);
});

test('a named group wins over a name it contains: Ta’ang, Moro and Ethiopian names are not the ELN, the NLF or Syria’s NDF', () => {
  assert.equal(pairOf("The Ta'ang National Liberation Army took the town.", "Ta'ang National Liberation Army", 'MM')?.[2], 'tnla');
  assert.equal(pairOf('The Moro National Liberation Front denied it.', 'Moro National Liberation Front', 'PH')?.[2], 'mnlf');
  assert.deepEqual(pair('The Ethiopian National Defense Force advanced.', 'Ethiopian National Defense Force', 'ET'), [1, 'ET']);
  assert.deepEqual(pair('The Islamic State West Africa Province attacked Monguno.', 'Islamic State West Africa Province', 'NG'), [2, 'NG']);
  assert.equal(pairOf('The Islamic State West Africa Province attacked Monguno.', 'Islamic State West Africa Province', 'NG')?.[2], 'iswap');
  assert.equal(pairOf('Al Qaeda in the Arabian Peninsula claimed it.', 'Al Qaeda in the Arabian Peninsula', 'YE')?.[2], 'aqap');
});

test('more civilians, rioters and police forms', () => {
  assert.deepEqual(pair('Two traders and a teacher were killed.', 'traders', 'NG'), [7, 'NG']);
  assert.deepEqual(pair('Stone-pelters clashed with forces in Srinagar.', 'Stone-pelters', 'IN'), [5, 'IN']);
  assert.deepEqual(pair('A constable was injured.', 'constable', 'IN'), [1, 'IN']);
});

test('generic words name the group already named: its head noun, or a definite anaphor', () => {
  const a = findActors('Boko Haram gunmen stormed Konduga on Friday.', 'NG');
  assert.equal(a.length, 1);
  assert.equal(a[0]!.key, 'boko-haram');
  assert.equal(a[0]!.text, 'Boko Haram gunmen');
  const b = findActors('Al-Shabaab fighters stormed the hotel in Mogadishu. The militants held it for hours before soldiers killed the attackers.', 'SO');
  assert.deepEqual(b.map((x) => x.key), ['al-shabaab', 'al-shabaab', 'state-forces', 'al-shabaab']);
  // With two groups named, "the militants" stays generic; so do indefinite gunmen.
  const c = findActors('The Taliban and IS-K clashed near Jalalabad. The militants lost 12 men. Gunmen later killed a cleric.', 'AF');
  assert.equal(c.find((x) => x.text === 'militants')!.key, 'rebels');
  assert.equal(c.find((x) => x.text === 'Gunmen')!.key, 'unidentified');
});

test('a coalition named without its leader is the one fighting there; "the regime" is the state', () => {
  assert.deepEqual(pair('Coalition warplanes struck a wedding in Hajjah.', 'Coalition warplanes', 'YE'), [8, 'SA']);
  assert.deepEqual(pair('Coalition warplanes struck Raqqa.', 'Coalition warplanes', 'SY'), [8, 'US']);
  assert.deepEqual(pair('US-led coalition forces struck AQAP in Shabwa.', 'US-led coalition', 'YE'), [8, 'US']);
  assert.deepEqual(pair('The regime bombed Douma again.', 'regime', 'SY'), [1, 'SY']);
  assert.equal(pair('The town lies on the regime’s side of the river.', 'regime', 'SY'), null);
});

test('eventCountryKeys lists the lexicon entries tied to the event country', async () => {
  const { eventCountryKeys } = await import('../../src/extract/actors.js');
  const keys = eventCountryKeys();
  for (const k of ['civilians', 'unidentified', 'rebels', 'isis', 'monusco', 'cults']) assert.ok(keys.has(k), k);
  assert.ok(!keys.has('al-shabaab'));
});

test('coordinated forces and a group’s own troops', () => {
  const a = findActors('A Hummer carrying US and Syrian Democratic Forces militia troops was hit.', 'SY');
  assert.deepEqual(a.map((x) => [x.key, x.inter, x.country]), [['state:US', 8, 'US'], ['sdf', 2, 'SY']]);
  const b = findActors('Russian and Syrian warplanes bombed Idlib.', 'SY');
  assert.deepEqual(b.map((x) => [x.key, x.inter]), [['state:RU', 8], ['state:SY', 1]]);
  // "SDF troops" are the SDF's, not Syria's army; the object of a verb is not a head noun.
  assert.deepEqual(findActors('SDF troops entered the town.', 'SY').map((x) => x.key), ['sdf']);
  assert.deepEqual(findActors('The Taliban attacked troops in Kunduz.', 'AF').map((x) => x.key), ['taliban', 'state-forces']);
});

test('"Kurdish forces" are whoever fights where the event happens; the named YPG is Syrian', () => {
  assert.deepEqual(pair('Kurdish forces retook the village.', 'Kurdish forces', 'IQ'), [1, 'IQ']);
  assert.deepEqual(pair('Kurdish militants attacked a police station.', 'Kurdish militants', 'TR'), [2, 'TR']);
  assert.deepEqual(pair('Kurdish fighters clashed with Turkish-backed rebels.', 'Kurdish fighters', 'SY'), [2, 'SY']);
  assert.deepEqual(pair('YPG fighters crossed into Sinjar.', 'YPG', 'IQ'), [2, 'SY']);
  assert.deepEqual(pair('Burkinabè soldiers repelled the attack.', 'Burkinabè soldiers', 'BF'), [1, 'BF']);
});

test('a capital with a possessive names its state’s forces', () => {
  assert.deepEqual(pair("Moscow's troops advanced on Bakhmut.", "Moscow's troops", 'UA'), [8, 'RU']);
  assert.deepEqual(pair("Kyiv's forces shelled the town.", "Kyiv's forces", 'UA'), [1, 'UA']);
  assert.equal(pair("Moscow's mayor said the city was calm.", 'Moscow', 'RU'), null);
});

test('among generic roles the longest reading wins: "armed men" are no civilians', () => {
  assert.deepEqual(pair('Armed men attacked the village.', 'Armed men', 'NG'), [3, 'NG']);
  assert.deepEqual(pair('Unidentified persons shot the chief.', 'Unidentified persons', 'NG'), [3, 'NG']);
  assert.deepEqual(pair('Unknown people set fire to the church.', 'Unknown people', 'NG'), [3, 'NG']);
  assert.deepEqual(pair('Three men were killed.', 'men', 'NG'), [7, 'NG']);
});

test('a state’s strikes and shelling name its forces', () => {
  assert.deepEqual(pair('A US airstrike killed 12 al-Shabaab fighters.', 'US airstrike', 'SO'), [8, 'US']);
  assert.deepEqual(pair('Turkish shelling killed two civilians.', 'Turkish shelling', 'SY'), [8, 'TR']);
  assert.equal(pair('US sanctions hit Iran.', 'US', 'IR'), null);
});

test('a named state force acting outside its country is external (8)', () => {
  assert.deepEqual(pair('Houthi drones struck an Aramco facility.', 'Houthi', 'SA'), [8, 'YE']);
  assert.deepEqual(pair('Houthi fighters attacked Marib.', 'Houthi fighters', 'YE'), [1, 'YE']);
});

test("a state's missiles are its forces; a function word between demonym and noun makes no force", () => {
  assert.deepEqual(pair('A Russian missile strike hit Kramatorsk.', 'Russian missile strike', 'UA'), [8, 'RU']);
  assert.deepEqual(pair('Iranian missiles hit the base.', 'Iranian missiles', 'IQ'), [8, 'IR']);
  assert.equal(pairOf('After the death of an American in rockets fired on a base, officials met.', 'American', 'IQ'), null);
  assert.deepEqual(pair('Syrian government troops advanced.', 'Syrian government troops', 'SY'), [1, 'SY']);
});

test('a multinational mission: its contingents and "its troops" are the mission, not another state or the host army', () => {
  const s = 'Al-Shabaab attacked an AMISOM base and claimed to have killed 12 Ugandan soldiers, but AMISOM said only three of its troops were wounded.';
  assert.deepEqual(pairOf(s, 'Ugandan soldiers', 'SO'), [8, 'SO', 'atmis']);
  assert.deepEqual(pairOf(s, 'troops', 'SO'), [8, 'SO', 'atmis']);
  // Without the mission named, Ugandan soldiers in Somalia are Uganda's forces abroad; the army's own troops stay its own.
  assert.deepEqual(pair('Al-Shabaab said it killed 12 Ugandan soldiers near Marka.', 'Ugandan soldiers', 'SO'), [8, 'UG']);
  assert.deepEqual(pair('Al-Shabaab fighters attacked the base, and the government said its troops repelled them.', 'troops', 'SO'), [1, 'SO']);
});

test('"gunmen suspected to be bandits": one attacker, not two', () => {
  const s = 'Gunmen suspected to be bandits killed at least 12 villagers in Katsina State on Sunday.';
  const found = findActors(s, 'NG').filter((a) => a.inter !== 7);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.text, 'Gunmen suspected to be bandits');
  assert.deepEqual(pairOf('Attackers believed to be Boko Haram fighters stormed the village.', 'Attackers', 'NG')?.[2], 'boko-haram');
});
