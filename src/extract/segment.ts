/**
 * Segmentation: sentences (with paragraph index and caption flag) and tokens, over wink-nlp.
 *
 * wink-nlp finds sentence boundaries and parts of speech; we then apply our own rules, because news text
 * that comes from web pages is line-oriented:
 *  - a line break always ends a sentence (headlines, sub-headings, captions and datelines have no final
 *    full stop and must not run into the next sentence), except inside hard-wrapped paragraphs, where a
 *    line without final punctuation is followed by a line that starts in lower case;
 *  - wink-nlp splits after some titles and abbreviations ("Sgt. Maj. | Smith"); a refiner merges those back;
 *  - lines that are photo captions, credits, bylines, lone outlet names or page metadata are flagged
 *    `caption: true`, so later components do not take their dates or events as the story's.
 *
 * Offsets are exact character offsets into doc.text: wink-nlp's tokenisation is lossless (each token's
 * preceding whitespace plus its value rebuilds the text), so offsets are accumulated from it.
 */
import { createRequire } from 'node:module';
import type { Component, Doc, Sentence, Token } from '../doc.js';

const require = createRequire(import.meta.url);

// wink-nlp is CommonJS; the model is loaded once, lazily, on first use (it takes ~100 ms and ~30 MB).
interface WinkDoc {
  tokens(): { out(f?: unknown): string[]; length(): number };
  sentences(): { each(cb: (s: { out(f?: unknown): unknown }) => void): void };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}
let nlpInstance: WinkNlp | null = null;
function nlp(): WinkNlp {
  if (!nlpInstance) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
    const model = require('wink-eng-lite-web-model') as unknown;
    nlpInstance = winkNLP(model, ['sbd', 'pos']);
  }
  return nlpInstance;
}

/** A line (or a hard-wrapped run of lines) that sentences may not cross. */
interface Unit {
  start: number;
  end: number;
  paragraph: number;
  caption: boolean;
}

const TERMINAL = /[.!?:;"”’')\]…]\s*$/;

/**
 * Abbreviations after which wink-nlp sometimes ends a sentence although the sentence goes on:
 * military and civil titles, months, and a few others. Case-sensitive, without the final dot.
 */
const NO_BREAK_AFTER = new Set(
  (
    'Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cpt Cmdr Cdr Sgt Spc Pvt Cpl Adm Brig Gov Sen Rep Rev Pres ' +
    'Amb Insp Supt Hon Gens Lts Cols Sgts Jr Sr St Mt Ft No Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct ' +
    'Nov Dec vs approx est Govt Dept Gov Maj.Gen Lt.Col Lt.Gen'
  ).split(' '),
);

// ---- caption / non-story line patterns ------------------------------------------------------------

/** Photo credits and captions anywhere in the line. */
const CAPTION_ANYWHERE: RegExp[] = [
  /\((?:[A-Z][A-Za-z]* )?(?:photo|image|picture|photograph|video)s?\b[^)]*\)/i, // (Photo by …), (AP Photo/…)
  /\bvia Getty Images\b/i,
  /\b(?:file photo|photo credit|photo courtesy)\b/i,
  /\bGetty Images\s*\)?\s*$/,
  // "… Spc. Paris Maxey / Combined Joint Task Force file", "… John Smith/Reuters"
  /(?:^|[.)]\s+|\s)(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+\s*\/\s*(?:[A-Z][\w&.'’-]*\s*){1,6}(?:file|photo|handout)?\s*$/,
];
/** Line beginnings that mark captions, credits and page metadata. */
const CAPTION_START: RegExp[] = [
  /^(?:photo|image|picture|photograph|video|credit|caption|source|file|watch|read more|related|advertisement)s?\s*[:|—–-]/i,
  /^FILE\s*[-–—]/,
  /^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,|\band\b|\bfor\b|\||$)/, // bylines
  /^(?:published|updated|posted|last updated|first published)\s*(?:on|at)?\s*:?\s*\S/i,
];
/**
 * Web-page furniture that crawled pages keep around the story: menus ("Home | World | Contact"), share and
 * subscribe bars, copyright footers, tag and comment lines.
 */
const FURNITURE_START =
  /^(?:share(?: this| on| via| article| story)?\s*[:|]|follow us\b|subscribe\b|sign up\b|newsletter\b|copyright\b|©|all rights reserved|tags?\s*:|filed under\b|posted in\b|categories\s*:|leave a (?:comment|reply)|\d+\s+comments?$|comments?\s*(?:\(\d+\))?$|previous (?:post|article|story)\b|next (?:post|article|story)\b|print this\b|skip to (?:main )?content)/i;
const FURNITURE_ANYWHERE = /\ball rights reserved\b|(?:copyright|©)\s*(?:©\s*)?(?:19|20)\d{2}\b/i;
/** A menu: three or more short items between bars or bullets. */
function isMenuLine(s: string): boolean {
  const items = s.split(/\s+[|•·»]\s+/);
  return items.length >= 3 && items.every((x) => x.trim().split(/\s+/).length <= 5);
}
/**
 * The heading of a block of links to other stories ("Related posts", "You may also like", "Most read"):
 * the teaser headlines under it tell other incidents than the page's story.
 */
const MORE_STORIES_HEADING =
  /^(?:related(?: posts?| articles?| stories| news| content| coverage| reading)?|you (?:may|might) also (?:like|be interested in|want to read)|more (?:stories|news|from [\w ]{1,30}|on this(?: story| topic)?|in [\w ]{1,20})|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)(?: stories| articles)?|trending(?: now| stories)?|latest (?:news|stories|posts|articles)|recent (?:posts|news|stories|articles)|top stories|popular (?:posts|stories)|editor'?s picks|what to read next|read next)\s*:?$/i;
/** A story paragraph: long, and ended like prose. Under a "more stories" heading it ends the block. */
const isProse = (s: string) => s.length >= 200 && TERMINAL.test(s);

/** A line that is only a dateline or an outlet credit ("CNN  — ", "(AFP)"). */
const DATELINE_ONLY = /^\(?[A-Z][A-Za-z.&' ]{1,40}\)?\s*[—–-]+\s*$|^\([A-Z][A-Za-z.& ]{1,20}\)\s*$/;

function isCaptionLine(line: string, isFirstLine: boolean): boolean {
  const s = line.trim();
  if (!s) return false;
  if (DATELINE_ONLY.test(s)) return true;
  if ((s.length < 400 && FURNITURE_START.test(s)) || (s.length < 300 && FURNITURE_ANYWHERE.test(s)) || isMenuLine(s)) return true;
  // A long line that opens like a byline or a caption is a whole story pasted on one line
  // ("By Jane Doe, analyst at … On 12 February …"): the story is not lost to its first words.
  if (s.length < 400) for (const re of CAPTION_START) if (re.test(s)) return true;
  if (s.length < 600) for (const re of CAPTION_ANYWHERE) if (re.test(s)) return true;
  // A lone short line without final punctuation after the headline: an outlet name ("Duvar English"),
  // a sub-heading, a section label. Not story text either way.
  if (!isFirstLine && !TERMINAL.test(s)) {
    const words = s.split(/\s+/);
    if (words.length <= 4 && s.length <= 40 && /^[A-Z0-9"“']/.test(s)) return true;
  }
  return false;
}

/** Split the text into units (lines, or hard-wrapped paragraphs) with paragraph numbers. */
function units(text: string): Unit[] {
  const lines: { start: number; end: number; blankBefore: boolean }[] = [];
  let pos = 0;
  let blank = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) {
      lines.push({ start, end, blankBefore: blank });
      blank = false;
    } else if (lines.length) blank = true;
    pos = nl + 1;
  }
  // Blank-line separated blocks are paragraphs; a text with no blank lines at all uses one line each.
  const hasBlank = lines.some((l) => l.blankBefore);
  const out: Unit[] = [];
  let paragraph = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = out[out.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    // Hard-wrapped continuation: no blank line, previous line long and unfinished, this line lower-case.
    if (prev && !l.blankBefore && prevText.length >= 40 && !TERMINAL.test(prevText) && /^[a-z(,]/.test(text[l.start]!)) {
      prev.end = l.end;
      continue;
    }
    if (i > 0 && (l.blankBefore || !hasBlank)) paragraph++;
    out.push({ start: l.start, end: l.end, paragraph, caption: false });
  }
  let moreStories = false;
  for (let i = 0; i < out.length; i++) {
    const line = text.slice(out[i]!.start, out[i]!.end);
    // Teasers under a "Related posts" heading are not the story, until prose starts again.
    if (MORE_STORIES_HEADING.test(line.trim())) moreStories = true;
    else if (moreStories && isProse(line)) moreStories = false;
    out[i]!.caption = moreStories || isCaptionLine(line, i === 0);
  }
  return out;
}

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

/** Segment a text into sentences and tokens; exposed for reuse outside the pipeline. */
export function segmentText(text: string): Segmentation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  if (!text.trim()) return { sentences, tokens };
  const n = nlp();
  const its = n.its;
  const wdoc = n.readDoc(text);
  const values = wdoc.tokens().out(its.value);
  const spaces = wdoc.tokens().out(its.precedingSpaces);
  const pos = wdoc.tokens().out(its.pos);
  const types = wdoc.tokens().out(its.type);

  // Token character offsets. wink-nlp is lossless, but we re-find each token in the text to be safe
  // against any normalisation (the search starts where the previous token ended, so it is linear).
  const tStart = new Array<number>(values.length);
  const tEnd = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = cursor + spaces[i]!.length;
    if (text.startsWith(v, at)) {
      /* exact */
    } else {
      const found = text.indexOf(v, cursor);
      at = found >= 0 ? found : cursor;
    }
    tStart[i] = at;
    tEnd[i] = text.startsWith(v, at) ? at + v.length : at;
    cursor = tEnd[i]!;
  }

  // wink-nlp sentence boundaries as character offsets (ends of sentences).
  const breaks = new Set<number>();
  wdoc.sentences().each((s) => {
    const span = s.out(its.span) as [number, number];
    const last = span[1];
    const lastTok = values[last] ?? '';
    // Refiner: no break after a title or month abbreviation ("Sgt. Maj. | Smith", "Feb. | 7").
    const prevTok = values[last - 1] ?? '';
    if (lastTok === '.' && NO_BREAK_AFTER.has(prevTok)) return;
    if (lastTok.endsWith('.') && NO_BREAK_AFTER.has(lastTok.slice(0, -1))) return;
    breaks.add(tEnd[last]!);
  });

  // Cut each unit at the breaks that fall inside it.
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  let bi = 0;
  for (const u of units(text)) {
    let start = u.start;
    while (bi < sortedBreaks.length && sortedBreaks[bi]! <= u.start) bi++;
    const cuts: number[] = [];
    while (bi < sortedBreaks.length && sortedBreaks[bi]! < u.end) cuts.push(sortedBreaks[bi++]!);
    cuts.push(u.end);
    for (const cut of cuts) {
      let s = start;
      let e = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) {
        sentences.push({
          index: sentences.length,
          start: s,
          end: e,
          text: text.slice(s, e),
          paragraph: u.paragraph,
          caption: u.caption,
        });
      }
      start = cut;
    }
  }

  // Tokens (whitespace tokens dropped), each tagged with its sentence.
  let si = 0;
  for (let i = 0; i < values.length; i++) {
    if (types[i] === 'tabCRLF' || !values[i]!.trim()) continue;
    const start = tStart[i]!;
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    tokens.push({ start, end: tEnd[i]!, text: text.slice(start, tEnd[i]!), pos: pos[i]!, sentence: si });
  }
  return { sentences, tokens };
}

export const segmentComponent: Component = {
  name: 'segment',
  run(doc: Doc): void {
    const { sentences, tokens } = segmentText(doc.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};

export { isCaptionLine };
