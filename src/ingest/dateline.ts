/**
 * The dateline: where and when a wire report was filed, at the start of a line, before the story.
 *   "KHARTOUM, June 10 (Reuters) - …", "KYIV, Ukraine (AP) — …", "MOSCOW, March 7. /TASS/. …",
 *   "EL FASHER — …", "PESHAWAR: …", "Beirut (Reuters) - …", "MAIDUGURI, Nigeria, March 14 (Reuters) - …".
 * One reader for every part that must tell a dateline from the story: metadata (outlet, place), dates (the
 * filing day is not the event's day), places (the writer's city does not locate the event), attribution
 * (the words after the dash are the subject, not the dateline) and fusion (quotes compared without it).
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Dateline {
  /** The whole dateline, its closing dash, colon or full stop and the spaces after it. */
  start: number;
  end: number;
  /** "KHARTOUM", "EL FASHER", "Beirut". */
  place: Span;
  /** "Ukraine", "North Darfur": the country or region after the place. */
  region: Span | null;
  /** "June 10", "March 7": the filing date as written. */
  date: Span | null;
  /** "Reuters", "TASS": the wire credit in brackets or slashes. */
  credit: string | null;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
// A place in capitals ("GAZA CITY", "PORT-AU-PRINCE", "ST. LOUIS"), or in title case ("Beirut") when a
// date or a credit follows: a title-case word before a dash is too often the story's own subject.
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]*){0,3}`;
const TITLE_PLACE = String.raw`[A-Z][a-zA-Z.'’-]+(?:[ ][A-Z][a-zA-Z.'’-]*){0,3}`;
const REGION = String.raw`[A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,3}`;
const CREDIT = String.raw`\(([A-Z][A-Za-z.&'’ -]{0,40})\)|/([A-Z][A-Za-z.&'’ -]{0,30})/`;
// The closing mark: a dash or colon then a space; after a slashed credit a full stop ("/TASS/. ").
const CLOSE = String.raw`(?:[-–—]{1,2}|:|(?<=/)\.)(?:[ \t]+|$)`;

const PATTERN = new RegExp(
  String.raw`^[ \t]*(?:(${CAPS_PLACE})|(${TITLE_PLACE})(?=(?:,[ \t]*${REGION})?(?:,[ \t]*${DATE}\.?)?[ \t]*(?:\(|/)|(?:,[ \t]*${REGION})?,[ \t]*${DATE}))` +
    String.raw`(?:,[ \t]*(${REGION}))?(?:,[ \t]*(${DATE})\.?)?[ \t]*(?:(?:${CREDIT})[ \t]*)?${CLOSE}`,
  'my', // sticky at a line start: `^` needs the m flag to match after a newline
);

/** Headers in capitals that end in a colon or dash but are no place. */
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'WATCH', 'FILE', 'PHOTO', 'PHOTOS', 'VIDEO', 'ANALYSIS',
  'OPINION', 'CORRECTION', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'NOTE', 'LIVE', 'READ MORE', 'RELATED', 'ADVERTISEMENT', 'SOURCE', 'TOPICS',
]);

/** The dateline that starts the line at `lineStart`, or null. */
export function readDateline(text: string, lineStart: number): Dateline | null {
  PATTERN.lastIndex = lineStart;
  const m = PATTERN.exec(text);
  if (!m) return null;
  const placeText = (m[1] ?? m[2])!;
  if (NOT_PLACES.has(placeText.replace(/[.\s]+$/, ''))) return null;
  const at = (s: string | undefined, from: number): Span | null => {
    if (s == null) return null;
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const placeStart = text.indexOf(placeText, lineStart);
  const place = { start: placeStart, end: placeStart + placeText.length, text: placeText };
  const region = at(m[3], place.end);
  const date = at(m[4], (region ?? place).end);
  return { start: m.index, end: m.index + m[0].length, place, region, date, credit: (m[5] ?? m[6])?.trim() ?? null };
}

/**
 * The report's dateline: the first line in the head of the text (12 lines, 1,500 characters: headline,
 * byline and caption come before it) that opens with one; `from` skips the lines that start before it.
 */
export function findDateline(text: string, from = 0): Dateline | null {
  const limit = Math.min(text.length, 1500);
  // The first line that starts at or after `from`.
  let lineStart = from <= 0 || text[from - 1] === '\n' ? Math.max(0, from) : text.indexOf('\n', from) + 1;
  if (lineStart === 0 && from > 0) return null;
  for (let line = 0; line < 12 && lineStart < limit; line++) {
    const d = readDateline(text, lineStart);
    if (d) return d;
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return null;
}

/** The text with a leading dateline cut ("EL FASHER — The RSF said" → "The RSF said"). */
export function withoutDateline(s: string): string {
  const d = readDateline(s, 0);
  return d ? s.slice(d.end) : s;
}
