/**
 * `npx tsx scripts/eval-dates.ts`: how well sitrep's dates component (src/extract/dates.ts) finds and resolves
 * temporal expressions, measured on TempEval-3 (../shared/data/tempeval3, read at run time, never copied).
 *
 * TimeBank + AQUAINT are the development split; TE3 Platinum is the test split: its figures are printed, its
 * misses never are (do not tune on it). Each document is segmented and dated as the pipeline does it, with
 * its creation time (DCT) as the publication date. Gold expressions are the TIMEX3 of type DATE or TIME whose
 * value names a day (1998-01-08, 1998-01-08TNI), a week (1998-W02), a month (1998-01) or a year (1998);
 * others (PRESENT_REF, quarters, seasons, decades) are counted as out of scope. For each gold expression:
 *  - found: a sitrep date mention overlaps its span;
 *  - right: the overlapping mention resolves to the same value at the same granularity (sitrep precision 1
 *    is a day, precision 2 a week (a part of a month: the month), precision 3 a month, kind `year` a year;
 *    a range is right for either of its ends);
 *  - right at ACLED tolerance: what ../shared/eval/score.mjs would accept for an event date of the gold's
 *    granularity (±1 day for a day, ±7 days for a week, the same month for a month or year... the year).
 * Mentions that overlap no TIMEX3 at all are spurious. Event dates: for each occurrence event that a TLINK
 * puts inside a day (IS_INCLUDED a dated TIMEX3 or the DCT) in the past of the report, eventDateFor on its
 * sentence, exact and within a day (score.mjs's tolerance at precision 1).
 *
 * MEANTIME (../shared/data/meantime, WikiNews, CC BY 4.0) is read the same way as a second development set.
 *
 * Options: --split dev|meantime|test|all (default all), --misses N (examples per miss category, development
 * sets only; default 8),
 * --json, --ucdp (also: publication lag of UCDP-AEC *train* labels, the check behind storyDate's fallback).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDoc, type DateMention } from '../src/doc.js';
import { segmentComponent } from '../src/extract/segment.js';
import { datesComponent, eventDateFor } from '../src/extract/dates.js';
import { projectRoot } from '../src/geo/paths.js';

type Granularity = 'day' | 'week' | 'month' | 'year';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  /** The document creation time written in the text (MEANTIME's dateline): not scored, not spurious. */
  dct?: boolean;
}

interface TmlDoc {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
  /** Occurrence events (TimeML) that a TLINK puts inside a day: where they are and that day. */
  events?: { start: number; day: string }[];
}

// ---- reading TimeML ----------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The plain text of <TEXT> with the TIMEX3 spans as offsets into it. */
function readTml(path: string): TmlDoc | null {
  const xml = readFileSync(path, 'utf8');
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (!dct || body === undefined) return null;
  let text = '';
  const timexes: GoldTimex[] = [];
  const eventStart = new Map<string, { start: number; cls: string }>();
  const open: { start: number; attrs: Record<string, string> }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>|&(#?\w+);/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4] !== undefined) {
      const e = m[4];
      text += e.startsWith('#') ? String.fromCodePoint(Number(e.startsWith('#x') ? `0x${e.slice(2)}` : e.slice(1))) : (ENTITIES[e] ?? m[0]);
      continue;
    }
    if (m[2] === 'EVENT' && !m[1]) {
      const a = Object.fromEntries([...m[3]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]));
      if (a.eid) eventStart.set(a.eid, { start: text.length, cls: a.class ?? '' });
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1]) {
      const o = open.pop();
      if (!o) continue;
      timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.attrs.type ?? '', value: o.attrs.value ?? '' });
    } else {
      const attrs = Object.fromEntries([...m[3]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
      open.push({ start: text.length, attrs });
    }
  }
  text += body.slice(last);
  // TLINKs that put an event instance inside a time: IS_INCLUDED (event → time) or INCLUDES (time → event).
  const attrsOf = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]));
  const instanceOf = new Map<string, string>();
  for (const t of xml.matchAll(/<MAKEINSTANCE [^>]*>/g)) {
    const a = attrsOf(t[0]);
    if (a.eiid && a.eventID) instanceOf.set(a.eiid, a.eventID);
  }
  const timeValue = new Map<string, string>([['t0', dct]]);
  for (const t of xml.matchAll(/<TIMEX3 [^>]*>/g)) {
    const a = attrsOf(t[0]);
    const day = /^\d{4}-\d{2}-\d{2}/.exec(a.value ?? '')?.[0];
    if (a.tid && day && a.functionInDocument !== 'CREATION_TIME') timeValue.set(a.tid, day);
  }
  const events: { start: number; day: string }[] = [];
  const seen = new Set<string>();
  for (const t of xml.matchAll(/<TLINK [^>]*>/g)) {
    const a = attrsOf(t[0]);
    const pair = a.relType === 'IS_INCLUDED' && a.eventInstanceID && a.relatedToTime ? [a.eventInstanceID, a.relatedToTime]
      : a.relType === 'INCLUDES' && a.timeID && a.relatedToEventInstance ? [a.relatedToEventInstance, a.timeID] : null;
    if (!pair) continue;
    const ev = eventStart.get(instanceOf.get(pair[0]!) ?? '');
    const day = timeValue.get(pair[1]!);
    // Occurrences in the past of the report, as sitrep dates them (not "said", not plans).
    if (!ev || ev.cls !== 'OCCURRENCE' || !day || day > dct || seen.has(pair[0]!)) continue;
    seen.add(pair[0]!);
    events.push({ start: ev.start, day });
  }
  return { id: path.split('/').pop()!.replace(/\.tml$/, ''), dct, text, timexes, events };
}

/**
 * MEANTIME (NewsReader, WikiNews; CAT XML): tokens with sentence numbers, TIMEX3 markables over token ids.
 * The text is rebuilt from the tokens (a space between tokens, none before closing punctuation; one
 * sentence a line), so that offsets of the gold expressions are exact.
 */
function readMeantime(path: string): TmlDoc | null {
  const xml = readFileSync(path, 'utf8');
  const tokens = [...xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)];
  const offsets = new Map<string, { start: number; end: number }>();
  let text = '';
  let sentence = '0';
  for (const t of tokens) {
    const word = t[3]!.replace(/&(#?\w+);/g, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)));
    if (text && t[1] !== sentence) text += '\n';
    else if (text && !/^(?:[,.;:!?)\]}%]|'s|n't|'re|'ve|'ll|'d|'m)$/i.test(word) && !/[([{$]$/.test(text)) text += ' ';
    sentence = t[1]!;
    offsets.set(t[2]!, { start: text.length, end: text.length + word.length });
    text += word;
  }
  let dct: string | undefined;
  const timexes: GoldTimex[] = [];
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    const spans = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => offsets.get(a[1]!)).filter((x): x is { start: number; end: number } => !!x);
    if (attrs.functionInDocument === 'CREATION_TIME') dct = /^\d{4}-\d{2}-\d{2}/.exec(attrs.value ?? '')?.[0];
    if (!spans.length) continue;
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    timexes.push({ start, end, text: text.slice(start, end), type: attrs.type ?? '', value: attrs.value ?? '', dct: attrs.functionInDocument === 'CREATION_TIME' });
  }
  if (!dct) return null;
  return { id: path.split('/').pop()!.replace(/\.xml$/, '').slice(0, 40), dct, text, timexes };
}

/** The granularity and normalised value of a gold TIMEX3, or null when sitrep does not produce such values. */
function goldValue(t: GoldTimex): { gran: Granularity; value: string } | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  let m = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(t.value);
  if (m) return { gran: 'day', value: m[1]! };
  m = /^(\d{4}-W\d{2})(?:-WE)?$/.exec(t.value);
  if (m) return { gran: 'week', value: m[1]! };
  if (/^\d{4}-\d{2}$/.test(t.value)) return { gran: 'month', value: t.value };
  if (/^\d{4}$/.test(t.value)) return { gran: 'year', value: t.value };
  return null;
}

// ---- sitrep's values ---------------------------------------------------------------------------------

const DAY = 86_400_000;
const t0 = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** ISO 8601 week of a day: 2020-03-12 → 2020-W11. */
function isoWeek(iso: string): string {
  const d = new Date(t0(iso));
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - dow) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function predGranularity(d: DateMention): Granularity {
  if (d.kind === 'year') return 'year';
  if (d.precision === 1 || d.kind === 'range') return 'day';
  if (d.precision === 2) return d.kind === 'month' ? 'month' : 'week';
  return 'month';
}

function render(iso: string, g: Granularity): string {
  return g === 'day' ? iso.slice(0, 10) : g === 'week' ? isoWeek(iso) : g === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The values a mention stands for at its own granularity (a range: both ends). */
function predValues(d: DateMention): string[] {
  const g = predGranularity(d);
  return d.endDate ? [render(d.date, g), render(d.endDate, g)] : [render(d.date, g)];
}

/** A day the gold value stands for, for the tolerance check (the middle of a week, the 15th of a month). */
function goldDay(g: { gran: Granularity; value: string }): string {
  if (g.gran === 'day') return g.value;
  if (g.gran === 'month') return `${g.value}-15`;
  if (g.gran === 'year') return `${g.value}-07-01`;
  const [y, w] = g.value.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(y, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return new Date(monday + ((w - 1) * 7 + 3) * DAY).toISOString().slice(0, 10);
}

/** score.mjs's date check, with the gold's granularity as its time_precision (a year: the same year). */
function withinTolerance(gold: { gran: Granularity; value: string }, d: DateMention): boolean {
  const days = [d.date, d.endDate].filter((x): x is string => !!x);
  return days.some((p) => {
    if (gold.gran === 'year') return p.slice(0, 4) === gold.value;
    if (gold.gran === 'month') return p.slice(0, 7) === gold.value;
    return Math.abs(t0(p) - t0(goldDay(gold))) / DAY <= (gold.gran === 'week' ? 7 : 1);
  });
}

// ---- scoring -----------------------------------------------------------------------------------------

interface Miss {
  doc: string;
  dct: string;
  text: string;
  gold: string;
  pred?: string;
}

interface SplitResult {
  docs: number;
  timexDateTime: number;
  outOfScope: number;
  gold: number;
  byGranularity: Record<Granularity, { gold: number; found: number; right: number }>;
  found: number;
  right: number;
  tolerant: number;
  mentions: number;
  spurious: number;
  notFound: Miss[];
  wrong: Miss[];
  spuriousList: Miss[];
  /** eventDateFor on TLINK-dated occurrences: how many, exact day, within a day (score.mjs at precision 1). */
  events: { n: number; exact: number; withinDay: number; none: number };
  eventMisses: Miss[];
}

function evaluate(files: string[], read: (path: string) => TmlDoc | null = readTml): SplitResult {
  const r: SplitResult = {
    docs: 0, timexDateTime: 0, outOfScope: 0, gold: 0, found: 0, right: 0, tolerant: 0, mentions: 0, spurious: 0,
    byGranularity: { day: { gold: 0, found: 0, right: 0 }, week: { gold: 0, found: 0, right: 0 }, month: { gold: 0, found: 0, right: 0 }, year: { gold: 0, found: 0, right: 0 } },
    notFound: [], wrong: [], spuriousList: [],
    events: { n: 0, exact: 0, withinDay: 0, none: 0 },
    eventMisses: [],
  };
  for (const f of files) {
    const tml = read(f);
    if (!tml) continue;
    r.docs++;
    const doc = createDoc({ id: tml.id, text: tml.text, outlet: null, url: null, published: tml.dct, title: null });
    segmentComponent.run(doc);
    datesComponent.run(doc);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const t of tml.timexes) {
      if (t.dct) continue;
      if (t.type === 'DATE' || t.type === 'TIME') r.timexDateTime++;
      else continue;
      const g = goldValue(t);
      if (!g) {
        r.outOfScope++;
        continue;
      }
      r.gold++;
      const bucket = r.byGranularity[g.gran];
      bucket.gold++;
      const hits = doc.dates.filter((d) => overlaps(d, t));
      const base = { doc: tml.id, dct: tml.dct, text: t.text.replace(/\s+/g, ' '), gold: `${g.gran} ${g.value}` };
      if (!hits.length) {
        r.notFound.push(base);
        continue;
      }
      r.found++;
      bucket.found++;
      const right = hits.some((d) => predGranularity(d) === g.gran && predValues(d).includes(g.value));
      if (right) {
        r.right++;
        bucket.right++;
      } else {
        const d = hits[0]!;
        r.wrong.push({ ...base, pred: `${predGranularity(d)} ${predValues(d).join('..')} (${d.kind}, "${d.text}")` });
      }
      if (hits.some((d) => withinTolerance(g, d))) r.tolerant++;
    }
    for (const e of tml.events ?? []) {
      const sentence = doc.sentences.find((x) => x.start <= e.start && e.start < x.end);
      if (!sentence) continue;
      const pred = eventDateFor(doc, sentence.index);
      r.events.n++;
      if (!pred) r.events.none++;
      else {
        if (pred.date === e.day) r.events.exact++;
        if (Math.abs(t0(pred.date) - t0(e.day)) <= DAY) r.events.withinDay++;
      }
      if (!pred || Math.abs(t0(pred.date) - t0(e.day)) > DAY) {
        const dates = doc.dates.filter((d) => d.sentence === sentence.index).map((d) => d.text).join(', ') || 'none in the sentence';
        r.eventMisses.push({ doc: tml.id, dct: tml.dct, text: `(${dates})`, gold: e.day, pred: pred ? `${pred.date} p${pred.precision}` : 'none' });
      }
    }
    for (const d of doc.dates) {
      r.mentions++;
      if (!tml.timexes.some((t) => overlaps(d, t))) {
        r.spurious++;
        r.spuriousList.push({ doc: tml.id, dct: tml.dct, text: d.text, gold: '-', pred: `${d.kind} ${d.date} p${d.precision}` });
      }
    }
  }
  return r;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '  -  ');

function printSplit(name: string, r: SplitResult): void {
  console.log(`\n== ${name}: ${r.docs} documents, ${r.timexDateTime} DATE/TIME expressions, ${r.gold} in scope (${r.outOfScope} out of scope: PRESENT_REF, quarters, seasons, decades …)`);
  console.log(`span recall            ${pct(r.found, r.gold)}  (${r.found}/${r.gold})`);
  console.log(`value accuracy         ${pct(r.right, r.gold)} of all, ${pct(r.right, r.found)} of found`);
  console.log(`right at ACLED tolerance ${pct(r.tolerant, r.gold)} of all`);
  console.log(`mention precision      ${pct(r.mentions - r.spurious, r.mentions)}  (${r.spurious} of ${r.mentions} mentions overlap no TIMEX3)`);
  if (r.events.n) {
    const e = r.events;
    console.log(`event dates (eventDateFor on ${e.n} occurrences a TLINK puts in a day): exact ${pct(e.exact, e.n)}, within a day ${pct(e.withinDay, e.n)}, undated ${pct(e.none, e.n)}`);
  }
  console.log('granularity   gold  found   right');
  for (const [g, b] of Object.entries(r.byGranularity)) {
    console.log(`  ${g.padEnd(10)} ${String(b.gold).padStart(5)}  ${pct(b.found, b.gold).padStart(6)}  ${pct(b.right, b.gold).padStart(6)}`);
  }
}

/** Misses grouped by the shape of the expression (digits → 9, lower case), most frequent first. */
function printMisses(title: string, misses: Miss[], perGroup: number): void {
  const groups = new Map<string, Miss[]>();
  for (const m of misses) {
    const key = m.text.toLowerCase().replace(/\d/g, '9');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  console.log(`\n-- ${title}: ${misses.length} (${groups.size} shapes); top shapes:`);
  for (const [key, ms] of sorted.slice(0, 40)) {
    const ex = ms.slice(0, perGroup).map((m) => `${m.doc}@${m.dct} gold ${m.gold}${m.pred ? ` pred ${m.pred}` : ''}`);
    console.log(`  ${String(ms.length).padStart(3)} × "${key}"   e.g. ${ex.join('; ')}`);
  }
}

// ---- UCDP-AEC: how far back events lie (train labels only) -------------------------------------------

function ucdpLag(path: string): void {
  const lags: number[] = [];
  let multiDay = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { source_date: string; start_date: string; end_date: string };
    lags.push((t0(r.source_date) - t0(r.start_date)) / DAY);
    if (r.end_date.slice(0, 10) !== r.start_date.slice(0, 10)) multiDay++;
  }
  const n = lags.length;
  const count = (f: (x: number) => boolean) => lags.filter(f).length;
  console.log(`\n== UCDP-AEC train labels: ${n} events (publication day minus start day)`);
  for (const k of [0, 1, 2, 3]) console.log(`  ${k} days      ${pct(count((x) => x === k), n)}`);
  console.log(`  4–7 days    ${pct(count((x) => x >= 4 && x <= 7), n)}`);
  console.log(`  8–31 days   ${pct(count((x) => x >= 8 && x <= 31), n)}`);
  console.log(`  > 31 days   ${pct(count((x) => x > 31), n)}`);
  console.log(`  after publication ${pct(count((x) => x < 0), n)}; multi-day events ${pct(multiDay, n)}`);
  for (const back of [0, 1, 2]) {
    const ok1 = count((x) => Math.abs(x - back) <= 1);
    const ok7 = count((x) => Math.abs(x - back) <= 7);
    console.log(`  undated guess = publication − ${back}: within ±1 day ${pct(ok1, n)}, within ±7 days ${pct(ok7, n)}`);
  }
}

// ---- main --------------------------------------------------------------------------------------------

function tmlFiles(dir: string, ext = '.tml'): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : [];
}

function main(): number {
  const { values } = parseArgs({
    options: { split: { type: 'string', default: 'all' }, misses: { type: 'string', default: '8' }, json: { type: 'boolean' }, ucdp: { type: 'boolean' }, data: { type: 'string' } },
  });
  const data = resolve(values.data ?? join(projectRoot(), '..', 'shared', 'data'));
  const te3 = join(data, 'tempeval3', 'TempEval3');
  const dev = [...tmlFiles(join(te3, 'Training', 'TBAQ-cleaned', 'TimeBank')), ...tmlFiles(join(te3, 'Training', 'TBAQ-cleaned', 'AQUAINT'))];
  const test = tmlFiles(join(te3, 'Evaluation', 'te3-platinum'));
  if (!dev.length && !test.length) {
    console.error(`eval-dates: no TempEval-3 files under ${te3}`);
    return 2;
  }
  const out: Record<string, unknown> = {};
  const perGroup = Number(values.misses);
  if (values.split === 'dev' || values.split === 'all') {
    const r = evaluate(dev);
    if (values.json) out.dev = { ...r, notFound: r.notFound.length, wrong: r.wrong.length, spuriousList: undefined, eventMisses: r.eventMisses.length };
    else {
      printSplit('TimeBank + AQUAINT (development)', r);
      if (perGroup > 0) {
        printMisses('not found', r.notFound, perGroup);
        printMisses('found, wrong value or granularity', r.wrong, perGroup);
        printMisses('spurious (no TIMEX3 there)', r.spuriousList, perGroup);
        printMisses('event dated more than a day off (the sentence\'s date mentions)', r.eventMisses, perGroup);
      }
    }
  }
  if (values.split === 'meantime' || values.split === 'all') {
    // A second development corpus: WikiNews, other writers and years than TimeBank's.
    const dir = join(data, 'meantime', 'meantime_newsreader_english_oct15', 'intra-doc_annotation');
    const files = existsSync(dir) ? readdirSync(dir).flatMap((c) => tmlFiles(join(dir, c), '.xml')) : [];
    if (files.length) {
      const r = evaluate(files, readMeantime);
      if (values.json) out.meantime = { ...r, notFound: r.notFound.length, wrong: r.wrong.length, spuriousList: undefined, eventMisses: r.eventMisses.length };
      else {
        printSplit('MEANTIME (WikiNews, development)', r);
        if (perGroup > 0) {
          printMisses('not found', r.notFound, perGroup);
          printMisses('found, wrong value or granularity', r.wrong, perGroup);
          printMisses('spurious (no TIMEX3 there)', r.spuriousList, perGroup);
        }
      }
    }
  }
  if (values.split === 'test' || values.split === 'all') {
    // The test split: figures only, never its misses.
    const r = evaluate(test);
    if (values.json) out.test = { ...r, notFound: r.notFound.length, wrong: r.wrong.length, spuriousList: undefined, eventMisses: r.eventMisses.length };
    else printSplit('TE3 Platinum (test: report only)', r);
  }
  if (values.ucdp) {
    const train = join(data, 'ucdp-aec', 'data', 'UCDP-AEC-ids', 'train.jsonl');
    if (existsSync(train)) ucdpLag(train);
    else console.error(`eval-dates: ${train} not found`);
  }
  if (values.json) console.log(JSON.stringify(out, null, 2));
  return 0;
}

process.exitCode = main();
