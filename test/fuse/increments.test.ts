import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recompute, mergeRecords } from '../../src/fuse/index.js';
import { isIncrement } from '../../src/fuse/figures.js';
import { claim, record } from './helpers.js';

const said = (attribute: string, value: number, source: string, quote: string, start: number, article = 'a1') =>
  claim(attribute, value, source, article, { quote, start, end: start + quote.length });

test('an increment told by another voice adds to the count before it ("two more" after "three")', () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 3, 'residents', 'Gunmen attacked an army post on Monday, killing three soldiers, residents said.', 0),
        said('fatalities', 2, 'army', 'The army said the gunmen killed two more soldiers in an ambush on reinforcements.', 80),
      ],
    }),
  );
  assert.equal(r.fatalities, 5);
  assert.equal(r.fatalities_high, 5);
  assert.equal(r.disputes.find((d) => d.attribute === 'fatalities'), undefined);
});

test('increment cues: the cue number must be the claim value', () => {
  const c = (v: number, q: string) => claim('fatalities', v, 'x', 'a1', { quote: q });
  assert.ok(isIncrement(c(2, 'Police said two more bodies were found.')));
  assert.ok(isIncrement(c(4, 'A further 4 people died in hospital.')));
  assert.ok(isIncrement(c(1, 'Another soldier died of his wounds.')));
  assert.ok(isIncrement(c(3, 'Another three civilians were killed.')));
  assert.ok(!isIncrement(c(12, 'More than 12 people were killed.')));
  assert.ok(!isIncrement(c(5, 'Five soldiers were killed, two more than last week.')));
  assert.ok(!isIncrement(c(3, 'Another attack killed three people.')));
});

test('an increment with no count before it in its article is no alternative total: it raises the high only', () => {
  const a = record({ id: 'a', articles: ['a1'], claims: [said('fatalities', 4, 'police', 'The blast killed four policemen, police said.', 0, 'a1')] });
  const b = record({ id: 'b', articles: ['a2'], claims: [said('fatalities', 2, 'officials', 'Two more policemen died in hospital, officials said.', 0, 'a2')] });
  const m = mergeRecords([a, b]);
  assert.equal(m.fatalities, 4);
  assert.equal(m.fatalities_low, 4);
  assert.equal(m.fatalities_high, 6);
  assert.equal(m.disputes.find((d) => d.attribute === 'fatalities'), undefined);
});
