/** Several incidents in one article: a raid here, a clash with another group elsewhere the same day. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published = '2021-06-16'): Article => ({ id, text, published, outlet: null, url: null, title: null });

test('Myanmar: a raid near one town and an ambush near another the same day, with no "separate" cue, are two incidents', () => {
  const records = extractArticle(
    art('mm1', 'Soldiers raided a village near Monywa on Monday, killing five civilians, residents said. PDF fighters ambushed a military convoy near Pakokku the same day, killing three soldiers.'),
  );
  assert.equal(records.length, 2, JSON.stringify(records.map((r) => r.notes)));
  const [raid, ambush] = records;
  assert.equal(raid!.event_type, 'Violence against civilians');
  assert.equal(raid!.fatalities, 5);
  assert.equal(raid!.location, 'Monywa');
  assert.equal(ambush!.event_type, 'Battles');
  assert.equal(ambush!.fatalities, 3);
  assert.equal(ambush!.location, 'Pakokku');
  assert.equal(ambush!.event_date, raid!.event_date);
});

test('"also on Monday", "in an unrelated attack", "hours later" with another town open an incident', () => {
  for (const cue of ['Also on Monday, PDF fighters ambushed a military convoy near Pakokku', 'In an unrelated attack in Pakokku, PDF fighters ambushed a military convoy'])
    assert.equal(extractArticle(art('mm2', `Soldiers raided a village near Monywa on Monday, killing five civilians, residents said. ${cue}, killing three soldiers.`)).length, 2, cue);
  const mx = extractArticle(art('mx1', 'Gunmen killed six people at a bar in Celaya on Saturday, police said. Hours later, soldiers fought cartel gunmen in Salamanca, killing four of them.'));
  assert.equal(mx.length, 2);
  assert.deepEqual(mx.map((r) => r.location), ['Celaya', 'Salamanca']);
  assert.deepEqual(mx.map((r) => r.fatalities), [6, 4]);
});

test('Nigeria and Syria: a separate clash with another group in another town is its own record', () => {
  const ng = extractArticle(
    art('ng1', 'Suspected ISWAP fighters raided Gajiram in Borno State on Sunday, killing seven farmers. In a separate incident in Damboa, troops clashed with Boko Haram militants, killing 12 insurgents.'),
  );
  assert.equal(ng.length, 2);
  assert.deepEqual(ng.map((r) => r.fatalities), [7, 12]);
  const sy = extractArticle(art('sy1', 'Turkish drones struck a village near Qamishli on Friday, killing two SDF fighters. Meanwhile in Idlib, HTS fighters clashed with government forces near Saraqib, leaving nine dead.'));
  assert.equal(sy.length, 2);
});

test('Somalia: a lead at a village the gazetteer lacks, then another group in a named town "the same day": two incidents', () => {
  const records = extractArticle(
    art('so2', 'Al-Shabaab fighters attacked a military base in Balcad on Tuesday, killing four soldiers. In Beledweyne, clan militiamen clashed with government troops on the same day, leaving six dead.'),
  );
  assert.equal(records.length, 2);
  assert.deepEqual(records.map((r) => r.fatalities), [4, 6]);
  assert.equal(records[1]!.location, 'Beledweyne');
});

test('the same fight told again in another town nearby, or "in the fighting", stays one incident', () => {
  // Afghanistan: the district and its seat are one scene.
  const af = extractArticle(
    art('af1', 'Taliban fighters attacked a police checkpoint in Kunduz on Saturday, killing three policemen, officials said. Two Taliban fighters were also killed in the fighting, the officials said.'),
  );
  assert.equal(af.length, 1);
  assert.equal(af[0]!.fatalities, 5);
  // Somalia: a follow-up sentence naming the same group in the same place.
  const so = extractArticle(art('so1', 'Al-Shabaab fighters stormed a military base in Baidoa on Tuesday, killing four soldiers. The militants later withdrew from Baidoa, residents said.'));
  assert.equal(so.length, 1);
});

test('a township the gazetteer lacks here is not placed at a namesake abroad', () => {
  const records = extractArticle(
    art('mm3', 'Soldiers raided a village in Sagaing Region on Monday, killing five civilians. In a separate clash in Kale township, PDF fighters attacked a military convoy, killing three soldiers.'),
  );
  assert.equal(records.length, 2);
  for (const r of records) {
    assert.equal(r.country, 'MM');
    assert.ok([r.actor1_country, r.actor2_country].every((c) => c === 'MM' || c == null), JSON.stringify([r.actor1, r.actor2]));
  }
});
