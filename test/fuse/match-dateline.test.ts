/** Fusion reads datelines with the project's one dateline reader: a wire's filing city is not a place its report names. Sentences written for this test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesPlaceOf } from '../../src/fuse/match.js';
import { claim, record } from './helpers.js';

const ukraine = { country: 'UA', event_date: '2025-03-07', event_type: 'Explosions/Remote violence' as const, sub_event_type: 'Shelling/artillery/missile attack' };

test("a wire dateline ('MOSCOW, March 7. /TASS/.', 'Kyiv (Reuters) -') does not name its city; the same city in the story does", () => {
  const atMoscow = record({ id: 'm', articles: ['m1'], ...ukraine, country: 'RU', location: 'Moscow', admin1: null, latitude: 55.75, longitude: 37.62 });
  const tass = record({
    id: 't', articles: ['t1'], ...ukraine, location: 'Kupiansk', admin1: 'Kharkiv', latitude: 49.71, longitude: 37.62,
    claims: [claim('fatalities', 30, 'Defense Ministry', 't1', { quote: 'MOSCOW, March 7. /TASS/. Russian forces struck Ukrainian troops near Kupiansk, killing up to 30 servicemen.' })],
  });
  assert.equal(namesPlaceOf(tass, atMoscow), false);
  const told = record({
    id: 'u', articles: ['u1'], ...ukraine, location: 'Kupiansk', admin1: 'Kharkiv', latitude: 49.71, longitude: 37.62,
    claims: [claim('fatalities', 30, 'Defense Ministry', 'u1', { quote: 'The ministry in Moscow said its forces struck Ukrainian troops, killing up to 30 servicemen.' })],
  });
  assert.equal(namesPlaceOf(told, atMoscow), true);
  // A dateline in title case with its credit ("Kyiv (Reuters) -") is one too: the old capitals-only pattern kept it.
  const atKyiv = record({ id: 'k', articles: ['k1'], ...ukraine, location: 'Kyiv', admin1: null, latitude: 50.45, longitude: 30.52 });
  for (const quote of ['Kyiv (Reuters) - A missile hit an apartment block in the east overnight, killing three people.', 'KYIV, Ukraine (AP) — A missile hit an apartment block in the east overnight, killing three people.']) {
    const wire = record({ id: 'w', articles: ['w1'], ...ukraine, location: 'Kupiansk', claims: [claim('fatalities', 3, 'officials', 'w1', { quote })] });
    assert.equal(namesPlaceOf(wire, atKyiv), false, quote);
  }
});
