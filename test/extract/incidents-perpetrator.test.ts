/** Who did what to whom, per source: perpetrator and initiator claims, and the force acting on protesters. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article, IncidentRecord } from '../../src/types.js';

const art = (id: string, text: string, published = '2021-06-16'): Article => ({ id, text, published, outlet: null, url: null, title: null });
const perps = (r: IncidentRecord) => r.claims.filter((c) => c.attribute === 'perpetrator').map((c) => [c.value, c.source]);
const disputed = (r: IncidentRecord, attribute: string) => r.disputes.find((d) => d.attribute === attribute);

test('Syria: state media blames one group, the group blames another: two perpetrator claims and a dispute', () => {
  const [r, ...rest] = extractArticle(
    art('p-sy', 'A car bomb exploded in a market in Tal Abyad on Sunday, killing eight civilians. State media blamed the SDF for the bombing, while the SDF said Turkish-backed factions were behind it.'),
  );
  assert.equal(rest.length, 0);
  assert.deepEqual(perps(r!), [['SDF: Syrian Democratic Forces', 'State media'], ['Syrian National Army', 'SDF']]);
  const d = disputed(r!, 'perpetrator');
  assert.ok(d, JSON.stringify(r!.disputes));
  assert.equal(d!.values.length, 2);
  // Two groups blamed for one bombing are alternatives for one side, not the two sides of a fight.
  assert.equal(r!.event_type, 'Explosions/Remote violence');
  assert.equal(r!.inter2, 7);
  const q = r!.claims.find((c) => c.attribute === 'perpetrator' && c.source === 'State media')!;
  assert.match(q.quote, /blamed the SDF/);
});

test('Nigeria: "the army said Boko Haram fighters attacked", residents blame ISWAP: a dispute, and the attack stays one on civilians', () => {
  const [r] = extractArticle(
    art('p-ng', 'Gunmen attacked the village of Kautikari in Borno State on Tuesday, killing 14 farmers. The army said Boko Haram fighters attacked the village, but residents blamed ISWAP.'),
  );
  assert.deepEqual(
    perps(r!).sort(),
    [
      ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'army'],
      ['Islamic State West Africa Province (ISWAP)', 'residents'],
    ],
  );
  assert.ok(disputed(r!, 'perpetrator'));
  assert.equal(r!.event_type, 'Violence against civilians');
  assert.deepEqual([r!.inter1, r!.inter2], [2, 7]);
  // The army only speaks here: it is no side of the attack.
  assert.ok(!/Military Forces/.test(`${r!.actor1} ${r!.actor2}`));
});

test('Iraq: "officials suspect Kataib Hezbollah" is a perpetrator claim of those officials', () => {
  const [r] = extractArticle(art('p-iq', 'A rocket struck near the US embassy in Baghdad on Wednesday, wounding two guards. Iraqi officials suspect Kataib Hezbollah of launching the rocket.'));
  assert.deepEqual(perps(r!), [['Kataib Hezbollah', 'Iraqi officials']]);
  assert.equal(disputed(r!, 'perpetrator'), undefined);
});

test('Afghanistan: officials blame the Taliban, the Taliban deny it: "not Taliban" disputes it', () => {
  const [r] = extractArticle(
    art('p-af', 'A suicide bomber blew himself up at a mosque in Kunduz on Friday, killing 20 worshippers, police said. Afghan officials blamed the Taliban, but the Taliban denied involvement.'),
  );
  assert.deepEqual(perps(r!), [['Taliban', 'Afghan officials'], ['not Taliban', 'Taliban']]);
  assert.ok(disputed(r!, 'perpetrator'));
});

test('Somalia: a claim of responsibility is the group\'s own word; "accused … of being" something else is no blame', () => {
  const [r] = extractArticle(art('p-so', 'A roadside bomb struck an army convoy near Afgoye on Thursday, killing four soldiers. Al-Shabaab claimed responsibility for the attack.'));
  assert.deepEqual(perps(r!), [['Al Shabaab', 'Al Shabaab']]);
  const [s] = extractArticle(
    art('p-so2', 'Al-Shabaab fighters attacked a police station in Jowhar on Monday, killing three policemen. The government accused Eritrea of funding the group for years.'),
  );
  assert.ok(!perps(s!).some(([v]) => /Eritrea/.test(String(v))), JSON.stringify(perps(s!)));
});

test('Mexico: one voice naming one cartel is no dispute; "gunmen" told without a group make no perpetrator claim', () => {
  const [r] = extractArticle(art('p-mx', 'Gunmen killed six people at a bar in Celaya on Saturday, police said. Prosecutors said the Santa Rosa de Lima cartel carried out the attack.'));
  assert.equal(disputed(r!, 'perpetrator'), undefined);
  assert.ok(!perps(r!).some(([v]) => /^Unidentified/.test(String(v))));
});

test('security forces opening fire on protesters are actor 1 and the initiator; protesters actor 2', () => {
  const [r] = extractArticle(art('p-mm', 'Security forces opened fire on protesters in Mandalay on Saturday, killing three people, witnesses said.'));
  assert.equal(r!.sub_event_type, 'Excessive force against protesters');
  assert.deepEqual([r!.inter1, r!.inter2], [1, 6]);
  const init = r!.claims.filter((c) => c.attribute === 'initiator').map((c) => c.value);
  assert.ok(init.length > 0 && init.every((v) => /Military Forces of Myanmar/.test(String(v))), JSON.stringify(init));
});

test('police firing tear gas at demonstrators act first: police actor 1 and the initiator', () => {
  const [r] = extractArticle(art('p-ke', 'Police fired tear gas at demonstrators in Nairobi on Monday, injuring 12 people.'));
  assert.equal(r!.event_type, 'Protests');
  assert.deepEqual([r!.inter1, r!.inter2], [1, 6]);
  assert.deepEqual(r!.claims.filter((c) => c.attribute === 'initiator').map((c) => c.value), ['Police Forces of Kenya']);
});

test('protesters rallying, then dispersed by police, stay actor 1', () => {
  const [r] = extractArticle(art('p-ke2', 'Hundreds of students marched through Nairobi on Monday to protest fee increases. Police later dispersed the crowd.'));
  assert.equal(r!.event_type, 'Protests');
  assert.equal(r!.inter1, 6);
});

test('each clause speaks for its own claimant on who opened fire: an initiator dispute', () => {
  const inits = (text: string) => {
    const [r] = extractArticle(art('i', text));
    return { r: r!, claims: r!.claims.filter((c) => c.attribute === 'initiator').map((c) => [c.value, c.source]) };
  };
  const ng = inits('Soldiers and Boko Haram fighters clashed near Bama in Borno State on Monday, leaving 11 dead. The army said Boko Haram fighters attacked its base first, but residents said soldiers opened fire on the villagers.');
  assert.deepEqual(ng.claims, [
    ['Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'army'],
    ['Military Forces of Nigeria', 'residents'],
  ]);
  assert.ok(disputed(ng.r, 'initiator'));
  // "shot first" names the initiator too.
  const mx = inits('Police and gunmen exchanged fire in Culiacan on Friday, killing four people. Police said the gunmen opened fire on officers, but residents said the police shot first.');
  assert.deepEqual(mx.claims, [
    ['Unidentified Armed Group (Mexico)', 'Police'],
    ['Police Forces of Mexico', 'residents'],
  ]);
  // "Came under fire from soldiers": the other side opened fire.
  const so = inits('Fighting broke out between Somali troops and al-Shabaab in Mahaday on Sunday, killing seven. The army said al-Shabaab fighters attacked a checkpoint, while al-Shabaab said its fighters came under fire from soldiers.');
  assert.deepEqual(so.claims.map(([v]) => v), ['Al Shabaab', 'Military Forces of Somalia']);
  assert.ok(disputed(so.r, 'initiator'));
});

test('no blame from "the suspects", "accusing him of being a police informer" or "it is suspected that"', () => {
  const [r] = extractArticle(
    art('n-in', 'Maoist cadres shot dead a villager in Gaya district on Sunday, accusing him of being a police informer, police said. It is suspected that the police were tipped off. Police arrested two suspects on Monday.'),
  );
  assert.ok(!perps(r!).some(([v]) => /Police/.test(String(v))), JSON.stringify(perps(r!)));
});

test('"the group claimed responsibility" names the group told before; its own claim makes it actor 1 of an attack by "gunmen"', () => {
  const [r] = extractArticle(
    art('c-so', 'Gunmen stormed a hotel in Mogadishu on Monday, killing nine people, police said. Al-Shabaab fighters have carried out similar attacks in the city. The group claimed responsibility in a statement on its radio station.'),
  );
  assert.deepEqual(perps(r!), [['Al Shabaab', 'Al Shabaab']]);
  assert.equal(r!.actor1, 'Al Shabaab');
  // Blamed by officials and denied by the group: a dispute, and the group stays only blamed.
  const [p] = extractArticle(art('c-pk', 'Militants ambushed a police patrol in Khyber district on Tuesday, killing four policemen. Officials blamed the TTP. The TTP rejected responsibility for the attack.'));
  assert.deepEqual(perps(p!).map(([v]) => v), ['TTP: Tehrik-i-Taliban Pakistan', 'not TTP: Tehrik-i-Taliban Pakistan']);
  assert.ok(disputed(p!, 'perpetrator'));
});
