/** `sitrep merge A B [C...] [--why TEXT]`: merge incidents into the first. */
import { STORE_HELP, STORE_OPTION, defaultUser, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const HELP = `usage: sitrep merge A B [C...] [--why TEXT]

Merges B (and C …) into A: A keeps its id, the others' ids become A's absorbed ids (they keep resolving
to A) and are published as deletions. Figures, claims and disputes are recomputed from all reports;
A's analyst values win, the others' fill fields A's analyst left alone.
  --why TEXT           the reason, recorded in history
${STORE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, why: { type: 'string' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; why?: string };
  if (r.positionals.length < 2) {
    console.error(`sitrep merge: give two or more incident ids\n\n${HELP}`);
    return 2;
  }
  return withCliStore('merge', v.store, async (store) => {
    const inc = await store.merge(r.positionals, { who: defaultUser(), why: v.why });
    console.log(`${inc.id}: absorbed ${inc.absorbed.join(', ')}; ${inc.articles.length} article(s), fatalities ${inc.fatalities ?? 'unknown'}, grade ${inc.grade}`);
    return 0;
  });
}
