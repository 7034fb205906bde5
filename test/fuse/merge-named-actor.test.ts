/** Merged reports: "Unidentified Armed Group" in one report gives way to the group another names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeRecords } from '../../src/fuse/index.js';
import { record } from './helpers.js';

const mali = { country: 'ML', admin1: 'Mopti', admin2: 'Bandiagara', location: 'Bandiagara', latitude: 14.35, longitude: -3.61, event_type: 'Violence against civilians' as const, sub_event_type: 'Attack' };
const gunmen = (id: string, article: string) =>
  record({ id, articles: [article], ...mali, actor1: 'Unidentified Armed Group (Mali)', inter1: 3, actor1_country: 'ML', actor2: 'Civilians (Mali)', inter2: 7, actor2_country: 'ML' });
const group = (id: string, article: string, name: string) =>
  record({ id, articles: [article], ...mali, actor1: name, inter1: 2, actor1_country: 'ML', actor2: 'Civilians (Mali)', inter2: 7, actor2_country: 'ML' });

test('two reports say gunmen, one names JNIM: the merged side is JNIM', () => {
  const m = mergeRecords([gunmen('a', 'a1'), gunmen('b', 'a2'), group('c', 'a3', "JNIM: Jama'at Nusrat al-Islam wal-Muslimin")]);
  assert.deepEqual([m.actor1, m.inter1, m.actor1_country], ["JNIM: Jama'at Nusrat al-Islam wal-Muslimin", 2, 'ML']);
  assert.deepEqual([m.actor2, m.inter2], ['Civilians (Mali)', 7]);
});

test('reports naming two different groups leave the side unidentified; a generic rebel side is no name', () => {
  const m = mergeRecords([gunmen('a', 'a1'), gunmen('b', 'a2'), group('c', 'a3', "JNIM: Jama'at Nusrat al-Islam wal-Muslimin"), group('d', 'a4', 'Islamic State (Sahel)')]);
  assert.equal(m.actor1, 'Unidentified Armed Group (Mali)');
  const g = mergeRecords([gunmen('a', 'a1'), gunmen('b', 'a2'), group('c', 'a3', 'Rebel Group (Mali)')]);
  assert.equal(g.actor1, 'Unidentified Armed Group (Mali)');
});
