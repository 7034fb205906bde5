/**
 * `npm run eval:geo`: runs `sitrep places` over every set in ../shared/eval/geo and prints the table of
 * ../shared/eval/score_geo.mjs for each. Tune on lgl-dev and gwn-dev only; trnews-test and gwn-test are
 * reported, never tuned on. GeoVirus (../shared/data/geovirus, WikiNews, coordinates only: its exact-id
 * figure is empty) is a third development set, converted at run time by scripts/geovirus.ts into the work
 * folder. Options: --sets a,b (subset; "geovirus" names it), --eval DIR (another eval folder), --keep DIR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { run as runPlaces } from '../src/cli/places.js';
import { projectRoot } from '../src/geo/paths.js';
import { convertGeovirus } from './geovirus.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { sets: { type: 'string' }, eval: { type: 'string' }, keep: { type: 'string' }, json: { type: 'boolean' } },
  });
  const evalDir = resolve(values.eval ?? join(projectRoot(), '..', 'shared', 'eval'));
  const geoDir = join(evalDir, 'geo');
  const scorer = join(evalDir, 'score_geo.mjs');
  if (!existsSync(geoDir) || !existsSync(scorer)) {
    console.error(`eval-geo: ${geoDir} or ${scorer} not found`);
    return 2;
  }
  const all = readdirSync(geoDir)
    .filter((f) => f.endsWith('.articles.jsonl'))
    .map((f) => f.replace(/\.articles\.jsonl$/, ''))
    .sort();
  const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  mkdirSync(work, { recursive: true });
  const hasGeovirus = (!values.sets || values.sets.split(',').includes('geovirus')) && convertGeovirus(work) > 0;
  const sets = values.sets ? values.sets.split(',') : hasGeovirus ? [...all, 'geovirus'] : all;
  const dirOf = (set: string) => (set === 'geovirus' ? work : geoDir);
  for (const set of sets) {
    const pred = join(work, `${set}.places.jsonl`);
    // Kept outputs carry the --full fields (name, feature code, relation) for scripts/eval-geo-misses.ts.
    const code = await runPlaces([join(dirOf(set), `${set}.articles.jsonl`), '--out', pred, ...(values.keep ? ['--full'] : [])]);
    if (code !== 0) {
      console.error(`eval-geo: places failed on ${set}`);
      return code;
    }
    const args = [scorer, '--gold', join(dirOf(set), `${set}.gold.jsonl`), '--pred', pred];
    if (values.json) args.push('--json');
    const table = execFileSync(process.execPath, args, { encoding: 'utf8' });
    const note = /test/.test(set) ? ' (test split: report only)' : set === 'geovirus' ? ' (../shared/data/geovirus, development; no GeoNames ids)' : '';
    console.log(`== ${set}${note}\n${table}`);
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  return 0;
}

main().then((c) => (process.exitCode = c));
