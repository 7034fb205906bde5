/**
 * `sitrep places` and `sitrep gazetteer import` end to end on files written here, with the real gazetteer
 * and a user layer in a temporary folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-test-'));
process.env.SITREP_USER_GAZETTEER_DIR = join(dir, 'user');

const { run: places } = await import('../../src/cli/places.js');
const { run: gazetteer } = await import('../../src/cli/gazetteer.js');
const { getGeoparser, resetGeoparser } = await import('../../src/geo/index.js');
const { placesComponent } = await import('../../src/extract/places.js');
const { createDoc } = await import('../../src/doc.js');

test('sitrep places writes one line per article and skips bad lines', async () => {
  const input = join(dir, 'in.jsonl');
  const out = join(dir, 'out.jsonl');
  writeFileSync(
    input,
    [
      JSON.stringify({ id: 'a1', text: 'Shelling hit Aleppo and Homs.', published: '2020-01-02' }),
      '{not json',
      JSON.stringify({ id: 'a2', text: '' }),
      JSON.stringify({ id: 'a3' }),
    ].join('\n'),
  );
  const code = await places([input, '--out', out]);
  assert.equal(code, 0);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a1', 'a2']);
  const first = lines[0].places;
  assert.deepEqual(first.map((p: { text: string }) => p.text), ['Aleppo', 'Homs']);
  for (const k of ['start', 'end', 'text', 'latitude', 'longitude', 'geonameid', 'country', 'admin1', 'geo_precision']) assert.ok(k in first[0], k);
  assert.deepEqual(lines[1].places, []);
});

test('sitrep gazetteer import adds a GeoNames dump that the geoparser then finds', async () => {
  resetGeoparser();
  assert.equal(getGeoparser().lookup('Qaryat Zalbani').length, 0, 'not in cities500');
  const dump = join(dir, 'SY.txt');
  const row = (id: number, name: string, alt: string, lat: number, lon: number, cls: string, code: string) =>
    [id, name, name, alt, lat, lon, cls, code, 'SY', '', '09', '', '', '', 0, '', 300, 'Asia/Damascus', '2020-01-01'].join('\t');
  writeFileSync(
    dump,
    [row(99000001, 'Qaryat Zalbani', 'Zalbani,Zelbani', 36.3, 37.1, 'P', 'PPL'), row(99000002, 'Jabal Zalbani', '', 36.4, 37.2, 'T', 'MT'), 'broken line'].join('\n') + '\n',
  );
  const code = await gazetteer(['import', dump]);
  assert.equal(code, 0);
  resetGeoparser();
  const found = getGeoparser().lookup('Zelbani');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.geonameid, 99000001);
  const p = getGeoparser().parse('Fighting was reported in Zalbani on Sunday.').find((x) => x.text === 'Zalbani');
  assert.equal(p?.geonameid, 99000001);
  assert.equal(p?.admin1, 'Aleppo');
});

test('placesComponent fills doc.places with sentences and the country context', () => {
  resetGeoparser();
  const doc = createDoc({ id: 'd', text: 'Rockets hit Kabul. Later, clashes were reported in Kandahar and Herat.', outlet: null, url: null, published: null, title: null });
  doc.sentences = [
    { start: 0, end: 18, text: 'Rockets hit Kabul.', index: 0, paragraph: 0, caption: false },
    { start: 19, end: 70, text: doc.text.slice(19), index: 1, paragraph: 0, caption: false },
  ];
  placesComponent.run(doc);
  assert.deepEqual(doc.places.map((p) => [p.text, p.sentence]), [['Kabul', 0], ['Kandahar', 1], ['Herat', 1]]);
  assert.equal(doc.country, 'AF');
  const bare = createDoc({ id: 'e', text: 'Clashes in Mosul.', outlet: null, url: null, published: null, title: null });
  placesComponent.run(bare);
  assert.equal(bare.places[0]?.sentence, 0);
  assert.equal(bare.country, 'IQ');
});
