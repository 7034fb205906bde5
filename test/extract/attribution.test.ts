import test from 'node:test';
import assert from 'node:assert/strict';
import { findClaimants } from '../../src/extract/attribution.js';

const claimants = (s: string) => findClaimants(s).map((c) => c.claimant);

test('claimant before the verb, with the listener left out ("told Reuters")', () => {
  assert.deepEqual(claimants('A police official told Reuters that five people were killed.'), ['police official']);
  assert.deepEqual(claimants('Five people were killed, a police official told Reuters.'), ['police official']);
  assert.deepEqual(claimants('Local sources told AFP that 15 civilians died.'), ['Local sources']);
  assert.deepEqual(claimants('The army said in a statement that 12 militants were killed.'), ['army']);
  assert.deepEqual(claimants('Their client had committed the crimes, both attorneys said Thursday.'), ['both attorneys']);
  assert.deepEqual(claimants('The attack was foiled, the team said Wednesday.'), ['team']);
});

test('titles, appositives and participle clauses between the claimant and the verb', () => {
  assert.deepEqual(claimants('Army spokesman Brig. Gen. Edgard Arevalo told reporters the rebels fled.'), ['Army spokesman Brig. Gen. Edgard Arevalo']);
  assert.deepEqual(claimants('Security sources, speaking on condition of anonymity, said at least seven died.'), ['Security sources']);
  assert.deepEqual(claimants("Masoud Dalman, head of the province's emergency affairs, said several buildings were damaged."), ['Masoud Dalman']);
  assert.deepEqual(claimants('The Foreign Secretary, Boris Johnson, said the attack was appalling.'), ['Boris Johnson']);
  assert.deepEqual(claimants('Governor Babagana Zulum, who visited the scene, said 43 farmers were killed.'), ['Governor Babagana Zulum']);
  assert.deepEqual(claimants('"The building was liberated," Lt Gen Talib Shaghati, said.'), ['Lt Gen Talib Shaghati']);
});

test('agencies and outlets from many countries, after the clause and with "citing"', () => {
  // An acronym's canonical name carries both forms, so a gold "PTI" or "Press Trust of India" finds it.
  assert.deepEqual(claimants('The attack killed nine, PTI reported citing officials.'), ['Press Trust of India (PTI)', 'officials']);
  assert.deepEqual(claimants('Five soldiers were killed, Dawn reported, citing the ISPR.'), ['Dawn', 'ISPR']);
  assert.deepEqual(claimants('Premium Times reports that bandits killed 30 villagers.'), ['Premium Times']);
  assert.deepEqual(claimants('The death toll rose to 14, state broadcaster NTV reported.'), ['state broadcaster NTV']);
  assert.ok(claimants('Xinhua reported that a car bomb exploded in Mogadishu.').includes('Xinhua'));
  assert.ok(claimants('According to Anadolu, three soldiers were killed.').includes('Anadolu Agency'));
  assert.deepEqual(claimants('Villagers said the gunmen came at dawn, the Dawn newspaper reported.'), ['Villagers', 'Dawn']);
  assert.deepEqual(claimants('Residents who fled at dawn said the village burned.'), ['Residents']);
});

test('a clause before "said" is what was said, not who said it', () => {
  assert.deepEqual(claimants('The pirates turned away from the freighter as the helicopter flew overhead, said the spokesman.'), ['spokesman']);
  assert.deepEqual(claimants('Almost all of the 2.5 million people eligible cast their votes, reports said.'), ['reports']);
  assert.deepEqual(claimants('Rob Jones, Felt’s grandson, said his grandfather died at home.'), ['Rob Jones']);
  assert.deepEqual(claimants('Currently attacks have only targeted IE 7, Christopher Budd, a company spokesman, said in a statement.'), ['Christopher Budd']);
});

test('no claimant: passives, negations, modals and the noun "report"', () => {
  assert.deepEqual(claimants('The deal is said to be worth $180 million.'), []);
  assert.deepEqual(claimants('Ketsoyan would not say what she was being treated for.'), []);
  assert.deepEqual(claimants('The Israeli government has previously neither confirmed nor denied the strikes.'), []);
  assert.deepEqual(claimants('The details of the bid have not been reported.'), []);
  assert.deepEqual(claimants('The president has the final say on the matter.'), []);
});

test('"according to" ends where the clause begins', () => {
  assert.deepEqual(claimants("According to the country's Central Election Commission the turnout was extremely high."), ["country's Central Election Commission"]);
  assert.deepEqual(claimants('Twelve people died, according to local officials.'), ['local officials']);
  assert.deepEqual(claimants('According to forensic experts hired by the family, the bullet ricocheted.'), ['forensic experts']);
});

test('claimant offsets point at the claimant in the sentence', () => {
  const s = 'State media and activists reported the attack, which the army reportedly denied.';
  for (const c of findClaimants(s)) assert.equal(s.slice(c.start, c.end), c.raw);
  assert.deepEqual(findClaimants(s).map((c) => c.claimant), ['State media', 'activists', 'army']);
});

test('dates and channels between the claimant and the verb are not part of the claimant', () => {
  assert.deepEqual(claimants('The Commander Southern Command Lieutenant General Amir Riaz on December 20 said that 700 personnel were killed.'), ['Commander Southern Command Lieutenant General Amir Riaz']);
  assert.deepEqual(claimants('TTP spokesman Ehsanullah Ehsan in a telephone call from an unidentified place claimed the raid.'), ['TTP spokesman Ehsanullah Ehsan']);
  assert.deepEqual(claimants('Gunmen shot dead a CTD official, identified as Deputy Superintendent Noor Khan, police said.'), ['police']);
});

test('"and" joins claimants, or a clause and a claimant, or two verbs of one claimant', () => {
  assert.deepEqual(claimants('State media and activists reported the attack.'), ['State media', 'activists']);
  assert.deepEqual(claimants('The militants attacked the post and police said three were killed.'), ['police']);
  assert.deepEqual(claimants('The MQM Rabita Committee condemned the incident and said in a statement that the killing had become routine.'), ['MQM Rabita Committee']);
});

test('a short form points back to the claimant named in full before it ("the Observatory")', async () => {
  const { backReference } = await import('../../src/extract/attribution.js');
  const named = ['SANA', 'Syrian Observatory for Human Rights'];
  assert.equal(backReference('Observatory', named), 'Syrian Observatory for Human Rights');
  assert.equal(backReference('war monitor', named), 'Syrian Observatory for Human Rights');
  assert.equal(backReference('ministry', ['Russian Defense Ministry']), 'Russian Defense Ministry');
  // Nothing named before: the short form stays as it is; "officials" points at nobody in particular.
  assert.equal(backReference('Observatory', ['SANA']), null);
  assert.equal(backReference('officials', ['US officials']), null);
  // "state media reported" after the clause is a claim of state media.
  assert.deepEqual(claimants('Five soldiers were killed in the attack, state media reported.'), ['state media']);
});

test('a known source heading its report ("SOHR: …") is its claimant; a dateline in capitals is not', () => {
  assert.deepEqual(claimants('SOHR: Seven members of regime forces were killed in an attack by ISIS cells near Al-Sukhnah today.'), ['Syrian Observatory for Human Rights']);
  assert.deepEqual(claimants('QUETTA: Four soldiers were killed when terrorists attacked a checkpoint in Kech district.'), []);
});

test('a dateline before the subject is not part of the claimant', () => {
  assert.deepEqual(claimants('EL FASHER — The Rapid Support Forces on Tuesday denied responsibility for the strike.'), ['Rapid Support Forces']);
  assert.deepEqual(claimants('PESHAWAR: The military said six soldiers were killed.'), ['military']);
  assert.deepEqual(claimants('GOMA, Congo (AP) — Hospital officials said 17 people died.'), ['Hospital officials']);
});
