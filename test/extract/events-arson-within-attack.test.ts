/** Arson told as a side act of an attack (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';

const typeOf = (text: string) => extractArticle({ id: 't', text, published: '2025-05-20', outlet: null, url: null, title: null }).map((r) => `${r.event_type} / ${r.sub_event_type}`);

test('events: houses burned within an attack that killed people keep the attack\'s type', () => {
  assert.deepEqual(typeOf('Gunmen killed five villagers in Tanda on Sunday. The gunmen also burned houses.'), ['Violence against civilians / Attack']);
  assert.deepEqual(typeOf('Bandits shot dead seven farmers in Maru on Sunday and burned down homes in the village.'), ['Violence against civilians / Attack']);
  // With nobody hurt, burning houses is property destruction.
  assert.deepEqual(typeOf('Gunmen burned houses in Tanda village on Sunday.'), ['Strategic developments / Looting/property destruction']);
});
