/** `sitrep confirm ID [--why TEXT]`: an analyst confirms an incident (grade: confirmed). */
import { STORE_HELP, STORE_OPTION, defaultUser, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const HELP = `usage: sitrep confirm ID... [--why TEXT]

Marks incidents as confirmed by an analyst: their grade becomes "confirmed", recorded in history.
  --why TEXT           the reason (e.g. "MoD statement of 14 Feb"), recorded in history
${STORE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, why: { type: 'string' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; why?: string };
  if (!r.positionals.length) {
    console.error(`sitrep confirm: give an incident id\n\n${HELP}`);
    return 2;
  }
  return withCliStore('confirm', v.store, async (store) => {
    for (const id of r.positionals) {
      const inc = await store.confirm(id, { who: defaultUser(), why: v.why });
      console.log(`${inc.id}: confirmed (grade ${inc.grade})`);
    }
    return 0;
  });
}
