import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recompute } from '../../src/fuse/index.js';
import { computeDisputes, isUpdate, summariseFigures } from '../../src/fuse/figures.js';
import { claim, record } from './helpers.js';

/** A claim read from the sentence `quote` of article `article`, at offset `start`. */
const said = (attribute: string, value: number, source: string, quote: string, article = 'a1', start = 0, extra: Record<string, unknown> = {}) =>
  claim(attribute, value, source, article, { quote, start, end: start + quote.length, ...extra });
/** A vague figure as the incident builder keeps it: no value, the words and ACLED's figure for them. */
const vague = (attribute: string, words: string, figure: number, source: string, article = 'a1') =>
  claim(attribute, null, source, article, { quote: `Officials said ${words} were hurt or killed.`, vague: words, low_bound: figure });

test('vague fatalities: the figure ACLED codes for the word, only when no claim gives a count', () => {
  const alone = recompute(record({ id: 'x', claims: [vague('fatalities', 'killing several', 3, 'police')] }));
  assert.equal(alone.fatalities, 3);
  assert.equal(alone.fatalities_low, 3);
  assert.equal(alone.fatalities_high, 3);
  // A count from any claimant outranks the vague word, and the two make no dispute.
  const counted = recompute(record({ id: 'x', claims: [vague('fatalities', 'dozens were killed', 12, 'residents'), claim('fatalities', 30, 'governor')] }));
  assert.equal(counted.fatalities, 30);
  assert.equal(counted.fatalities_low, 30);
  assert.deepEqual(counted.disputes, []);
  // ACLED codes no injuries: "injuring several" gives no injuries figure.
  const hurt = recompute(record({ id: 'x', claims: [vague('injuries', 'injuring several', 3, 'police')] }));
  assert.equal(hurt.injuries, null);
});

test('a toll revised upwards replaces the lower figures its article told before, whoever told them', () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 3, 'unattributed', 'Gunmen stormed the checkpoint, killing three guards.', 'a1', 0),
        said('fatalities', 7, 'police', 'The death toll rose to seven on Sunday, police said.', 'a1', 60),
      ],
    }),
  );
  assert.equal(r.fatalities, 7);
  assert.equal(r.fatalities_low, 7);
  assert.deepEqual(r.disputes, []);
  // An increment and the toll it brings: the toll stands, not toll + increment.
  const brought = summariseFigures(
    [
      said('fatalities', 4, 'unattributed', 'The bomb killed four shoppers.', 'a1', 0),
      said('fatalities', 2, 'unattributed', 'Two more died in hospital, bringing the toll to 12.', 'a1', 40),
      said('fatalities', 12, 'unattributed', 'Two more died in hospital, bringing the toll to 12.', 'a1', 40),
    ],
    'fatalities',
  );
  assert.deepEqual([brought.best, brought.low, brought.high], [12, 12, 12]);
  // In another article the lower figure is another outlet's estimate: it still competes (ACLED's conservative figure).
  const apart = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 3, 'unattributed', 'Gunmen killed three guards.', 'a1'),
        said('fatalities', 7, 'unattributed', 'The number of dead climbed to 7.', 'a2'),
      ],
    }),
  );
  assert.equal(apart.fatalities, 3);
});

test('update cues: the figure after the cue must be the claim value', () => {
  const q = (quote: string, value: number) => isUpdate(claim('fatalities', value, 'x', 'a1', { quote }));
  assert.ok(q('The death toll from Monday’s blast has climbed to 23.', 23));
  assert.ok(q('Rescuers pulled out two more bodies, raising the death toll to thirty.', 30));
  assert.ok(q('That brings to 12 the number of dead.', 12));
  assert.ok(q('The toll had reached 31 by nightfall.', 31));
  assert.ok(!q('The toll rose to 13 dead and 40 wounded.', 40));
  assert.ok(!q('Nine people were killed in the raid.', 9));
});

test("different armed sides' dead add up, each side at its own lowest claimant's figure, and make no dispute", () => {
  const r = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 18, 'the army', 'The army said 18 militants were killed in the fighting.', 'a1'),
        said('fatalities', 10, 'the rebels', 'The rebels said their fighters killed 10 soldiers.', 'a2'),
      ],
    }),
  );
  assert.equal(r.fatalities, 28);
  assert.equal(r.fatalities_low, 28);
  assert.deepEqual(r.disputes, []);
  // Claimants that differ on one side's dead still dispute; the side counts at the lower figure (12 + 10).
  const split = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 18, 'the army', 'The army said 18 militants were killed in the fighting.', 'a1'),
        said('fatalities', 12, 'a monitor', 'A monitoring group said 12 militants died.', 'a3'),
        said('fatalities', 10, 'the rebels', 'The rebels said their fighters killed 10 soldiers.', 'a2'),
      ],
    }),
  );
  assert.equal(split.fatalities, 22);
  assert.deepEqual(split.disputes.map((d) => [d.attribute, d.values.map((v) => v.value)]), [['fatalities', [12, 18]]]);
});

test("two countries' soldiers are two sides when each claim names the country; a bare 'soldiers' joins them into one", () => {
  const two = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 40, 'Armenian officials', 'Armenian officials said their troops killed 40 Azerbaijani soldiers.', 'a1'),
        said('fatalities', 15, 'Baku', 'Baku said its forces killed 15 Armenian soldiers.', 'a2'),
      ],
    }),
  );
  assert.equal(two.fatalities, 55);
  assert.deepEqual(two.disputes, []);
  const bare = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 40, 'Armenian officials', 'Armenian officials said their troops killed 40 Azerbaijani soldiers.', 'a1'),
        said('fatalities', 15, 'Baku', 'Baku said 15 soldiers died.', 'a2'),
      ],
    }),
  );
  assert.equal(bare.fatalities, 15);
  assert.equal(bare.disputes.length, 1);
});

test('the same dead told twice are not added: a restated total, or one side read from the words after the figure', () => {
  // The army's "18 people died" is its 18 militants told again.
  const restated = summariseFigures(
    [
      said('fatalities', 18, 'the army', 'The army said 18 militants were killed.', 'a1', 0),
      said('fatalities', 18, 'the army', 'In all 18 people died, the army said.', 'a1', 50),
      said('fatalities', 10, 'the rebels', 'The rebels said they killed 10 troops.', 'a1', 90),
    ],
    'fatalities',
  );
  assert.equal(restated.best, 28);
  // "Five militants were killed by soldiers" counts militants, whatever the claim's own kind says.
  const same = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 5, 'the army', 'Five militants were killed by soldiers, the army said.', 'a1', 0, { kind: 'state forces' }),
        said('fatalities', 5, 'an official', 'Soldiers killed five militants, an official said.', 'a2', 0, { kind: 'militants' }),
      ],
    }),
  );
  assert.equal(same.fatalities, 5);
  // Civilians and fighters may be the same dead told by two sides: they still compete.
  const civilians = recompute(
    record({
      id: 'x',
      claims: [
        said('fatalities', 9, 'state media', 'State media said nine fighters were killed.', 'a1'),
        said('fatalities', 12, 'a monitor', 'A monitor said 12 civilians were killed.', 'a2'),
      ],
    }),
  );
  assert.equal(civilians.fatalities, 9);
  assert.equal(civilians.disputes.length, 1);
});

test('recompute resolves short voices once and agrees with summariseFigures and computeDisputes', () => {
  const claims = [
    said('fatalities', 3, 'the Somali National Army', 'The Somali National Army said three soldiers died.', 'a1', 0),
    said('fatalities', 5, 'the army', 'The army later said five soldiers died.', 'a1', 60),
    said('fatalities', 2, 'witnesses', 'Witnesses said two soldiers died.', 'a2', 0),
  ];
  const r = recompute(record({ id: 'x', claims }));
  const f = summariseFigures(claims, 'fatalities');
  assert.deepEqual([r.fatalities, r.fatalities_low, r.fatalities_high], [f.best, f.low, f.high]);
  assert.deepEqual(r.disputes, computeDisputes(claims));
  assert.equal(r.fatalities, 2);
});
