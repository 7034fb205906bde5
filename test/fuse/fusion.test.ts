import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseBatch, isSameIncident, matchEvidence, mergeRecords, sameIncident } from '../../src/fuse/index.js';
import type { IncidentRecord } from '../../src/types.js';
import { claim, record } from './helpers.js';

test('two reports of one clash from different articles match', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  const b = record({ id: 'b', articles: ['a2'], location: 'Khirbet Ammu', latitude: 37.05, longitude: 41.3, geo_precision: 2 });
  assert.ok(sameIncident(a, b) > 0.8, String(sameIncident(a, b)));
  assert.ok(isSameIncident(a, b));
});

test('records of the same article never match', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  const b = record({ id: 'b', articles: ['a1'] });
  assert.equal(sameIncident(a, b), 0);
  assert.equal(matchEvidence(a, b).reason, 'same article');
});

test('dates: a day apart matches, a week apart at day precision does not; week precision allows it', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  assert.ok(isSameIncident(a, record({ id: 'b', articles: ['a2'], event_date: '2020-02-13' })));
  assert.equal(sameIncident(a, record({ id: 'b', articles: ['a2'], event_date: '2020-02-19' })), 0);
  assert.ok(sameIncident(a, record({ id: 'b', articles: ['a2'], event_date: '2020-02-17', time_precision: 2 })) > 0);
});

test('an unknown date is weak evidence: it matches only with a precise place', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  const samePlace = record({ id: 'b', articles: ['a2'], event_date: null });
  assert.ok(isSameIncident(a, samePlace));
  const vaguePlace = record({ id: 'c', articles: ['a2'], event_date: null, location: null, latitude: null, longitude: null, geo_precision: 3 });
  assert.ok(!isSameIncident(a, vaguePlace));
});

test('places: different countries never match; far apart in another province does not', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  assert.equal(sameIncident(a, record({ id: 'b', articles: ['a2'], country: 'IQ' })), 0);
  const idlib = record({ id: 'c', articles: ['a2'], admin1: 'Idlib', location: 'Saraqib', latitude: 35.86, longitude: 36.8 });
  assert.equal(sameIncident(a, idlib), 0);
});

test('event types: Battles and Explosions/Remote violence are compatible, a protest and a battle are not', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  const shelling = record({ id: 'b', articles: ['a2'], event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' });
  assert.ok(isSameIncident(a, shelling));
  const protest = record({ id: 'c', articles: ['a2'], event_type: 'Protests', sub_event_type: 'Peaceful protest', inter1: 6 });
  assert.equal(sameIncident(a, protest), 0);
});

test('actors: overlapping dyads score higher than disjoint ones', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  const same = record({ id: 'b', articles: ['a2'] });
  const other = record({ id: 'c', articles: ['a2'], inter1: 2, actor1_country: 'SY', inter2: 4, actor2_country: 'SY' });
  assert.ok(sameIncident(a, same) > sameIncident(a, other));
});

test('mergeRecords unites articles, claims and outlets, keeps the first id, recomputes figures', () => {
  const a = record({
    id: 'a',
    articles: ['a1'],
    outlets: ['CNN'],
    location: 'Qamishli',
    geo_precision: 2,
    time_precision: 2,
    event_date: '2020-02-10',
    claims: [claim('fatalities', 1, 'SANA', 'a1'), claim('initiator', 'US forces', 'SANA', 'a1')],
  });
  const b = record({
    id: 'b',
    articles: ['a2'],
    outlets: ['RT'],
    location: 'Khirbet Ammu',
    latitude: 37.05,
    longitude: 41.3,
    geo_precision: 1,
    claims: [claim('fatalities', 2, 'SOHR', 'a2'), claim('initiator', 'pro-government militia', 'OIR', 'a2')],
  });
  const m = mergeRecords([a, b]);
  assert.equal(m.id, 'a');
  assert.deepEqual(m.absorbed, ['b']);
  assert.deepEqual(m.articles, ['a1', 'a2']);
  assert.deepEqual(m.outlets, ['CNN', 'RT']);
  assert.equal(m.claims.length, 4);
  assert.equal(m.event_date, '2020-02-12'); // day precision beats week precision
  assert.equal(m.time_precision, 1);
  assert.equal(m.location, 'Khirbet Ammu'); // one precise place beats one vaguer one
  assert.equal(m.fatalities, 1);
  assert.equal(m.fatalities_high, 2);
  assert.deepEqual(m.sources, ['SANA', 'SOHR', 'OIR']);
  assert.deepEqual(m.disputes.map((d) => d.attribute).sort(), ['fatalities', 'initiator']);
});

test('mergeRecords: the location most reports cite wins over a single more precise one', () => {
  const q = (id: string, art: string) => record({ id, articles: [art], location: 'Qamishli', geo_precision: 2 });
  const k = record({ id: 'k', articles: ['a3'], location: 'Khirbet Ammu', latitude: 37.05, longitude: 41.3, geo_precision: 1 });
  const m = mergeRecords([k, q('q1', 'a1'), q('q2', 'a2')]);
  assert.equal(m.id, 'k');
  assert.equal(m.location, 'Qamishli');
  assert.deepEqual(m.absorbed, ['q1', 'q2']);
});

test('fuseBatch: one article cannot contribute two records to an incident; the better match wins', () => {
  // Article n1 reports two blasts in one city on one day; article n2 reports only the airport one.
  const airport = record({
    id: 'n1-airport',
    articles: ['n1'],
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    inter1: 3,
    actor1_country: 'YE',
    inter2: 7,
    actor2_country: 'YE',
    country: 'YE',
    admin1: 'Aden',
    location: 'Aden International Airport',
    latitude: 12.83,
    longitude: 45.03,
    event_date: '2020-12-30',
  });
  const palace: IncidentRecord = { ...airport, id: 'n1-palace', inter2: 1, location: 'Maashiq Palace', latitude: 12.77, longitude: 45.05 };
  const report2: IncidentRecord = { ...airport, id: 'n2-airport', articles: ['n2'] };
  const out = fuseBatch([palace, airport, report2]);
  assert.equal(out.length, 2);
  const merged = out.find((r) => r.articles.length === 2)!;
  assert.deepEqual([...merged.articles].sort(), ['n1', 'n2']);
  assert.equal(merged.location, 'Aden International Airport');
  assert.ok(out.some((r) => r.id === 'n1-palace' && r.articles.length === 1));
});

test('fuseBatch does not chain: A~B and B~C with A and C far apart stay apart', () => {
  const a = record({ id: 'a', articles: ['a1'], event_date: '2020-02-10', time_precision: 1 });
  const b = record({ id: 'b', articles: ['a2'], event_date: '2020-02-12', time_precision: 2 });
  const c = record({ id: 'c', articles: ['a3'], event_date: '2020-02-17', time_precision: 1 });
  assert.ok(sameIncident(a, b) > 0 && sameIncident(b, c) > 0);
  assert.equal(sameIncident(a, c), 0);
  const out = fuseBatch([a, b, c]);
  assert.equal(out.length, 2);
  assert.ok(!out.some((r) => r.articles.includes('a1') && r.articles.includes('a3')));
});

test('fuseBatch sorts by date then id and keeps unrelated records apart', () => {
  const out = fuseBatch([
    record({ id: 'z', articles: ['a1'], event_date: '2020-03-01', country: 'IQ', admin1: 'Baghdad', location: 'Camp Taji', latitude: 33.52, longitude: 44.26 }),
    record({ id: 'y', articles: ['a2'], event_date: null }),
    record({ id: 'x', articles: ['a3'], event_date: '2020-02-12' }),
    record({ id: 'w', articles: ['a4'], event_date: '2020-02-12', country: 'YE', admin1: 'Aden', location: 'Aden', latitude: 12.78, longitude: 45.04 }),
  ]);
  // y (undated, same place as x) merges into x; the rest stay apart.
  assert.deepEqual(out.map((r) => r.id), ['w', 'y', 'z']);
  assert.deepEqual(out[1]!.articles, ['a2', 'a3']);
  assert.equal(out[1]!.event_date, '2020-02-12');
});

test('fuseBatch scales: 4000 records, 2000 incidents each told by two articles', () => {
  const countries = [
    ['SY', 33, 36],
    ['IQ', 30, 40],
    ['YE', 13, 43],
    ['NG', 5, 4],
  ] as const;
  const recs: IncidentRecord[] = [];
  for (let i = 0; i < 4000; i++) {
    const k = Math.floor(i / 2);
    const [cc, lat, lon] = countries[k % 4]!;
    const date = new Date(Date.UTC(2020, 0, 1 + (k % 300))).toISOString().slice(0, 10);
    recs.push(
      record({
        id: `r${String(i).padStart(4, '0')}`,
        articles: [`art${i}`],
        country: cc,
        admin1: `P${k % 7}`,
        location: `L${k}`,
        latitude: lat + (k % 7) * 0.8,
        longitude: lon + (k % 7) * 0.8,
        event_date: date,
        claims: [claim('fatalities', (i % 3) + 1, `S${i % 2}`, `art${i}`)],
      }),
    );
  }
  const out = fuseBatch(recs);
  assert.equal(out.length, 2000);
  for (const r of out) {
    const [x, y] = r.articles.map((a) => Number(a.slice(3))).sort((p, q) => p - q);
    assert.equal(r.articles.length, 2);
    assert.equal(Math.floor(x! / 2), Math.floor(y! / 2));
  }
});

test('an unknown place with only partly shared actors is not enough to merge', () => {
  const a = record({ id: 'a', articles: ['a1'] });
  const nowhere = record({ id: 'b', articles: ['a2'], location: null, admin1: null, admin2: null, latitude: null, longitude: null, geo_precision: 3, inter2: 2, actor2_country: 'SY' });
  assert.ok(!isSameIncident(a, nowhere), String(sameIncident(a, nowhere)));
  assert.ok(isSameIncident(a, { ...nowhere, inter2: 8, actor2_country: 'US' }));
});

test('an undated record placed only at a country centroid does not join a dated one there', () => {
  const centroid = { location: 'Syria', admin1: null, admin2: null, latitude: 35, longitude: 38, geo_precision: 3 as const };
  const a = record({ id: 'a', articles: ['a1'], ...centroid });
  const undated = record({ id: 'b', articles: ['a2'], event_date: null, ...centroid });
  assert.ok(!isSameIncident(a, undated), String(sameIncident(a, undated)));
  // Dated the same day, two province-level reports of one dyad still fuse.
  assert.ok(isSameIncident(a, record({ id: 'c', articles: ['a3'], ...centroid })));
});

test('a riot and a clash of the same dyad, day and place can be one incident; a protest and a clash cannot', () => {
  const clash = record({ id: 'a', articles: ['a1'] });
  const riot = record({ id: 'b', articles: ['a2'], event_type: 'Riots', sub_event_type: 'Mob violence', inter1: 5 });
  assert.ok(isSameIncident(clash, riot), String(sameIncident(clash, riot)));
  assert.equal(sameIncident(clash, { ...riot, event_type: 'Protests', sub_event_type: 'Peaceful protest' }), 0);
});

test('publication dates: an event after an article was published is not what it reported; undated reports look back a window', () => {
  const pub = (r: IncidentRecord, ...dates: string[]) => ({ ...r, published: dates }) as IncidentRecord;
  // b's article, published 2020-02-05, cannot report an event of 2020-02-12.
  const a = record({ id: 'a', articles: ['a1'] });
  const early = pub(record({ id: 'b', articles: ['a2'], event_date: '2020-02-12' }), '2020-02-05');
  assert.equal(sameIncident(a, early), 0);
  assert.equal(sameIncident(early, a), 0, 'either way round');
  // Without publication dates the same pair matches: the rule needs the extra field.
  assert.ok(isSameIncident(a, record({ id: 'b', articles: ['a2'], event_date: '2020-02-12' })));
  // Published the day after the event: fine; a day or two of slack for time zones and filing.
  assert.ok(isSameIncident(a, pub(record({ id: 'b', articles: ['a2'] }), '2020-02-13')));
  assert.ok(isSameIncident(a, pub(record({ id: 'b', articles: ['a2'] }), '2020-02-11')));
  // A merged incident happened before its first article.
  assert.equal(sameIncident(a, pub(record({ id: 'b', articles: ['a2', 'a3'] }), '2020-03-01', '2020-01-20')), 0);
  // An undated report published 2020-02-20 matches an incident of 2020-02-12 at the place…
  const undated = pub(record({ id: 'u', articles: ['a4'], event_date: null }), '2020-02-20');
  assert.ok(isSameIncident(a, undated));
  // …but not one a year before its publication, nor one after it.
  assert.equal(sameIncident(record({ id: 'old', articles: ['a5'], event_date: '2019-02-12' }), undated), 0);
  assert.equal(sameIncident(record({ id: 'late', articles: ['a5'], event_date: '2020-03-12' }), undated), 0);
  // Two undated reports published two years apart are two incidents; a week apart may be one.
  assert.equal(sameIncident(undated, pub(record({ id: 'u2', articles: ['a6'], event_date: null }), '2022-02-20')), 0);
  assert.ok(sameIncident(undated, pub(record({ id: 'u3', articles: ['a6'], event_date: null }), '2020-02-27')) > 0);
  // mergeRecords keeps the dates of every article, so a merged record keeps the rule.
  const merged = mergeRecords([pub(record({ id: 'm1', articles: ['b1'] }), '2020-02-14'), pub(record({ id: 'm2', articles: ['b2'] }), '2020-02-13')]);
  assert.deepEqual((merged as IncidentRecord & { published?: string[] }).published, ['2020-02-13', '2020-02-14']);
  assert.equal(sameIncident(merged, record({ id: 'x', articles: ['b3'], event_date: '2020-02-20' })), 0);
  assert.equal((mergeRecords([a, record({ id: 'c', articles: ['a9'] })]) as { published?: unknown }).published, undefined);
});
