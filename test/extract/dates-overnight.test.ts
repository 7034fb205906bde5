/** "overnight from Saturday to Sunday" and a lead dated only "overnight" with the weekday told next. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/extract/dates.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published: string): Article => ({ id, text, published, outlet: null, url: null, title: null });

test('"overnight from Saturday to Sunday" dates the weekend night, not the day before publication', () => {
  const [r] = extractArticle(art('d1', 'Nigerien troops killed 11 jihadists who attacked an army post near Diffa overnight from Saturday to Sunday, the army said on Monday.', '2024-09-03'));
  assert.ok(r);
  assert.ok(['2024-08-31', '2024-09-01'].includes(r.event_date!), r.event_date!);
});

test('a lead dated only "overnight", then "the attackers struck … late on Tuesday": Tuesday', () => {
  const [r] = extractArticle(art('d2', 'Gunmen killed 14 villagers in an overnight raid in Plateau state, officials said on Thursday. The attackers struck Mushere village late on Tuesday, a community leader said.', '2024-03-14'));
  assert.ok(r);
  assert.equal(r.event_date, '2024-03-12');
});

test('a weekday that is a first name ("local leader Monday Kassah") is no date', () => {
  const [r] = extractArticle(art('d3', 'Gunmen killed nine villagers in Bokkos area of Plateau state on Tuesday, said local leader Monday Kassah.', '2024-03-14'));
  assert.ok(r);
  assert.equal(r.event_date, '2024-03-12');
  assert.deepEqual(findDates('The attack was confirmed by Pastor Sunday Adamu and by local leader Monday Kassah.', '2024-03-14'), []);
  assert.equal(findDates('Gunmen attacked the village on Monday, police said.', '2024-03-14').length, 1);
});
