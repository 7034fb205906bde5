/**
 * Abbreviations read by the article's other places (data/geo/context-abbreviations.tsv): "That SA holds
 * unparalleled reserves" is South Africa in a story about South Africans, "WA police" Western Australia's
 * in a story from Perth. An abbreviation becomes the one of its places that the article's other mentions
 * (places and demonyms, people's too) lie in; none or several, and it stays no place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { geoDataDir } from './paths.js';

export interface AbbreviationTable {
  /** Abbreviation → its places, as "ZA" (a country) or "AU.05" (a first-level division). */
  places: Map<string, string[]>;
  /** All abbreviations, as written, standing alone (not inside a word, a dotted form or "T&T"). */
  pattern: RegExp | null;
}

/** A literal for a unicode-mode pattern ("J&K": no escape for "&", which unicode mode forbids). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function loadAbbreviations(dir = geoDataDir()): AbbreviationTable {
  const places = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'context-abbreviations.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [abbr, targets] = line.split('\t');
    if (abbr && targets) places.set(abbr.trim(), targets.trim().split('|'));
  }
  const alts = [...places.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { places, pattern: alts.length ? new RegExp(`(?<![\\p{L}\\p{N}&.'’-])(?:${alts.join('|')})(?![\\p{L}\\p{N}&]|[.'’-][\\p{L}\\p{N}])`, 'gu') : null };
}

/**
 * Does the reading lie in the target ("ZA": the country; "AU.05": the division)? For an abbreviation of one
 * place only (`only`), a reading in the division's country is enough ("Kashmir police … in J&K").
 */
function inTarget(c: Candidate, target: string, only: boolean): boolean {
  const dot = target.indexOf('.');
  if (dot < 0) return c.country === target;
  return c.country === target.slice(0, dot) && (only || c.admin1Code === target.slice(dot + 1));
}

/** The target's own gazetteer entry. */
function targetPlace(gaz: Gazetteer, target: string): Candidate | null {
  const dot = target.indexOf('.');
  return dot < 0 ? gaz.countryPlace(target) : gaz.admin1Place(target.slice(0, dot), target.slice(dot + 1));
}

/**
 * Spans of the text's abbreviations with the place each stands for, given the readings of the article's
 * other mentions. Spans that overlap a taken span (a detected place) are skipped.
 */
export function readAbbreviations(
  text: string,
  table: AbbreviationTable,
  readings: readonly Candidate[],
  taken: readonly { start: number; end: number }[],
  gaz: Gazetteer,
): { start: number; end: number; text: string; place: Candidate }[] {
  if (!table.pattern || !readings.length) return [];
  const out: { start: number; end: number; text: string; place: Candidate }[] = [];
  table.pattern.lastIndex = 0;
  for (let m; (m = table.pattern.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const targets = table.places.get(m[0])!;
    const named = targets.filter((t) => readings.some((c) => inTarget(c, t, targets.length === 1)));
    if (named.length !== 1) continue;
    const place = targetPlace(gaz, named[0]!);
    if (place) out.push({ start, end, text: m[0], place });
  }
  return out;
}
