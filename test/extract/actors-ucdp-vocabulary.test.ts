import test from 'node:test';
import assert from 'node:assert/strict';
import { findActors } from '../../src/extract/actors.js';

/**
 * Armed groups of UCDP's conflict countries, under the names outlets and UCDP use for them, must come back with
 * ACLED's [inter, country] pair. The sentences are written for these tests.
 */
function pair(sentence: string, phrase: string, eventCountry: string | null): [number, string | null] | null {
  const at = sentence.indexOf(phrase);
  assert.ok(at >= 0, `${phrase} not in ${sentence}`);
  const hit = findActors(sentence, eventCountry).find((a) => a.start < at + phrase.length && at < a.end);
  return hit ? [hit.inter, hit.country] : null;
}

test('UCDP side names as UCDP spells them are recognised', () => {
  assert.deepEqual(pair('SPLM/A - IO fighters attacked an army barracks.', 'SPLM/A - IO', 'SS'), [2, 'SS']);
  assert.deepEqual(pair('BIFM fighters attacked an army detachment in Maguindanao.', 'BIFM', 'PH'), [2, 'PH']);
  assert.deepEqual(pair('Forces of the House of Representatives shelled the airport.', 'Forces of the House of Representatives', 'LY'), [1, 'LY']);
  assert.deepEqual(pair('Troops of the United Armed Forces of Novorossiya shelled the town.', 'United Armed Forces of Novorossiya', 'UA'), [2, 'UA']);
  assert.deepEqual(pair('Republic of Artsakh forces fired on the positions.', 'Republic of Artsakh', 'AZ'), [2, 'AZ']);
  assert.deepEqual(pair("Harakit Sawa'id Misr claimed the bombing.", "Harakit Sawa'id Misr", 'EG'), [2, 'EG']);
  assert.deepEqual(pair('Fulani attacked the village at dawn.', 'Fulani', 'NG'), [4, 'NG']);
  // A government named as UCDP names it, with a force noun, is its forces; abroad they are external forces.
  assert.deepEqual(pair('Forces of the Government of Somalia retook the town.', 'Government of Somalia', 'SO'), [1, 'SO']);
  assert.deepEqual(pair('Troops loyal to the government of Afghanistan shelled the village.', 'government of Afghanistan', 'PK'), [8, 'AF']);
  // The government as a claimant is no force.
  assert.equal(pair('The Government of Somalia said the town was retaken.', 'Government of Somalia', 'SO'), null);
});

test('Pakistan: TTP spellings and Baloch groups', () => {
  assert.deepEqual(pair('Tehrik-i-Taliban Pakistan fighters attacked a checkpost in Bannu.', 'Tehrik-i-Taliban Pakistan', 'PK'), [2, 'PK']);
  assert.deepEqual(pair('The Tehreek-e-Taliban claimed the bombing.', 'Tehreek-e-Taliban', 'PK'), [2, 'PK']);
  assert.deepEqual(pair('The Pakistani Taliban said they carried out the raid.', 'Pakistani Taliban', 'PK'), [2, 'PK']);
  assert.deepEqual(pair('The BLF claimed responsibility for the attack in Turbat.', 'BLF', 'PK'), [2, 'PK']);
  assert.deepEqual(pair('Militants of the Baloch Liberation Front ambushed a convoy.', 'Baloch Liberation Front', 'PK'), [2, 'PK']);
});

test('the Sahel: JNIM is its own group, in the country where it fights', () => {
  assert.deepEqual(pair("Jama'at Nusrat al-Islam wal-Muslimin fighters killed 12 soldiers near Djibo.", "Jama'at Nusrat al-Islam wal-Muslimin", 'BF'), [2, 'BF']);
  assert.deepEqual(pair('GSIM fighters attacked a gendarmerie post.', 'GSIM', 'NE'), [2, 'NE']);
  assert.deepEqual(pair('The al-Qaeda-linked JNIM claimed the attack.', 'JNIM', 'ML'), [2, 'ML']);
  assert.deepEqual(pair('MUJAO fighters seized the town of Gao.', 'MUJAO', 'ML'), [2, 'ML']);
});

test('one acronym, several groups: the event country decides', () => {
  assert.deepEqual(pair('The SNA shelled SDF positions near Manbij.', 'SNA', 'SY'), [2, 'SY']);
  assert.deepEqual(pair('SNA troops killed ten fighters near Afgoye.', 'SNA', 'SO'), [1, 'SO']);
  assert.deepEqual(pair('ADF fighters killed 20 villagers near Beni.', 'ADF', 'CD'), [2, 'CD']);
  assert.deepEqual(pair('ADF fighters burned a school near Bamenda.', 'ADF', 'CM'), [2, 'CM']);
  assert.deepEqual(pair('ASWJ insurgents attacked Mocimboa da Praia.', 'ASWJ', 'MZ'), [2, 'MZ']);
  assert.deepEqual(pair('ASWJ fighters clashed with al-Shabaab in Galguduud.', 'ASWJ', 'SO'), [3, 'SO']);
});

test('gangs, cartels and militias of Haiti, Mexico, Colombia, Manipur and the DRC', () => {
  assert.deepEqual(pair('Viv Ansanm gang members torched houses in Port-au-Prince.', 'Viv Ansanm', 'HT'), [3, 'HT']);
  assert.deepEqual(pair('The G9 gang alliance attacked a police station.', 'G9', 'HT'), [3, 'HT']);
  assert.deepEqual(pair('400 Mawozo kidnapped the missionaries.', '400 Mawozo', 'HT'), [3, 'HT']);
  assert.deepEqual(pair('La Nueva Familia gunmen ambushed police in Guerrero.', 'La Nueva Familia', 'MX'), [3, 'MX']);
  assert.deepEqual(pair('MS-13 members killed a bus driver.', 'MS-13', 'HN'), [3, 'HN']);
  assert.deepEqual(pair('EGC fighters clashed with the army in Antioquia.', 'EGC', 'CO'), [3, 'CO']);
  assert.deepEqual(pair('Arambai Tenggol members attacked the village.', 'Arambai Tenggol', 'IN'), [3, 'IN']);
  assert.deepEqual(pair('Mayi Mayi militiamen attacked a mining site.', 'Mayi Mayi', 'CD'), [3, 'CD']);
  assert.deepEqual(pair('Kamuina Nsapu militiamen attacked the police station.', 'Kamuina Nsapu', 'CD'), [3, 'CD']);
});

test('crowd sides: leaders\' supporters and opponents in the street are protesters; party supporters who attack are party militias', () => {
  assert.deepEqual(pair('Supporters of Morsi marched through the city.', 'Supporters of Morsi', 'EG'), [6, 'EG']);
  assert.deepEqual(pair('Opponents of Maduro marched on the palace.', 'Opponents of Maduro', 'VE'), [6, 'VE']);
  assert.deepEqual(pair('Supporters of PDP attacked the rally.', 'Supporters of PDP', 'NG'), [3, 'NG']);
  // "Supporters of the Islamic State" are no crowd; a capitalised common noun is no leader.
  assert.notDeepEqual(pair('Supporters of Islamic State attacked the village.', 'Supporters of Islamic State', 'SY'), [6, 'SY']);
});

test('new groups keep out of other words: Shia militias in Syria are no communal militia', () => {
  assert.notDeepEqual(pair('A Shia militia shelled the village.', 'Shia militia', 'SY'), [4, 'SY']);
  assert.deepEqual(pair('The LTTE attacked a naval base.', 'LTTE', 'LK'), [2, 'LK']);
  assert.equal(pair('He studies at ICU in Tokyo.', 'ICU', 'JP'), null);
});

test('news wording: a state named by its missile, victims by their nationality, a lower-case "cartel", "-linked" fighters', () => {
  assert.deepEqual(pair('A Russian missile struck an apartment block in Dnipro.', 'Russian missile', 'UA'), [8, 'RU']);
  assert.deepEqual(pair('An Israeli strike on a house in Rafah killed 12 Palestinians.', 'Palestinians', 'PS'), [7, 'PS']);
  assert.deepEqual(pair('Gunmen from the Jalisco cartel killed six people at a bar.', 'Jalisco cartel', 'MX'), [3, 'MX']);
  // "Islamic State-linked insurgents" are one actor, the group, not the group and a second, generic rebel side.
  const found = findActors('Islamic State-linked insurgents beheaded five villagers in Macomia.', 'MZ').filter((a) => a.inter !== 7);
  assert.deepEqual(found.map((a) => [a.key, a.text]), [['isis', 'Islamic State-linked insurgents']]);
  // A rocket launch is no state's forces.
  assert.equal(pair('The Russian rocket lifted off from Baikonur.', 'Russian rocket', 'KZ'), null);
});

test('a state named by its strike or its paramilitaries, federal forces, the Islamic State in the Sahel', () => {
  assert.deepEqual(pair('An Israeli strike on a car in southern Lebanon killed two men.', 'Israeli strike', 'LB'), [8, 'IL']);
  assert.deepEqual(pair('Malian soldiers and Russian paramilitaries raided the village.', 'Russian paramilitaries', 'ML'), [8, 'RU']);
  assert.deepEqual(pair('Federal forces killed 20 fighters in western Oromia.', 'Federal forces', 'ET'), [1, 'ET']);
  assert.deepEqual(pair('Islamic State Sahel fighters ambushed an army patrol near Tillaberi.', 'Islamic State Sahel', 'NE'), [2, 'NE']);
});

test('"Janjaweed militiamen" is one mention of the group, not the group and a pro-government militia', () => {
  const found = findActors('Janjaweed militiamen attacked the town of Misterei on Sunday.', 'SD');
  assert.deepEqual(found.map((a) => [a.key, a.text]), [['rsf', 'Janjaweed militiamen']]);
});
