import test from 'node:test';
import assert from 'node:assert/strict';
import { findDateline, readDateline, withoutDateline } from '../../src/ingest/dateline.js';

const read = (s: string) => {
  const d = readDateline(s, 0);
  return d && { place: d.place.text, region: d.region?.text ?? null, date: d.date?.text ?? null, credit: d.credit, rest: s.slice(d.end) };
};

test('wire datelines: place, region, date and credit', () => {
  assert.deepEqual(read('KHARTOUM, June 10 (Reuters) - A drone struck'), { place: 'KHARTOUM', region: null, date: 'June 10', credit: 'Reuters', rest: 'A drone struck' });
  assert.deepEqual(read('KYIV, Ukraine (AP) — A Russian strike'), { place: 'KYIV', region: 'Ukraine', date: null, credit: 'AP', rest: 'A Russian strike' });
  assert.deepEqual(read('MAIDUGURI, Nigeria, March 14 (Reuters) - Gunmen'), { place: 'MAIDUGURI', region: 'Nigeria', date: 'March 14', credit: 'Reuters', rest: 'Gunmen' });
  assert.deepEqual(read('MOSCOW, March 7. /TASS/. Russian forces struck'), { place: 'MOSCOW', region: null, date: 'March 7', credit: 'TASS', rest: 'Russian forces struck' });
  assert.deepEqual(read('MOGADISHU, June 12 (Xinhua) -- Al-Shabaab'), { place: 'MOGADISHU', region: null, date: 'June 12', credit: 'Xinhua', rest: 'Al-Shabaab' });
});

test('datelines without credit: a dash or a colon after a place in capitals', () => {
  assert.deepEqual(read('EL FASHER — The Rapid Support Forces denied'), { place: 'EL FASHER', region: null, date: null, credit: null, rest: 'The Rapid Support Forces denied' });
  assert.equal(read('PESHAWAR: Six soldiers were killed')?.place, 'PESHAWAR');
  assert.equal(read('PORT-AU-PRINCE, Haiti — Gangs')?.place, 'PORT-AU-PRINCE');
  assert.equal(read('GAZA CITY (AP) — Israeli strikes')?.place, 'GAZA CITY');
});

test('title-case places need a date or a credit', () => {
  assert.equal(read('Beirut (Reuters) - Israeli jets')?.place, 'Beirut');
  assert.equal(read('Kabul, March 8 — A blast')?.place, 'Kabul');
  assert.equal(read('Gunmen — some in uniform — stormed the village.'), null);
  assert.equal(read('Officials: the toll is rising'), null);
});

test('story lines and headers are not datelines', () => {
  assert.equal(read('UPDATE: the toll rose to 12'), null);
  assert.equal(read('A US patrol came under fire - officials said'), null);
  assert.equal(read('The SDF said on Monday that'), null);
});

test('the report dateline is found after a headline, and cut from a sentence', () => {
  const text = 'Six soldiers killed in attack\nBy Staff Reporter\nPESHAWAR: Six soldiers were killed on Saturday.';
  const d = findDateline(text)!;
  assert.equal(d.place.text, 'PESHAWAR');
  assert.equal(text.slice(d.place.start, d.place.end), 'PESHAWAR');
  assert.equal(text.slice(d.end), 'Six soldiers were killed on Saturday.');
  assert.equal(findDateline('Gunmen attacked a village.\nNo dateline here.'), null);
  assert.equal(withoutDateline('EL FASHER — The RSF said'), 'The RSF said');
  assert.equal(withoutDateline('The RSF said'), 'The RSF said');
});

test('the search goes on from a given offset, line by line', () => {
  const text = 'CNN —\nBEIRUT (Reuters) - Israeli jets struck.\nNo more.';
  const first = findDateline(text)!;
  assert.equal(first.place.text, 'CNN');
  const second = findDateline(text, first.end)!;
  assert.equal(second.place.text, 'BEIRUT');
  assert.equal(findDateline(text, second.end), null);
});
