/** A named group and "gunmen" for one side: the named group is the side. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article, IncidentRecord } from '../../src/types.js';

const art = (id: string, text: string, published = '2023-06-16'): Article => ({ id, text, published, outlet: null, url: null, title: null });
const one = (text: string, published?: string): IncidentRecord => {
  const rs = extractArticle(art('g', text, published));
  assert.equal(rs.length, 1, JSON.stringify(rs.map((r) => [r.actor1, r.actor2])));
  return rs[0]!;
};
const actors = (r: IncidentRecord) => [r.actor1, r.actor2, ...r.assoc_actor_1, ...r.assoc_actor_2];

test('"the attackers were Boko Haram fighters": the gunmen are the named group, no unidentified side', () => {
  const r = one('Armed men on motorcycles attacked the village of Kukawa on Sunday, killing 20 civilians. Residents said the attackers were Boko Haram fighters.');
  assert.equal(r.event_type, 'Violence against civilians');
  assert.match(r.actor1 ?? '', /^Boko Haram/);
  assert.ok(!actors(r).some((a) => /^Unidentified/.test(a ?? '')), JSON.stringify(actors(r)));
  assert.ok(r.claims.some((c) => c.attribute === 'perpetrator' && /^Boko Haram/.test(String(c.value)) && c.source === 'Residents'));
});

test('"TTP militants carried out the attack": the group is the attacker, not an associate of the police', () => {
  const r = one('Gunmen ambushed a police patrol in Bannu on Tuesday, killing three officers. Police said TTP militants carried out the attack.');
  assert.deepEqual([r.inter1, r.actor1_country, r.inter2, r.actor2_country], [2, 'PK', 1, 'PK']);
  assert.match(r.actor1 ?? '', /^TTP/);
  assert.deepEqual([...r.assoc_actor_1, ...r.assoc_actor_2], []);
});

test('"X fighters and unidentified gunmen attacked": one side, the named group', () => {
  const r = one('Al-Shabaab fighters and unidentified gunmen attacked an army base near Afgoye on Monday, killing four soldiers.');
  assert.deepEqual([r.actor1, r.inter2, r.actor2_country], ['Al Shabaab', 1, 'SO']);
  assert.ok(!actors(r).some((a) => /^Unidentified/.test(a ?? '')), JSON.stringify(actors(r)));
});

test('gunmen who attack the named group stay a side of their own', () => {
  const r = one('Gunmen ambushed a convoy carrying Taliban fighters in Kunar on Monday, killing five of them.', '2019-06-16');
  assert.deepEqual([r.inter1, r.inter2].sort(), [2, 3]);
});

test('a group named only as the victim\'s affiliation is not the attacker', () => {
  const r = one('Qari Hussain, a spokesman for Ahle Sunnat Wal Jamaat (ASWJ), died of his injuries after an armed attack in Karachi on Monday.');
  assert.ok(!/ASWJ/.test(r.actor1 ?? ''), String(r.actor1));
  assert.equal(r.inter1, 3);
});
