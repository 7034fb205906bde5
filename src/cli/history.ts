/** `sitrep history ID [--json]`: every change to an incident (and to the ids it absorbed). */
import { STORE_HELP, STORE_OPTION, UsageError, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const HELP = `usage: sitrep history ID [--json]

Shows every change to the incident and to the ids it absorbed: when, who, what, old and new value, why.
  --json               one JSON object per line
${STORE_HELP}`;

const show = (v: unknown) => {
  const s = v == null ? '–' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
};

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, json: { type: 'boolean' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; json?: boolean };
  if (r.positionals.length !== 1) {
    console.error(`sitrep history: give one incident id\n\n${HELP}`);
    return 2;
  }
  return withCliStore('history', v.store, async (store) => {
    const id = r.positionals[0]!;
    const entries = await store.history(id);
    if (!entries.length) throw new UsageError(`no history for ${id}`);
    if (v.json) {
      for (const e of entries) console.log(JSON.stringify(e));
      return 0;
    }
    for (const e of entries) {
      const what = e.field ? `${e.field}: ${show(e.old)} → ${show(e.new)}` : '';
      const extra = [e.article ? `article ${e.article}` : '', e.why ? `why: ${e.why}` : ''].filter(Boolean).join('; ');
      console.log(`${e.at.slice(0, 19).replace('T', ' ')}  ${e.incident.padEnd(9)} ${e.who.padEnd(10)} ${e.action.padEnd(8)} ${what}${extra ? `  (${extra})` : ''}`);
    }
    return 0;
  });
}
