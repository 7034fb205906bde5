/**
 * Does the actors component know UCDP's own names for the sides it codes? Reads the ucdp-aec train split only
 * (side_a_name, side_b_name, location_root_name; validation and test are held out), splits sides that name
 * several groups ("23rd Division, Ahrar al-Sham, SNA"), and puts each side name, as UCDP spells it, in a few
 * short sentences of the kind news outlets write ("JNIM fighters attacked …", "… clashed with JNIM"). Each
 * sentence is run through findActors with the event's country; the side counts as
 *  - recognised where an actor mention overlaps the name (civilians only for the side "Civilians"),
 *  - right where that mention has the ACLED [inter, country] pair scripts/ucdp-sides.ts expects for the side
 *    (sides without an expectation are reported as recognised or not, with what we answered).
 * Figures are weighted by the number of side mentions (events × sides). Governments ("Government of Syria")
 * are reported apart: outlets name them by demonym ("Syrian troops"), which scripts/check-actors.ts measures.
 *
 * Usage: npx tsx scripts/check-ucdp-actors.ts [--top N] [--verbose]
 */
import { findActors } from '../src/extract/actors.js';
import { pct } from './public-data.js';
import { expectFor, ucdpSides, ucdpTrainFile, type SideStat } from './ucdp-sides.js';

// Piped into `head`: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
const verbose = process.argv.includes('--verbose');
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 30;

/** Short sentences that use a group's name the way news copy does; `{}` is the name. */
const GROUP_PHRASINGS = [
  'On Monday, {} attacked a village near the town.',
  '{} fighters attacked an army post on Sunday.',
  'Troops clashed with {} near the border, officials said.',
  'The attack was claimed by {}.',
];
const GOVERNMENT_PHRASINGS = ['{} forces shelled the town on Monday.', 'Forces of the {} shelled the town on Monday.'];
/** UCDP's protest and communal sides ("Supporters of Morsi", "Christians (Nigeria)") as outlets write them. */
const CROWD_PHRASINGS = ['{} clashed with police in the capital.', 'On Friday, {} marched through the city.'];

type Outcome = 'right' | 'wrong' | 'missed' | 'seen';
interface Result { stat: SideStat; name: string; want: string | null; outcomes: Outcome[]; answers: string[] }

function phrasingsFor(name: string): string[] {
  if (/^Government of /.test(name)) return GOVERNMENT_PHRASINGS;
  if (/^(?:Supporters|Opponents) of |^(?:Christians|Muslims|Hindus|Sunnis?|Shia|Alawites?)\b/.test(name)) return CROWD_PHRASINGS;
  return GROUP_PHRASINGS;
}

function check(stat: SideStat): Result {
  // "Government of Myanmar (Burma)", "Alawite (Lebanon)": the bracket is UCDP's qualifier, not part of a name.
  const name = stat.side.replace(/\s*\(.*\)$/, '').trim();
  const exp = expectFor(stat.side, stat.loc);
  const outcomes: Outcome[] = [];
  const answers: string[] = [];
  for (const p of phrasingsFor(name)) {
    const sentence = p.replace('{}', name);
    const at = sentence.indexOf(name);
    const found = findActors(sentence, stat.loc).filter(
      (a) => a.start < at + name.length && at < a.end && (a.inter !== 7 || stat.side === 'Civilians'),
    );
    const answer = found.map((a) => `${a.key} [${a.inter}, ${a.country}]`).join(' + ') || 'nothing';
    answers.push(answer);
    if (!found.length) outcomes.push('missed');
    else if (!exp) outcomes.push('seen');
    else outcomes.push(found.some((a) => a.inter === exp.inter && a.country === exp.country) ? 'right' : 'wrong');
  }
  return { stat, name, want: exp ? `[${exp.inter}, ${exp.country}]` : null, outcomes, answers };
}

function main() {
  const path = ucdpTrainFile();
  if (!path) return console.log('ucdp-aec train split not found; nothing to check');
  const { sides, total } = ucdpSides(path);
  const results = sides.map(check);
  const share = (r: Result, ok: (o: Outcome) => boolean) => r.outcomes.filter(ok).length / r.outcomes.length;
  const report = (label: string, rs: Result[]) => {
    const n = rs.reduce((s, r) => s + r.stat.events, 0);
    const recognised = rs.reduce((s, r) => s + r.stat.events * share(r, (o) => o !== 'missed'), 0);
    const withExp = rs.filter((r) => r.want);
    const nExp = withExp.reduce((s, r) => s + r.stat.events, 0);
    const right = withExp.reduce((s, r) => s + r.stat.events * share(r, (o) => o === 'right'), 0);
    const names = new Set(rs.map((r) => r.stat.side)).size;
    console.log(
      `${label.padEnd(26)} ${String(names).padStart(4)} names ${String(n).padStart(6)} mentions   recognised ${pct(recognised, n).padStart(6)}   right pair ${pct(right, nExp).padStart(6)} (of ${pct(nExp, n)} with an expectation)`,
    );
  };
  const isGov = (r: Result) => /^Government of /.test(r.stat.side);
  console.log(`UCDP-AEC train: ${total} side mentions, ${new Set(sides.map((s) => s.side)).size} distinct side names`);
  report('all sides', results);
  report('non-state sides', results.filter((r) => !isGov(r) && r.stat.side !== 'Civilians'));
  report('governments', results.filter(isGov));
  const bad = results.filter((r) => r.outcomes.some((o) => o === 'missed' || o === 'wrong'));
  console.log(`\nTop misses (side [event country] ×mentions, want pair: answers per phrasing):`);
  for (const r of bad.slice(0, verbose ? bad.length : TOP))
    console.log(`  ${r.stat.side} [${r.stat.loc}] ×${r.stat.events} want ${r.want ?? '?'}: ${r.answers.join(' | ')}`);
  if (!verbose && bad.length > TOP) console.log(`  … ${bad.length - TOP} more (--verbose)`);
}

main();
