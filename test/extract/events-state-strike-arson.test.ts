/** A state's singular "strike" ("an Israeli strike", "a US strike") is an air/drone strike (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, extractArticle } from '../../src/extract/pipeline.js';

const records = (text: string) => extractArticle({ id: 't', text, published: '2025-05-20', outlet: null, url: null, title: null });
const typeOf = (text: string) => records(text).map((r) => `${r.event_type} / ${r.sub_event_type}`);

test('events: "an Israeli strike", "a Russian strike", "a US strike" by a state\'s forces are air/drone strikes', () => {
  for (const text of [
    'An Israeli strike hit a house in Khan Younis on Monday, killing four people.',
    'A Russian strike hit an apartment block in Kharkiv overnight, killing three civilians.',
    'A US strike killed a senior al-Shabaab commander near Jilib on Sunday.',
    'A Turkish drone strike killed two PKK fighters near Qandil.',
    'A Saudi-led coalition strike hit a wedding party in Hajjah on Monday, killing 12 civilians.',
  ])
    assert.deepEqual(typeOf(text), ['Explosions/Remote violence / Air/drone strike'], text);
});

test('actors: "a Saudi-led coalition strike" is the Saudi-led coalition\'s, not the US-led one\'s', () => {
  const text = 'A Saudi-led coalition strike hit a wedding party in Hajjah on Monday, killing 12 civilians.';
  const keys = analyze({ id: 't', text, published: '2025-05-20', outlet: null, url: null, title: null }).actors.map((a) => a.key);
  assert.ok(keys.includes('saudi-coalition') && !keys.includes('coalition-oir'), JSON.stringify(keys));
  assert.equal(records(text)[0]?.actor1, 'Military Forces of Saudi Arabia');
});

test('events: a strike that no state force carries out is no air strike (a labour strike, a hunger strike)', () => {
  assert.deepEqual(typeOf('Dock workers went on strike in Mombasa on Monday over unpaid wages.'), []);
  assert.ok(!typeOf('Protesters began a hunger strike in Lagos on Monday.').some((t) => t.includes('Air/drone strike')));
});
