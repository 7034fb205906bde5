import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recompute } from '../../src/fuse/index.js';
import { claim, record } from './helpers.js';

test('fatalities: the lowest figure across sources is the best, low/high span all claims', () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [claim('fatalities', 21, 'SOHR'), claim('fatalities', 100, 'OIR'), claim('injuries', 125, 'OIR')],
    }),
  );
  assert.equal(r.fatalities, 21);
  assert.equal(r.fatalities_low, 21);
  assert.equal(r.fatalities_high, 100);
  assert.equal(r.injuries, 125);
  assert.deepEqual(r.sources, ['SOHR', 'OIR']);
  assert.deepEqual(r.disputes, [
    { attribute: 'fatalities', values: [{ value: 21, sources: ['SOHR'] }, { value: 100, sources: ['OIR'] }] },
  ]);
});

test('no figure from any source gives null; "nobody died" gives 0', () => {
  const none = recompute(record({ id: 'x', fatalities: 7, claims: [claim('initiator', 'US forces', 'SANA')] }));
  assert.equal(none.fatalities, null);
  assert.equal(none.fatalities_low, null);
  assert.equal(none.fatalities_high, null);
  assert.equal(none.injuries, null);
  const zero = recompute(record({ id: 'x', claims: [claim('fatalities', 0, 'SANA')] }));
  assert.equal(zero.fatalities, 0);
  assert.equal(zero.fatalities_high, 0);
});

test('a claimant that updates its toll counts with its highest figure', () => {
  const r = recompute(
    record({ id: 'x', claims: [claim('fatalities', 5, 'health office'), claim('fatalities', 26, 'health office'), claim('fatalities', 22, 'witnesses')] }),
  );
  assert.equal(r.fatalities, 22);
  assert.equal(r.fatalities_low, 5);
  assert.equal(r.fatalities_high, 26);
  assert.equal(r.disputes.length, 1);
  assert.deepEqual(r.disputes[0]!.values.map((v) => v.value), [22, 26]);
});

test('vague figures: an open range contains a point inside it, so no dispute', () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [claim('fatalities', 101, 'Russian media', 'a1', { low: 101, high: null }), claim('fatalities', 120, 'SOHR')],
    }),
  );
  assert.equal(r.fatalities, 101);
  assert.equal(r.fatalities_low, 101);
  assert.equal(r.fatalities_high, 120);
  assert.deepEqual(r.disputes, []);
  const far = recompute(record({ id: 'x', claims: [claim('fatalities', 24, 'A', 'a1', { low: 24, high: 36 }), claim('fatalities', 10, 'B')] }));
  assert.equal(far.fatalities, 10);
  assert.equal(far.fatalities_high, 36);
  assert.deepEqual(far.disputes.map((d) => d.attribute), ['fatalities']);
});

test('a side-specific zero ("no US personnel were injured") does not undercut a positive figure', () => {
  const r = recompute(
    record({ id: 'x', claims: [claim('injuries', 2, 'SANA'), claim('injuries', 0, 'OIR', 'a1', { side: 'US forces' })] }),
  );
  assert.equal(r.injuries, 2);
  assert.deepEqual(r.disputes, []);
  // Without a side the zero is a competing "nobody was hurt" claim.
  const d = recompute(record({ id: 'x', claims: [claim('injuries', 2, 'SANA'), claim('injuries', 0, 'OIR')] }));
  assert.equal(d.injuries, 0);
  assert.deepEqual(d.disputes.map((x) => x.attribute), ['injuries']);
});

test('categorical disputes need different sources; one source saying two things is not a dispute', () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [
        claim('civilian_status', 'civilian', 'SANA'),
        claim('civilian_status', 'unclear', 'SOHR'),
        claim('initiator', 'US forces', 'SANA'),
        claim('initiator', 'US Forces', 'SANA', 'a2'),
        claim('weapon', 'rocket', 'police'),
        claim('weapon', 'drone', 'police'),
        claim('perpetrator', 'Houthis', 'unattributed', 'a1'),
        claim('perpetrator', 'Houthis', 'government'),
      ],
    }),
  );
  assert.deepEqual(r.disputes, [
    { attribute: 'civilian_status', values: [{ value: 'civilian', sources: ['SANA'] }, { value: 'unclear', sources: ['SOHR'] }] },
  ]);
  assert.deepEqual(r.sources, ['SANA', 'SOHR', 'police', 'government']);
});

test('unattributed claims of different articles are different voices', () => {
  const r = recompute(
    record({ id: 'x', claims: [claim('weapon', 'rocket', 'unattributed', 'a1'), claim('weapon', 'drone', 'unattributed', 'a2')] }),
  );
  assert.deepEqual(r.disputes, [{ attribute: 'weapon', values: [{ value: 'rocket', sources: ['unattributed'] }, { value: 'drone', sources: ['unattributed'] }] }]);
  assert.deepEqual(r.sources, []);
});
