/**
 * Claim grading in Airwars' spirit (https://airwars.org/about/methodology/):
 * - confirmed: a belligerent conceded (one of the parties is itself a source of the incident's claims),
 *   or an analyst confirmed the incident;
 * - contested: claims compete (the sources disagree on some attribute: the record has disputes);
 * - fair: two or more independent sources;
 * - weak: a single source.
 * A contested incident stays contested even when one party spoke of it: the parties' accounts compete.
 */
import type { IncidentRecord } from '../types.js';
import type { Grade } from './types.js';

/**
 * Claimant names that are a party's own voice: armed forces, defence ministries, military spokespeople,
 * coalition commands. (Written for this module; extend as outlets name new commands.)
 */
const PARTY_VOICE = [
  /\b(army|military|armed forces|defen[cs]e (ministry|forces|department)|ministry of defen[cs]e|department of defen[cs]e)\b/i,
  /\b(pentagon|centcom|cjtf|operation inherent resolve|coalition|idf|israel defen[cs]e forces|nato|africom|general staff)\b/i,
  /\b(spokes(man|woman|person)|press office|statement) (of|for) the .*(forces|army|military|brigades?|movement|front|group)\b/i,
];

function norm(s: string | null | undefined): string {
  return String(s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const UNATTRIBUTED = 'unattributed';

/** Is this claimant one of the incident's parties (or its spokesperson)? */
export function isBelligerentSource(source: string, record: IncidentRecord): boolean {
  const s = norm(source);
  if (!s || s === UNATTRIBUTED) return false;
  const parties = [record.actor1, record.actor2, ...(record.assoc_actor_1 ?? []), ...(record.assoc_actor_2 ?? [])]
    .map(norm)
    .filter((p) => p && !p.startsWith('civilians') && !p.startsWith('protesters') && !p.startsWith('rioters'));
  if (parties.some((p) => p === s || (s.length > 3 && p.includes(s)) || (p.length > 3 && s.includes(p)))) return true;
  // A party's voice counts only when the incident has an armed party (not a protest with no forces named).
  const armed = [record.inter1, record.inter2].some((i) => i != null && i !== 6 && i !== 7);
  return armed && PARTY_VOICE.some((re) => re.test(source));
}

/** Independent sources: distinct claimants (the outlet stands for an unattributed statement). */
export function independentSources(record: IncidentRecord): string[] {
  const seen = new Map<string, string>();
  for (const s of [...(record.sources ?? []), ...(record.claims ?? []).map((c) => c.source)]) {
    const k = norm(s);
    if (k && k !== UNATTRIBUTED && !seen.has(k)) seen.set(k, s);
  }
  if (!seen.size) for (const o of record.outlets ?? []) if (norm(o)) seen.set(norm(o), o);
  return [...seen.values()];
}

export function gradeRecord(record: IncidentRecord, confirmedByAnalyst = false): Grade {
  if (confirmedByAnalyst) return 'confirmed';
  if ((record.disputes ?? []).length > 0) return 'contested';
  const sources = independentSources(record);
  if (sources.some((s) => isBelligerentSource(s, record))) return 'confirmed';
  return sources.length >= 2 ? 'fair' : 'weak';
}
