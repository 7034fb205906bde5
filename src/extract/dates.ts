/**
 * Dates: every temporal expression in the text, resolved against the publication date.
 *
 * chrono-node's casual English parser finds the expressions; we add parsers in chrono's style for what it
 * misses (ranges "between February 1 and 10", parts of months "late December", bare years "in 2019",
 * "overnight"), then resolve each result ourselves, because news dates have their own rules:
 *  - a year-less date or a bare weekday lies in the past of the publication day ("on Wednesday" in an
 *    article of Thursday 12 March 2020 is 11 March; in an article of a Wednesday it is that same day);
 *  - "last week" has ACLED time_precision 2, "last month" and month names precision 3 (the 15th stands for
 *    the month), "last year" / "in 2019" are kind 'year' (precision 3, 1 July stands for the year);
 *  - a time of day ("at 9:45 am", "around noon") belongs to the day it is attached to and is no date alone;
 *  - without a publication date only absolute dates (with a stated year) are kept.
 * Words and offsets are data: data/lexicons/dates.json.
 */
import * as chrono from 'chrono-node';
import { type Component, type DateMention, type Doc } from '../doc.js';
import { escapeRe, loadLexicon } from './lexicon.js';
import type { TimePrecision } from '../types.js';

// ---- lexicon ---------------------------------------------------------------------------------------

interface DatesLexicon {
  months: Record<string, number>;
  partOfMonth: Record<string, number>;
  relativeDays: Record<string, { offset: number; precision: TimePrecision }>;
  yearPrepositions: string[];
}

let lexicon: DatesLexicon | null = null;
function lex(): DatesLexicon {
  lexicon ??= loadLexicon<DatesLexicon>('dates');
  return lexicon;
}

const alternation = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');

// ---- calendar helpers (all in UTC days; no time zones involved) -------------------------------------

const DAY = 86_400_000;
function ymd(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}
function parseIso(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}
function isoOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
function addDays(iso: string, n: number): string {
  return isoOf(parseIso(iso)! + n * DAY);
}
function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// ---- extra parsers in chrono's style ------------------------------------------------------------------

const ORD = '(?:st|nd|rd|th)?';

/** "between February 1 and 10", "between Feb. 1 and March 3, 2020", "between 1 and 10 February". */
function rangeParser(): chrono.Parser {
  const M = alternation(Object.keys(lex().months));
  const re = new RegExp(
    `\\bbetween\\s+(?:(${M})\\.?\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s+(${M})\\.?)(?:,?\\s+((?:19|20)\\d{2}))?` +
      `\\s+and\\s+(?:(${M})\\.?\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}(?:\\s+(${M})\\b\\.?)?)(?:,?\\s+((?:19|20)\\d{2}))?`,
    'i',
  );
  return {
    pattern: () => re,
    extract: (context, m) => {
      const months = lex().months;
      const m1 = months[(m[1] ?? m[4] ?? '').toLowerCase()];
      const d1 = Number(m[2] ?? m[3]);
      const m2 = months[(m[6] ?? m[9] ?? '').toLowerCase()] ?? m1;
      const d2 = Number(m[7] ?? m[8]);
      if (!m1 || !m2 || d1 > 31 || d2 > 31) return null;
      const start = context.createParsingComponents({ month: m1, day: d1 });
      const end = context.createParsingComponents({ month: m2, day: d2 });
      const year = m[10] ?? m[5];
      if (year) {
        start.assign('year', Number(m[5] ?? year));
        end.assign('year', Number(year));
      }
      start.addTag('sitrep/range');
      return context.createParsingResult(m.index!, m[0], start, end);
    },
  };
}

/** "late December", "mid-January 2020", "the end of March". */
function partOfMonthParser(): chrono.Parser {
  const { months, partOfMonth } = lex();
  const re = new RegExp(
    `\\b(${alternation(Object.keys(partOfMonth))})[\\s-]+(${alternation(Object.keys(months))})\\b(?:(?<=\\b[A-Za-z]{3,4})\\.)?(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
    'i',
  );
  return {
    pattern: () => re,
    extract: (context, m) => {
      const month = months[m[2]!.toLowerCase()];
      const day = partOfMonth[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
      if (!month || !day) return null;
      // A lower-case "may" is the verb, not the month.
      if (!/^[A-Z]/.test(m[2]!)) return null;
      const c = context.createParsingComponents({ month });
      c.imply('day', day);
      if (m[3]) c.assign('year', Number(m[3]));
      c.addTag('sitrep/partOfMonth');
      return c;
    },
  };
}

/** "in 2019", "since 2011", "the summer of 2014": a year standing alone. */
function yearParser(): chrono.Parser {
  const re = new RegExp(
    `\\b(?:${alternation(lex().yearPrepositions)})[\\s-]+((?:19|20)\\d{2})\\b(?![-–/]\\d|\\s*(?:%|per\\s?cent))`,
    'i',
  );
  return {
    pattern: () => re,
    extract: (context, m) => {
      const c = context.createParsingComponents({ year: Number(m[1]) });
      c.imply('month', 7);
      c.imply('day', 1);
      c.addTag('sitrep/year');
      // The match keeps its preposition: chrono drops results whose text is a bare number.
      return context.createParsingResult(m.index!, m[0], c);
    },
  };
}

/** "overnight", "last night", "earlier this week": offsets from the publication day (lexicon). */
function relativeDayParser(): chrono.Parser {
  const rel = lex().relativeDays;
  const re = new RegExp(`\\b(${alternation(Object.keys(rel))})\\b`, 'i');
  return {
    pattern: () => re,
    extract: (context, m) => {
      const c = context.createParsingComponents({});
      c.addTag('sitrep/relativeDay');
      return context.createParsingResult(m.index!, m[0], c);
    },
  };
}

let parserInstance: chrono.Chrono | null = null;
function parser(): chrono.Chrono {
  if (!parserInstance) {
    const p = chrono.casual.clone();
    p.parsers.push(rangeParser(), partOfMonthParser(), yearParser(), relativeDayParser());
    parserInstance = p;
  }
  return parserInstance;
}

// ---- resolution ---------------------------------------------------------------------------------------

const TIME_ONLY =
  /^(?:at|around|about|by|after|before|from|until|shortly after|shortly before|approximately)?\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs|h)?|noon|midday|midnight|dawn|dusk|(?:the\s+)?(?:morning|afternoon|evening|night))(?:\s+(?:local time|GMT|UTC|[A-Z]{2,4}))?$/i;
const DURATION =
  /\b(?:past|last|next|coming|previous|recent|over)\s+(?:\d+|few|several|many|couple(?:\s+of)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b/;
const WORD_ONLY_NOISE = /^(?:now|then|second|sec|min|mins|a moment)$/i;

interface Resolved {
  date: string;
  endDate?: string;
  precision: TimePrecision;
  kind: DateMention['kind'];
}

/** Latest date with this weekday on or before the reference day. */
function lastWeekday(ref: string, weekday: number): string {
  const t = parseIso(ref)!;
  const back = (new Date(t).getUTCDay() - weekday + 7) % 7;
  return isoOf(t - back * DAY);
}

/** Put a year-less month/day in the past of the reference (the latest such day on or before it). */
function pastYear(ref: string | null, year: number, month: number, day: number, yearCertain: boolean): number {
  if (yearCertain || !ref) return year;
  let y = Number(ref.slice(0, 4));
  const d = Math.min(day, daysInMonth(y, month));
  if (ymd(y, month, d) > ref) y--;
  return y;
}

function resolve(r: chrono.ParsedResult, ref: string | null): Resolved | null {
  const s = r.start;
  const tags = r.tags();
  const text = r.text.trim();
  const lower = text.toLowerCase();
  const certain = (c: chrono.Component) => s.isCertain(c);
  const get = (c: chrono.Component) => s.get(c) ?? 0;

  if (tags.has('sitrep/relativeDay')) {
    if (!ref) return null;
    const rule = lex().relativeDays[lower.replace(/\s+/g, ' ')];
    if (!rule) return null;
    return { date: addDays(ref, rule.offset), precision: rule.precision, kind: 'relative' };
  }
  if (tags.has('sitrep/year')) return { date: ymd(get('year'), 7, 1), precision: 3, kind: 'year' };
  // No reference: absolute dates only, i.e. those that state their year.
  if (!ref && !(certain('year') && /\b(?:19|20)\d{2}\b/.test(text))) return null;

  if (tags.has('sitrep/range') || r.end) {
    const e = r.end;
    if (!e) return null;
    let y1 = pastYear(ref, get('year'), get('month'), get('day'), certain('year'));
    let y2 = e.isCertain('year') ? (e.get('year') ?? y1) : y1;
    if (!e.isCertain('year') && e.get('month')! < get('month')) y2 = y1 + 1;
    if (!certain('year') && e.isCertain('year')) y1 = get('month') <= e.get('month')! ? y2 : y2 - 1;
    const start = ymd(y1, get('month'), get('day'));
    const end = ymd(y2, e.get('month')!, e.get('day')!);
    if (end < start) return null;
    const span = (parseIso(end)! - parseIso(start)!) / DAY;
    // A clock-time range on one day ("from 9 to 11 am") is that day.
    if (span === 0) return { date: start, precision: 1, kind: certain('day') ? 'explicit' : 'relative' };
    return { date: start, endDate: end, precision: span <= 31 ? 2 : 3, kind: 'range' };
  }

  if (tags.has('sitrep/partOfMonth')) {
    // The current month counts as past even when its "end" is still to come.
    const y = pastYear(ref, get('year'), get('month'), 1, certain('year'));
    return { date: ymd(y, get('month'), get('day')), precision: 2, kind: 'month' };
  }

  const relative = tags.has('result/relativeDate') || /\b(?:ago|last|this|next|past|earlier|later)\b/i.test(lower);
  // Durations ("the past eight months") and dates relative to another event ("two days before",
  // "hours later") are not points in time we can resolve against publication.
  if (DURATION.test(lower) || /\b(?:before|after|later|earlier)$/.test(lower)) return null;
  if (relative && ref) {
    // "the end of last year", "the beginning of this month": a part of the period.
    const part = /\b(end|beginning|start|middle)\s+of\b/.exec(lower)?.[1];
    if (part) {
      const third = part === 'end' ? 'late' : part === 'middle' ? 'mid' : 'early';
      if (/\byear\b/.test(lower)) {
        const month = third === 'late' ? 12 : third === 'mid' ? 7 : 1;
        return { date: ymd(get('year'), month, 15), precision: 3, kind: 'month' };
      }
      if (/\bmonth\b/.test(lower)) {
        const date = ymd(get('year'), get('month'), lex().partOfMonth[third]!);
        return date > ref ? { date: ref, precision: 2, kind: 'month' } : { date, precision: 2, kind: 'month' };
      }
    }
    // "last week", "2 weeks ago" (precision 2); "last month" (3, the 15th); "last year" (kind year).
    if (/\bweeks?\b/.test(lower)) {
      const date = ymd(get('year'), get('month'), get('day'));
      return date > ref ? null : { date, precision: 2, kind: 'relative' };
    }
    if (/\bmonths?\b/.test(lower) && !certain('day')) {
      const date = ymd(get('year'), get('month'), 15);
      return date.slice(0, 7) > ref.slice(0, 7) ? null : { date, precision: 3, kind: 'relative' };
    }
    if (/\byears?\b/.test(lower) && !certain('month')) {
      return get('year') > Number(ref.slice(0, 4)) ? null : { date: ymd(get('year'), 7, 1), precision: 3, kind: 'year' };
    }
  }

  if (certain('day') && certain('month')) {
    const y = pastYear(ref, get('year'), get('month'), get('day'), certain('year'));
    const date = ymd(y, get('month'), get('day'));
    // "yesterday", "two days ago", "today", "this morning" come back with a certain day too.
    const isRelative = relative || /\b(?:today|tonight|yesterday|tomorrow)\b/i.test(lower);
    if (isRelative && ref && date > ref) return null; // future: "tomorrow", "in 24 hours"
    return { date, precision: 1, kind: isRelative ? 'relative' : 'explicit' };
  }

  if (certain('weekday') && ref) {
    return { date: lastWeekday(ref, get('weekday')), precision: 1, kind: 'weekday' };
  }

  if (certain('month')) {
    // A month name alone must be written as a name ("March", not "march"/"may").
    if (!/[A-Z]/.test(text)) return null;
    const y = pastYear(ref, get('year'), get('month'), 1, certain('year'));
    return { date: ymd(y, get('month'), 15), precision: 3, kind: 'month' };
  }

  // "today", "this morning", "tonight": the reference day itself.
  if (ref && /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i.test(lower)) {
    return { date: ref, precision: 1, kind: 'relative' };
  }
  // A time of day alone ("at 9:45 am", "around noon") is no date; it belongs to the day around it.
  return null;
}

/** Find and resolve every temporal expression in `text`; `published` is the reference (YYYY-MM-DD). */
export function findDates(text: string, published: string | null): Omit<DateMention, 'sentence' | 'caption'>[] {
  const ref = published && parseIso(published) !== null ? published.slice(0, 10) : null;
  const refDate = ref ? new Date(`${ref}T12:00:00`) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    // chrono reads "the morning of 1 March 2019" as a time of today; blanking the part of day (same length,
    // so offsets hold) lets it read the date.
    const masked = text.replace(/\b(?:morning|afternoon|evening|night|early hours|small hours) of (?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi, (m) => ' '.repeat(m.length));
    results = parser().parse(masked, refDate, { forwardDate: false });
  } catch {
    return [];
  }
  const out: Omit<DateMention, 'sentence' | 'caption'>[] = [];
  for (const r of results) {
    let raw = r.text;
    let start = r.index;
    // Trim leading "on"/"at" and trailing punctuation that chrono includes in the match text.
    const lead = r.tags().has('sitrep/year') ? /^\D+/.exec(raw) : /^(?:on|at|in|since|by|from)\s+/i.exec(raw);
    if (lead) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    raw = raw.replace(/[\s,;]+$/, '');
    if (!raw || WORD_ONLY_NOISE.test(raw) || TIME_ONLY.test(raw)) continue;
    const res = resolve(r, ref);
    if (!res) continue;
    out.push({ start, end: start + raw.length, text: text.slice(start, start + raw.length), ...res });
  }
  return out;
}

// A sentence with no digit and no calendar or relative-time word holds no date: chrono is spared it.
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|yesterday|tomorrow|overnight|night|morning|afternoon|evening|dawn|dusk|noon|midnight|week|month|year|ago|earlier|later|last|this|next|past|recent|since|decade|weekend|hours?|days?|late|early|mid)\b/i;

export const datesComponent: Component = {
  name: 'dates',
  run(doc: Doc): void {
    const published = doc.article.published;
    const dates: DateMention[] = [];
    if (!doc.sentences.length) {
      // Without segmentation, parse the whole text (chrono may then join expressions across sentences).
      for (const d of findDates(doc.text, published)) dates.push({ ...d, sentence: 0, caption: false });
    } else {
      // Sentence by sentence, so that chrono never merges "… 9:45 am. Today" across a boundary.
      for (const s of doc.sentences) {
        if (!MAY_HOLD_DATE.test(s.text)) continue;
        for (const d of findDates(s.text, published)) {
          dates.push({
            ...d,
            start: d.start + s.start,
            end: d.end + s.start,
            sentence: s.index,
            caption: s.caption,
          });
        }
      }
    }
    doc.dates = dates;
  },
};

// ---- the date of an event ----------------------------------------------------------------------------

/** Which date of a sentence to prefer: a stated day outranks a weekday that contradicts it, and so on. */
const KIND_RANK: Record<DateMention['kind'], number> = {
  explicit: 0,
  relative: 1,
  weekday: 2,
  range: 3,
  month: 4,
  year: 5,
};
function best(mentions: DateMention[]): DateMention | null {
  let top: DateMention | null = null;
  for (const m of mentions) {
    if (!top) top = m;
    else {
      const a = m.precision * 10 + KIND_RANK[m.kind];
      const b = top.precision * 10 + KIND_RANK[top.kind];
      if (a < b) top = m;
    }
  }
  return top;
}

/** The article's main story date: its first day-precise story date near publication, else the first one. */
export function storyDate(doc: Doc): { date: string; precision: TimePrecision } | null {
  const story = doc.dates.filter((d) => !d.caption && d.kind !== 'year');
  const pub = doc.article.published ? parseIso(doc.article.published) : null;
  const isNear = (d: DateMention) =>
    d.precision === 1 && (pub === null || Math.abs(parseIso(d.date)! - pub) <= 7 * DAY);
  // An explicit day outranks a weekday that disagrees with it ("on Tuesday" … "Feb. 7").
  const near = story.find((d) => isNear(d) && d.kind === 'explicit') ?? story.find(isNear);
  const first = near ?? story.find((d) => d.precision === 1) ?? story[0];
  if (first) return { date: first.date, precision: first.precision };
  if (doc.article.published && /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/i.test(doc.text)) {
    return { date: doc.article.published.slice(0, 10), precision: 1 };
  }
  return null;
}

/**
 * The date for an event mentioned in sentence `sentenceIndex`: a date in the same sentence, else the
 * nearest earlier story (non-caption) date in the same paragraph, else the article's main story date.
 */
export function eventDateFor(doc: Doc, sentenceIndex: number): { date: string; precision: TimePrecision } | null {
  // A year alone ("the 2019 shootout") still marks the sentence as another time than the story's.
  const same = best(doc.dates.filter((d) => d.sentence === sentenceIndex));
  if (same) return { date: same.date, precision: same.precision };
  const sentence = doc.sentences[sentenceIndex];
  if (sentence) {
    let earlier: DateMention | null = null;
    for (const d of doc.dates) {
      if (d.sentence >= sentenceIndex || d.caption || d.kind === 'year') continue;
      if (doc.sentences[d.sentence]?.paragraph !== sentence.paragraph) continue;
      if (!earlier || d.sentence > earlier.sentence) earlier = d;
    }
    if (earlier) return { date: earlier.date, precision: earlier.precision };
  }
  return storyDate(doc);
}
