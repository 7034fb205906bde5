/** `sitrep split ID --articles A,B [--why TEXT]`: move articles' reports out into a new incident. */
import { STORE_HELP, STORE_OPTION, defaultUser, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const HELP = `usage: sitrep split ID --articles ARTICLE[,ARTICLE...] [--why TEXT]

Moves the given articles' reports out of incident ID into a new incident (with a new id); both are
re-fused from their reports. ID keeps its analyst values.
  --articles LIST      article ids (comma-separated, or the option repeated)
  --why TEXT           the reason, recorded in history
${STORE_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, why: { type: 'string' }, articles: { type: 'string', multiple: true } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; why?: string; articles?: string[] };
  const articles = (v.articles ?? []).flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  if (r.positionals.length !== 1 || !articles.length) {
    console.error(`sitrep split: give one incident id and --articles\n\n${HELP}`);
    return 2;
  }
  return withCliStore('split', v.store, async (store) => {
    const { original, created } = await store.split(r.positionals[0]!, articles, { who: defaultUser(), why: v.why });
    console.log(`${original.id}: ${original.articles.length} article(s) left`);
    console.log(`${created.id}: new, with ${created.articles.join(', ')}`);
    return 0;
  });
}
