import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties, parseNumber } from '../../src/extract/casualties.js';

/** kind:value[low-high] for each figure; `~` marks a vague one, `!` a negative. */
const figs = (s: string) => findCasualties(s).map((c) => `${c.kind}:${c.vague ? '~' : ''}${c.value}${c.negative ? '!' : ''}${c.high !== c.value ? `[${c.low}-${c.high ?? ''}]` : ''}`);

test('casualties: victims named with bracketed abbreviations, ages and appositions', () => {
  assert.deepEqual(figs('Seven Communist Party of India Maoist (CPI Maoist) cadres were killed in an encounter with the police.'), ['killed:7']);
  assert.deepEqual(figs('A Central Reserve Police Force (CRPF) constable was killed and two other troopers were injured.'), ['killed:1', 'injured:2']);
  assert.deepEqual(figs('A 45 year old farmer identified as Ram Lal was shot dead by the rebels.'), ['killed:1']);
  assert.deepEqual(figs('A driver named Karim, was shot dead near the market.'), ['killed:1']);
  assert.deepEqual(figs('At least two constables, Ali Khan and Omar Shah, were killed and another, identified as Zaid Noor, was injured.'), ['killed:2[2-]', 'injured:1']);
  assert.deepEqual(figs('A rebel commander was on March 3 killed in an exchange of fire with troops.'), ['killed:1']);
  assert.deepEqual(figs('Two labourers, identified as Abu Kalam and Rafiq Uddin were shot by a gunman.'), ['injured:2']);
});

test('casualties: coordinated victims add up, clauses do not', () => {
  assert.deepEqual(figs('One civilian and a Border Security Force (BSF) trooper were killed in the blast.'), ['killed:2']);
  assert.deepEqual(figs('Two policemen, a soldier and two militants were killed in the clashes.'), ['killed:5']);
  assert.deepEqual(figs('Two soldiers and three civilians were wounded.'), ['injured:5']);
  // An unknown number counts nobody; the known ones still do.
  assert.deepEqual(figs('Five soldiers and an unknown number of militants were killed in the ambush.'), ['killed:5']);
  // Two clauses, two kinds of figures: no sum across them.
  assert.deepEqual(figs('Two soldiers were killed, three civilians were wounded.'), ['killed:2', 'injured:3']);
});

test('casualties: South Asian and security-force wording', () => {
  assert.deepEqual(figs('Two jawans were martyred and three others injured in the attack.'), ['killed:2', 'injured:3']);
  assert.deepEqual(figs('A paramilitary trooper sustained injuries in the explosion.'), ['injured:1']);
  assert.deepEqual(figs('Three militants were neutralised in the operation.'), ['killed:3']);
  // A device is not a victim.
  assert.deepEqual(figs('A bomb was neutralised by the disposal squad.'), []);
  assert.deepEqual(figs('Police recovered the bodies of two cadres from the forest.'), ['killed:2']);
  assert.deepEqual(figs('Four bodies were found near the highway.'), ['killed:4']);
  assert.deepEqual(figs('The trader, who was shot at by gunmen on Monday, succumbed to his injuries in hospital.'), ['killed:1']);
  // A relative clause is not the count: the victim died.
  assert.deepEqual(figs('A policeman who was wounded on Monday succumbed to his injuries.'), ['killed:1']);
});

test('casualties: ranges give UCDP low and high, the low as the best figure', () => {
  assert.deepEqual(figs('Between 10 and 15 people were killed in the attack.'), ['killed:10[10-15]']);
  assert.deepEqual(figs('The attack killed between 10 and 15 people.'), ['killed:10[10-15]']);
  assert.deepEqual(figs('Ten to 12 villagers were killed.'), ['killed:10[10-12]']);
  assert.deepEqual(figs('Two or three soldiers were wounded.'), ['injured:2[2-3]']);
  assert.deepEqual(parseNumber('between 10 and 15'), { value: 10, vague: false, qualifier: null, high: 15 });
  assert.equal(parseNumber('twenty-five')!.high, undefined);
  // "at least" has no high of its own; "up to" is a high.
  assert.deepEqual(figs('At least six people were killed.'), ['killed:6[6-]']);
  assert.deepEqual(figs('Up to 30 people were wounded.'), ['injured:30']);
});

test('casualties: "killed X and wounded Y" in its wordings', () => {
  assert.deepEqual(figs('Gunmen killed 12 people and wounded 20 others.'), ['killed:12', 'injured:20']);
  assert.deepEqual(figs('The bombing left 5 dead and 12 injured.'), ['killed:5', 'injured:12']);
  assert.deepEqual(figs('The blast killed at least six people, including two children, and injured 30.'), ['killed:6[6-]', 'injured:30']);
  assert.deepEqual(figs('Four soldiers died and seven were wounded.'), ['killed:4', 'injured:7']);
  assert.deepEqual(figs('Militants opened fire, killing four troopers and leaving another injured.'), ['killed:4', 'injured:1']);
  // ACLED codes "several" as three and "dozens" as 12 (data/lexicons/casualties.json names the sources).
  assert.deepEqual(figs('Several soldiers were killed and dozens wounded.'), ['killed:~3', 'injured:~12']);
});

test('casualties: lives claimed, tolls by other names, the victims of one verb', () => {
  assert.deepEqual(figs('The device went off, killing the three on the spot.'), ['killed:3']);
  assert.deepEqual(figs('The two car bombs between them claimed nine lives.'), ['killed:9']);
  assert.deepEqual(figs('The number of dead rose to 25 on Sunday.'), ['killed:25']);
  // Two armed sides' dead are told item by item (fusion adds them up: 15); other victims of one verb add up here.
  assert.deepEqual(figs('Fighting killed 12 rebels and three soldiers.'), ['killed:12', 'killed:3']);
  assert.deepEqual(figs('Fighting killed 12 villagers and three soldiers.'), ['killed:15']);
  // The second group is the subject of its own verb.
  assert.deepEqual(figs('The raid killed 12 rebels and three soldiers were wounded.'), ['killed:12', 'injured:3']);
  assert.deepEqual(figs('The man succumbed to injuries in hospital.'), ['killed:1']);
});

test('casualties: one victim by role, and words that are not victims', () => {
  assert.deepEqual(figs('The cadres attacked the mine and killed the manager, and injured his aide.'), ['killed:1', 'injured:1']);
  assert.deepEqual(figs('Gunmen shot and killed a Supreme Court judge as he headed to work.'), ['killed:1']);
  assert.deepEqual(figs('Militants fired a grenade towards a camp, injuring a civilian.'), ['injured:1']);
  assert.deepEqual(figs('Police wish the injured a speedy recovery.'), []);
  // A time is not a count of victims; a verb is not part of a list of victims.
  assert.deepEqual(figs('The trader, who was abducted a few days ago, was found on Monday.'), []);
  assert.deepEqual(figs('Two civilians lost their lives and at least six others have been injured.'), ['killed:2', 'injured:6[6-]']);
});

test('casualties: nobody killed but some hurt; injuring a list; limbs lost', () => {
  assert.deepEqual(figs('It did not kill anyone but hurt 30 people.'), ['killed:0!', 'injured:30']);
  assert.deepEqual(figs('The bomb exploded at 9:20, injuring 23 civilians and 10 off-duty soldiers.'), ['injured:33']);
  assert.deepEqual(figs('Seventeen people lost limbs.'), ['injured:17']);
});

test('casualties: the dead of a crash or a fire are no incident figure; a bomb told with them still counts', () => {
  const crash = findCasualties('Fourteen people were killed in the crash of a tour bus on the highway.');
  assert.ok(crash.length > 0 && crash.every((c) => c.aggregate));
  assert.ok(findCasualties('Four children were killed in a house fire on Saturday.').every((c) => c.aggregate));
  const bomb = findCasualties('Two soldiers were killed when their truck hit a roadside bomb and crashed.');
  assert.ok(bomb.length > 0 && bomb.every((c) => !c.aggregate));
});

test('casualties: "only N wounded" against a claim of dead says nobody died in that voice; "the death toll was N"', () => {
  assert.deepEqual(figs('The group claimed to have killed 12 Ugandan soldiers, but AMISOM said only three of its troops were wounded.'), ['killed:12', 'injured:3', 'killed:0!']);
  assert.deepEqual(figs('Two soldiers were killed and only three were wounded.'), ['killed:2', 'injured:3']);
  assert.deepEqual(figs('Residents said the death toll was 15.'), ['killed:15']);
});

test('casualties: "neutralised" people are dead; a neutralised bomb is no death', () => {
  assert.deepEqual(figs('Troops neutralised two terrorists in a raid in North Waziristan.'), ['killed:2']);
  assert.deepEqual(figs('Security forces neutralized three explosive devices planted near the road.'), []);
});
