import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseBatch, sameIncident } from '../../src/fuse/index.js';
import { claim, record } from './helpers.js';
import type { IncidentRecord } from '../../src/types.js';

const nigeria: Partial<IncidentRecord> = {
  country: 'NG', admin1: 'Borno', actor1: 'Rebel Group (Nigeria)', actor2: 'Military Forces of Nigeria', inter1: 2, inter2: 1,
  actor1_country: 'NG', actor2_country: 'NG', geo_precision: 1,
};

test('a record coded at its dateline city still matches the town its own sentences name', () => {
  const q = 'MAIDUGURI - Militants attacked a military base in Konduga, Borno state, on Monday night, killing three soldiers.';
  const dateline = record({
    id: 'a', articles: ['a1'], event_date: '2023-03-14', ...nigeria, location: 'Maiduguri', latitude: 11.85, longitude: 13.16,
    claims: [claim('fatalities', 3, 'army', 'a1', { quote: q })],
  });
  const town = record({
    id: 'b', articles: ['a2'], event_date: '2023-03-13', ...nigeria, location: 'Konduga', latitude: 11.65, longitude: 13.42,
    claims: [claim('fatalities', 5, 'security sources', 'a2', { quote: 'Jihadists killed five soldiers at a base in Konduga on Monday.' })],
  });
  // A different town the same day, whose sentences name neither.
  const other = record({
    id: 'c', articles: ['a3'], event_date: '2023-03-13', ...nigeria, location: 'Gwoza', latitude: 11.08, longitude: 13.69,
    claims: [claim('fatalities', 7, 'residents', 'a3', { quote: 'Fighters killed seven soldiers in Gwoza on Monday.' })],
  });
  assert.ok(sameIncident(dateline, town) >= 0.65);
  const fused = fuseBatch([dateline, town, other]);
  assert.equal(fused.length, 2);
  const k = fused.find((r) => r.articles.includes('a1'))!;
  assert.deepEqual([...k.articles].sort(), ['a1', 'a2']);
  assert.equal(k.location, 'Konduga');
});

test('a record whose sentences name its own place as well as the other town tells of both: no boost', () => {
  const both = record({
    id: 'a', articles: ['a1'], event_date: '2023-03-13', ...nigeria, location: 'Maiduguri', latitude: 11.85, longitude: 13.16,
    claims: [claim('fatalities', 3, 'police', 'a1', { quote: 'A bomb killed three people in Maiduguri on Monday, hours after an attack in Konduga.' })],
  });
  const town = record({
    id: 'b', articles: ['a2'], event_date: '2023-03-13', ...nigeria, location: 'Konduga', latitude: 11.65, longitude: 13.42,
    claims: [claim('fatalities', 5, 'security sources', 'a2', { quote: 'Jihadists killed five soldiers at a base in Konduga on Monday.' })],
  });
  assert.ok(sameIncident(both, town) < 0.65);
  assert.equal(fuseBatch([both, town]).length, 2);
  // Neither naming the other: two precise towns 35 km apart the same day, same dyad and type, stay apart.
  const plain = { ...both, claims: [claim('fatalities', 3, 'police', 'a1', { quote: 'A bomb killed three people in Maiduguri on Monday.' })] };
  assert.equal(sameIncident(plain, town), 0);
});
