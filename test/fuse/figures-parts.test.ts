/**
 * Fatality figures over distinct victims: the parts one voice tells, the attackers' own dead, rival claims of
 * responsibility and vague words beside far larger counts. Sentences written for these tests.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractBatch } from '../../src/extract/pipeline.js';
import { summariseFigures } from '../../src/fuse/figures.js';
import type { Article, IncidentRecord } from '../../src/types.js';

const art = (id: string, text: string): Article => ({ id, text, published: '2022-09-14', outlet: null, url: null, title: null });
const one = (text: string): IncidentRecord => {
  const records = extractBatch([art('t', text)]);
  assert.equal(records.length, 1, JSON.stringify(records.map((r) => [r.event_type, r.location])));
  return records[0]!;
};
const figures = (r: IncidentRecord) => [r.fatalities, r.fatalities_low, r.fatalities_high];
const disputed = (r: IncidentRecord) => r.disputes.find((d) => d.attribute === 'fatalities')?.values.map((v) => v.value) ?? [];
const show = (r: IncidentRecord) => JSON.stringify(r.claims.filter((c) => c.attribute === 'fatalities').map((c) => [c.value, c.source, (c as { kind?: string }).kind, (c as { side?: string }).side]));

test("one voice's soldiers and militants add up; a claim of responsibility disputes the soldiers only", () => {
  const r = one(
    'Seven policemen were killed and nine insurgents died when insurgents stormed a police station in Kunar province on Monday, the provincial police chief said. The Taliban claimed the raid and said they had killed 30 policemen.',
  );
  // Best: policemen at the lowest claimant (7) plus the insurgents (9); high: 30 + 9.
  assert.deepEqual(figures(r), [16, 16, 39], show(r));
  assert.deepEqual(disputed(r), [7, 30]);
});

test("two officials' figures for the two sides' dead are different dead: their sum, no dispute", () => {
  const r = one(
    'Four soldiers were killed and two others wounded when rebels ambushed an army patrol near Kidal on Thursday, an army officer said. A regional official said nine rebels were also killed in the fighting.',
  );
  assert.deepEqual(figures(r), [13, 13, 13], show(r));
  assert.deepEqual(disputed(r), []);
});

test("the attackers' dead add to the toll of their victims, and no part of it is the low", () => {
  const villagers = one('Gunmen killed 11 villagers in a raid on Gidan Bawa in Sokoto State on Friday, police said, before troops killed three of the attackers.');
  assert.deepEqual(figures(villagers), [14, 14, 14], show(villagers));
  const people = one(
    'Gunmen killed nine people at a wedding in the town of Jerez in Zacatecas state on Saturday, state prosecutors said. Soldiers later killed two of the attackers in a shootout, the prosecutors said.',
  );
  assert.deepEqual(figures(people), [11, 11, 11], show(people));
  const passive = one('Twelve people were shot dead by bandits in Kauran Namoda in Zamfara State on Sunday, police said. Police said five of the bandits were killed in a gunfight with officers.');
  assert.deepEqual(figures(passive), [17, 17, 17], show(passive));
  const opened = one('Fourteen worshippers were killed when gunmen opened fire on a church in Owo in Ondo State on Sunday, police said. Two of the gunmen were killed by vigilantes.');
  assert.deepEqual(figures(opened), [16, 16, 16], show(opened));
  const fled = one('Bandits killed 23 villagers in Zurmi in Zamfara State on Sunday, police said. Police said officers killed six of the bandits as they fled.');
  assert.deepEqual(figures(fled), [29, 29, 29], show(fled));
});

test('a toll of a clash between two parties may hold either side: its rebels stay part of it', () => {
  const r = one('Clashes between troops and rebels killed 20 people near Beni in North Kivu on Tuesday, the army said. Eight of the rebels were killed, the army said.');
  assert.equal(r.fatalities, 20, show(r));
  assert.equal(r.fatalities_low, 20);
});

test("a smaller count of one kind within one voice's total stays part of it", () => {
  const r = one('A bomb killed 15 people at a market in Maiduguri in Borno State on Wednesday, police said. Two policemen were among those killed, police said.');
  assert.deepEqual(figures(r), [15, 15, 15], show(r));
});

test('a vague word beside a count far beyond it competes as the conservative figure, with a dispute', () => {
  const far = one(
    'Jihadists attacked an army base near Diapaga in eastern Burkina Faso on Friday, killing dozens of soldiers, three security sources said. The group said in a statement it had killed more than 150 soldiers.',
  );
  assert.deepEqual(figures(far), [12, 12, 150], show(far));
  assert.deepEqual(disputed(far), [12, 150]);
  // A count the word can stand for is its precise telling: the count alone, no dispute.
  const near = one(
    'Jihadists attacked an army base near Diapaga in eastern Burkina Faso on Friday, killing dozens of soldiers, three security sources said. The army said 40 soldiers were killed.',
  );
  assert.equal(near.fatalities, 40, show(near));
  assert.deepEqual(disputed(near), []);
});

test("the army's count of both sides against the militants' claim, told with 'adding that'", () => {
  const r = one(
    'Militants killed nine soldiers in an ambush near Gao in Mali on Monday, the army said, adding that five militants were killed in return fire. The militants said they had killed 30 soldiers.',
  );
  assert.deepEqual(figures(r), [14, 14, 35], show(r));
  assert.deepEqual(disputed(r), [9, 30]);
});

test("a list of two sides' dead in one voice ('seven soldiers and 11 militants were killed') against a claim of responsibility", () => {
  const r = one(
    'Seven soldiers and 11 militants were killed in a gunfight at a checkpoint in the Tirah valley of Khyber district on Sunday, the military said. The Pakistani Taliban claimed responsibility, saying its fighters had killed 25 soldiers.',
  );
  // Soldiers at the lowest claimant (7) plus the militants (11); high: 25 + 11.
  assert.deepEqual(figures(r), [18, 18, 36], show(r));
  assert.deepEqual(disputed(r), [7, 25]);
  // Told after the verb ("killed 12 rebels and three soldiers") the two sides add up in one voice.
  const object = one('Fighting near the town of Beni in North Kivu killed 12 rebels and three soldiers on Monday, the army said.');
  assert.deepEqual(figures(object), [15, 15, 15], show(object));
});

test('a vague word and a larger count in one voice are one telling: the count alone', () => {
  const r = one('Dozens of people were killed when gunmen raided the market in Tillaberi on Sunday, officials said. In all 140 people were killed, the officials said.');
  assert.equal(r.fatalities, 140, show(r));
  assert.deepEqual(disputed(r), []);
});

test("the army's and the militants' accounts in two articles: sides add up across them", () => {
  const records = extractBatch([
    art('A', 'Five soldiers were killed and six militants died when militants attacked a border post in Zhob district of Balochistan on Saturday, the military said.'),
    art('B', 'The Pakistani Taliban said on Saturday they had attacked a border post in Zhob district of Balochistan and killed 14 soldiers.'),
  ]);
  const r = records.find((x) => x.articles.includes('A'))!;
  assert.deepEqual([...r.articles].sort(), ['A', 'B'], JSON.stringify(records.map((x) => x.articles)));
  assert.deepEqual(figures(r), [11, 11, 20], show(r));
  assert.deepEqual(disputed(r), [5, 14]);
});

test("militants' dead in an earlier encounter the report recalls do not add to their victims", () => {
  const said = (value: number, source: string, quote: string) => ({ attribute: 'fatalities', value, source, article: 'a1', quote, start: 0, low: value, high: value });
  const headman = said(1, 'police', 'Maoist cadres killed a village headman in Malkangiri district on Tuesday, police said.');
  const recalled = summariseFigures([headman, said(11, 'the Maoists', 'The Maoists said the killing avenged an encounter in July in which 11 Maoists had been killed.')], 'fatalities');
  assert.equal(recalled.best, 1);
  const attackers = summariseFigures([headman, said(3, 'the army', 'The army said troops later killed three of the attackers.')], 'fatalities');
  assert.equal(attackers.best, 4);
});

test("a mixed list ('a policeman and two women') holds the count of its civilians told again", () => {
  const r = one(
    'A policeman and two women were killed when a suicide bomber struck a police post in Lakki Marwat on Monday, officials said. Constable Zahid Khan and two women died in the blast, the officials said.',
  );
  assert.equal(r.fatalities, 3, show(r));
});

test('two soldiers and one militant: the sides add up (3), and the soldiers and militants are not parts of each other', () => {
  const r = one('Two soldiers and one militant were killed in a gunfight in Kupwara district of Kashmir on Friday, police said.');
  assert.deepEqual(figures(r), [3, 3, 3], show(r));
});

test("one voice's count of a side told again without a label is the same dead ('four cadres' … 'three Maoists')", () => {
  const said = (value: number, kind: string | null, quote: string) => ({ attribute: 'fatalities', value, source: 'unattributed', article: 'a1', quote, start: 0, low: value, high: value, kind });
  const s = summariseFigures(
    [said(4, 'militants', 'Four Maoist cadres were killed in an encounter with police in Bijapur on Monday.'), said(3, null, 'Police returned fire and three Maoists were killed.')],
    'fatalities',
  );
  assert.equal(s.best, 4);
  // A count "including" policemen is no count of policemen.
  const hurt = summariseFigures(
    [said(14, null, 'The grenade exploded on the road, injuring 14 persons including traffic police personnel.'), said(13, null, 'One person was killed and 13 others were injured.')].map((c) => ({ ...c, attribute: 'injuries' })),
    'injuries',
  );
  assert.equal(hurt.best, 14);
});
