/**
 * Buildings: "Barclays Center", "Karl Bremer Hospital", "University of Perpetual Help". A building has no
 * gazetteer entry of its own, and many sets (LGL, TR-News: GeoNames-linked gold) do not count it as a
 * place, while GeoWebNews does; so a building is a place only where the text names the place it lies in,
 * right after it ("USMD Medical Center in Arlington", "the Percy French Hotel, Ballyjamesduff") or before
 * it ("Brooklyn's Barclays Center"): it is placed there. A building the text places nowhere is left out, as
 * are streets (the issue counts a street among the non-places; their inner names are rejected in detect.ts).
 *
 * Measured on the development sets (facilities placed at the town the article names most, the other
 * choice): gwn-dev gained 0.8 points end to end, but lgl-dev lost 1.4 points of precision and GeoVirus 0.7,
 * whose gold has no buildings; with streets too, lgl-dev lost 6.6.
 */
import type { Candidate, Gazetteer } from './gazetteer.js';
import type { DetectData, Mention, Tok } from './detect.js';
import { SPEECH_AFTER } from './detect.js';
import { fold } from './fold.js';

/** Words stripped from the head of a name run before a building's name ("The", "At"). */
const LEADING = new Set(['the', 'a', 'an', 'at', 'in', 'on', 'from', 'to', 'near', 'inside', 'outside']);

/**
 * A building named by the run [s, e) of capitalised words: the run ends with a building word ("Barclays
 * Center", "City Hall") or opens with one and "of" ("University of Perpetual Help"). Not a person's name
 * with a title before it ("Commissioner Joe Hall"), nor a speaker ("Hall said").
 */
export function buildingAt(text: string, toks: readonly Tok[], s: number, e: number, data: DetectData, gaz: Gazetteer): Mention | null {
  if (!data.facilityWords.size && !data.facilityHeads.size) return null;
  let a = s;
  while (a < e - 1 && LEADING.has(toks[a]!.lower)) a++;
  // "Barclays Center on Saturday": the run went on through a connector; the building ends at its word.
  for (let k = e - 2; k > a && !data.facilityWords.has(toks[e - 1]!.lower); k--) {
    if (data.facilityWords.has(toks[k]!.lower) && !toks[k + 1]!.cap) e = k + 1;
  }
  if (e - a < 2 || toks[e - 1]!.upper) return null;
  const last = toks[e - 1]!.lower;
  const headed = data.facilityHeads.has(toks[a]!.lower) && data.connectors.has(toks[a + 1]!.lower);
  if (!data.facilityWords.has(last) && !headed) return null;
  // "Commissioner Joe Hall", "Joe Hall": a person whose surname is a building word.
  for (let k = a - 1; k < e - 1; k++) if (k >= 0 && toks[k]!.cap && data.titles.has(toks[k]!.lower.replace(/\.$/, '')) && (k >= a || toks[a]!.start - toks[k]!.end <= 2)) return null;
  if (e - a === 2 && gaz.isFirstName(toks[a]!.lower)) return null;
  const end = toks[e - 1]!.end;
  if (SPEECH_AFTER.test(text.slice(end, end + 16))) return null;
  const spanText = text.slice(toks[a]!.start, end);
  return { start: toks[a]!.start, end, text: spanText, key: fold(spanText), t0: a, t1: e, demonym: false, relation: 'in', facility: true };
}

/** "X in Y", "X, Y", "X, in Y": what separates a building from the place it lies in. */
export const WITHIN_GAP = /^(?:,\s*(?:in\s+)?|\s+in\s+)$/;
const POSSESSIVE_GAP = /^['’]s\s+$/;

/**
 * Point each building at the place it lies in (`within`): the place named right after it ("in Y", ", Y"),
 * or right before it with a possessive ("Y's X"). Buildings placed nowhere are dropped.
 */
export function anchorBuildings(text: string, mentions: Mention[]): Mention[] {
  const place = (m: Mention | undefined) => !!m && !m.facility && !m.demonym && !m.people;
  const anchored = mentions.filter((m, k) => {
    if (!m.facility) return true;
    const next = mentions[k + 1];
    if (place(next) && WITHIN_GAP.test(text.slice(m.end, next!.start))) return ((m.within = k + 1), true);
    const prev = mentions[k - 1];
    if (place(prev) && POSSESSIVE_GAP.test(text.slice(prev!.end, m.start))) return ((m.within = k - 1), true);
    return false;
  });
  // A demonym inside a placed building ("Percy French Hotel, Ballyjamesduff") is part of its name.
  for (const b of anchored) {
    if (!b.facility) continue;
    for (let k = anchored.length - 1; k >= 0; k--) {
      const m = anchored[k]!;
      if (m.demonym && m.start >= b.start && m.end <= b.end) anchored.splice(k, 1);
    }
  }
  // Indices shift where mentions were dropped: map them onto the kept list.
  if (anchored.length !== mentions.length) {
    const at = new Map(anchored.map((m, i) => [m, i]));
    for (const m of anchored) if (m.within !== undefined) m.within = at.get(mentions[m.within]!)!;
  }
  return anchored;
}

/** Give each building the reading of the place it lies in (readings are changed in place). */
export function placeBuildings(mentions: readonly Mention[], chosen: (Candidate | null)[]): void {
  mentions.forEach((m, i) => {
    if (m.facility && m.within !== undefined) chosen[i] = chosen[m.within] ?? null;
  });
}
