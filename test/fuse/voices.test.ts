import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recompute } from '../../src/fuse/index.js';
import { claim, record } from './helpers.js';

test("a bare claimant ('army') is the one fuller claimant of its article that ends so: its later figure updates, not disputes", () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [claim('fatalities', 8, 'Somali National Army', 'a1'), claim('fatalities', 12, 'army', 'a1'), claim('fatalities', 30, 'local elder', 'a2')],
    }),
  );
  assert.equal(r.fatalities, 12);
  assert.equal(r.fatalities_low, 8);
  const d = r.disputes.find((x) => x.attribute === 'fatalities')!;
  assert.deepEqual(d.values.map((v) => v.value), [12, 30]);
});

test('a bare claimant with two fuller candidates, or in another article, stays its own voice', () => {
  const two = recompute(
    record({
      id: 'x',
      claims: [claim('fatalities', 2, 'Israeli army', 'a1'), claim('fatalities', 5, 'Lebanese army', 'a1'), claim('fatalities', 9, 'army', 'a1')],
    }),
  );
  assert.equal(two.fatalities, 2);
  const apart = recompute(record({ id: 'y', claims: [claim('fatalities', 8, 'Somali National Army', 'a1'), claim('fatalities', 12, 'army', 'a2')] }));
  assert.equal(apart.fatalities, 8);
  assert.ok(apart.disputes.some((x) => x.attribute === 'fatalities'));
});
