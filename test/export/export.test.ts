import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  ACLED_COLUMNS,
  CONTRACT_FIELDS,
  UCDP_COLUMNS,
  formatRecords,
  interaction,
  toGeoJson,
  writeAtomically,
} from '../../src/export/index.js';
import type { IncidentRecord } from '../../src/types.js';

function rec(over: Partial<IncidentRecord> & { id: string }): IncidentRecord {
  return {
    articles: ['a1', 'a2'],
    event_date: '2020-02-12',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Syria',
    actor2: 'Military Forces of the United States',
    inter1: 1,
    inter2: 8,
    actor1_country: 'SY',
    actor2_country: 'US',
    assoc_actor_1: ['NDF'],
    assoc_actor_2: [],
    country: 'SY',
    admin1: 'Al-Hasakah',
    admin2: 'Qamishli',
    location: 'Khirbet Ammu',
    latitude: 37.05,
    longitude: 41.3,
    geo_precision: 2,
    fatalities: 1,
    fatalities_low: 1,
    fatalities_high: 2,
    injuries: 1,
    sources: ['SANA', 'SOHR'],
    claims: [{ attribute: 'fatalities', value: 1, source: 'SANA', article: 'a1', quote: 'One man was killed, SANA said.' }],
    disputes: [{ attribute: 'civilian_status', values: [{ value: 'civilian', sources: ['SANA'] }, { value: 'unclear', sources: ['SOHR'] }] }],
    notes: 'Villagers, "backed by" militia, confronted a US patrol,\nwhich opened fire.',
    outlets: ['CNN'],
    ...over,
  };
}

test('jsonl: CONTRACT fields first, all present, extras after; one object per line', () => {
  const sparse = { id: 'b', event_type: 'Battles', sub_event_type: 'Armed clash', time_precision: 1, geo_precision: 1 } as unknown as IncidentRecord;
  const out = formatRecords([rec({ id: 'a' }), sparse], 'jsonl');
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const a = JSON.parse(lines[0]!);
  assert.deepEqual(Object.keys(a).slice(0, CONTRACT_FIELDS.length), [...CONTRACT_FIELDS]);
  assert.deepEqual(a.outlets, ['CNN']);
  const b = JSON.parse(lines[1]!);
  for (const f of CONTRACT_FIELDS) assert.ok(f in b, f);
  assert.deepEqual(b.claims, []);
  assert.equal(b.latitude, null);
  assert.equal(b.notes, '');
});

test('csv: ACLED columns in order, text inter labels, names and numeric iso, RFC 4180 quoting', () => {
  const out = formatRecords([rec({ id: 'SYR1' }), rec({ id: 'YEM2', country: 'YE', fatalities: null, inter1: 3, actor1_country: 'YE', inter2: 7, event_type: 'Violence against civilians', sub_event_type: 'Attack' })], 'csv', { timestamp: 1700000000 });
  assert.ok(out.endsWith('\r\n'));
  const rows: string[][] = parse(out);
  assert.deepEqual(rows[0]!.slice(0, 31), [...ACLED_COLUMNS]);
  assert.deepEqual(rows[0]!.slice(31, 39), ['inter1_code', 'inter2_code', 'injuries', 'fatalities_low', 'fatalities_high', 'sources', 'disputes', 'articles']);
  const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
  assert.equal(row.event_id_cnty, 'SYR1');
  assert.equal(row.year, '2020');
  assert.equal(row.disorder_type, 'Political violence');
  assert.equal(row.inter1, 'State forces');
  assert.equal(row.inter2, 'External/Other forces');
  assert.equal(row.interaction, 'State forces-External/Other forces');
  assert.equal(row.iso, '760');
  assert.equal(row.country, 'Syria');
  assert.equal(row.region, 'Middle East');
  assert.equal(row.assoc_actor_1, 'NDF');
  assert.equal(row.source, 'CNN; SANA; SOHR');
  assert.equal(row.notes, 'Villagers, "backed by" militia, confronted a US patrol,\nwhich opened fire.');
  assert.equal(row.timestamp, '1700000000');
  assert.equal(row.inter1_code, '1');
  assert.equal(row.disputes, 'civilian_status: civilian (SANA) | unclear (SOHR)');
  assert.equal(row.articles, 'a1; a2');
  const yem = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[2]![i]]));
  assert.equal(yem.country, 'Yemen');
  assert.equal(yem.iso, '887');
  assert.equal(yem.fatalities, '0'); // ACLED writes 0 when no figure was reported
  assert.equal(yem.civilian_targeting, 'Civilian targeting');
  assert.equal(yem.interaction, 'Political militia-Civilians');
  // The raw text quotes the notes field and doubles its quotes.
  assert.ok(out.includes('"Villagers, ""backed by"" militia, confronted a US patrol,\nwhich opened fire."'));
});

test('csv: extra columns requested by the caller follow the extras', () => {
  const r = { ...rec({ id: 'x' }), grade: 'contested' } as IncidentRecord;
  const rows: string[][] = parse(formatRecords([r], 'acled-csv', { extraColumns: ['grade'] }));
  assert.equal(rows[0]!.at(-1), 'grade');
  assert.equal(rows[1]!.at(-1), 'contested');
});

test('interaction labels', () => {
  assert.equal(interaction(8, 1), 'State forces-External/Other forces');
  assert.equal(interaction(6, null), 'Protesters only');
  assert.equal(interaction(null, null), '');
});

test('ucdp-csv: GED column names, state side first, one-sided violence, best/low/high and date ranges', () => {
  const rows: string[][] = parse(
    formatRecords(
      [
        rec({ id: 'a', inter1: 2, actor1: 'Rebels', inter2: 1, actor2: 'Military Forces of Syria', fatalities: 21, fatalities_low: 21, fatalities_high: 100, disputes: [{ attribute: 'fatalities', values: [] }] }),
        rec({ id: 'b', inter1: 3, actor1: 'Houthis', inter2: 7, actor2: 'Civilians (Yemen)', country: 'YE', time_precision: 3, event_date: '2020-02-12', fatalities: 5, fatalities_low: 4, fatalities_high: 26 }),
        rec({ id: 'c', latitude: null, longitude: null, admin1: null, fatalities: null, fatalities_low: null, fatalities_high: null, time_precision: 2 }),
      ],
      'ucdp-csv',
    ),
  );
  assert.deepEqual(rows[0], [...UCDP_COLUMNS]);
  const get = (i: number) => Object.fromEntries(rows[0]!.map((h, k) => [h, rows[i]![k]]));
  const a = get(1);
  assert.equal(a.type_of_violence, '1');
  assert.equal(a.side_a, 'Military Forces of Syria');
  assert.equal(a.side_b, 'Rebels');
  assert.deepEqual([a.best, a.low, a.high], ['21', '21', '100']);
  assert.equal(a.event_clarity, '2');
  assert.equal(a.where_prec, '2');
  assert.equal(a.geom_wkt, 'POINT (41.3 37.05)');
  assert.equal(a.source_original, 'SANA; SOHR');
  const b = get(2);
  assert.equal(b.type_of_violence, '3');
  assert.equal(b.deaths_civilians, '5');
  assert.equal(b.deaths_unknown, '0');
  assert.deepEqual([b.date_prec, b.date_start, b.date_end], ['4', '2020-02-01', '2020-02-29']);
  assert.equal(b.country, 'Yemen');
  const c = get(3);
  assert.equal(c.where_prec, '6');
  assert.equal(c.best, '0');
  assert.deepEqual([c.date_prec, c.date_start, c.date_end], ['3', '2020-02-12', '2020-02-18']);
});

test('geojson: Points in lon/lat order, properties without claims, records without coordinates counted', () => {
  const fc = toGeoJson([rec({ id: 'a' }), rec({ id: 'b', latitude: null, longitude: null })]);
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 1);
  assert.equal(fc.skipped, 1);
  const f = fc.features[0]!;
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [41.3, 37.05] });
  assert.equal(f.properties.id, 'a');
  assert.ok(!('claims' in f.properties));
  assert.deepEqual(f.properties.sources, ['SANA', 'SOHR']);
  assert.deepEqual(JSON.parse(formatRecords([rec({ id: 'a' })], 'geojson')).features.length, 1);
});

test('table: one line per record plus header, rule and count; fits the width', () => {
  const out = formatRecords([rec({ id: 'a' }), rec({ id: 'b', event_date: null, time_precision: 3, actor2: null, fatalities: null, fatalities_low: null, fatalities_high: null })], 'table', { width: 100 });
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 5);
  assert.match(lines[0]!, /^date\s+type\s+location\s+actors\s+killed l\/b\/h\s+sources\s+articles$/);
  assert.match(lines[2]!, /^2020-02-12 /);
  assert.match(lines[2]!, /1\/1\/2/);
  assert.match(lines[3]!, /^undated~/);
  assert.match(lines[3]!, /-\/-\/-/);
  assert.equal(lines[4], '2 incidents  (~ date not to the day; ! disputed toll)');
  for (const l of lines) assert.ok(l.length <= 100, `${l.length}: ${l}`);
});

test('unknown format is an error', () => {
  assert.throws(() => formatRecords([], 'xml'), /unknown export format 'xml'/);
});

test('writeAtomically replaces the file whole and leaves no temporary file; a failed write keeps the old one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  try {
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, 'old\n');
    writeAtomically(path, 'new content\n');
    assert.equal(readFileSync(path, 'utf8'), 'new content\n');
    assert.deepEqual(readdirSync(dir), ['out.jsonl']);
    // Writing into a missing folder fails without touching anything.
    assert.throws(() => writeAtomically(join(dir, 'missing', 'x.csv'), 'x'));
    assert.deepEqual(readdirSync(dir), ['out.jsonl']);
    assert.equal(readFileSync(path, 'utf8'), 'new content\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
