/**
 * Where the evaluation scripts find the public data sets of ../shared/data (read at run time, never copied
 * into the repository), and the small readers they share. One place for the paths, so that a script cannot
 * read another split than the one it names.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/geo/paths.js';

export const DATA = join(projectRoot(), '..', 'shared', 'data');

/** Non-empty lines of a text file. */
export const readLines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());

/** "12.3%" of n over d, or "n/a" when d is 0. */
export const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** SATP incident summaries (ConfliBERT's satp_relevant): one TSV per split, summary then label flags. */
export const satpFile = (split: string): string => join(DATA, 'satp-relevant', 'data', 'satp_relevant', `${split}.tsv`);

/** WikiEvents documents, one JSON per line. */
export const wikieventsFile = (split: string): string => join(DATA, 'wikievents', 'data', 'wikievents', `${split}.jsonl`);

/** MUC-4 (GRIT's release): one JSON object of documents and role fillers per split. */
export const muc4File = (split: string): string => join(DATA, 'muc4-grit', 'data', 'muc4', `${split}.json`);

/** re3d's folders, one per source, each with documents.json, entities.json and relations.json; [] when absent. */
export function re3dDirs(): string[] {
  const root = join(DATA, 're3d');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name));
}
