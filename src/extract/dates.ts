/**
 * Dates: every temporal expression in the text, resolved against the publication date.
 *
 * chrono-node's casual English parser finds the expressions; we add parsers in chrono's style for what it
 * misses (ranges "between February 1 and 10", "March 9 and 10", parts of months "late December", "the first
 * week of March", years "in 2019", "the 2014 offensive", "1994, 1995 and 1997", "overnight", "on the 5th",
 * "last May", and anaphors "the next day", "two days earlier", "that year"), then resolve each result
 * ourselves, because news dates have their own rules:
 *  - a bare weekday lies on or before the publication day ("on Wednesday" in an article of Thursday 12 March
 *    2020 is 11 March; in an article of a Wednesday it is that same day; "last Wednesday" then is a week ago);
 *    weekends and "this week" too;
 *  - a year-less date lies in the past (up to two days ahead for time zones) unless the sentence speaks of
 *    the future before it ("talks are scheduled for Nov. 21"); "tomorrow", "next week" are never recorded:
 *    an event is never dated by them;
 *  - "the next day", "a day earlier" count from the date told just before (else from publication);
 *  - "last week" has ACLED time_precision 2, "last month" and month names precision 3 (the 15th stands for
 *    the month, or publication if it is the current month and the 15th is still to come), "last year" /
 *    "in 2019" are kind 'year' (precision 3, 1 July, or publication, stands for the year);
 *  - a time of day ("at 9:45 am", "around noon") belongs to the day it is attached to and is no date alone;
 *    neither are counts chrono reads as dates ("3/4", "5 to 10", the year of "March 1, 10 people");
 *  - without a publication date only absolute dates (with a stated year) are kept.
 * Words and offsets are data: data/lexicons/dates.json. `npx tsx scripts/eval-dates.ts` measures the
 * component on TempEval-3 and MEANTIME.
 */
import { findDateline } from '../ingest/dateline.js';
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
  anaphoric: Record<string, { offset: number; unit: Unit }>;
  numberWords: Record<string, number>;
  futureCues: string[];
  yearCountNouns: string[];
  yearDeterminers: string[];
  yearEventNouns: string[];
}
type Unit = 'day' | 'week' | 'month' | 'year';

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

/**
 * What may follow the second day of "March 10 and 11" for it to be a day, not a count ("and 11 people"):
 * punctuation, a year, a preposition or a verb in the past ("March 9 and 10 killed four").
 */
const AFTER_DAY = String.raw`(?=(?:,?\s+(?:19|20)\d{2})?(?:\s*[,.;:)]|\s*$|\s+(?:in|at|on|near|when|as|and|but|while|after|before|saw|left|took|were|was|had|brought|fell|hit|struck|[a-z]+ed)\b))`;

/** "March 10 and 11", "10 and 11 March": two days next to each other, a range of days. */
function twoDayParser(): chrono.Parser {
  const M = alternation(Object.keys(lex().months));
  const re = new RegExp(
    `\\b(?:(${M})\\.?\\s+(\\d{1,2})${ORD}\\s+and\\s+(\\d{1,2})${ORD}${AFTER_DAY}|(\\d{1,2})${ORD}\\s+and\\s+(\\d{1,2})${ORD}\\s+(${M})\\b\\.?)(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
    'i',
  );
  return {
    pattern: () => re,
    extract: (context, m) => {
      const name = m[1] ?? m[6]!;
      const month = lex().months[name.toLowerCase()];
      const d1 = Number(m[2] ?? m[4]);
      const d2 = Number(m[3] ?? m[5]);
      // "may" the verb; "March 1 and 15": two dates, not one stretch of days.
      if (!month || !/^[A-Z]/.test(name) || d1 < 1 || d2 <= d1 || d2 - d1 > 3 || d2 > 31) return null;
      const start = context.createParsingComponents({ month, day: d1 });
      const end = context.createParsingComponents({ month, day: d2 });
      if (m[7]) {
        start.assign('year', Number(m[7]));
        end.assign('year', Number(m[7]));
      }
      start.addTag('sitrep/range');
      return context.createParsingResult(m.index!, m[0], start, end);
    },
  };
}

/** "the first week of March", "the last week of May 2019": a week of a month (ACLED precision 2). */
function weekOfMonthParser(): chrono.Parser {
  const M = alternation(Object.keys(lex().months));
  const re = new RegExp(`\\b(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${M})\\b\\.?(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'i');
  const middle: Record<string, number> = { first: 4, second: 11, third: 18, fourth: 25, last: 25, final: 25 };
  return {
    pattern: () => re,
    extract: (context, m) => {
      const month = lex().months[m[2]!.toLowerCase()];
      if (!month || !/^[A-Z]/.test(m[2]!)) return null;
      const c = context.createParsingComponents({ month });
      c.imply('day', middle[m[1]!.toLowerCase()]!);
      if (m[3]) c.assign('year', Number(m[3]));
      c.addTag('sitrep/partOfMonth');
      return c;
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
    `\\b(?:${alternation(lex().yearPrepositions)})[\\s-]+((?:19|20)\\d{2})\\b(?![-–/](?!(?:19|20)\\d{2}\\b)\\d|\\s*(?:%|per\\s?cent))`,
    'i',
  );
  return yearOnly(re);
}

/** A parser whose match's first group is a year standing for the whole year (mid-year implied). */
function yearOnly(re: RegExp): chrono.Parser {
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
      // "overnight from Saturday to Sunday", "overnight on Tuesday": the weekdays told next to it date the night.
      if (/^\s*,?\s*(?:from|on|of|between|into|to)\s+(?:the\s+)?(?:night\s+of\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(context.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) return null;
      const c = context.createParsingComponents({});
      c.addTag('sitrep/relativeDay');
      return context.createParsingResult(m.index!, m[0], c);
    },
  };
}

/** Words that may follow "the day before" and still leave it anaphoric ("the day before, when …"). */
const OBJECT_FREE = /^(?:\s*$|\s*[,.;:!?)"”’'—–-]|\s+(?:and|when|while|as|in|at|on|near|around|but)\b)/i;

/** "the next day", "that same day", "two days earlier", "a year later": dated from the date told before. */
function anaphoricParser(): chrono.Parser {
  const { anaphoric, numberWords } = lex();
  const counted = `(?:${alternation(Object.keys(numberWords))}|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)\\s+(?:earlier|later|before|after|afterwards|previously)`;
  const re = new RegExp(`\\b(?:${alternation(Object.keys(anaphoric))}|${counted})\\b`, 'i');
  return {
    pattern: () => re,
    extract: (context, m) => {
      const after = context.text.slice(m.index! + m[0].length);
      // "the day before the attack", "the same day as the vote": dated from another event, not a date.
      if (/(?:before|after)$/i.test(m[0]) && !OBJECT_FREE.test(after)) return null;
      if (/\bsame\b/i.test(m[0]) && /^\s+as\b/i.test(after)) return null;
      const c = context.createParsingComponents({});
      c.addTag('sitrep/anaphoric');
      return context.createParsingResult(m.index!, m[0], c);
    },
  };
}

/** "on the 5th": a day of the current (or, when still to come, the previous) month. */
function dayOfMonthParser(): chrono.Parser {
  const re = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last)\s+month\b)?/i;
  return {
    pattern: () => re,
    extract: (context, m) => {
      const day = Number(m[1]);
      // "on the 5th floor", "on the 3rd Brigade": an ordinal, not a day.
      if (day < 1 || day > 31 || !OBJECT_FREE.test(context.text.slice(m.index! + m[0].length))) return null;
      const c = context.createParsingComponents({ day });
      c.addTag('sitrep/dayOfMonth');
      return context.createParsingResult(m.index!, m[0], c);
    },
  };
}

/** "last May", "this September", "March last year": a month named with its year relative to publication. */
function monthModifierParser(): chrono.Parser {
  const M = alternation(Object.keys(lex().months).filter((k) => k.length > 3 || k === 'may'));
  const re = new RegExp(`\\b(?:(last|this|next|past)\\s+(${M})|(${M})\\s+(?:of\\s+)?(last|this|next)\\s+year)\\b`, 'i');
  return {
    pattern: () => re,
    extract: (context, m) => {
      const name = m[2] ?? m[3]!;
      // "last may", "this march": the verb and the noun, not months.
      if (!/^[A-Z]/.test(name)) return null;
      const c = context.createParsingComponents({ month: lex().months[name.toLowerCase()]! });
      c.addTag(m[2] ? `sitrep/month-${m[1]!.toLowerCase()}` : `sitrep/month-${m[4]!.toLowerCase()}-year`);
      return context.createParsingResult(m.index!, m[0], c);
    },
  };
}

/**
 * "the 2014 offensive", "the 2011 uprising": a year naming an event (not "the 2000 troops", "a 2005 Toyota",
 * "the 2019 budget"). Such a year names another event; it does not date the sentence's own (yearNamesOtherTime).
 */
function attributiveYearParser(): chrono.Parser {
  const { yearDeterminers } = lex();
  return yearOnly(new RegExp(`\\b(?:${alternation(yearDeterminers)})\\s+((?:19|20)\\d{2})\\b${EVENT_NOUN_AFTER()}`, 'i'));
}

/** Lookahead: an event noun right after a year ("2014 offensive", "2013 military coup"). */
const EVENT_NOUN_AFTER = () => `(?=\\s+(?:military\\s+)?(?:${alternation(lex().yearEventNouns)})\\b)`;

/**
 * "in 1994, 1995 and 1997", "from 1991 to 1997": years listed after a year that is already a date are dates
 * too (a refiner, because chrono's parsers cannot look back at what they consumed).
 */
function yearListRefiner(): chrono.Refiner {
  const re = /\b(?:19|20)\d{2}(?=(\s*,\s*|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)((?:19|20)\d{2})\b(?!\s*(?:%|per\s?cent|[-–/.,]\d)))/g;
  // "In 2019, 2020 people died": a count, not a second year.
  const nouns = lex().yearCountNouns.filter((w) => !['and', 'or', 'to', 'of'].includes(w));
  const count = new RegExp(`^\\s+(?:${alternation(nouns)})\\b`, 'i');
  return {
    refine: (context, results) => {
      if (!results.some((r) => r.tags().has('sitrep/year'))) return results;
      const out = [...results];
      for (const m of context.text.matchAll(re)) {
        const first = m.index!;
        const second = first + 4 + m[1]!.length;
        const dated = out.some((r) => r.tags().has('sitrep/year') && r.index + r.text.length === first + 4);
        const taken = out.some((r) => r.index < second + 4 && second < r.index + r.text.length);
        if (!dated || taken || count.test(context.text.slice(second + 4))) continue;
        const c = context.createParsingComponents({ year: Number(m[2]) });
        c.imply('month', 7);
        c.imply('day', 1);
        c.addTag('sitrep/year');
        out.push(context.createParsingResult(second, m[2]!, c));
        out.sort((a, b) => a.index - b.index);
      }
      return out;
    },
  };
}

let parserInstance: chrono.Chrono | null = null;
function parser(): chrono.Chrono {
  if (!parserInstance) {
    const p = chrono.casual.clone();
    p.parsers.push(
      rangeParser(),
      twoDayParser(),
      weekOfMonthParser(),
      partOfMonthParser(),
      yearParser(),
      relativeDayParser(),
      dayOfMonthParser(),
      monthModifierParser(),
      attributiveYearParser(),
    );
    // First, so that its reading of "a day earlier" wins over chrono's ("a day from now") of the same span.
    p.parsers.unshift(anaphoricParser());
    p.refiners.push(yearListRefiner());
    parserInstance = p;
  }
  return parserInstance;
}

// ---- resolution ---------------------------------------------------------------------------------------

const TIME_ONLY =
  /^(?:at|around|about|by|after|before|from|until|shortly after|shortly before|approximately)?\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs|h)?|noon|midday|midnight|dawn|dusk|(?:the\s+)?(?:morning|afternoon|evening|night))(?:\s+(?:local time|GMT|UTC|(?!ago$)[A-Z]{2,4}))?$/i;
const DURATION =
  /\b(?:past|last|next|coming|previous|recent|over)\s+(?:\d+|few|several|many|couple(?:\s+of)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)\s+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b/;
/** "45 minutes", "two hours": a length of time, no date (unless "ago"). */
const BARE_SPAN = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:seconds?|minutes?|mins?|hours?)$/i;
/** How long, not when: "for about 15 minutes", "for two days", "for 24 hours" (chrono reads some as a time). */
const FOR_SPAN = /^for\s+(?:(?:about|around|nearly|almost|over|some|roughly|approximately|at least|more than|less than|up to)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|many)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)$/i;
// "for a second consecutive day": an ordinal, the day of the report, not a length of time.
const ORDINAL_AFTER = /^\s+(?:consecutive|straight|successive|running)\b/i;
const WORD_ONLY_NOISE = /^(?:now|then|second|sec|min|mins|a moment)$/i;
/** "3/4" without a year is a fraction (or "9/11", an event's name), not a date we can place. */
const YEARLESS_SLASH = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/;
/** Right after a date, words that make it one still to come: "a June 1 deadline", "June 3 hearing has been scheduled". */
const FUTURE_AFTER = /^\s*(?:deadline\b|(?:\w+\s+)?(?:is|has been|will be|are)\s+(?:scheduled|set|planned|due|expected)\b)/i;
/** A date chrono joined to a count or a span after it: "March 1, 10", "11 December -- four years". */
const MERGED_SHORT_YEAR = /^(.*?[A-Za-z.]\s*\d{1,2}(?:st|nd|rd|th)?|.*?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?)(?:,\s*|\s+)\d{1,2}$/;
const MERGED_COUNT = /^(.+?)\s*(?:--|[-–—])\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:days?|weeks?|months?|years?)\b.*$/i;
/** dd/mm/yyyy or mm/dd/yyyy (also with dots). */
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d{2})\b/;
/** A third of a month named before "last month" / "this month". */
const PART_BEFORE = /\b(early|late|mid|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)[\s-]*$/i;
/** A weekday written out and capitalised: "Sun", "sat" and "Wed" are a newspaper, a verb, a name. */
const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b/;

/**
 * How far ahead of publication a year-less date may lie (days): two days for time zones and late
 * publication; six months when the sentence speaks of the future before the date ("talks are scheduled
 * for Nov. 21", "elections are due in March"). A past-tense report of "May 14" read in March is last
 * year's May 14.
 */
const GRACE_DAYS = 2;
const FUTURE_AHEAD_DAYS = 183;

interface Resolved {
  date: string;
  endDate?: string;
  precision: TimePrecision;
  kind: DateMention['kind'];
}

/** The last date told before an expression (and the last day told), from which "the next day" is counted. */
export interface DateAnchor {
  last: Resolved | null;
  lastDay?: Resolved | null;
}

/** Latest date with this weekday on or before the reference day. */
function lastWeekday(ref: string, weekday: number): string {
  const t = parseIso(ref)!;
  const back = (new Date(t).getUTCDay() - weekday + 7) % 7;
  return isoOf(t - back * DAY);
}

/**
 * The year of a year-less month/day: the latest such day on or before the reference, unless the next one
 * lies at most `aheadDays` after it (and nearer than the past one).
 */
function yearFor(ref: string | null, year: number, month: number, day: number, yearCertain: boolean, aheadDays: number): number {
  if (yearCertain || !ref) return year;
  const r = parseIso(ref)!;
  const at = (y: number) => parseIso(ymd(y, month, Math.min(day, daysInMonth(y, month))))!;
  const y = Number(ref.slice(0, 4));
  const candidates = [y - 1, y, y + 1].filter((c) => at(c) <= r || (at(c) - r) / DAY <= aheadDays);
  // The nearest of the admissible ones: past ones are admissible always, future ones within the window.
  candidates.sort((a, b) => Math.abs(at(a) - r) - Math.abs(at(b) - r));
  return candidates[0] ?? y - 1;
}

function addMonths(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12);
  const mm = (((m % 12) + 12) % 12) + 1;
  return ymd(yy, mm, Math.min(Number(iso.slice(8, 10)), daysInMonth(yy, mm)));
}

/** "the next day", "two weeks earlier": counted from the anchor (the date told before) or publication. */
function resolveAnaphoric(text: string, anchors: DateAnchor, ref: string | null): Resolved | null {
  const { anaphoric, numberWords } = lex();
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  let offset: number;
  let unit: Unit;
  let vague = false;
  const fixed = anaphoric[lower];
  if (fixed) {
    ({ offset, unit } = fixed);
  } else {
    const m = /^(.+?) (day|week|month|year)s? (earlier|later|before|after|afterwards|previously)$/.exec(lower);
    if (!m) return null;
    const n = numberWords[m[1]!] ?? Number(m[1]);
    if (!Number.isFinite(n)) return null;
    vague = m[1] === 'a few' || m[1] === 'several';
    offset = /^(?:later|after|afterwards)$/.test(m[3]!) ? n : -n;
    unit = m[2] as Unit;
  }
  // "April 18 this year … that day": a day counts from the last day told, not from a year told after it.
  const anchor = (unit === 'day' || unit === 'week') && anchors.last?.kind === 'year' && anchors.lastDay ? anchors.lastDay : anchors.last;
  const base = anchor ?? (ref ? { date: ref, precision: 1 as TimePrecision, kind: 'relative' as const } : null);
  if (!base) return null;
  const from = offset > 0 && base.endDate ? base.endDate : base.date;
  let date =
    unit === 'day' ? addDays(from, offset) : unit === 'week' ? addDays(from, 7 * offset) : unit === 'month' ? addMonths(from, offset) : addMonths(from, 12 * offset);
  // Counted from publication, "a day later" is the future: nothing an event can be dated by.
  if (!anchor && ref && date > ref) return null;
  const unitPrecision: TimePrecision = unit === 'day' ? (vague ? 2 : 1) : unit === 'week' ? (vague ? 3 : 2) : 3;
  const precision = Math.max(unitPrecision, base.precision) as TimePrecision;
  if (unit === 'year' || base.kind === 'year') return { date: `${date.slice(0, 4)}-07-01`, precision: 3, kind: 'year' };
  if (precision === 3) date = `${date.slice(0, 7)}-15`;
  return { date, precision, kind: 'relative' };
}

/** The context of a result that its own text lacks: the words before it, and the sentence's tense. */
interface Context {
  before: string;
  future: boolean;
  anchor: Resolved | null;
}

function resolve(r: chrono.ParsedResult, ref: string | null, ctx: Context): Resolved | null {
  const s = r.start;
  const tags = r.tags();
  const text = r.text.trim();
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const certain = (c: chrono.Component) => s.isCertain(c);
  const get = (c: chrono.Component) => s.get(c) ?? 0;
  const explicitAhead = ctx.future ? FUTURE_AHEAD_DAYS : GRACE_DAYS;
  const monthAhead = ctx.future ? FUTURE_AHEAD_DAYS : 0;
  // "next Monday", "this coming Sunday", "later this month": still to come ("later Thursday" is not).
  const comingBefore = /\b(?:next|coming)\s+$/i.test(ctx.before);
  const laterBefore = /\b(?:later|next|coming)\s+$/i.test(ctx.before);

  if (YEARLESS_SLASH.test(text)) return null;
  if (tags.has('sitrep/year')) return { date: ymd(get('year'), 7, 1), precision: 3, kind: 'year' };
  if (!ref) {
    // No reference: absolute dates only, i.e. those that state their year.
    if (!(certain('year') && /\b(?:19|20)\d{2}\b/.test(text))) return null;
  } else {
    // Weekends: the last one (Saturday) up to publication; "last weekend" read on a weekend is the one before.
    if (/\bweekend\b/.test(lower)) {
      if (/\b(?:next|coming)\b/.test(lower) || comingBefore) return null;
      let sat = lastWeekday(ref, 6);
      const onWeekend = [0, 6].includes(new Date(parseIso(ref)!).getUTCDay());
      if (onWeekend && /\b(?:last|past|previous)\b/.test(lower)) sat = addDays(sat, -7);
      if (sat > ref) sat = addDays(sat, -7);
      return { date: sat, precision: 2, kind: 'relative' };
    }
    // "this week", "earlier this week": the current week up to publication (its first half).
    if (/^(?:earlier )?this week$|^earlier in the week$/.test(lower)) {
      if (laterBefore) return null;
      const sinceMonday = (new Date(parseIso(ref)!).getUTCDay() + 6) % 7;
      return { date: addDays(ref, -Math.ceil(sinceMonday / 2)), precision: 2, kind: 'relative' };
    }
  }

  const rule = tags.has('sitrep/relativeDay') ? lex().relativeDays[lower] : undefined;
  if (rule) return ref ? { date: addDays(ref, rule.offset), precision: rule.precision, kind: 'relative' } : null;
  if (tags.has('sitrep/relativeDay')) {
    // chrono joined "overnight" to a weekday ("overnight Tuesday", "last night, Monday"): the weekday decides.
    const wd = WEEKDAY_NAME.exec(text)?.[0].slice(0, 3).toLowerCase();
    const index = wd ? ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(wd) : -1;
    return ref && index >= 0 ? { date: lastWeekday(ref, index), precision: 1, kind: 'weekday' } : null;
  }
  if (tags.has('sitrep/dayOfMonth')) {
    if (!ref) return null;
    const day = get('day');
    let month = ref.slice(0, 7);
    if (/\blast month\b/.test(lower) || (!/\bthis month\b/.test(lower) && day > Number(ref.slice(8, 10)) + GRACE_DAYS)) month = addMonths(`${month}-01`, -1).slice(0, 7);
    const [y, m] = month.split('-').map(Number) as [number, number];
    if (day > daysInMonth(y, m)) return null;
    return { date: ymd(y, m, day), precision: 1, kind: 'explicit' };
  }
  const monthMod = [...tags].find((t) => t.startsWith('sitrep/month-'));
  if (monthMod && ref) {
    const month = get('month');
    const refYear = Number(ref.slice(0, 4));
    const refMonth = Number(ref.slice(5, 7));
    let year: number;
    if (monthMod.endsWith('-year')) year = refYear + (monthMod.includes('last') ? -1 : monthMod.includes('next') ? 1 : 0);
    else if (monthMod.endsWith('this')) year = refYear;
    else if (monthMod.endsWith('next')) return null; // "next May": still to come
    else year = month < refMonth ? refYear : refYear - 1; // "last May": the latest May before this month
    if (year > refYear || (year === refYear && month > refMonth && !ctx.future && !monthMod.endsWith('this'))) return null;
    return { date: ymd(year, month, 15), precision: 3, kind: 'month' };
  }

  if (tags.has('sitrep/range') || r.end) {
    const e = r.end;
    if (!e) return null;
    // "from 5 to 10", "9 to 11 am": numbers or clock times, no day.
    if (!['day', 'month', 'weekday', 'year'].some((c) => certain(c as chrono.Component))) return null;
    // "from Friday through Sunday", "the night of Sunday to Monday": the last such days up to publication.
    if (ref && certain('weekday') && !certain('day') && e.isCertain('weekday') && !e.isCertain('day')) {
      let first = lastWeekday(ref, get('weekday'));
      let last = lastWeekday(addDays(first, 6), e.get('weekday')!);
      if (last > addDays(ref, GRACE_DAYS)) [first, last] = [addDays(first, -7), addDays(last, -7)];
      if (last === first) return { date: first, precision: 1, kind: 'weekday' };
      return { date: first, endDate: last, precision: 2, kind: 'range' };
    }
    // "from Sept. 14 to Thursday": a weekday that ends a range is the last one up to publication.
    if (ref && certain('day') && e.isCertain('weekday') && !e.isCertain('day')) {
      const start = ymd(yearFor(ref, get('year'), get('month'), get('day'), certain('year'), explicitAhead), get('month'), get('day'));
      const end = lastWeekday(ref, e.get('weekday')!);
      if (end < start) return { date: start, precision: 1, kind: 'explicit' };
      const span = (parseIso(end)! - parseIso(start)!) / DAY;
      return span === 0 ? { date: start, precision: 1, kind: 'explicit' } : { date: start, endDate: end, precision: span <= 31 ? 2 : 3, kind: 'range' };
    }
    let y1 = yearFor(ref, get('year'), get('month'), get('day'), certain('year'), explicitAhead);
    let y2 = e.isCertain('year') ? (e.get('year') ?? y1) : y1;
    if (!e.isCertain('year') && e.get('month')! < get('month')) y2 = y1 + 1;
    if (!certain('year') && e.isCertain('year')) y1 = get('month') <= e.get('month')! ? y2 : y2 - 1;
    const start = ymd(y1, get('month'), get('day'));
    const end = ymd(y2, e.get('month')!, e.get('day')!);
    if (end < start) return null;
    const span = (parseIso(end)! - parseIso(start)!) / DAY;
    // A clock-time range on one day ("on Monday from 9 to 11 am") is that day.
    if (span === 0) return { date: start, precision: 1, kind: certain('day') ? 'explicit' : 'relative' };
    return { date: start, endDate: end, precision: span <= 31 ? 2 : 3, kind: 'range' };
  }

  if (tags.has('sitrep/partOfMonth')) {
    // The current month counts as past even when its "end" is still to come.
    const y = yearFor(ref, get('year'), get('month'), 1, certain('year'), monthAhead);
    return { date: ymd(y, get('month'), get('day')), precision: 2, kind: 'month' };
  }

  const relative = tags.has('result/relativeDate') || /\b(?:ago|last|this|next|past|earlier|later)\b/i.test(lower);
  // Durations ("the past eight months") and dates relative to another event ("two days before",
  // "hours later") are not points in time we can resolve against publication.
  if (DURATION.test(lower) || /\b(?:before|after|later|earlier)$/.test(lower)) return null;
  if (relative && ref) {
    if (/\bthis (?:week|month|year)\b/.test(lower) && laterBefore) return null;
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
    // "five hours ago": publication day, or the day before for more than half a day.
    if (/\bhours?\s+ago\b/.test(lower)) {
      const date = ymd(get('year'), get('month'), get('day'));
      return date > ref || date < addDays(ref, -2) ? null : { date, precision: 1, kind: 'relative' };
    }
    // "Friday last week": the day itself.
    if (certain('weekday') && WEEKDAY_NAME.test(text) && /\bweek\b/.test(lower)) {
      const date = ymd(get('year'), get('month'), get('day'));
      return date > ref ? null : { date, precision: 1, kind: 'weekday' };
    }
    // "last week", "2 weeks ago" (precision 2); "last month" (3, the 15th); "last year" (kind year).
    if (/\bweeks?\b/.test(lower)) {
      const date = ymd(get('year'), get('month'), get('day'));
      return date > ref ? null : { date, precision: 2, kind: 'relative' };
    }
    if (/\bmonths?\b/.test(lower) && !certain('day')) {
      // "late last month", "early this month": a third of the month (precision 2), no later than publication.
      const third = PART_BEFORE.exec(ctx.before)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
      const partDay = third ? lex().partOfMonth[third] : undefined;
      if (partDay && /^(?:last|this) month$/.test(lower)) {
        const date = ymd(get('year'), get('month'), partDay);
        if (date.slice(0, 7) > ref.slice(0, 7)) return null;
        return { date: date > ref ? ref : date, precision: 2, kind: 'month' };
      }
      const date = ymd(get('year'), get('month'), 15);
      return date.slice(0, 7) > ref.slice(0, 7) ? null : { date, precision: 3, kind: 'relative' };
    }
    // "a year ago": the same month last year (ACLED precision 3), not just the year.
    if (/^(?:a|one) year ago$/.test(lower)) return { date: ymd(get('year'), get('month'), 15), precision: 3, kind: 'relative' };
    if (/\byears?\b/.test(lower) && !certain('month')) {
      return get('year') > Number(ref.slice(0, 4)) ? null : { date: ymd(get('year'), 7, 1), precision: 3, kind: 'year' };
    }
  }

  if (certain('day') && certain('month')) {
    const y = yearFor(ref, get('year'), get('month'), get('day'), certain('year'), explicitAhead);
    let date = ymd(y, get('month'), get('day'));
    // "10/03/2020": day first or month first? The reading that lies nearest before publication.
    const slash = NUMERIC_DATE.exec(text);
    if (slash && ref && Number(slash[1]) <= 12 && Number(slash[3]) <= 12 && slash[1] !== slash[3]) {
      const year = Number(slash[4]!.length === 2 ? `20${slash[4]}` : slash[4]);
      const limit = addDays(ref, GRACE_DAYS);
      const readings = [ymd(year, Number(slash[1]), Number(slash[3])), ymd(year, Number(slash[3]), Number(slash[1]))]
        .filter((d) => d <= limit)
        .sort()
        .reverse();
      if (readings[0]) date = readings[0];
    }
    // "yesterday", "two days ago", "today", "this morning" come back with a certain day too.
    const isRelative = relative || /\b(?:today|tonight|yesterday|tomorrow)\b/i.test(lower);
    if (isRelative && ref && date > ref) return null; // future: "tomorrow", "in 24 hours"
    // "a few days ago", "several days ago": some day of the last week.
    const vague = /\b(?:a few|few|several|some|couple of)\b/.test(lower);
    return { date, precision: vague ? 2 : 1, kind: isRelative ? 'relative' : 'explicit' };
  }

  if (certain('weekday') && ref) {
    if (!WEEKDAY_NAME.test(text)) return null; // "Sun", "sat", "Wed": a newspaper, a verb, a name
    // "the previous Friday", "the following Monday": counted from the date told before (or publication).
    const around = /\bthe\s+(previous|preceding|following|next)\s+$/i.exec(ctx.before)?.[1]?.toLowerCase();
    if (around) {
      const from = ctx.anchor && ctx.anchor.precision === 1 ? ctx.anchor.date : ref;
      const previous = around === 'previous' || around === 'preceding';
      // The nearest such weekday strictly before (or after) the anchor day.
      const date = previous ? lastWeekday(addDays(from, -1), get('weekday')) : lastWeekday(addDays(from, 7), get('weekday'));
      return date > addDays(ref, GRACE_DAYS) ? null : { date, precision: 1, kind: 'weekday' };
    }
    // "next Monday", "this coming Sunday": still to come.
    if (/\b(?:next|coming)\b/i.test(lower) || comingBefore) return null;
    let date = lastWeekday(ref, get('weekday'));
    // "last Wednesday" written on a Wednesday is a week ago.
    if (date === ref && /\b(?:last|past)\s+\w+day\b/i.test(lower)) date = addDays(ref, -7);
    return { date, precision: 1, kind: 'weekday' };
  }

  if (certain('month')) {
    // A month name alone must be written as a name ("March", not "march"/"may").
    if (!/[A-Z]/.test(text)) return null;
    const y = yearFor(ref, get('year'), get('month'), 1, certain('year'), monthAhead);
    return { date: ymd(y, get('month'), 15), precision: 3, kind: 'month' };
  }

  // "today", "this morning", "tonight": the reference day itself.
  if (ref && /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i.test(lower)) {
    return { date: ref, precision: 1, kind: 'relative' };
  }
  // A time of day alone ("at 9:45 am", "around noon") is no date; it belongs to the day around it.
  return null;
}

/**
 * A coarse date whose stand-in day (the 15th, 1 July) lies after publication within the same period stands
 * at publication instead: "this month" read on the 3rd is no later than the 3rd.
 */
function clampToPublication(res: Resolved, ref: string | null): Resolved {
  if (!ref || res.precision === 1 || res.date <= ref || res.endDate) return res;
  const samePeriod = res.kind === 'year' ? res.date.slice(0, 4) === ref.slice(0, 4) : res.date.slice(0, 7) === ref.slice(0, 7);
  return samePeriod ? { ...res, date: ref } : res;
}

/**
 * Find and resolve every temporal expression in `text`; `published` is the reference (YYYY-MM-DD).
 * `anchor` carries the last date told across calls (sentence by sentence), for "the next day".
 */
export function findDates(
  text: string,
  published: string | null,
  anchor: DateAnchor = { last: null },
): Omit<DateMention, 'sentence' | 'caption'>[] {
  const ref = published && parseIso(published) !== null ? published.slice(0, 10) : null;
  const refDate = ref ? new Date(`${ref}T12:00:00`) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  let masked: string;
  try {
    // chrono reads "the morning of 1 March 2019" as a time of today; blanking the part of day (same length,
    // so offsets hold) lets it read the date.
    masked = text.replace(/\b(?:morning|afternoon|evening|night|early hours|small hours) of (?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi, (m) => ' '.repeat(m.length));
    results = parser().parse(masked, refDate, { forwardDate: false });
  } catch {
    return [];
  }
  const out: Omit<DateMention, 'sentence' | 'caption'>[] = [];
  for (let r of results) {
    let raw = r.text;
    let start = r.index;
    // chrono reads a count after a date as its year ("March 1, 10 people" → 2010) and joins a date to a
    // span after a dash ("11 December -- four years behind schedule"): the date alone is read again.
    const prefix = MERGED_COUNT.exec(raw)?.[1] ?? (r.start.isCertain('year') && !/\d{4}|'\d{2}\b/.test(raw) ? MERGED_SHORT_YEAR.exec(raw)?.[1] : undefined);
    if (prefix) {
      const again = parser().parse(masked.slice(start, start + prefix.length), refDate, { forwardDate: false }).find((x) => /^\W*$/.test(prefix.slice(0, x.index)));
      if (!again) continue;
      r = again;
      start += again.index;
      raw = again.text;
    } else {
      // The count after "March 1, 2020, 10 people" or "On Monday, 12 people" is no part of the date.
      raw = raw.replace(/(\d{4}),\s*\d{1,3}$/, '$1');
      if (!r.start.isCertain('day')) raw = raw.replace(/,\s*\d{1,3}$/, '');
    }
    // Trim leading "on"/"at" and trailing punctuation that chrono includes in the match text.
    const lead = r.tags().has('sitrep/year') ? /^\D+/.exec(raw) : /^(?:on|at|in|since|by|from)\s+/i.exec(raw);
    if (lead) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    raw = raw.replace(/[\s,;]+$/, '');
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1).trimEnd(); // "(2300 GMT Tuesday)"
    // "said local leader Monday Kassah", "Pastor Sunday Adamu": a weekday that is a first name (common in
    // Nigeria and Ghana), told after a speaker's title or a speech verb and before a capitalised surname.
    if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(raw) && /^\s+[A-Z][a-z]+/.test(text.slice(start + raw.length)) &&
      /\b(?:said|says|told|leader|chief|chairman|spokes(?:man|woman|person)|commissioner|official|resident|survivor|witness|pastor|reverend|rev\.?|mr\.?|mrs\.?|ms\.?|dr\.?|alhaji|named|identified as|one)\s+$/i.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (!raw || WORD_ONLY_NOISE.test(raw) || TIME_ONLY.test(raw) || BARE_SPAN.test(raw) || (FOR_SPAN.test(raw) && !ORDINAL_AFTER.test(text.slice(start + raw.length)))) continue;
    // The future is spoken of before the date ("talks are scheduled for Nov. 21"), not after it ("after
    // the August war, politicians will …").
    const future = futureCue().test(text.slice(0, start)) || FUTURE_AFTER.test(text.slice(start + raw.length, start + raw.length + 40));
    const ctx = { before: text.slice(Math.max(0, start - 16), start), future, anchor: anchor.last };
    let res: Resolved | null;
    if (!r.tags().has('sitrep/anaphoric')) res = resolve(r, ref, ctx);
    else {
      // chrono may have merged a date with the anaphor that follows it: "Oct. 1 of the previous year".
      const tail = anaphoricTail().exec(raw)?.[0] ?? raw;
      res = resolveAnaphoric(tail, anchor, ref);
      if (tail !== raw) {
        const own = resolve(r, ref, ctx);
        res = own && res?.kind === 'year' && r.start.isCertain('month') ? { ...own, date: `${res.date.slice(0, 4)}${own.date.slice(4)}` } : own;
      }
    }
    // chrono reads "29 be(tween)" as a Buddhist-era year: no date before 1800 is one of ours.
    if (!res || !/^(?:1[89]|2\d)\d\d-/.test(res.date)) continue;
    const final = clampToPublication(res, ref);
    anchor.last = final;
    if (final.precision === 1) anchor.lastDay = final;
    out.push({ start, end: start + raw.length, text: text.slice(start, start + raw.length), ...final });
  }
  return out;
}

let tailRe: RegExp | null = null;
function anaphoricTail(): RegExp {
  tailRe ??= new RegExp(`(?:${alternation(Object.keys(lex().anaphoric))})$`, 'i');
  return tailRe;
}

let futureRe: RegExp | null = null;
function futureCue(): RegExp {
  futureRe ??= new RegExp(`(?:^|[^\\w'])(?:${alternation(lex().futureCues)})\\b`, 'i');
  return futureRe;
}

// A sentence with no digit and no calendar or relative-time word holds no date: chrono is spared it.
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|yesterday|tomorrow|overnight|night|morning|afternoon|evening|dawn|dusk|noon|midnight|week|month|year|ago|earlier|later|last|this|next|past|recent|since|decade|weekend|hours?|days?|late|early|mid)\b/i;


export const datesComponent: Component = {
  name: 'dates',
  run(doc: Doc): void {
    let published = doc.article.published;
    // "KABUL, March 8 (Reuters) -", "MOGADISHU, June 12 (Xinhua) --": the dateline's date is when the report was
    // filed, not when the event happened; it dates the story's weekdays when the metadata does not.
    const line = findDateline(doc.text);
    const filed = line?.date ? findDates(line.date.text, published)[0] : undefined;
    if (filed && filed.precision === 1 && !published) published = filed.date;
    const inDateline = (start: number) => !!line && !!filed && start >= line.start && start < line.end;
    const dates: DateMention[] = [];
    if (!doc.sentences.length) {
      // Without segmentation, parse the whole text (chrono may then join expressions across sentences).
      for (const d of findDates(doc.text, published)) dates.push({ ...d, sentence: 0, caption: false });
    } else {
      // Sentence by sentence, so that chrono never merges "… 9:45 am. Today" across a boundary; "the next
      // day" counts from the last story date told before it (a caption's date anchors nothing).
      const anchor: DateAnchor = { last: null };
      for (const s of doc.sentences) {
        if (!MAY_HOLD_DATE.test(s.text)) continue;
        for (const d of findDates(s.text, published, s.caption ? { ...anchor } : anchor)) {
          if (inDateline(d.start + s.start)) continue;
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
function best(doc: Doc, mentions: DateMention[]): DateMention | null {
  // "The army said on Wednesday that militants attacked on Monday": the day of the report yields to the
  // day of the event told beside it.
  const told = mentions.filter((m) => !isReportingDate(doc, m));
  let top: DateMention | null = null;
  for (const m of told.length ? told : mentions) {
    if (!top) top = m;
    else {
      const a = m.precision * 10 + KIND_RANK[m.kind];
      const b = top.precision * 10 + KIND_RANK[top.kind];
      if (a < b) top = m;
    }
  }
  return top;
}

/** A speech verb just before it: "said on Wednesday", "told reporters Tuesday", "announced Friday". */
// (Also "the army said in a statement on Tuesday", "police said late Monday".)
const REPORTING_BEFORE =
  /\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|stated|confirmed|added|claimed|noted|warned|declared|tweeted|posted|wrote)(?:\s+in\s+an?\s+(?:statement|post|tweet|press\s+release))?\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/** The date of a statement, not of the event it tells: "police said on Tuesday". */
export function isReportingDate(doc: Doc, d: Pick<DateMention, 'start'>): boolean {
  return REPORTING_BEFORE.test(doc.text.slice(Math.max(0, d.start - 40), d.start));
}

/**
 * Events lie in the past of their report: a date after publication (beyond a day for time zones) is a plan,
 * a deadline or a misreading, never the date of an event told in the report.
 */
export function canDateEvent(doc: Doc, d: DateMention): boolean {
  const pub = doc.article.published ? parseIso(doc.article.published) : null;
  return pub === null || parseIso(d.date)! <= pub + DAY;
}

let eventAfterRe: RegExp | null = null;
let determinerBeforeRe: RegExp | null = null;
/** "the 2014 offensive", "since 2012": a year that names another event or a period's start, not the date of the sentence's own event. */
export function yearNamesOtherTime(doc: Doc, d: DateMention): boolean {
  if (d.kind !== 'year') return false;
  // "who have held the town since 2012": the start of a state of affairs, not the date of this event.
  if (/\bsince\s+$/i.test(doc.text.slice(Math.max(0, d.start - 8), d.start))) return true;
  eventAfterRe ??= new RegExp(`^${EVENT_NOUN_AFTER()}`, 'i');
  const before = doc.text.slice(Math.max(0, d.start - 12), d.start);
  determinerBeforeRe ??= new RegExp(`\\b(?:${alternation(lex().yearDeterminers)})\\s+$`, 'i');
  return determinerBeforeRe.test(before) && eventAfterRe.test(doc.text.slice(d.end, d.end + 40));
}

/** The article's main story date: its first day-precise story date near publication, else the first one. */
export function storyDate(doc: Doc): { date: string; precision: TimePrecision } | null {
  const story = doc.dates.filter((d) => !d.caption && d.kind !== 'year' && canDateEvent(doc, d));
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
/** A sentence about the event just told: "The operation was carried out on Sunday", "the attack took place …". */
const POINTS_BACK = /\b(?:the|this) (?:operation|attack|raid|ambush|clash(?:es)?|fighting|assault|offensive|strike|incident|bombing|blast|explosion|shooting)\b/i;

export function eventDateFor(doc: Doc, sentenceIndex: number): { date: string; precision: TimePrecision } | null {
  // A year alone ("the 2019 shootout") still marks the sentence as another time than the story's.
  const same = best(doc, doc.dates.filter((d) => d.sentence === sentenceIndex && canDateEvent(doc, d) && !yearNamesOtherTime(doc, d)));
  const sentence = doc.sentences[sentenceIndex];
  // "… the news agency reported Monday. The operation was carried out on Sunday": the day of the report yields
  // to the day a following sentence of the paragraph gives the event it points back to.
  if (same && isReportingDate(doc, same) && sentence) {
    const next = doc.dates.find((d) => d.sentence > sentenceIndex && d.sentence <= sentenceIndex + 2 && !d.caption && d.precision === 1 && canDateEvent(doc, d) && !isReportingDate(doc, d) &&
      doc.sentences[d.sentence]?.paragraph === sentence.paragraph && POINTS_BACK.test(doc.sentences[d.sentence]!.text));
    if (next) return { date: next.date, precision: next.precision };
  }
  if (same) return { date: same.date, precision: same.precision };
  if (sentence) {
    // The last date told before it, the day of a statement ("the army said on Tuesday") only for want of another.
    let earlier: DateMention | null = null;
    let earlierReport = false;
    for (const d of doc.dates) {
      if (d.sentence >= sentenceIndex || d.caption || d.kind === 'year' || !canDateEvent(doc, d)) continue;
      if (doc.sentences[d.sentence]?.paragraph !== sentence.paragraph) continue;
      const report = isReportingDate(doc, d);
      if (!earlier || (earlierReport && !report) || (report === earlierReport && d.sentence > earlier.sentence)) {
        earlier = d;
        earlierReport = report;
      }
    }
    if (earlier) return { date: earlier.date, precision: earlier.precision };
  }
  return storyDate(doc);
}

/**
 * The date of an event in a report that dates it nowhere: the day before publication, with a week's
 * precision. UCDP-AEC's training labels (scripts/eval-dates.ts --ucdp) put 61% of events on the day of
 * publication, 22% the day before and 6% two days before: the day before lies within a day of 89.5% of
 * them, publication day of 83.1%.
 */
export function undatedEventDate(published: string | null): { date: string; precision: TimePrecision } | null {
  const ref = published && parseIso(published) !== null ? published.slice(0, 10) : null;
  return ref ? { date: addDays(ref, -1), precision: 2 } : null;
}
