/** `sitrep edit ID field=value... --why TEXT [--revert field]`: set analyst values on an incident. */
import { EDITABLE_FIELDS } from '../store/types.js';
import { STORE_HELP, STORE_OPTION, UsageError, defaultUser, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const HELP = `usage: sitrep edit ID field=value... [--why TEXT] [--revert FIELD]...

Sets analyst values on an incident. The analyst's value wins over the machine's and survives re-ingest
and re-fusion; both are kept (see \`sitrep incidents ID --format jsonl\`: "analyst" and "machine").
Every change goes to history with who ($SITREP_USER or the OS user), when and why.
  field=value          e.g. fatalities=3, event_date=2020-02-12, actor2="Civilians (Syria)", admin1=Idlib
                       (value "null" or empty sets null; list fields take "a; b")
  --revert FIELD       drop the analyst value of FIELD (the machine's shows again)
  --why TEXT           the reason, recorded in history
${STORE_HELP}
editable fields: ${EDITABLE_FIELDS.join(', ')}`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, why: { type: 'string' }, revert: { type: 'string', multiple: true } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; why?: string; revert?: string[] };
  const [id, ...pairs] = r.positionals;
  if (!id || (!pairs.length && !v.revert?.length)) {
    console.error(`sitrep edit: give an incident id and field=value pairs\n\n${HELP}`);
    return 2;
  }
  return withCliStore('edit', v.store, async (store) => {
    const changes: Record<string, unknown> = {};
    for (const p of pairs) {
      const eq = p.indexOf('=');
      if (eq <= 0) throw new UsageError(`'${p}' is not field=value`);
      changes[p.slice(0, eq).trim()] = p.slice(eq + 1);
    }
    const actor = { who: defaultUser(), why: v.why };
    let inc = pairs.length ? await store.edit(id, changes, actor) : null;
    if (v.revert?.length) inc = await store.revert(id, v.revert, actor);
    if (!inc) return 1;
    for (const f of [...Object.keys(changes), ...(v.revert ?? [])]) {
      const val = (inc as unknown as Record<string, unknown>)[f];
      const m = (inc.machine as Record<string, unknown>)[f];
      console.log(`${inc.id} ${f} = ${JSON.stringify(val)}${f in inc.analyst ? ` (analyst; machine: ${JSON.stringify(m ?? null)})` : ' (machine)'}`);
    }
    return 0;
  });
}
