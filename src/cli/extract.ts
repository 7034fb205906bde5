/**
 * `sitrep extract INPUT... [--out FILE] [--format jsonl|csv|geojson]`: incidents from articles, fused
 * across the whole batch. A bad input gets one line on stderr naming it and the batch goes on; the exit
 * code is 1 when anything failed; output files are written atomically (never half-written).
 */
import { readInputs } from '../ingest/index.js';
import { extractArticle } from '../extract/pipeline.js';
import { fuseBatch } from '../fuse/index.js';
import { formatRecords, writeAtomically } from '../export/index.js';
import type { IncidentRecord } from '../types.js';
import { parse } from './args.js';

const HELP = `usage: sitrep extract INPUT... [--out FILE] [--format jsonl|csv|geojson|table]

INPUT is a JSONL of articles (CONTRACT.md's input format) or files/folders of .txt, .md and .html.
Writes one incident record per incident, fused across the batch. Without --out it prints a table on a
terminal and JSONL when piped.`;

const FORMATS = new Set(['jsonl', 'csv', 'geojson', 'table']);

export async function run(argv: string[]): Promise<number> {
  const args = parse(argv, { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, quiet: { type: 'boolean', short: 'q' } }, HELP);
  if (args === null) return 0;
  if (args === undefined) return 2;
  if (!args.positionals.length) {
    console.error(`sitrep extract: no input given\n\n${HELP}`);
    return 2;
  }
  const out = args.values.out as string | undefined;
  const format = (args.values.format as string | undefined) ?? (out ? (out.endsWith('.csv') ? 'csv' : out.endsWith('.geojson') ? 'geojson' : 'jsonl') : process.stdout.isTTY ? 'table' : 'jsonl');
  if (!FORMATS.has(format)) {
    console.error(`sitrep extract: unknown format '${format}' (jsonl, csv, geojson, table)`);
    return 2;
  }
  let failed = 0, articles = 0;
  const records: IncidentRecord[] = [];
  for await (const item of readInputs(args.positionals)) {
    if ('error' in item) {
      failed++;
      console.error(`sitrep: ${item.error.message}`);
      continue;
    }
    try {
      records.push(...extractArticle(item.article));
      articles++;
    } catch (e) {
      // One article's failure must not lose the rest of the batch.
      failed++;
      console.error(`sitrep: ${item.article.origin ?? item.article.id}: extraction failed (${(e as Error).message})`);
      if (process.env.SITREP_DEBUG) console.error(e);
    }
  }
  const fused = fuseBatch(records);
  const text = formatRecords(fused, format);
  if (out) writeAtomically(out, text);
  else process.stdout.write(text);
  if (!args.values.quiet)
    console.error(`sitrep: ${articles} article${articles === 1 ? '' : 's'} → ${fused.length} incident${fused.length === 1 ? '' : 's'}${failed ? `, ${failed} input${failed === 1 ? '' : 's'} failed` : ''}${out ? ` → ${out}` : ''}`);
  return failed ? 1 : 0;
}
