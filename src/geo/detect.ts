/**
 * Detection: which spans of a text name places. Small rules in sequence, chrono-style:
 *  1. tokenize words with offsets;
 *  2. group capitalised words (with connectors like "of", "al-", "de") into name runs;
 *  3. inside a run, take the longest window that the gazetteer or the demonym list knows;
 *  4. reject windows that are stop words, sentence-initial common words, or parts of person names;
 *  5. read the words around the span: relative phrases ("8 km east of X", "the countryside of X",
 *     "northern X"), an admin suffix ("X province"), a qualifier after a comma ("Monticello, Ky.").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { geoDataDir } from './paths.js';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital (or is an "al-X" style prefixed name). */
  cap: boolean;
  lower: string;
  /** The word carried a possessive ending ("Syria's"), cut off the token. */
  poss?: boolean;
  /** Written all in capitals ("NATO", "BAGHDAD"). */
  upper?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
  demonym: boolean;
  /** Country ISO2 when the span is a demonym. */
  demonymCountry?: string;
  relation: 'in' | 'near' | 'region';
  /** "8 km east of X": distance in km and bearing in degrees. */
  offset?: { km: number; bearing: number };
  /** The span is followed by an admin word ("province") or a city word ("city"). */
  hint?: 'admin' | 'city';
  /** A locative word right before ("in X", "near X", "from X"): the writer uses the name as a place. */
  locative?: boolean;
  /**
   * No gazetteer key matched: a name the text marks as a place ("in Khirbet Amo", "Tal al-Zahab") left
   * for the transliteration fallback, which resolves it only within the article's countries.
   */
  fallback?: boolean;
  /** Index of the mention that qualifies this one ("X, Y"), filled by the resolver's caller. */
  qualifier?: number;
}

interface Lexicon {
  connectors: string[];
  personTitles: string[];
  placeModifiers: string[];
  adminSuffixes: string[];
  citySuffixes: string[];
  nearWords: string[];
  directions: Record<string, number>;
  streetWords: string[];
  locatives: string[];
  orgWords: string[];
  placePrefixes: string[];
  facilityPrefixes: string[];
  nearAfter: string[];
}

export interface DetectData {
  connectors: Set<string>;
  titles: Set<string>;
  modifiers: Set<string>;
  adminSuffixes: Set<string>;
  citySuffixes: Set<string>;
  stopwords: Set<string>;
  directions: Record<string, number>;
  streetWords: Set<string>;
  locatives: Set<string>;
  orgWords: Set<string>;
  placePrefixes: Set<string>;
  facilityPrefixes: Set<string>;
  nearAfter: Set<string>;
  /** Capitalised abbreviations that do name places ("US", "UAE", "DRC"), from aliases.tsv, without dots. */
  acronyms: Set<string>;
}

export function loadDetectData(dir = geoDataDir()): DetectData {
  const lex = JSON.parse(readFileSync(join(dir, 'lexicon.json'), 'utf8')) as Lexicon;
  const stop = readFileSync(join(dir, 'stopwords.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map(fold);
  return {
    connectors: new Set(lex.connectors),
    titles: new Set(lex.personTitles),
    modifiers: new Set(lex.placeModifiers),
    adminSuffixes: new Set(lex.adminSuffixes),
    citySuffixes: new Set(lex.citySuffixes),
    stopwords: new Set(stop),
    directions: lex.directions,
    streetWords: new Set(lex.streetWords),
    locatives: new Set(lex.locatives),
    orgWords: new Set(lex.orgWords),
    placePrefixes: new Set(lex.placePrefixes ?? []),
    facilityPrefixes: new Set(lex.facilityPrefixes ?? []),
    nearAfter: new Set(lex.nearAfter ?? []),
    acronyms: aliasAcronyms(dir),
  };
}

function aliasAcronyms(dir: string): Set<string> {
  const out = new Set<string>();
  const lines = [
    ...readFileSync(join(dir, 'aliases.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0]!),
    ...readFileSync(join(dir, 'regions.tsv'), 'utf8').split('\n').flatMap((l) => l.split('\t')[0]!.split('|')),
  ];
  for (const alias of lines) {
    if (!alias || alias.startsWith('#')) continue;
    // "U.S." is tokenized as "U.S": keep both the dotted-inside and the bare forms.
    if (/^[A-Z][A-Z.&]*$/.test(alias)) {
      out.add(alias.replace(/\.$/, ''));
      out.add(alias.replace(/\./g, ''));
    }
  }
  return out;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‘\-‐.][\p{L}\p{M}\p{N}]+)*/gu;
const PREFIXED = /^(al|el|ar|as|ad|an|az|ash|at|ez|ed|es|ul)[-‐'’]\p{Lu}/u;

interface Persons {
  /** Token indices inside person names ("Michael Jordan"). */
  tokens: Set<number>;
  /** Surnames seen in this text, lower case: a later bare "Jordan" is the person again. */
  surnames: Set<string>;
}

/**
 * Person names: a known first name followed by capitalised words that are not place modifiers,
 * organisation words or admin words ("Michael Jordan", "Paris Hilton"), unless the whole run is a place
 * the gazetteer knows ("Scott City").
 */
function personTokens(text: string, toks: Tok[], gaz: Gazetteer, data: DetectData): Persons {
  const persons: Persons = { tokens: new Set(), surnames: new Set() };
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!t.cap || !gaz.isFirstName(t.lower)) continue;
    let j = i + 1;
    while (j < toks.length && toks[j]!.cap && joined(text, toks[j - 1]!, toks[j]!)) {
      const w = toks[j]!.lower.replace(/\.$/, '');
      if (data.orgWords.has(w) || data.adminSuffixes.has(w) || data.streetWords.has(w) || data.citySuffixes.has(w)) break;
      j++;
    }
    // Middle initials: "George W. Bush" (the tokenizer keeps "W." as a word with the dot dropped? no: "W").
    if (j - i < 2) continue;
    if (gaz.hasKey(fold(text.slice(t.start, toks[j - 1]!.end)))) continue;
    if (data.modifiers.has(toks[i + 1]!.lower)) continue;
    for (let k = i; k < j; k++) persons.tokens.add(k);
    persons.surnames.add(toks[j - 1]!.lower);
    i = j - 1;
  }
  return persons;
}

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    // Possessives ("Syria's", "Tunisia’s") name the place without the ending.
    const lastCh = t.charCodeAt(t.length - 1);
    const poss = t.length > 3 && (lastCh === 115 || lastCh === 83) && /['’][sS]$/.test(t);
    if (poss) t = t.slice(0, -2);
    const first = t[0]!;
    const cap = (first !== first.toLowerCase() && first === first.toUpperCase()) || PREFIXED.test(t);
    const tok: Tok = { start: m.index, end: m.index + t.length, text: t, cap, lower: t.toLowerCase() };
    if (poss) tok.poss = true;
    if (cap && t.length >= 2 && t.length <= 12 && /^\p{Lu}+$/u.test(t)) tok.upper = true;
    toks.push(tok);
  }
  return toks;
}

/** Only spaces (no punctuation, no line break) lie between two tokens. */
function joined(text: string, a: Tok, b: Tok): boolean {
  for (let i = a.end; i < b.start; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 160) return false;
  }
  return true;
}

/** The token begins a sentence (or a line, or the text). */
function sentenceInitial(text: string, t: Tok): boolean {
  for (let i = t.start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '—' || ch === '-';
  }
  return true;
}

const REL_DISTANCE =
  /(\d+(?:[.,]\d+)?)\s*(?:-\s*)?(km|kms|kilometers|kilometres|kilometer|kilometre|miles|mile|mi)\s+\(?[^)]*?\)?\s*(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const REL_NEAR =
  /\b(?:near|nearby|outside|outskirts\s+of|countryside\s+of|countryside|suburbs?\s+of|vicinity\s+of|environs\s+of|periphery\s+of|edge\s+of|around|close\s+to|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?(?:(?:city|town|village|province)\s+of\s+)?$/i;
const REL_REGION =
  /\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+of\s+(?:the\s+)?)?$/i;
const MILES_KM = 1.609344;

/** Read a relative phrase ending just before the span. */
function relationBefore(text: string, start: number, dirs: Record<string, number>): Pick<Mention, 'relation' | 'offset'> {
  const before = text.slice(Math.max(0, start - 80), start);
  const d = REL_DISTANCE.exec(before);
  if (d) {
    const n = Number(d[1]!.replace(',', '.'));
    const km = /^mi/i.test(d[2]!) ? n * MILES_KM : n;
    const bearing = dirs[d[3]!.toLowerCase().replace(/-/g, '')] ?? dirs[d[3]!.toLowerCase()] ?? 0;
    return { relation: 'near', offset: { km, bearing } };
  }
  if (REL_NEAR.test(before)) return { relation: 'near' };
  if (REL_REGION.test(before)) return { relation: 'region' };
  return { relation: 'in' };
}

/** The word after the span when it is an admin or city word ("Idlib province", "Gaza City"). */
function hintAfter(toks: Tok[], t1: number, data: DetectData): Mention['hint'] {
  const next = toks[t1];
  if (!next) return undefined;
  if (data.adminSuffixes.has(next.lower)) return 'admin';
  if (data.citySuffixes.has(next.lower)) return 'city';
  return undefined;
}

export interface DetectOptions {
  /** Longest window tried, in tokens. */
  maxWindow?: number;
}

export function detect(text: string, gaz: Gazetteer, data: DetectData, opts: DetectOptions = {}): Mention[] {
  const toks = tokenize(text);
  const maxWindow = opts.maxWindow ?? 6;
  const mentions: Mention[] = [];
  // Words that the text also writes in lower case are common words ("Reading" at a sentence start).
  const lowerSeen = new Set<string>();
  for (const t of toks) if (!t.cap) lowerSeen.add(t.lower);

  const persons = personTokens(text, toks, gaz, data);

  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) {
      i++;
      continue;
    }
    // The name run: capitalised tokens joined by spaces, with connectors between capitalised words.
    let e = i + 1;
    while (e < toks.length && joined(text, toks[e - 1]!, toks[e]!)) {
      const t = toks[e]!;
      if (t.cap) e++;
      else if (data.connectors.has(t.lower) && toks[e + 1]?.cap && joined(text, t, toks[e + 1]!)) e += 2;
      else break;
    }
    matchRun(text, toks, i, e, gaz, data, maxWindow, lowerSeen, persons, mentions);
    i = e;
  }
  return mentions;
}

function matchRun(
  text: string,
  toks: Tok[],
  s: number,
  e: number,
  gaz: Gazetteer,
  data: DetectData,
  maxWindow: number,
  lowerSeen: Set<string>,
  persons: Persons,
  out: Mention[],
): void {
  const before = out.length;
  let i = s;
  let prevUnmatchedCap = false; // a capitalised word before, in this run, that is no place
  // Stretches of capitalised words the gazetteer does not know, between connectors ("Kafrnabel and
  // Maarat al-Numan"): candidates for the transliteration fallback when the text marks them as places.
  let stretch = -1;
  const fallbacks: Mention[] = [];
  const flush = (end: number) => {
    if (stretch >= 0 && end - stretch <= 4) {
      const fb = unknownName(text, toks, stretch, end, data, persons);
      if (fb && (fb.locative || fb.hint || fb.relation !== 'in' || (stretch > s && !toks[stretch - 1]!.cap))) fallbacks.push(fb);
    }
    stretch = -1;
  };
  while (i < e) {
    if (!toks[i]!.cap) flush(i);
    // "Camp Taji": the facility word is skipped so the town anchors the place.
    if (data.facilityPrefixes.has(toks[i]!.lower) && i + 1 < e && toks[i + 1]!.cap && !gaz.hasKey(fold(text.slice(toks[i]!.start, toks[i + 1]!.end)))) {
      i++;
      continue;
    }
    let found: Mention | null = null;
    for (let j = Math.min(e, i + maxWindow); j > i; j--) {
      const last = toks[j - 1]!;
      if (!last.cap || !toks[i]!.cap) continue;
      const spanText = text.slice(toks[i]!.start, last.end);
      const key = fold(spanText);
      if (!key) continue;
      const single = j - i === 1;
      if (single && data.stopwords.has(key)) continue;
      // A generic head ("Tal", "Kafr", "Khirbet") is no place alone when a name follows it.
      if (single && data.placePrefixes.has(toks[i]!.lower) && i + 1 < e) continue;
      const dem = j - i <= 2 ? gaz.demonymCountry(key) : undefined;
      if (!dem && !gaz.hasKey(key)) continue;
      found = {
        start: toks[i]!.start,
        end: last.end,
        text: spanText,
        key,
        t0: i,
        t1: j,
        demonym: !!dem,
        ...(dem ? { demonymCountry: dem } : {}),
        relation: 'in',
      };
      break;
    }
    if (!found) {
      const t = toks[i]!;
      // "Tal al-Zahab", "Khirbet Amo": a generic head and its name, unknown to the gazetteer as written.
      if (data.placePrefixes.has(t.lower) && i + 1 < e) {
        const j = Math.min(e, i + 4);
        const fb = unknownName(text, toks, i, j, data, persons);
        if (fb) {
          out.push(fb);
          i = j;
          continue;
        }
      }
      if (t.cap && !data.modifiers.has(t.lower) && !data.stopwords.has(fold(t.text))) prevUnmatchedCap = true;
      if (t.cap && stretch < 0 && !prevUnmatchedCapBefore(toks, i, s)) stretch = i;
      i++;
      continue;
    }
    if (!rejected(text, toks, found, prevUnmatchedCap, data, lowerSeen, persons, gaz)) {
      flush(found.t0);
      placeCues(text, toks, found, data);
      out.push(found);
      prevUnmatchedCap = false;
    } else {
      stretch = -1;
      prevUnmatchedCap = true;
    }
    i = found.t1;
  }
  flush(e);
  // "Conor McGregor", "Paris Hilton": a two-word run whose words are each a minor place is a person's name.
  if (e - s === 2 && out.length === before + 2 && out[before]!.t1 === s + 1 && !out[before]!.demonym && !out[before + 1]!.demonym) {
    if (!strongKey(gaz, out[before]!.key) && !strongKey(gaz, out[before + 1]!.key)) {
      persons.surnames.add(toks[s + 1]!.lower);
      out.length = before;
      return;
    }
  }
  // Names the gazetteer does not know, that the text marks as places ("in Khusham", "near Tal Hamis",
  // "Kafrnabel and Maarat al-Numan"): left to the transliteration fallback, in text order.
  if (fallbacks.length) {
    out.push(...fallbacks);
    const tail = out.splice(before);
    tail.sort((a, b) => a.start - b.start);
    out.push(...tail);
  }
}

/** A capitalised word right before position i in the run that is not a connector: i continues a stretch. */
function prevUnmatchedCapBefore(toks: Tok[], i: number, s: number): boolean {
  return i > s && toks[i - 1]!.cap;
}

/** Relation, locative and hint words around an accepted span. */
function placeCues(text: string, toks: Tok[], m: Mention, data: DetectData, strict = false): void {
  Object.assign(m, relationBefore(text, m.start, data.directions));
  const prev = toks[m.t0 - 1];
  if (prev && !prev.cap && data.locatives.has(prev.lower) && !(strict && prev.lower === 'of') && joined(text, prev, toks[m.t0]!)) m.locative = true;
  const hint = hintAfter(toks, m.t1, data);
  if (hint) m.hint = hint;
  // "the Idlib countryside", "Aleppo's outskirts": around the place.
  const next = toks[m.t1];
  if (next && data.nearAfter.has(next.lower)) m.relation = 'near';
  if (m.demonym) m.relation = 'in';
}

/** A candidate span for the transliteration fallback, unless it looks like a person, title or acronym. */
function unknownName(text: string, toks: Tok[], s: number, e: number, data: DetectData, persons: Persons): Mention | null {
  for (let k = s; k < e; k++) {
    const t = toks[k]!;
    if (!t.cap || t.upper || persons.tokens.has(k) || data.orgWords.has(t.lower) || data.titles.has(t.lower)) return null;
  }
  const prev = toks[s - 1];
  if (prev && prev.cap && data.titles.has(prev.lower.replace(/\.$/, ''))) return null;
  const spanText = text.slice(toks[s]!.start, toks[e - 1]!.end);
  const key = fold(spanText);
  if (!key || key.length < 4 || data.stopwords.has(key)) return null;
  const m: Mention = { start: toks[s]!.start, end: toks[e - 1]!.end, text: spanText, key, t0: s, t1: e, demonym: false, relation: 'in', fallback: true };
  placeCues(text, toks, m, data, true);
  return m;
}

/** Only the first-level/country/big-city readings survive inside organisation or person-like runs. */
function strongKey(gaz: Gazetteer, key: string): boolean {
  for (const r of gaz.rowsForKey(key)) {
    const c = gaz.place(r);
    if (c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || c.featureClass === 'L' || c.population >= 100_000) return true;
  }
  return false;
}

/** "NAIROBI, Kenya (Reuters) -", "GAZA CITY (AP) —": a dateline at the start of a line. */
function dateline(text: string, m: Mention): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') continue;
    if (ch !== '\n') return false;
    break;
  }
  return /^\s*(?:,|\(|—|–|-{1,2}\s|:)/.test(text.slice(m.end, m.end + 4));
}

/** Rules that turn a gazetteer hit down: person names, titles, acronyms, common words at sentence starts. */
function rejected(
  text: string,
  toks: Tok[],
  m: Mention,
  prevUnmatchedCap: boolean,
  data: DetectData,
  lowerSeen: Set<string>,
  persons: Persons,
  gaz: Gazetteer,
): boolean {
  const single = m.t1 - m.t0 === 1;
  const first = toks[m.t0]!;
  const prev = toks[m.t0 - 1];
  const next = toks[m.t1];
  // Contractions ("We're", "I've") fold onto odd place names.
  if (/['’](re|ve|ll|d|m|t)$/i.test(first.text) && single) return true;
  // Acronyms ("NATO", "SANA", "APC", "BA") are organisations unless they are known place abbreviations
  // ("US", "UK", "UAE", "DRC") or a dateline at the start of a line.
  if (single && first.upper && first.text.length <= 5 && !data.acronyms.has(first.text) && !dateline(text, m)) return true;
  // Streets: "Main Street", "Jordan Road".
  if (next && next.cap && data.streetWords.has(next.lower.replace(/\.$/, '')) && joined(text, toks[m.t1 - 1]!, next)) return true;
  // Person names found by the first-name rule, and their surnames when they recur alone.
  if (!m.demonym) {
    for (let k = m.t0; k < m.t1; k++) if (persons.tokens.has(k)) return true;
    const locative = prev && !prev.cap && data.locatives.has(prev.lower) && joined(text, prev, first);
    if (single && !locative && persons.surnames.has(first.lower)) return true;
  }
  // "Mr. Jordan", "President Lincoln", "Col. Smith": a title right before. The name is a person's; when it
  // recurs alone later it is the person again.
  if (prev && prev.cap && data.titles.has(prev.lower.replace(/\.$/, '')) && m.start - prev.end <= 2 && !m.demonym) {
    if (single && !strongKey(gaz, m.key)) persons.surnames.add(first.lower);
    return true;
  }
  // "Michael Jordan", "Conor McGregor": a capitalised non-place word right before, in the same run. Countries,
  // provinces and big cities survive ("Air Zimbabwe", "SME Mauritius"); others are remembered as surnames.
  if (single && prevUnmatchedCap && prev && prev.cap && joined(text, prev, first) && !m.demonym) {
    if (!strongKey(gaz, m.key)) {
      persons.surnames.add(first.lower);
      return true;
    }
  }
  if (single && !m.demonym) {
    // Sentence-initial common words that the text also uses in lower case ("Reading", "Mobile").
    if (sentenceInitial(text, first) && lowerSeen.has(first.lower)) return true;
    // A lower-case word is no name ("al-" prefixed names are capitalised after the prefix).
    if (first.text.length < 2) return true;
    // A title word itself ("Col.", "Gen.", "Rev.") is no place.
    if (data.titles.has(first.lower) && text[first.end] === '.') return true;
  }
  return false;
}
