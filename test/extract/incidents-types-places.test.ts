/**
 * Event types, places and incident splitting on reports written for these tests (issue 2): abductions with
 * killings, lethal force at protests, a state force's strike, roundups with "On the other hand", the town a
 * sentence names, a governor's province, wire datelines, and an older attack named for comparison.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published = '2025-03-10'): Article => ({ id, text, published, outlet: null, url: null, title: null });
const notes = (rs: { notes?: string | null; sub_event_type: string; location: string | null }[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.location, r.notes]));

test('an attack that kills is an Attack even when others were abducted; an abduction alone stays one', () => {
  const [r] = extractArticle(
    art('ab1', 'Gunmen on motorcycles attacked a village in Zamfara State on Saturday night, killing at least 25 residents, police said.\nVillagers said several girls were abducted during the raid.'),
  );
  assert.equal(r?.event_type, 'Violence against civilians');
  assert.equal(r?.sub_event_type, 'Attack');
  const [k] = extractArticle(art('ab2', 'Gunmen abducted 14 passengers from a bus on the highway in Zamfara State on Saturday night, police said.'));
  assert.equal(k?.sub_event_type, 'Abduction/forced disappearance');
});

test("state forces killing people at a protest, or firing live rounds at demonstrators, is ACLED's excessive force", () => {
  const [r] = extractArticle(
    art('pr1', 'Police shot dead at least seven people during anti-government protests in Nairobi on Monday, a rights group said.\nOfficers fired tear gas and live rounds to disperse the demonstrators.'),
  );
  assert.equal(r?.event_type, 'Protests');
  assert.equal(r?.sub_event_type, 'Excessive force against protesters');
  assert.equal(r?.fatalities, 7);
  // Gunmen of no state firing on a rally: violence against civilians, as before.
  const [g] = extractArticle(art('pr2', 'Unidentified gunmen opened fire on an opposition rally in Nairobi on Monday, killing four people, police said.'));
  assert.equal(g?.event_type, 'Violence against civilians');
});

test("an army that struck a building is a remote strike: an air strike unless the report names a ground weapon", () => {
  const [air] = extractArticle(art('st1', 'The Israeli military said Tuesday it struck a Hamas weapons depot hidden in a mosque in Khan Younis overnight, killing several militants.'));
  assert.equal(air?.event_type, 'Explosions/Remote violence');
  assert.equal(air?.sub_event_type, 'Air/drone strike');
  const [ground] = extractArticle(
    art('st2', 'Russian forces struck a concentration of Ukrainian troops in the Kharkiv region, the Defense Ministry said on Saturday.\nThe strike destroyed two howitzers and killed up to 30 servicemen, the ministry said.'),
  );
  assert.equal(ground?.sub_event_type, 'Shelling/artillery/missile attack');
  // "struck a deal", or a bomb that struck a bus, is no state force's strike.
  assert.equal(extractArticle(art('st3', 'The army struck a deal with the rebels on Monday to reopen the road.')).filter((r) => r.sub_event_type === 'Air/drone strike').length, 0);
});

test('a roundup\'s "On the other hand" with another day is another incident; a contrast of accounts is not', () => {
  const rs = extractArticle(
    art('ro1', 'SOHR sources reported that ISIS cells ambushed a vehicle carrying SDF members in the eastern countryside of Deir Ezzor at dawn today, killing two of them.\nOn the other hand, SOHR activists reported that unidentified gunmen assassinated a civilian near Al-Mayadeen city yesterday evening.', '2021-05-04'),
  );
  assert.equal(rs.length, 2, notes(rs));
  assert.deepEqual(rs.map((r) => r.event_date).sort(), ['2021-05-03', '2021-05-04']);
  // Undated, the item told only at a town after a lead told only by its province is the next item too.
  const undated = extractArticle(
    art('ro3', 'SOHR sources reported that ISIS cells ambushed a vehicle carrying SDF members in the eastern countryside of Deir Ezzor at dawn today, killing two of them.\nOn the other hand, SOHR activists reported that unidentified gunmen assassinated a civilian near Al-Mayadeen city.', '2021-05-04'),
  );
  assert.equal(undated.length, 2, notes(undated));
  assert.deepEqual(undated.map((r) => r.sub_event_type), ['Armed clash', 'Attack']);
  // "Also," opening a roundup's item at another town the same day.
  const also = extractArticle(
    art('ro4', 'SOHR sources reported that a member of the regime forces was killed by a sniper near Kafr Nabl today.\nAlso, SOHR activists documented the death of a child by a landmine explosion in the countryside of Hama.', '2021-06-10'),
  );
  assert.equal(also.length, 2, notes(also));
  const one = extractArticle(
    art('ro2', 'Militants ambushed an army convoy near Gao on Sunday, killing four soldiers, the army said.\nOn the other hand, a local official said six soldiers were killed and several others wounded.'),
  );
  assert.equal(one.length, 1, notes(one));
});

test('"the town of X in the countryside of Y" locates X, however often Y is named', () => {
  const [r] = extractArticle(art('tw1', 'In Homs, unknown gunmen shot dead a former rebel commander in the town of Talbiseh in the northern countryside of Homs last night, activists said.'));
  assert.equal(r?.location, 'Tallbīsah');
  assert.equal(r?.geo_precision, 1);
});

test('where the wounded were taken is not where they were hurt', () => {
  const [r] = extractArticle(art('hs1', 'Militants ambushed a patrol near Tillaberi on Sunday, killing three soldiers and wounding five, who were taken to a hospital in Niamey, the army said.'));
  assert.equal(r?.location, 'Tillabéri');
});

test("a governor's province locates an event told with no place the gazetteer knows", () => {
  const [r] = extractArticle(
    art('gv1', 'BOGOTA (AP) — Clashes between two armed groups in a remote border area of Colombia have killed at least 12 people since Friday, the governor of Nariño said Sunday.'),
  );
  assert.equal(r?.country, 'CO');
  assert.equal(r?.location, 'Nariño');
  assert.equal(r?.geo_precision, 3);
});

test('wire datelines, TASS\'s "MOSCOW, March 7. /TASS/." and "Raipur:", do not locate the event', () => {
  const [t] = extractArticle(
    art('dl1', 'MOSCOW, March 7. /TASS/. Russian forces struck a concentration of Ukrainian troops in the Kharkiv region, the Defense Ministry said on Saturday.\nThe strike destroyed two howitzers and killed up to 30 servicemen, the ministry said.'),
  );
  assert.equal(t?.country, 'UA');
  assert.notEqual(t?.location, 'Moscow');
  const [r] = extractArticle(art('dl2', "Raipur: Four Maoists were killed in a gunfight with security forces in a forest of Chhattisgarh's Sukma district on Saturday, police said."));
  assert.notEqual(r?.location, 'Raipur');
});

test('an older attack named for comparison in the same sentence adds no figures and no trigger', () => {
  const [r] = extractArticle(
    art('bg1', 'Four soldiers were killed on Saturday when militants attacked their base in Diffa, the deadliest attack since a 2016 attack, in which 19 troopers were killed.'),
  );
  assert.equal(r?.fatalities, 4);
  const [s] = extractArticle(art('bg2', 'Militants killed four soldiers in Diffa on Saturday, in an attack like the one in 2016 that killed 19 troopers.'));
  assert.equal(s?.fatalities, 4);
});

test('militants storming a village, killing people, is an incident whoever the sentence names', () => {
  for (const text of ['Fighters stormed a village in Borno State on Sunday, killing 20 people.', 'Militants wearing army uniforms stormed a village in Borno State on Sunday, killing 20 people.']) {
    const rs = extractArticle(art('sm1', text));
    assert.equal(rs.length, 1, text);
    assert.equal(rs[0]!.fatalities, 20, text);
  }
});
