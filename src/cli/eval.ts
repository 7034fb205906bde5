/**
 * `sitrep eval`: run the extraction over articles and score it against gold incidents with the project's
 * own scorer (the metrics of ../shared/eval/score.mjs), printing the figures and the misses.
 */
import { readFileSync } from 'node:fs';
import { parse } from './args.js';
import { formatReport, parseJsonl, scoreIncidents } from '../eval/index.js';
import { formatRecords, writeAtomically } from '../export/index.js';
import { readInputs } from '../ingest/index.js';
import { extractBatch } from '../extract/pipeline.js';
import type { Article, IncidentRecord } from '../types.js';

const HELP = `usage: sitrep eval --gold GOLD.jsonl (--articles ARTICLES... | --pred INCIDENTS.jsonl) [--json] [--out PRED.jsonl] [--no-misses]

Runs the extraction over ARTICLES (a JSONL of articles, or .txt/.html/.md files and folders), fuses the
incidents across the batch, and scores them against GOLD (CONTRACT.md's gold format) with the metrics of
score.mjs: detection P/R/F1, field accuracies, actor F1, source and dispute recall, aggregate leaks and
cross-article merge F1. Then it lists the misses: gold incidents not found, false positives, wrong fields.
  --gold FILE      gold incidents, one JSON object a line
  --articles PATH  articles to extract from (repeatable; positional arguments count too)
  --pred FILE      score this incident JSONL instead of running the extraction
  --json           print the report as JSON (figures, per-article rows, details, misses)
  --out FILE       also write the extracted incidents as JSONL
  --no-misses      print the figures only`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(
    argv,
    {
      gold: { type: 'string' },
      articles: { type: 'string', multiple: true },
      pred: { type: 'string' },
      json: { type: 'boolean' },
      out: { type: 'string' },
      'no-misses': { type: 'boolean' },
    },
    HELP,
  );
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { gold?: string; articles?: string[]; pred?: string; json?: boolean; out?: string; 'no-misses'?: boolean };
  const inputs = [...(v.articles ?? []), ...r.positionals];
  if (!v.gold || (!inputs.length && !v.pred) || (inputs.length && v.pred)) {
    console.error(`sitrep eval: give --gold and either --articles or --pred\n\n${HELP}`);
    return 2;
  }

  let gold: Record<string, any>[];
  try {
    gold = parseJsonl(readFileSync(v.gold, 'utf8'), v.gold);
  } catch (e) {
    console.error(`sitrep eval: cannot read gold: ${(e as Error).message}`);
    return 2;
  }

  let failed = false;
  let records: IncidentRecord[];
  if (v.pred) {
    try {
      records = parseJsonl(readFileSync(v.pred, 'utf8'), v.pred) as IncidentRecord[];
    } catch (e) {
      console.error(`sitrep eval: cannot read predictions: ${(e as Error).message}`);
      return 2;
    }
  } else {
    const articles: Article[] = [];
    for await (const item of readInputs(inputs)) {
      if ('article' in item) articles.push(item.article);
      else {
        failed = true;
        console.error(`sitrep eval: ${item.error.origin}: ${item.error.message}`);
      }
    }
    if (!articles.length) {
      console.error('sitrep eval: no readable articles');
      return 1;
    }
    records = extractBatch(articles);
    if (v.out) writeAtomically(v.out, formatRecords(records, 'jsonl'));
  }

  const report = scoreIncidents(gold, records);
  if (v.json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report, { misses: !v['no-misses'] }));
  return failed ? 1 : 0;
}
