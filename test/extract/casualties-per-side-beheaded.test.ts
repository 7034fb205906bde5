/** One death per side told in separate clauses, and beheadings (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import { findCasualties } from '../../src/extract/casualties.js';

const records = (text: string) => extractArticle({ id: 't', text, published: '2025-05-20', outlet: null, url: null, title: null });

test('casualties: one soldier and one militant killed in separate clauses are two dead', () => {
  assert.equal(records('A soldier was killed and a militant was killed in an exchange of fire near Kupwara on Tuesday.')[0]?.fatalities, 2);
  assert.equal(records('Two soldiers were killed and three militants were killed in a gunfight near Kupwara on Tuesday.')[0]?.fatalities, 5);
  // The same kind told twice is one count.
  assert.equal(records('A soldier was killed in a gunfight near Kupwara on Tuesday, and police said a soldier was killed.')[0]?.fatalities, 1);
});

test('casualties: "militants beheaded two farmers" counts two dead', () => {
  assert.deepEqual(findCasualties('Militants beheaded two farmers in Cabo Delgado on Friday.').map((c) => [c.kind, c.value]), [['killed', 2]]);
  assert.equal(records('Militants beheaded two farmers in Cabo Delgado on Friday.')[0]?.fatalities, 2);
});
