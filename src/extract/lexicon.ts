/** Loading of the JSON lexicons in data/lexicons (each file names its source in `_source`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../geo/paths.js';

const cache = new Map<string, unknown>();

export function loadLexicon<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(projectRoot(), 'data', 'lexicons', `${name}.json`), 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}

/** Escapes a literal for use inside a RegExp. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
