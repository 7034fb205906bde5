/** `sitrep ingest INPUT... [--store S]`: add articles to the store, fusing each into the incidents. */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import { readInputs } from '../ingest/index.js';
import { STORE_HELP, STORE_OPTION, defaultUser, withCliStore } from '../store/cli-common.js';
import { parse } from './args.js';

const HELP = `usage: sitrep ingest INPUT... [--store S] [--quiet]

Adds articles (JSONL batches, .txt/.md/.html files, folders) to the incident store. Each article's
incidents merge into the incidents already stored or create new ones (figures, claims and disputes
recomputed). One transaction per article: a crash never leaves half an article. The same text twice
changes nothing. Bad articles or records are refused with a message; the rest of the batch goes on,
and the exit code is 1 if anything was refused.
${STORE_HELP}
  --quiet              no progress bar or summary`;

/** Article count of JSONL inputs (for the progress bar's total); null when other inputs make it unknown. */
function countArticles(paths: string[]): number | null {
  let n = 0;
  for (const p of paths) {
    if (!/\.jsonl$/i.test(p)) return null;
    try {
      const st = fs.statSync(p);
      if (st.size > 512 * 1024 * 1024) return null;
      for (const line of fs.readFileSync(p, 'utf8').split('\n')) if (line.trim()) n++;
    } catch {
      return null;
    }
  }
  return n;
}

export async function run(argv: string[]): Promise<number> {
  const r = parse(argv, { ...STORE_OPTION, quiet: { type: 'boolean', short: 'q' } }, HELP);
  if (r === null) return 0;
  if (!r) return 2;
  const v = r.values as { store?: string; quiet?: boolean };
  if (!r.positionals.length) {
    console.error(`sitrep ingest: give files or folders to ingest\n\n${HELP}`);
    return 2;
  }
  const who = defaultUser();
  return withCliStore('ingest', v.store, async (store) => {
    const n = { added: 0, duplicates: 0, failed: 0, created: 0, updated: 0 };
    const tty = !v.quiet && process.stderr.isTTY;
    const total = tty ? countArticles(r.positionals) : null;
    const bar = tty
      ? new cliProgress.SingleBar(
          {
            format: total != null ? ' ingest {bar} {value}/{total} | {stats}' : ' ingest {value} articles | {stats}',
            hideCursor: true,
            clearOnComplete: true,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    const stats = () => `${n.created} new, ${n.updated} updated incidents; ${n.duplicates} duplicate, ${n.failed} refused`;
    bar?.start(total ?? 0, 0, { stats: stats() });
    const report = (msg: string) => {
      if (bar) bar.stop();
      console.error(`sitrep ingest: ${msg}`);
      if (bar) bar.start(total ?? 0, n.added + n.duplicates + n.failed, { stats: stats() });
    };
    // Duplicates are the store's business (by content hash), so that they count as skipped, not refused.
    for await (const item of readInputs(r.positionals, { dedupe: false })) {
      if ('error' in item) {
        n.failed++;
        report(`${item.error.origin}: ${item.error.message}`);
      } else {
        const a = item.article;
        try {
          const res = await store.ingestArticle(a, { who });
          if (res.status === 'duplicate') n.duplicates++;
          else {
            n.added++;
            n.created += res.created.length;
            n.updated += res.updated.length;
          }
        } catch (e) {
          n.failed++;
          report(`${a.origin ?? a.id}: ${(e as Error).message}`);
          if (process.env.SITREP_DEBUG) console.error(e);
        }
      }
      bar?.update(n.added + n.duplicates + n.failed, { stats: stats() });
    }
    bar?.stop();
    if (!v.quiet) console.error(`ingested ${n.added} article(s): ${stats()} (store: ${store.engine})`);
    return n.failed ? 1 : 0;
  });
}
