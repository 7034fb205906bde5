/**
 * End to end over the dev articles (../shared/eval/dev): properties within tolerance, scored with the
 * project's own scorer. No literal answers from the gold are asserted, only the quality bars.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { extractBatch } from '../../src/extract/pipeline.js';
import { scoreIncidents } from '../../src/eval/score.js';
import { projectRoot } from '../../src/geo/paths.js';
import type { Article } from '../../src/types.js';

const dev = join(projectRoot(), '..', 'shared', 'eval', 'dev');
const skip = existsSync(join(dev, 'articles.jsonl')) ? false : 'needs ../shared/eval/dev beside the project';

test('dev set: detection, fields, no aggregate leaks, every claim quoted', { skip }, async () => {
  const articles: Article[] = [];
  for await (const item of readInputs([join(dev, 'articles.jsonl')])) if ('article' in item) articles.push(item.article);
  assert.equal(articles.length, 13);
  const records = extractBatch(articles);
  const gold = readFileSync(join(dev, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const r = scoreIncidents(gold, records) as any;
  assert.ok(r.detection.f1 >= 0.85, `detection F1 ${r.detection.f1}`);
  assert.equal(r.aggregate_leaks, 0);
  for (const f of ['date', 'event_type', 'sub_event_type']) assert.ok(r.fields[f].accuracy >= 0.85, `${f} ${r.fields[f].accuracy}`);
  for (const f of ['place', 'admin1', 'fatalities', 'injuries']) assert.ok(r.fields[f].accuracy >= 0.6, `${f} ${r.fields[f].accuracy}`);
  assert.ok(r.merge.f1 >= 0.6, `merge F1 ${r.merge.f1}`);
  const byId = new Map(articles.map((a) => [a.id, a.text]));
  for (const rec of records)
    for (const c of rec.claims) {
      assert.ok(c.quote.length > 10, 'claims carry their sentence');
      assert.ok(byId.get(c.article)!.includes(c.quote.trim().slice(0, 40)), 'the quote is from its article');
    }
});
