import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fuseBatch } from '../../src/fuse/index.js';
import { parseJsonl, scoreIncidents } from '../../src/eval/index.js';
import type { IncidentRecord } from '../../src/types.js';
import { projectRoot as repoRoot } from '../../src/geo/paths.js';

const GOLD = resolve(repoRoot(), '..', 'shared', 'eval', 'dev', 'gold.jsonl');

/**
 * Fusion alone, on the dev set's hand-coded per-article incidents turned into per-article records (as a
 * perfect extractor would give them, figures as claims of their first source): the articles that report
 * one incident must end in one record, and no record may join two incidents.
 */
test('dev gold per-article incidents fuse into their incidents, and only those', { skip: existsSync(GOLD) ? false : `${GOLD} absent` }, () => {
  const gold = parseJsonl(readFileSync(GOLD, 'utf8'), GOLD);
  const records = gold
    .filter((g) => !g.not_incident)
    .map((g, i): IncidentRecord => {
      const source: string = (g.sources ?? [])[0] ?? 'unattributed';
      const figure = (attribute: string) => (typeof g[attribute] === 'number' ? [{ attribute, value: g[attribute], source, article: g.article, quote: '' }] : []);
      return {
        ...(g as unknown as IncidentRecord),
        id: `r${i}`,
        articles: [g.article],
        actor1: g.actor1 ?? null,
        actor2: g.actor2 ?? null,
        assoc_actor_1: [],
        assoc_actor_2: [],
        claims: [...figure('fatalities'), ...figure('injuries')],
        sources: [],
        disputes: [],
        notes: '',
      };
    });
  const fused = fuseBatch(records);
  const report = scoreIncidents(gold, fused);
  assert.equal(report.merge.fp, 0, report.misses.wrong_fields.map((m) => m.summary).join('\n'));
  assert.equal(report.merge.fn, 0, report.misses.wrong_fields.map((m) => m.summary).join('\n'));
  assert.ok(report.merge.tp >= 5);
  assert.equal(report.detection.fn, 0);
  assert.equal(report.detection.fp, 0);
  // A fused record's figure lies within what its articles report.
  assert.equal(report.fields.fatalities.accuracy, 1);
  assert.ok(fused.length < records.length);
});
