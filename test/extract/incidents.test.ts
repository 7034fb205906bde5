/** The incident builder on short reports written for these tests (the whole pipeline, real gazetteer). */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, extractBatch } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';
import { htmlToArticle } from '../../src/ingest/index.js';

const art = (id: string, text: string, published = '2021-06-16', outlet: string | null = null): Article => ({ id, text, published, outlet, url: null, title: null });

test('one incident per report, with date, place, actors, figures and the claimant of each figure', () => {
  const [r, ...rest] = extractArticle(
    art('a', 'Gunmen attacked a village near Maiduguri in Borno State on Monday, killing 12 civilians and wounding five others, police said.\n\nThe attackers fled on motorcycles, residents said.'),
  );
  assert.equal(rest.length, 0);
  assert.equal(r!.event_date, '2021-06-14');
  assert.equal(r!.time_precision, 1);
  assert.equal(r!.country, 'NG');
  assert.equal(r!.event_type, 'Violence against civilians');
  assert.equal(r!.fatalities, 12);
  assert.equal(r!.injuries, 5);
  assert.deepEqual([r!.inter1, r!.inter2], [3, 7]);
  const f = r!.claims.find((c) => c.attribute === 'fatalities')!;
  assert.equal(f.source, 'police');
  assert.match(f.quote, /killing 12 civilians/);
});

test('negated, threatened and aggregate statements make no incident', () => {
  const records = extractArticle(
    art(
      'b',
      'The army said it did not carry out any air strikes in Idlib province on Tuesday.\n\nThe defence minister warned that troops could attack the town if the rebels refused to leave.\n\nAt least 300 civilians have been killed in the province since January, the UN said.',
    ),
  );
  assert.equal(records.length, 0);
});

test('a second blast the same day is its own incident; a background attack last month too, one known only to the year not', () => {
  const text = (when: string) =>
    `A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing seven soldiers, police said.\n\nHours later, a second blast hit near the presidential palace. There were no immediate reports of casualties in the second blast.\n\n${when}, al-Shabaab fighters attacked a hotel in Kismayo, killing 26 people.`;
  const records = extractArticle(art('c', text('Last month'), '2021-06-13'));
  const byFig = records.map((r) => [r.event_date, r.fatalities]);
  assert.equal(records.length, 3, JSON.stringify(byFig));
  assert.ok(records.some((r) => r.event_date === '2021-06-12' && r.fatalities === 7));
  assert.ok(records.some((r) => r.event_date === '2021-06-12' && r.fatalities === 0));
  const past = records.find((r) => r.fatalities === 26)!;
  assert.deepEqual([past.event_date!.slice(0, 7), past.time_precision], ['2021-05', 3]);
  assert.equal(past.actor1, 'Al Shabaab');
  // "Last year" gives no month: ACLED's coarsest time precision (3) is the month, so an event known only to
  // the year cannot be coded, and a record dated 1 July would claim a month nobody told. It is left out.
  const yearOnly = extractArticle(art('c2', text('Last year'), '2021-06-13'));
  assert.equal(yearOnly.length, 2, JSON.stringify(yearOnly.map((r) => [r.event_date, r.fatalities])));
  assert.ok(!yearOnly.some((r) => r.fatalities === 26));
});

test('sources that disagree: figures low/best/high and a dispute; reports of one incident fuse', () => {
  const a = art('d1', 'An air strike hit a market in the town of Ariha in Idlib province on Tuesday, killing 12 civilians, the Syrian Observatory for Human Rights said.', '2023-10-11', 'Wire A');
  const b = art('d2', 'Syrian warplanes struck militant positions near Ariha in Idlib province on Tuesday, killing nine fighters, state news agency SANA reported.', '2023-10-11', 'Wire B');
  const fused = extractBatch([a, b]);
  assert.equal(fused.length, 1);
  const r = fused[0]!;
  assert.deepEqual(r.articles.sort(), ['d1', 'd2']);
  assert.equal(r.fatalities, 9);
  assert.equal(r.fatalities_low, 9);
  assert.equal(r.fatalities_high, 12);
  assert.ok(r.disputes.some((d) => d.attribute === 'fatalities'));
  assert.ok(r.sources.includes('SANA') && r.sources.includes('Syrian Observatory for Human Rights'));
});

test('a photo caption does not date the story, and a dateline does not place it', () => {
  const [r] = extractArticle(
    art('e', 'KABUL, Afghanistan (AP) — A roadside bomb struck a bus in Kandahar province on Sunday, killing four passengers, officials said.\nFile photo: Afghan soldiers patrol in Helmand in May 2019. (Photo by AFP)', '2021-06-14'),
  );
  assert.equal(r!.event_date, '2021-06-13');
  assert.equal(r!.admin1, 'Kandahar');
  assert.equal(r!.sub_event_type, 'Remote explosive/landmine/IED');
});

test('one report giving each side its dead adds them up; competing sources do not', () => {
  const [r] = extractArticle(
    art('f', 'Taliban fighters attacked a police checkpoint in Helmand province on Sunday, killing five policemen, Afghan officials said. Government troops returned fire, killing 12 Taliban militants.', '2021-05-03'),
  );
  assert.equal(r!.fatalities, 17);
  assert.equal(r!.actor1, 'Taliban');
  const [s] = extractArticle(
    art('g', 'Warplanes struck the town of Ariha in Idlib province on Tuesday, killing nine fighters, state news agency SANA reported. The Syrian Observatory for Human Rights said 12 civilians were killed in the strike.', '2023-10-11'),
  );
  assert.equal(s!.fatalities, 9);
  assert.equal(s!.fatalities_high, 12);
  assert.ok(s!.disputes.some((d) => d.attribute === 'civilian_status'));
});

test('a wire round-up: "Elsewhere" and "in a separate incident" open their own incidents', () => {
  const records = extractArticle(
    art(
      'h',
      'KABUL (Reuters) - A roadside bomb killed four civilians in Kandahar province on Tuesday, officials said.\n\nElsewhere, Taliban fighters attacked a checkpoint in Kunduz, killing three soldiers, the defence ministry said.\n\nIn a separate incident, gunmen shot dead a journalist in Jalalabad on Monday evening, police said.',
      '2021-03-03',
    ),
  );
  assert.deepEqual(
    records.map((r) => [r.admin1, r.event_date, r.fatalities, r.sub_event_type]),
    [
      ['Kandahar', '2021-03-02', 4, 'Remote explosive/landmine/IED'],
      ['Kunduz', '2021-03-02', 3, 'Armed clash'],
      ['Nangarhar', '2021-03-01', 1, 'Attack'],
    ],
  );
  assert.deepEqual(records[0]!.sources, ['officials']);
});

test('other conflicts: the date of another event, claims of responsibility, named groups over generic words', () => {
  const [bago] = extractArticle(
    art('m', 'YANGON (Reuters) - Myanmar security forces killed more than 80 protesters in the town of Bago on Friday, a rights group said, as the junta cracked down on opposition to the Feb. 1 coup.', '2021-04-10'),
  );
  assert.equal(bago!.event_date, '2021-04-09');
  assert.equal(bago!.event_type, 'Protests');
  assert.equal(bago!.fatalities, 80);
  const [kunduz] = extractArticle(
    art('k', 'A suicide bomber struck a Shiite mosque in the northern city of Kunduz on Friday, killing at least 46 worshippers, officials said. The Islamic State-Khorasan group claimed responsibility.', '2021-10-08'),
  );
  assert.equal(kunduz!.sub_event_type, 'Suicide bomb');
  assert.equal(kunduz!.inter1, 2);
  assert.equal(kunduz!.inter2, 7);
  const [npa] = extractArticle(art('p', "Philippine troops clashed with New People's Army rebels in Agusan del Norte on Sunday, leaving three rebels dead, the military said.", '2021-03-15'));
  assert.ok([npa!.actor1, npa!.actor2].includes("NPA: New People's Army"));
  assert.equal(npa!.country, 'PH');
});

test('a web page: navigation and related stories make no incidents; "the Somali capital" locates the event', () => {
  const html = `<!doctype html><html><head><title>Car bomb kills 12 | Horn Daily</title>
<meta property="og:site_name" content="Horn Daily"><meta property="article:published_time" content="2021-06-16T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><h1>Car bomb kills 12</h1>
<article><p>MOGADISHU (Horn Daily) — A car bomb exploded near a police station in the Somali capital on Tuesday, killing at least 12 people and wounding 20 others, police spokesman Abdifatah Aden said.</p>
<p>Al-Shabaab claimed responsibility for the attack in a statement on its radio station.</p>
<p>The group has carried out hundreds of bombings in the capital since 2007.</p></article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Five soldiers killed in Lower Shabelle ambush</a></li><li><a href="/b">Drone strike kills militants near Jilib</a></li></ul></aside></body></html>`;
  const article = htmlToArticle(html, 'page.html');
  const records = extractArticle(article);
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.equal(r.event_date, '2021-06-15');
  assert.equal(r.location, 'Mogadishu');
  assert.equal(r.fatalities, 12);
  assert.equal(r.injuries, 20);
  assert.equal(r.actor1, 'Al Shabaab');
});

test('a killing followed by arrests is the killing: strategic developments only when nothing violent happened', () => {
  const records = extractArticle(
    art('k', 'Suspected militants shot dead a shopkeeper in Peshawar on Monday, police said. Police later arrested two suspects and detained a third in a raid on a nearby house.', '2021-06-16'),
  );
  assert.equal(records.length, 1);
  assert.equal(records[0]!.event_type, 'Violence against civilians');
  assert.equal(records[0]!.fatalities, 1);
  const arrests = extractArticle(art('l', 'Police arrested five suspected militants in a raid in Peshawar on Monday, officials said.', '2021-06-16'));
  assert.equal(arrests[0]?.sub_event_type, 'Arrests');
});

test('a war toll and a disowned claim stay out of the incident; another day in another town is its own', () => {
  const records = extractArticle(
    art(
      'm',
      'KABUL (Reuters) - A suicide bomber killed at least 12 people at a mosque in Jalalabad in Nangarhar province on Friday, officials said. At least 30 people were wounded.\n\nNo group claimed responsibility, but Islamic State has carried out similar attacks in the province.\n\nMore than 3,000 civilians were killed in the first half of the year, the UN said.',
      '2021-06-19',
    ),
  );
  assert.equal(records.length, 1);
  assert.equal(records[0]!.fatalities, 12);
  assert.equal(records[0]!.fatalities_high, 12);
  assert.equal(records[0]!.injuries, 30);
  assert.notEqual(records[0]!.actor1, 'Islamic State');
  const two = extractArticle(
    art(
      'n',
      'Gunmen killed eight people at a party in the town of Guasave in Sinaloa state late Saturday, prosecutors said. The armed men burst into a home and opened fire on the guests. Four others were wounded.\n\nOn Friday, soldiers clashed with gunmen in Culiacan, killing three suspected cartel members, the army said.',
      '2025-02-17',
    ),
  );
  assert.equal(two.length, 2, JSON.stringify(two.map((r) => [r.event_date, r.location, r.fatalities])));
  const party = two.find((r) => r.fatalities === 8)!;
  assert.equal(party.sub_event_type, 'Attack');
  assert.equal(party.injuries, 4);
  const clash = two.find((r) => r.fatalities === 3)!;
  assert.equal(clash.sub_event_type, 'Armed clash');
  assert.equal(clash.event_date, '2025-02-14');
});

test('the day a report was made does not date the event; "as many as" is a ceiling, not the best figure', () => {
  const records = extractArticle(
    art(
      'o',
      'MAIDUGURI, Nigeria (Reuters) - Insurgents killed at least 30 people in an attack on a village in Borno state, residents said on Monday.\n\nThe fighters arrived on motorcycles on Saturday night and opened fire on residents of a village near Chibok, said a local official. Some residents said as many as 40 people were killed.',
      '2021-06-21',
    ),
  );
  assert.equal(records.length, 1, JSON.stringify(records.map((r) => [r.event_date, r.fatalities])));
  assert.equal(records[0]!.event_date, '2021-06-19');
  assert.equal(records[0]!.fatalities, 30);
  assert.equal(records[0]!.fatalities_high, 40);
  // Alone, "up to 40" is the only figure there is.
  const [alone] = extractArticle(art('p', 'Gunmen killed up to 40 people in an attack on a village in Borno state on Saturday, residents said.', '2021-06-21'));
  assert.equal(alone!.fatalities, 40);
});

test('"earlier this month" is another incident, and its town does not locate the main one', () => {
  const records = extractArticle(
    art(
      'q',
      'SRINAGAR: Two militants were killed in a gunfight with security forces in Kashmir on Sunday, police said.\n\nA soldier was injured in the exchange of fire.\n\nEarlier this month, three militants were killed in an encounter in Kulgam.',
      '2021-06-14',
    ),
  );
  const main = records.find((r) => r.fatalities === 2);
  assert.ok(main, JSON.stringify(records.map((r) => [r.event_date, r.location, r.fatalities])));
  assert.equal(main!.event_date, '2021-06-13');
  assert.equal(main!.injuries, 1);
  assert.notEqual(main!.location, 'Kulgam');
});

test('a separate attack told with its own province is not placed in the town of the first one', () => {
  const records = extractArticle(
    art('r', 'BAGHDAD (AP) — A roadside bomb struck an Iraqi army patrol north of Baghdad on Monday, killing two soldiers and wounding three, security officials said. In a separate attack, gunmen shot dead a village chief in Diyala province, police said.', '2021-06-15'),
  );
  assert.equal(records.length, 2);
  const chief = records.find((r) => r.fatalities === 1)!;
  assert.equal(chief.admin1, 'Diyala');
  assert.equal(chief.sub_event_type, 'Attack');
  assert.equal(chief.geo_precision, 3);
});

test('a headline that names nobody and a lead that retells it are one incident; a background word in a sentence dated like the lead changes nothing', () => {
  const one = extractArticle(
    art('s', 'At Least 17 Slain in Dagestan Battle.\nMAKHACHKALA -- Three days of intense fighting between police and insurgents in a wooded area of Dagestan ended Saturday with five officers and about a dozen militants left dead, officials said.', '2009-03-22'),
  );
  assert.equal(one.length, 1, JSON.stringify(one.map((r) => [r.event_date, r.notes])));
  const two = extractArticle(
    art('t', 'Gunmen shot dead four police officers in Kaduna on Saturday, police said. The four officers were shot on Saturday, the deadliest day for the force since an ambush 15 years ago.', '2021-06-14'),
  );
  assert.equal(two.length, 1, JSON.stringify(two.map((r) => [r.event_date, r.notes])));
  assert.equal(two[0]!.fatalities, 4);
});

test('a rally planned for after publication is no incident of its own', () => {
  const records = extractArticle(
    art('u', 'Police arrested ten opposition activists in Tbilisi on Monday, officials said. Thousands of opposition supporters are expected to protest in Tbilisi on April 9 against the president.', '2009-03-24'),
  );
  assert.equal(records.length, 1, JSON.stringify(records.map((r) => [r.event_date, r.sub_event_type])));
  assert.equal(records[0]!.event_date, '2009-03-23');
});

test('territory: who took it decides the sub-event type; a withdrawal without a fight is a non-violent transfer', () => {
  const type = (t: string) => extractArticle(art('v', t, '2021-06-16'))[0]?.sub_event_type;
  assert.equal(type('The army recaptured the town of Palma from insurgents on Monday, officials said.'), 'Government regains territory');
  assert.equal(type('Islamic State fighters captured the town of Mocimboa da Praia on Monday.'), 'Non-state actor overtakes territory');
  assert.equal(type('Rebels took control of the town of Kidal on Monday after government troops withdrew without a fight.'), 'Non-violent transfer of territory');
});

test('a total over separate incidents is no figure of the first one', () => {
  const records = extractArticle(
    art('w', 'Two people were killed in two separate incidents in Balochistan on Monday, police said. In Turbat, gunmen shot dead a levies officer. In Quetta, unidentified assailants shot dead a shopkeeper.', '2021-06-16'),
  );
  // Unnamed gunmen in two towns far apart share no belligerent: two incidents, one dead each.
  assert.equal(records.length, 2, JSON.stringify(records.map((r) => [r.location, r.fatalities])));
  assert.ok(records.every((r) => r.fatalities === 1 && r.fatalities_high === 1), JSON.stringify(records.map((r) => [r.location, r.fatalities, r.fatalities_high])));
  assert.deepEqual(records.map((r) => r.location).sort(), ['Quetta', 'Turbat']);
});

test('"Meanwhile" with an event in another country opens an incident placed there; a weak "Meanwhile" opens none', () => {
  const records = extractArticle(
    art(
      'x',
      "MOSCOW (AP) — Ukrainian drones attacked an oil depot in Russia's Bryansk region overnight, setting it on fire, the regional governor said Tuesday. No one was injured.\n\nMeanwhile, Russian shelling killed three civilians in Ukraine's Kherson region on Monday, Ukrainian officials said.\n\nMeanwhile, officials said talks would continue.",
      '2024-03-12',
    ),
  );
  assert.equal(records.length, 2, JSON.stringify(records.map((r) => [r.country, r.location, r.fatalities])));
  const depot = records.find((r) => r.country === 'RU')!;
  assert.equal(depot.injuries, 0);
  assert.equal(depot.fatalities, 0);
  const kherson = records.find((r) => r.fatalities === 3)!;
  assert.equal(kherson.country, 'UA');
  assert.equal(kherson.sub_event_type, 'Shelling/artillery/missile attack');
});

test('a report that dates its event nowhere is dated the day before publication, to the week', () => {
  const [r, ...rest] = extractArticle(art('u', 'Gunmen attacked a police post in Bannu, killing three policemen, officials said.', '2021-06-16'));
  assert.equal(rest.length, 0);
  // Most events in wire reports happened on publication day or the day before: the day before lies within a
  // day of both, and precision 2 says the day itself is not known.
  assert.equal(r!.event_date, '2021-06-15');
  assert.equal(r!.time_precision, 2);
});

test('a year that names another event ("the 2017 siege") dates no incident', () => {
  const lead = extractArticle(art('y1', 'Militants who fought in the 2017 siege ambushed an army patrol near Marawi, killing three soldiers, officials said on Monday.'));
  assert.deepEqual(lead.map((r) => [r.event_date, r.time_precision]), [['2021-06-14', 1]]);
  const later = extractArticle(
    art('y2', 'Militants ambushed an army patrol near Marawi on Monday, killing three soldiers.\n\nThe militants, veterans of the 2017 siege, also killed a village chief in the ambush.'),
  );
  assert.equal(later.length, 1, JSON.stringify(later.map((r) => [r.event_date, r.fatalities])));
  assert.equal(later[0]!.event_date, '2021-06-14');
});

test('a later blame of responsibility with only a weak "attack" still tells the incident and its claimant', () => {
  const [r, ...rest] = extractArticle(
    art(
      'b',
      'Rockets struck a military base north of Baghdad on Wednesday, killing two American soldiers, officials said.\n\nThe base houses coalition troops. It has been hit before. Officials gave no further details.\n\nTestifying at a hearing on Thursday, Gen. Kenneth McKenzie said that the attack was still being investigated, but Iran-backed militia groups were most likely behind the assault.',
      '2020-03-13',
    ),
  );
  assert.equal(rest.length, 0);
  assert.ok(r!.sources.some((s) => /McKenzie/.test(s)), JSON.stringify(r!.sources));
});

test('"gunmen" beside the one named armed group of the country are its men, unless they attacked it', () => {
  const [r] = extractArticle(
    art('g1', 'Taliban fighters ambushed a police patrol in Ghazni province on Monday, killing five policemen. Gunmen also attacked a checkpoint in the same district during the ambush, police said.'),
  );
  assert.deepEqual([r!.actor1, r!.inter1, r!.inter2], ['Taliban', 2, 1]);
  // No unidentified group fighting beside the police.
  assert.deepEqual([...r!.assoc_actor_1, ...r!.assoc_actor_2], []);
  const [s] = extractArticle(art('g2', 'Gunmen attacked a convoy carrying Taliban fighters in Ghazni province on Monday, killing five of them, officials said.'));
  assert.deepEqual([s!.inter1, s!.actor2], [3, 'Taliban']);
});

test('"the Observatory" later in the report is the Syrian Observatory named before: one claimant, its toll updated', () => {
  const [r] = extractArticle(
    art(
      'o',
      'An air strike hit a market in Ariha in Idlib province on Tuesday, killing 12 civilians, the Syrian Observatory for Human Rights said.\n\nThe toll later rose to 18, the Observatory said.',
      '2023-10-11',
    ),
  );
  const sources = new Set(r!.claims.filter((c) => c.attribute === 'fatalities').map((c) => c.source));
  assert.deepEqual([...sources], ['Syrian Observatory for Human Rights']);
  assert.ok(!r!.sources.some((s) => /^observatory$/i.test(s)), JSON.stringify(r!.sources));
});

test('a storming by gunmen makes its record; their arson inside the attack does not make it a riot', () => {
  const [storm, ...more] = extractArticle(art('storm', 'Unidentified gunmen stormed a checkpoint in Kandahar province on Tuesday, killing five policemen. The Taliban claimed responsibility for the attack.'));
  assert.equal(more.length, 0);
  assert.equal(storm?.event_type, 'Battles');
  assert.equal(storm?.fatalities, 5);
  const [torch] = extractArticle(art('torch', 'Taliban militants attacked a police post in Ghazni province on Monday, killing three policemen, officials said. Gunmen also torched a police vehicle before fleeing.'));
  assert.notEqual(torch?.event_type, 'Riots');
  assert.equal(torch?.event_type, 'Battles');
});

test('the sub-event type comes from the lead sentence: a suicide bombing told beside army shelling does not retype it', () => {
  const [r, ...more] = extractArticle(art('shell', 'Government forces shelled rebel positions in Idlib province on Tuesday, killing six fighters, the Syrian Observatory for Human Rights said. The monitor said a suicide car bomb had also targeted an army checkpoint nearby, wounding two soldiers.'));
  assert.equal(more.length, 0);
  assert.equal(r?.sub_event_type, 'Shelling/artillery/missile attack');
  // A blast whose bomber is told next is still the suicide bombing.
  const [b] = extractArticle(art('blast', 'A blast ripped through a market in Kabul on Monday, killing 10 people, police said. The attacker was a suicide bomber wearing an explosive vest, a police spokesman said.'));
  assert.equal(b?.sub_event_type, 'Suicide bomb');
});

test('an event dated months before publication is background: it neither opens the main incident nor dates it', () => {
  // A retrospective with no newer event makes no record.
  assert.equal(extractArticle(art('old', 'He said that in 2007 when he was arrested by the army in Swat, the opposition welcomed it, but today he has no problem with them.')).length, 0);
  // The old attack's figures and date do not leak into the new one.
  const [r, ...more] = extractArticle(art('new', 'Taliban militants attacked a police post in Ghazni on March 3, 2019, killing four policemen. On Monday, militants attacked another post in Ghazni, killing two policemen.'));
  assert.equal(more.length, 0);
  assert.equal(r?.event_date, '2021-06-14');
  assert.equal(r?.fatalities, 2);
});

test('a planned event (dated after publication, or "next month") opens no incident; arrests made ahead of it do', () => {
  const planned = extractArticle(art('plan', 'The men were accused of plotting violence during opposition protests next month in Tbilisi, prosecutors said.'));
  assert.ok(!planned.some((r) => r.event_type === 'Protests'));
  const [r] = extractArticle(art('ahead', 'Georgian police arrested several opposition members in Tbilisi on Monday, ahead of anti-government rallies next month.'));
  assert.equal(r?.sub_event_type, 'Arrests');
  assert.equal(r?.event_date, '2021-06-14');
});

test('an arrest on a police docket or a truce named in diplomacy is no incident; arrests of opposition activists are', () => {
  assert.equal(extractArticle(art('docket', 'A local man has been arrested after police say he tried to rob a woman in a store parking lot late Friday night.')).length, 0);
  assert.equal(extractArticle(art('truce', 'The president stressed that both sides want to reach an effective truce that would end the hardships.')).length, 0);
  const [r] = extractArticle(art('activists', 'Police arrested nine opposition activists in Kampala on Monday, the party said.'));
  assert.equal(r?.sub_event_type, 'Arrests');
  const [m] = extractArticle(art('militants', 'Security forces arrested three militants in a raid in Peshawar on Sunday, officials said.'));
  assert.equal(m?.sub_event_type, 'Arrests');
});

test('a group that tells its own part in a clash is a party to it, not only a speaker', () => {
  const [r] = extractArticle(
    art('speaker-party', "Fighting erupted in Sagaing Region on Sunday. People's Defence Force members said they clashed with the troops near the village, killing three soldiers.", '2021-10-12'),
  );
  assert.equal(r!.event_type, 'Battles');
  assert.deepEqual(new Set([r!.actor1_country, r!.actor2_country]), new Set(['MM']));
  assert.deepEqual([r!.inter1, r!.inter2].sort(), [1, 2]);
});

test("the country's soldiers named among the dead are the victims, not the country's rebels", () => {
  const [r] = extractArticle(
    art('home-victims', 'Four Cameroonian soldiers were killed on Thursday when separatist fighters detonated an improvised explosive device on their vehicle in Bamenda, military sources said.', '2021-09-18'),
  );
  assert.equal(r!.event_type, 'Explosions/Remote violence');
  assert.deepEqual([r!.inter1, r!.actor1_country, r!.inter2, r!.actor2_country], [2, 'CM', 1, 'CM']);
});

test('a sentence pointing back at the event ("killed in the fighting") tells it, whoever it names', () => {
  const records = extractArticle(
    art('points-back', 'Al-Shabaab fighters launched a pre-dawn attack on an African Union base in Lower Shabelle region on Saturday. AMISOM said three of its troops were wounded and that 20 militants were killed in the fighting.', '2021-04-11'),
  );
  assert.equal(records.length, 1);
  assert.equal(records[0]!.fatalities, 20);
  assert.equal(records[0]!.injuries, 3);
});

test('a mission and its contingent are one side; the denial "only three wounded" makes the conservative toll 0', () => {
  const records = extractArticle(
    art('amisom', 'Al-Shabaab militants attacked an AMISOM base in Lower Shabelle region on Friday, sparking heavy fighting. The group claimed to have killed 12 Ugandan soldiers, but AMISOM said only three of its troops were wounded.', '2021-04-02'),
  );
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.deepEqual([r.actor1, r.inter2, r.actor2_country], ['Al Shabaab', 8, 'SO']);
  assert.equal(r.injuries, 3);
  assert.ok(r.claims.some((c) => c.attribute === 'fatalities' && c.value === 12 && c.source === 'Al Shabaab'));
  assert.ok(r.claims.some((c) => c.attribute === 'fatalities' && c.value === 0 && c.source === 'AMISOM'));
});

test('the force a spokesperson speaks for is no side: "The police spokesperson, X, said the attackers …"', () => {
  const [r, ...rest] = extractArticle(
    art('bandits', 'Gunmen suspected to be bandits on Sunday killed at least 12 villagers in Kankara Local Government Area of Katsina State, police said. The police spokesperson, Gambo Isah, said the attackers stormed the village around 11 p.m. and shot residents.', '2022-06-06'),
  );
  assert.equal(rest.length, 0);
  assert.equal(r!.sub_event_type, 'Attack');
  assert.deepEqual([r!.inter1, r!.inter2], [3, 7]);
});

test('the agent of "an attack by X" is actor 1, the side that lost men actor 2', () => {
  const [r] = extractArticle(
    art('sohr', 'Seven members of regime forces were killed in an attack by ISIS cells on their positions in the desert near Al-Sukhnah in eastern Homs countryside on Wednesday.', '2021-06-10'),
  );
  assert.equal(r!.actor1, 'Islamic State');
  assert.deepEqual([r!.inter2, r!.actor2_country], [1, 'SY']);
});

test('a dateline date is the filing day: "KABUL, March 8 (Reuters) - … on Monday" is the Monday before', () => {
  const [r] = extractArticle(
    art('dl', 'KABUL, March 8 (Reuters) - Taliban fighters killed at least five members of an armed group in the Panjshir valley on Monday, a Taliban spokesman said.', '2022-03-08'),
  );
  assert.equal(r!.event_date, '2022-03-07');
  // With no publication date in the metadata, a dateline with its year still dates the weekday.
  const [u] = extractArticle(
    art('dl2', 'KABUL, March 8, 2022 (Reuters) - Taliban fighters killed at least five members of an armed group in the Panjshir valley on Monday, a Taliban spokesman said.', null as unknown as string),
  );
  assert.equal(u!.event_date, '2022-03-07');
});

test('the day a news agency reported it yields to the day the next sentence gives the operation', () => {
  const [r] = extractArticle(
    art('rep', 'Somali security forces killed 25 al-Shabaab militants in the Hiraan region, the Somali National News Agency reported Monday. The operation was carried out on Sunday in the outskirts of Beledweyne, according to the report.', '2023-06-12'),
  );
  assert.equal(r!.event_date, '2023-06-11');
});

test('two named armed groups of one country fight a battle, not an attack on civilians', () => {
  const [r] = extractArticle(
    art('nrf', 'Taliban fighters killed at least five members of the National Resistance Front in the Panjshir valley on Monday, a Taliban spokesman said.', '2022-03-08'),
  );
  assert.equal(r!.sub_event_type, 'Armed clash');
  assert.equal(r!.actor2, 'NRF: National Resistance Front');
});

test('a group that says it killed soldiers is a side of the clash, not only its speaker', () => {
  const [r] = extractArticle(
    art('pdf', "The People's Defense Force said it killed more than 20 junta soldiers in an ambush on a military column in Kani Township, Sagaing Region, on Saturday.", '2023-05-15'),
  );
  assert.deepEqual([r!.inter1, r!.inter2].sort(), [1, 2]);
});

test('"neutralised two PKK terrorists in an operation" is a clash with the dead counted', () => {
  const [r] = extractArticle(
    art('tr', 'Turkish security forces neutralized two PKK terrorists in a counter-terrorism operation in the Haftanin region of northern Iraq on Wednesday, the National Defense Ministry said.', '2022-07-14'),
  );
  assert.equal(r!.event_type, 'Battles');
  assert.equal(r!.fatalities, 2);
  assert.deepEqual([r!.inter1, r!.actor1_country], [8, 'TR']);
});

test('"were killed when Maoists blew up their vehicle": the group after "when" is the attacker, not a victim', () => {
  const [r] = extractArticle(
    art('ied', 'Ten personnel of the District Reserve Guard and a civilian driver were killed when Maoists blew up their vehicle with an IED in Chhattisgarh\'s Dantewada district on Wednesday, officials said.', '2023-04-27'),
  );
  assert.equal(r!.actor1, 'CPI (Maoist): Communist Party of India (Maoist)');
  assert.deepEqual([r!.inter2, r!.actor2_country], [1, 'IN']);
});

test('"attacked the village with a missile" is a missile attack', () => {
  const [r] = extractArticle(
    art('msl', 'Russian troops attacked the village of Hroza in Kharkiv Oblast with a missile on Oct. 5, killing at least 51 people, the interior minister said.', '2023-10-05'),
  );
  assert.equal(r!.sub_event_type, 'Shelling/artillery/missile attack');
});

test('where no place is known, a country-bound armed group says which country (not the article default)', () => {
  const [r] = extractArticle(
    art('nowhere', 'Ten personnel of the District Reserve Guard and a civilian driver were killed when Maoists blew up their vehicle with an IED in Dantewada district on Wednesday, officials said.', '2023-04-27'),
  );
  assert.equal(r!.country, 'IN');
  assert.equal(r!.actor1, 'CPI (Maoist): Communist Party of India (Maoist)');
  assert.deepEqual([r!.inter2, r!.actor2_country], [1, 'IN']);
});

test('groups said only to be active in the area are no side of the attack', () => {
  const [r] = extractArticle(
    art('bf', 'Gunmen killed 12 people in an attack on a mosque in northern Burkina Faso on Sunday, security sources said. No group claimed the attack, but jihadists linked to al-Qaida and the Islamic State group are active in the area.', '2023-08-21'),
  );
  assert.equal(r!.sub_event_type, 'Attack');
  assert.deepEqual([r!.inter1, r!.inter2], [3, 7]);
});
