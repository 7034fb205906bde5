/**
 * How well attribution (src/extract/attribution.ts over data/lexicons/sources.json) reads claimants in news
 * from many outlets. Reads the public data in ../shared/data at run time (never copied into the repo):
 * ECB+ topics 1–35 (36–45 are its test split), WikiEvents dev, the re3d documents and the SATP summaries
 * (train and dev; South Asian outlets: "…, reports Dawn"). It prints:
 *
 *  - recall proxy: of the sentences with a reporting cue ("said", "told", "according to", "reported",
 *    "in a statement" …), the share where a claimant is found;
 *  - precision proxy: of the claimants found, the share that look like a claimant (a name or a known kind of
 *    source, at most 8 words, no finite verb, no leftover clause) — the rest are printed;
 *  - the most frequent claimants, and sample misses.
 *
 * Usage: npx tsx scripts/check-attribution.ts [--verbose]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findClaimants } from '../src/extract/attribution.js';
import { DATA, pct, re3dDirs, satpFile, wikieventsFile } from './public-data.js';

const verbose = process.argv.includes('--verbose');

/** Joins tokens the way news text spaces them. */
function detok(tokens: string[]): string {
  let s = '';
  for (const t of tokens) {
    if (!s || /^[,.;:!?%)\]'’”]|^'s$|^n't$|^'re$|^'ve$/.test(t) || /[(\[“$]$/.test(s) || /^(?:'|’)[a-z]{1,2}$/.test(t)) s += t;
    else s += ` ${t}`;
  }
  return s.replace(/ " ([^"]*) "/g, ' "$1"').replace(/\s+-\s+/g, '-');
}

function ecbSentences(): string[] {
  const root = join(DATA, 'ecbplus', 'ECB+_LREC2014', 'ECB+');
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const topic of readdirSync(root).filter((t) => /^\d+$/.test(t) && Number(t) <= 35)) {
    for (const f of readdirSync(join(root, topic)).filter((x) => x.endsWith('.xml'))) {
      const xml = readFileSync(join(root, topic, f), 'utf8');
      const bySentence = new Map<number, string[]>();
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const n = Number(m[1]);
        if (f.includes('ecbplus') && n === 0) continue; // the source URL
        const w = m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        (bySentence.get(n) ?? bySentence.set(n, []).get(n)!).push(w);
      }
      for (const toks of bySentence.values()) out.push(detok(toks));
    }
  }
  return out;
}

const splitSentences = (text: string) => text.split(/\n+|(?<=[.!?][”"]?)\s+(?=[“"A-Z])/).map((s) => s.trim()).filter((s) => s.length > 20);

function wikiSentences(): string[] {
  const p = wikieventsFile('dev');
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8').split('\n').filter(Boolean).flatMap((l) => (JSON.parse(l) as { sentences: [unknown, string][] }).sentences.map((s) => s[1]));
}

function re3dSentences(): string[] {
  return re3dDirs().flatMap((dir) =>
    readFileSync(join(dir, 'documents.json'), 'utf8').split('\n').filter(Boolean).flatMap((l) => splitSentences((JSON.parse(l) as { text: string }).text)));
}

function satpSentences(): string[] {
  if (!existsSync(satpFile('train'))) return [];
  return ['train', 'dev'].flatMap((split) => readFileSync(satpFile(split), 'utf8').split('\n').filter(Boolean).flatMap((l) => splitSentences(l.split('\t')[0]!)));
}

// A reporting cue: a speech verb after a subject, "according to", "told", "in a statement" …
const CUE = /\b(?:said|says|told|according to|reported|reports|quoted|citing|claimed|stated|announced|confirmed|tweeted|wrote in)\b/;
const FINITE = /\b(?:was|were|is|are|has|have|had|will|would|did|does|could|killed|died)\b/i;

/**
 * Independent of the component's own lists: a claimant looks wrong when it is long, holds a finite verb or a
 * clause word, opens with a preposition or conjunction, or ends on a word that cannot end a noun phrase.
 */
function looksRight(c: string): boolean {
  const words = c.split(/\s+/);
  if (words.length > 8 || FINITE.test(c) || /\b(?:said|says|told|reported|who|which|that)\b/i.test(c)) return false;
  if (/^(?:to|of|in|on|at|after|before|when|because|if|by|for|with|from|during|and|but|or)\b/i.test(c)) return false;
  return !/\b(?:the|a|an|of|to|in|on|at|by|and|or|now|then|also|not|neither|nor|no)$/i.test(c);
}

function run(name: string, sentences: string[]) {
  let cue = 0, withClaimant = 0, claimants = 0, plausible = 0;
  const names = new Map<string, number>();
  const misses: string[] = [];
  const suspect: string[] = [];
  for (const s of sentences) {
    const found = findClaimants(s);
    const hasCue = CUE.test(s);
    if (hasCue) {
      cue++;
      if (found.length) withClaimant++;
      else misses.push(s);
    }
    for (const c of found) {
      claimants++;
      if (looksRight(c.claimant)) plausible++;
      else suspect.push(`${c.claimant}  ⟵  ${s.slice(0, 140)}`);
      names.set(c.claimant, (names.get(c.claimant) ?? 0) + 1);
    }
  }
  console.log(`${name}: ${sentences.length} sentences, ${cue} with a reporting cue`);
  console.log(`   cue sentences with a claimant   ${withClaimant}/${cue} (${pct(withClaimant, cue)})`);
  console.log(`   claimants that look right       ${plausible}/${claimants} (${pct(plausible, claimants)})`);
  console.log(`   most frequent: ${[...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, verbose ? 60 : 20).map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  const n = verbose ? 40 : 8;
  for (const s of suspect.slice(0, n)) console.log(`     suspect: ${s}`);
  // Misses spread over the set, not the first few of one document.
  const step = Math.max(1, Math.floor(misses.length / n));
  for (let i = 0; i < misses.length && i / step < n; i += step) console.log(`     miss: ${misses[i]!.slice(0, 200)}`);
  return { cue, withClaimant, claimants, plausible };
}

const totals = [run('ECB+ topics 1-35', ecbSentences()), run('WikiEvents dev', wikiSentences()), run('re3d', re3dSentences()), run('SATP train+dev', satpSentences())];
const sum = (k: keyof (typeof totals)[0]) => totals.reduce((n, t) => n + t[k], 0);
console.log(`\nall: cue sentences with a claimant ${pct(sum('withClaimant'), sum('cue'))}; claimants that look right ${pct(sum('plausible'), sum('claimants'))}`);
