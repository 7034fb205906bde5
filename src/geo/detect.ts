/**
 * Detection: which spans of a text name places. Small rules in sequence, chrono-style:
 *  1. tokenize words with offsets;
 *  2. group capitalised words (with connectors like "of", "al-", "de") into name runs;
 *  3. inside a run, take the longest window that the gazetteer or the demonym list knows;
 *  4. reject windows that are stop words, sentence-initial common words, or parts of person names;
 *  5. read the words around the span: relative phrases ("8 km east of X", "the countryside of X",
 *     "northern X"), an admin suffix ("X province"), a qualifier after a comma ("Monticello, Ky.").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold, foldPieces } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { geoDataDir } from './paths.js';
import { anchorBuildings, buildingAt, WITHIN_GAP } from './facility.js';

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
  /** The folded words of the token (fold.ts `foldPieces`), filled when span matching first needs them. */
  pieces?: readonly string[] | null;
  /** The first half of a split "Egyptian-US" compound: the hyphen joins it to the next token. */
  hyph?: boolean;
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
  /** Country ISO2 when the span is a demonym ("@key" for a region's adjective: "European" → "@europe"). */
  demonymCountry?: string;

  relation: 'in' | 'near' | 'region';
  /** "8 km east of X": distance in km and bearing in degrees. */
  offset?: { km: number; bearing: number };
  /** The span is followed by an admin word ("province") or a city word ("city"). */
  hint?: 'admin' | 'city';
  /**
   * The division word a list of names closes with, singular ("Jackson and Barrow counties" → "county"):
   * the names are divisions, whose full names end with the word ("Barrow County").
   */
  adminWord?: string;
  /** A locative word right before ("in X", "near X", "from X"): the writer uses the name as a place. */
  locative?: boolean;
  /**
   * No gazetteer key matched: a name the text marks as a place ("in Khirbet Amo", "Tal al-Zahab") left
   * for the transliteration fallback, which resolves it only within the article's countries.
   */
  fallback?: boolean;
  /** A plural demonym ("Americans"): people, not a place; it votes for its country but is not output. */
  people?: boolean;
  /** Written as an abbreviation in capitals ("EU", "UK", "DRC"): it names a country, province or region, not a town called "Eu". */
  acronym?: boolean;
  /** Index of the mention that qualifies this one ("X, Y"), filled by the resolver's caller. */
  qualifier?: number;
  /**
   * A building ("Barclays Center", "University of Perpetual Help"): no gazetteer place of its own; it is
   * placed where the place it lies in is (facility.ts).
   */
  facility?: boolean;
  /** Index (in the detected list) of the mention naming the place a building lies in ("Y" of "X in Y", "Y's X"). */
  within?: number;
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
  placeSuffixes?: string[];
  facilityPrefixes: string[];
  nearAfter: string[];
  orgNames?: string[];
  vehicleMakes?: string[];
  adminPlurals?: Record<string, string>;
  facilityWords?: string[];
  facilityHeads?: string[];
  kin?: string[];
  languages?: string[];
  featureWords?: string[];
  institutionWords?: string[];
  namePlurals?: string[];
  diseaseWords?: string[];
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
  /** Generic last words of Pashto, Persian, Urdu and Punjabi place names ("Kot", "Khel"): lexicon.json. */
  placeSuffixes: Set<string>;
  facilityPrefixes: Set<string>;
  nearAfter: Set<string>;
  /** Capitalised abbreviations that do name places ("US", "UAE", "DRC"), from aliases.tsv, without dots. */
  acronyms: Set<string>;
  /** Common English words that are also minor places' names ("Lane", "Section", "Metro"): common-words.txt. */
  commonWords: Set<string>;
  /** Organisation names that hold a place name ("White House", "United Russia"), as lower-case words, by first word. */
  orgNames: Map<string, string[][]>;
  /** Car makes that are also places ("a Dodge Caravan", "a 1992 Toyota"). */
  vehicleMakes: Set<string>;
  /** Plural division words that close a list of names, with their singular ("counties" → "county"). */
  adminPlurals: Map<string, string>;
  /** Abbreviations written with a dot in aliases.tsv ("Pa.", "Mass.", "La."), lower case without it. */
  dottedAliases: Set<string>;
  /** Words that end a building's name ("Barclays Center", "Karl Bremer Hospital"). */
  facilityWords: Set<string>;
  /** Words that head a building's name before "of" ("University of Perpetual Help", "Museum of Ice Cream"). */
  facilityHeads: Set<string>;
  /** Lower-case words for relatives ("brother", "son"): the name right after is a person's. */
  kin: Set<string>;
  /** Demonyms that also name a language ("french", "spanish"), folded. */
  languages: Set<string>;
  /** Words of natural features' names ("Bay", "Islands", "River"): the feature is a place, unlike a building. */
  featureWords: Set<string>;
  /** Words that say what kind of institution a building is ("High", "Community", "Regional", "Medical"). */
  institutionWords: Set<string>;
  /** Plural street words that close a list of their names ("Culver and Charter streets"). */
  namePlurals: Set<string>;
  /** Words after a name that make it a disease's or a virus's ("Reston ebolavirus", "Minamata disease"). */
  diseaseWords: Set<string>;
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
    placeSuffixes: new Set(lex.placeSuffixes ?? []),
    facilityPrefixes: new Set(lex.facilityPrefixes ?? []),
    nearAfter: new Set(lex.nearAfter ?? []),
    acronyms: aliasAcronyms(dir),
    commonWords: new Set(readList(join(dir, 'common-words.txt'))),
    orgNames: orgNameIndex(lex.orgNames ?? []),
    vehicleMakes: new Set(lex.vehicleMakes ?? []),
    facilityWords: new Set(lex.facilityWords ?? []),
    facilityHeads: new Set(lex.facilityHeads ?? []),
    kin: new Set(lex.kin ?? []),
    languages: new Set(lex.languages ?? []),
    featureWords: new Set(lex.featureWords ?? []),
    institutionWords: new Set(lex.institutionWords ?? []),
    namePlurals: new Set(lex.namePlurals ?? []),
    diseaseWords: new Set(lex.diseaseWords ?? []),
    adminPlurals: new Map(Object.entries(lex.adminPlurals ?? {})),
    dottedAliases: new Set(
      readList(join(dir, 'aliases.tsv'))
        .map((l) => l.split('\t')[0]!)
        .filter((a) => /^[A-Za-z]+\.$/.test(a))
        .map((a) => a.slice(0, -1).toLowerCase()),
    ),
  };
}

function readList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function orgNameIndex(names: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const n of names) {
    const words = n.toLowerCase().split(/\s+/);
    const list = m.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    m.set(words[0]!, list);
  }
  return m;
}

/** Tokens an organisation name covers from toks[i] ("White House" → 2), or 0. */
function orgNameAt(toks: Tok[], i: number, e: number, data: DetectData): number {
  const list = data.orgNames.get(toks[i]!.lower);
  if (!list) return 0;
  for (const words of list) {
    if (i + words.length > e) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = toks[i + k]!.lower === words[k];
    if (ok) return words.length;
  }
  return 0;
}

const ABBREV_GAP = /^\.\s?$/;
/** Abbreviated name heads written with a dot ("St. Louis"); fold.ts folds "st"/"saint", "mt"/"mount", "ft"/"fort" alike. */
const ABBREV_HEADS = new Set(['St', 'Ste', 'Mt', 'Ft']);
const ABBREV_GAP_JOIN = /^\. ?$/;
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|&)\s*$/;
const YEAR_BEFORE = /\b(?:19|20)\d\d\s+(?:(?:white|black|red|blue|silver|gray|grey|green|brown|gold|tan|maroon|beige|dark|light)\s+)?$/;
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|stolen)\s+$/i;

/** "a Dodge Caravan", "a red 1991 Honda": a car make (with its model, when one follows) is no place. */
function vehicleAt(text: string, toks: Tok[], i: number, e: number, gaz: Gazetteer, data: DetectData): number {
  const t = toks[i]!;
  if (!data.vehicleMakes.has(t.lower)) return 0;
  // Digits are no tokens: the model year ("a 2001 Cadillac", "a 1993 brown Cadillac") or a determiner ("the
  // Toyota failed to yield") is read from the text before the make.
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  const yearBefore = YEAR_BEFORE.test(before) || DETERMINER_BEFORE.test(before);
  const next = i + 1 < e ? toks[i + 1]! : undefined;
  const model =
    !!next &&
    next.cap &&
    !data.adminSuffixes.has(next.lower) &&
    !data.citySuffixes.has(next.lower) &&
    !data.orgWords.has(next.lower) &&
    !data.streetWords.has(undot(next.lower)) &&
    !data.modifiers.has(next.lower) &&
    !gaz.hasKey(fold(text.slice(t.start, next.end)));
  if (model) return 2;
  return yearBefore ? 1 : 0;
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

const PREFIXED = /^(al|el|ar|as|ad|an|az|ash|at|ez|ed|es|ul)[-‐'’]\p{Lu}/u;

/**
 * Whether the text writes a word in lower case: a scan of its tokens, memoised per word (asked only for
 * sentence-initial names, a few per text: cheaper than a set of every lower-case word).
 */
class LowerWords {
  private asked = new Map<string, boolean>();
  constructor(private readonly toks: Tok[]) {}
  has(w: string): boolean {
    let r = this.asked.get(w);
    if (r === undefined) {
      r = false;
      for (const t of this.toks) {
        if (!t.cap && t.lower === w) {
          r = true;
          break;
        }
      }
      this.asked.set(w, r);
    }
    return r;
  }
}

interface Persons {
  /** Token indices inside person names ("Michael Jordan"). */
  tokens: Set<number>;
  /** Surnames seen in this text, lower case: a later bare "Jordan" is the person again. */
  surnames: Set<string>;
  /** First names of persons found in this text ("Tyler" of "Tyler Williams"): a later bare "Tyler" is the person. */
  given: Set<string>;
  /** Surnames of full names that open with a known first name ("Raquel Henry"): the surest of `surnames`. */
  named: Set<string>;
}

/** Lower-case particles inside European surnames ("de Marigny", "van Gogh", "von Trapp"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'dos', 'das', 'le', 'la']);

/** `w.replace(/\.$/, '')` without a regular expression (asked per word of a name run). */
function undot(w: string): string {
  return w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w;
}

/** Months and weekdays as news writes them ("April", "Sept.", "Monday"): no part of a person's or place's name. */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Token k opens a date glued to the name before it ("planned in Clinton April 4", "in Clinton Monday"): a
 * weekday, or a month followed by a day number. It ends the name run; "Clinton April" is no person.
 */
function dateWordAt(text: string, toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  const w = undot(t.lower);
  if (WEEKDAYS.has(w)) return true;
  if (!MONTHS.has(w)) return false;
  // Digits are no tokens: the day is read from the text after the month.
  return /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/.test(text.slice(t.end, t.end + 8));
}

/** Generational suffixes after a surname ("Jr.", "III"): no surname themselves. */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Arabic patronymic words: "Mohammed bin Rashid Al Maktoum" is a person's name, all of it. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);

/**
 * Person names: a known first name followed by capitalised words that are not place modifiers,
 * organisation words or admin words ("Michael Jordan", "Paris Hilton"), unless the whole run is a place
 * the gazetteer knows ("Scott City").
 */
function personTokens(text: string, toks: Tok[], gaz: Gazetteer, data: DetectData): Persons {
  const persons: Persons = { tokens: new Set(), surnames: new Set(), given: new Set(), named: new Set() };
  // A hyphen joins two names ("Washington-Moscow route"), not a first name and a surname.
  const nameJoined = (a: Tok, b: Tok) => !a.hyph && (joined(text, a, b) || initialBefore(text, a, b));
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    // A name needs a second word: a capitalised one joined to this, or a particle ("de"). Tested first, before
    // the lookups below, which can only lead on to such a word.
    const nx = toks[i + 1]!;
    if (nx.cap ? !nameJoined(t, nx) : nx.lower.length > 5 || !NAME_PARTICLES.has(nx.lower)) continue;
    // A known first name, or any capitalised word followed by a middle initial and a surname
    // ("Tyrise M. Bell", "Seergeoh A. Villanueva"): places are not written that way.
    const withInitial =
      i + 2 < toks.length && !t.upper && joined(text, t, toks[i + 1]!) && initialBefore(text, toks[i + 1]!, toks[i + 2]!) && toks[i + 2]!.cap && toks[i + 2]!.text.length >= 2;
    if (!withInitial && !gaz.isFirstName(t.lower)) continue;
    // "West Wales", "Central Java": a place modifier heads a place's name, not a person's.
    if (data.modifiers.has(t.lower)) continue;
    // "Saint Lucia National Trust": the first name ends a place's name that began before it.
    const before = toks[i - 1];
    if (before && before.cap && joined(text, before, t) && gaz.hasKey(fold(text.slice(before.start, t.end)))) continue;
    let j = i + 1;
    let orgAfter = false;
    let stop = false;
    for (;;) {
      while (j < toks.length && toks[j]!.cap && nameJoined(toks[j - 1]!, toks[j]!)) {
        if (dateWordAt(text, toks, j)) break;
        const w = undot(toks[j]!.lower);
        // "Marvin F. Lane", "Krystal D. Hall": after a middle initial comes the surname, whatever word it is.
        const afterInitial = initialBefore(text, toks[j - 1]!, toks[j]!);
        if (!afterInitial && (data.orgWords.has(w) || data.adminSuffixes.has(w) || data.streetWords.has(w) || data.citySuffixes.has(w))) {
          orgAfter = data.orgWords.has(w);
          stop = true;
          break;
        }
        // "Florida Attorney General Bill McCollum": a title is no surname; the person starts after it.
        if (data.titles.has(w)) {
          stop = true;
          break;
        }
        j++;
      }
      // "Philippe de Marigny de Mandeville", "Mario de Santiago": a particle goes on with the surname.
      const p = toks[j];
      const n = toks[j + 1];
      if (stop || !p || p.cap || !NAME_PARTICLES.has(p.lower) || !n?.cap || n.upper || !joined(text, toks[j - 1]!, p) || !joined(text, p, n)) break;
      j += 2;
    }
    // "Georgia Public Service Commission", "Virginia Commonwealth University": a first name that is also a
    // province or country, heading a run that ends in an organisation word, names the organisation's place.
    if (orgAfter && gaz.strongOwnKey(t.lower)) {
      i = j - 1;
      continue;
    }
    // The tokenizer drops the dot of a middle initial ("George W. Bush" → George, W, Bush): nameJoined
    // lets the name go on past it.
    if (j - i < 2) continue;
    if (j - i === 2 && toks[j - 1]!.text.length === 1) continue; // "Roy A." alone names no one
    // The whole is a place ("Scott City"), unless folding dropped the first name ("Al Meredith" folds as
    // "meredith") and the name after it is a given name too: "Al Qurayya", "Al Mayadin" are Arabic places.
    const whole = fold(text.slice(t.start, toks[j - 1]!.end));
    const articleDropped = whole === fold(text.slice(toks[i + 1]!.start, toks[j - 1]!.end));
    if (gaz.hasKey(whole) && (gaz.strongKey(whole) || !articleDropped || !gaz.isFirstName(toks[i + 1]!.lower))) continue;
    if (data.modifiers.has(toks[i + 1]!.lower)) continue;
    for (let k = i; k < j; k++) persons.tokens.add(k);
    // "Tony Servance Jr.", "John Smith III": the surname is the word before the generational suffix.
    const last = j - 1 > i + 1 && GENERATIONAL.has(undot(toks[j - 1]!.lower)) ? j - 2 : j - 1;
    persons.surnames.add(toks[last]!.lower);
    if (gaz.isFirstName(t.lower)) {
      persons.given.add(t.lower);
      persons.named.add(toks[last]!.lower);
    }
    i = j - 1;
  }
  patronymics(text, toks, gaz, persons);
  agedNames(text, toks, gaz, data, persons);
  spokenNames(text, toks, gaz, data, persons);
  return persons;
}

/**
 * "said Medea Benjamin, co-founder of …", "according to Tanga Moon, a spokeswoman": two or three capitalised
 * words after a speech verb and before a comma name the speaker, unless the whole is a place ("said Fort
 * Worth, …") or a word of it is an organisation's, a title or a place word ("according to Arlington Police,").
 */
function spokenNames(text: string, toks: Tok[], gaz: Gazetteer, data: DetectData, persons: Persons): void {
  for (let s = 0; s + 1 < toks.length; s++) {
    const t = toks[s]!;
    const w = s > 0 ? toks[s - 1]!.lower : '';
    if (!t.cap || t.upper || (w !== 'said' && w !== 'says' && w !== 'to') || !speechBefore(text, t.start)) continue;
    let e = s + 1;
    while (e < toks.length && e - s < 3 && toks[e]!.cap && joined(text, toks[e - 1]!, toks[e]!)) e++;
    if (e - s < 2 || !/^,\s/.test(text.slice(toks[e - 1]!.end, toks[e - 1]!.end + 2))) continue;
    let plain = true;
    for (let k = s; k < e && plain; k++) {
      const w = undot(toks[k]!.lower);
      plain = !toks[k]!.upper && personWord(w, data) && !data.facilityWords.has(w);
    }
    if (!plain || gaz.hasKey(fold(text.slice(t.start, toks[e - 1]!.end)))) continue;
    for (let k = s; k < e; k++) persons.tokens.add(k);
    persons.surnames.add(toks[e - 1]!.lower);
  }
}

/** A word that may stand in a person's name: no organisation's, division's, title's or place modifier's word. */
function personWord(w: string, data: DetectData): boolean {
  return !data.orgWords.has(w) && !data.adminSuffixes.has(w) && !data.citySuffixes.has(w) && !data.titles.has(w) && !data.modifiers.has(w);
}

/**
 * "Melton Lewis Paris, 51, was found", "Tanga Sheri Moon, 34": a run of two to four capitalised words
 * followed by an age names a person, whatever its first word; its last word is the surname.
 */
function agedNames(text: string, toks: Tok[], gaz: Gazetteer, data: DetectData, persons: Persons): void {
  for (let e = 1; e < toks.length; e++) {
    const last = toks[e]!;
    if (!last.cap || last.upper || text.charCodeAt(last.end) !== 44 || !AGE_AFTER.test(text.slice(last.end, last.end + 8))) continue;
    let s = e;
    while (s > 0 && e - s < 3 && toks[s - 1]!.cap && !toks[s - 1]!.upper && (joined(text, toks[s - 1]!, toks[s]!) || initialBefore(text, toks[s - 1]!, toks[s]!))) s--;
    if (s === e) continue;
    let plain = true;
    for (let k = s; k <= e && plain; k++) plain = personWord(undot(toks[k]!.lower), data);
    // "Fort Worth, 12, Dallas, 10": a place's whole name with a score.
    if (!plain || gaz.hasKey(fold(text.slice(toks[s]!.start, last.end)))) continue;
    for (let k = s; k <= e; k++) persons.tokens.add(k);
    persons.surnames.add(last.lower);
  }
}

/**
 * "Sheikh Mohammed bin Rashid Al Maktoum", "Zaid ibn Harith": capitalised words joined by a lower-case
 * patronymic word name one person, unless the gazetteer knows the whole ("Bin Jawad" is capitalised).
 */
function patronymics(text: string, toks: Tok[], gaz: Gazetteer, persons: Persons): void {
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    // A length test first: a set lookup hashes the word, and most lower-case words are never hashed otherwise.
    if (t.cap || t.lower.length > 4 || t.lower.length < 3 || !PATRONYMIC.has(t.lower)) continue;
    const a = toks[i - 1]!;
    const b = toks[i + 1]!;
    if (!a.cap || !b.cap || !joined(text, a, t) || !joined(text, t, b)) continue;
    if (gaz.hasKey(fold(text.slice(a.start, b.end)))) continue;
    let s = i - 1;
    while (s > 0 && toks[s - 1]!.cap && joined(text, toks[s - 1]!, toks[s]!)) s--;
    let e = i + 2;
    while (e < toks.length && (toks[e]!.cap || (PATRONYMIC.has(toks[e]!.lower) && toks[e + 1]?.cap)) && joined(text, toks[e - 1]!, toks[e]!)) e++;
    for (let k = s; k < e; k++) if (toks[k]!.cap) persons.tokens.add(k);
    persons.surnames.add(toks[e - 1]!.lower);
    i = e - 1;
  }
}

/**
 * Character classes of the word pattern [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‘\-‐.][\p{L}\p{M}\p{N}]+)*,
 * by UTF-16 code unit: 1 letter or mark, 2 digit, 3 separator inside a word, 4 other. Filled on first
 * sight (0 = not yet classified); astral code points are classified one by one.
 */
const CLASS = new Uint8Array(0x10000);
const LETTER = 1;
const DIGIT = 2;
const INNER = 3;
const OTHER = 4;
const LM = /^[\p{L}\p{M}]$/u;
const NUM = /^\p{N}$/u;
const UPPER_ONLY = /^\p{Lu}+$/u;

function classOf(cp: number): number {
  const s = String.fromCodePoint(cp);
  if (LM.test(s)) return LETTER;
  if (NUM.test(s)) return DIGIT;
  return cp === 39 || cp === 0x2019 || cp === 0x2018 || cp === 45 || cp === 0x2010 || cp === 46 ? INNER : OTHER;
}

/** Class and length (1 or 2 code units) of the code point at i. */
function classAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const v = text.charCodeAt(i + 1);
    if (v >= 0xdc00 && v <= 0xdfff) return classOf(((u - 0xd800) << 10) + (v - 0xdc00) + 0x10000) | 8; // 8: two units
  }
  let c = CLASS[u]!;
  if (c === 0) c = CLASS[u] = classOf(u);
  return c;
}

/** End of the run of letters, marks and digits starting at i. */
function wordCharsEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = classAt(text, i);
    const k = c & 7;
    if (k !== LETTER && k !== DIGIT) break;
    i += c & 8 ? 2 : 1;
  }
  return i;
}

/** "al-Raqqa", "el-Bab", "ash-Sheikh": a lower-case Arabic article glued to a capitalised name. */
function prefixedName(t: string): boolean {
  const sep = t.length > 3 ? t.charCodeAt(2) : 0;
  const sep3 = t.length > 4 ? t.charCodeAt(3) : 0;
  const isSep = (ch: number) => ch === 45 || ch === 0x2010 || ch === 39 || ch === 0x2019;
  return (isSep(sep) || isSep(sep3)) && PREFIXED.test(t);
}

/** All capital letters ("NATO"), checked without a regular expression for ASCII. */
function allUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch >= 65 && ch <= 90) continue;
    if (ch < 128) return false;
    return UPPER_ONLY.test(t);
  }
  return true;
}

/**
 * Words with offsets: the pattern above, scanned by hand (a third of detection's time went to the
 * regular expression and per-word checks). Every token has the same shape, for the engine's sake.
 */
/** "W." of "George W. Bush": a one-letter capital, its dot, then spaces up to the next word. */
function initialBefore(text: string, a: Tok, b: Tok): boolean {
  if (a.end - a.start !== 1 || !a.cap || text.charCodeAt(a.end) !== 46 || b.start <= a.end + 1) return false;
  for (let i = a.end + 1; i < b.start; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 160) return false;
  }
  return true;
}

/** Lower-case endings of compounds whose first part is a place ("Atlanta-area", "Washington-based"). */
/** Arabic articles and name heads that a hyphen binds to the next word ('El-Sheikh', 'Abu-Dhabi'): never split. */
const ARTICLE_HEAD = /^(?:al|el|ar|as|ad|an|az|ash|at|ez|ed|es|ul|abu|bin|ibn|bani|beni|bou|umm|um)$/i;
const COMPOUND_TAILS = new Set([
  'area', 'based', 'born', 'bred', 'raised', 'headquartered', 'region', 'bound', 'wide',
  // "Australian-led hunt", "Georgian-controlled villages", "EU-backed financing", "Cypriot-flagged ship".
  'led', 'backed', 'controlled', 'owned', 'run', 'held', 'funded', 'sponsored', 'flagged', 'majority', 'dominated', 'brokered', 'occupied', 'bashing',
]);
/** Lower-case prefixes glued to a name ("anti-Russian", "ex-Soviet", "pro-Kremlin"): the name is the token. */
const NAME_PREFIX = /^(?:anti|pro|ex|non|inter|pan|post|pre)-\p{Lu}/u;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = classAt(text, i);
    if ((c & 7) !== LETTER) {
      i += c & 8 ? 2 : 1;
      continue;
    }
    const start = i;
    let end = wordCharsEnd(text, i + (c & 8 ? 2 : 1));
    // Inner separators followed by more word characters continue the word ("al-Numan", "U.S", "O'Brien").
    let dash = false; // a hyphen inside: the only tokens the hyphen rules below need to look at
    while (end + 1 < n && (classAt(text, end) & 7) === INNER) {
      const k = classAt(text, end + 1) & 7;
      if (k !== LETTER && k !== DIGIT) break;
      if (text.charCodeAt(end) === 45) dash = true;
      end = wordCharsEnd(text, end + 1);
    }
    // An ampersand between capitals joins an abbreviation ("T&T", Trinidad and Tobago; "AT&T").
    while (end + 1 < n && text.charCodeAt(end) === 38 && isUpperAscii(text.charCodeAt(end - 1)) && isUpperAscii(text.charCodeAt(end + 1))) {
      end = wordCharsEnd(text, end + 1);
    }
    i = end;
    // Possessives ("Syria's", "Tunisia’s") name the place without the ending.
    let poss = false;
    if (end - start > 3) {
      const last = text.charCodeAt(end - 1);
      const apo = text.charCodeAt(end - 2);
      if ((last === 115 || last === 83) && (apo === 39 || apo === 0x2019)) {
        poss = true;
        end -= 2;
      }
    }
    let t = text.slice(start, end);
    let tokStart = start;
    const c0 = t.charCodeAt(0);
    const hy = dash && c0 >= 97 && c0 <= 122 && t.length > 5 ? t.indexOf('-') : -1;
    if (hy >= 2 && hy <= 5 && NAME_PREFIX.test(t)) {
      const cut = hy + 1;
      tokStart = start + cut;
      t = t.slice(cut);
    }
    const h = dash ? t.indexOf('-') : -1;
    if (h > 0) {
      // "D-Columbus", "R-London": a legislator's party and home town; the town is the token.
      if (h === 1 && (t[0] === 'D' || t[0] === 'R' || t[0] === 'I') && t.length > 3 && isUpperAscii(t.charCodeAt(2))) {
        tokStart += 2;
        t = t.slice(2);
      } else {
        // "Atlanta-area", "Washington-based": the place before a compound ending.
        const tail = t.slice(t.lastIndexOf('-') + 1);
        if (h === t.lastIndexOf('-') && COMPOUND_TAILS.has(tail)) {
          end = tokStart + h;
          t = t.slice(0, h);
        } else if (
          h === t.lastIndexOf('-') &&
          h >= 2 &&
          t.length - h > 2 &&
          isUpperAscii(t.charCodeAt(0)) &&
          isUpperAscii(t.charCodeAt(h + 1)) &&
          !ARTICLE_HEAD.test(t.slice(0, h))
        ) {
          // "Egyptian-US", "Logan-Rogersville", "Paris-Henry County": two names; the hyphen still joins them
          // into one run, so "Winston-Salem" keeps matching as a whole.
          const a = t.slice(0, h);
          toks.push({ start: tokStart, end: tokStart + h, text: a, cap: true, lower: a.toLowerCase(), poss: false, upper: a.length <= 12 && allUpper(a), pieces: null, hyph: true });
          tokStart += h + 1;
          t = t.slice(h + 1);
        }
      }
    }
    const f = t.charCodeAt(0);
    let cap: boolean;
    if (f >= 65 && f <= 90) cap = true;
    else if (f >= 97 && f <= 122) cap = (f === 97 || f === 101 || f === 117) && prefixedName(t);
    else {
      const first = t[0]!;
      cap = (first !== first.toLowerCase() && first === first.toUpperCase()) || PREFIXED.test(t);
    }
    const upper = cap && t.length >= 2 && t.length <= 12 && allUpper(t);
    toks.push({ start: tokStart, end, text: t, cap, lower: t.toLowerCase(), poss, upper, pieces: null });
  }
  return toks;
}

/** Only spaces (no punctuation, no line break) lie between two tokens. */
function joined(text: string, a: Tok, b: Tok): boolean {
  if (a.hyph) return b.start === a.end + 1;
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
    // A hyphen glued to the word joins a compound ("Egyptian-US"); only a spaced one is a dash.
    if (ch === '-' && i === t.start - 1) return false;
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

/**
 * Last words of the three patterns above (lower case): a span preceded by any other word, or by no
 * space, has no relative phrase, and the patterns (slow: anchored at the end) are not run.
 */
const REL_LAST_WORDS = new Set([
  'of', 'the', 'near', 'nearby', 'outside', 'countryside', 'around', 'to',
  ...['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west'].flatMap((d) => [d, `${d}ern`]),
]);

/** The lower-cased word that ends right before position `end` after white space, or '' when none. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  if (i === end) return '';
  let s = i;
  for (let ch = text.charCodeAt(s - 1); s > 0 && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 45); ch = text.charCodeAt(s - 1)) s--;
  return text.slice(s, i).toLowerCase();
}

const SPACE_UNIT = /\s/;
/** One UTF-16 unit matches /\s/: tested by code for ASCII (called per character). */
function isSpaceUnit(ch: number): boolean {
  if (ch < 128) return ch === 32 || (ch >= 9 && ch <= 13);
  return SPACE_UNIT.test(String.fromCharCode(ch));
}

/** Whether mentions[from..] hold a place (not a demonym) inside the span of m. */
function placeWithin(mentions: Mention[], from: number, m: Mention): boolean {
  for (let k = from; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.t0 < m.t1 && m.t0 < x.t1 && !x.demonym) return true;
  }
  return false;
}

/** Read a relative phrase ending just before the span. */
function relationBefore(text: string, start: number, dirs: Record<string, number>): Pick<Mention, 'relation' | 'offset'> {
  const last = wordBefore(text, start);
  if (!REL_LAST_WORDS.has(last) && !REL_LAST_WORDS.has(last.slice(last.lastIndexOf('-') + 1))) return { relation: 'in' };
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
function hintAfter(text: string, toks: Tok[], t1: number, data: DetectData): Mention['hint'] {
  const next = toks[t1];
  if (!next) return undefined;
  if (data.adminSuffixes.has(next.lower)) return 'admin';
  if (data.citySuffixes.has(next.lower)) return 'city';
  if (adminListWord(text, toks, t1, data)) return 'admin';
  return undefined;
}

const LIST_SEP = /^\s*,?\s*$/;

/**
 * "Jackson, Barrow and Madison counties", "Idlib and Hama provinces": from the token after a name, the
 * rest of a list of capitalised names (joined by commas, "and", "or") that closes with a plural division
 * word; returns that word's singular, or null. At most six more names.
 */
function listedDivision(text: string, toks: Tok[], t1: number, key: string, gaz: Gazetteer, data: DetectData): boolean {
  if (t1 >= toks.length) return false;
  const word = adminListWord(text, toks, t1, data);
  return !!word && gaz.hasKey(`${key} ${word}`);
}

function adminListWord(text: string, toks: Tok[], t1: number, data: DetectData): string | null {
  if (!data.adminPlurals.size) return null;
  let j = t1;
  for (let items = 0; items <= 6 && j < toks.length; items++) {
    const t = toks[j]!;
    const gap = text.slice(toks[j - 1]!.end, t.start);
    if (!t.cap) {
      const plural = data.adminPlurals.get(t.lower);
      if (plural && /^\s+$/.test(gap)) return plural;
      // "and"/"or" between two names, with or without a comma before it.
      if ((t.lower === 'and' || t.lower === 'or') && LIST_SEP.test(gap) && toks[j + 1]?.cap && /^\s+$/.test(text.slice(t.end, toks[j + 1]!.start))) {
        j++;
        continue;
      }
      return null;
    }
    // The next name: a run of capitalised words after a comma (or after "and").
    const afterAnd = j > t1 && (toks[j - 1]!.lower === 'and' || toks[j - 1]!.lower === 'or') && !toks[j - 1]!.cap;
    if (!afterAnd && !/^\s*,\s*$/.test(gap)) return null;
    let e = j + 1;
    while (e < toks.length && toks[e]!.cap && joined(text, toks[e - 1]!, toks[e]!) && e - j < 4) e++;
    j = e;
  }
  return null;
}

export interface DetectOptions {
  /** Longest window tried, in tokens. */
  maxWindow?: number;
}

/** "St. Louis": token k is an abbreviated head at the start of the run (or after a connector) whose dot the name goes on past. */
function abbrevJoin(text: string, toks: Tok[], k: number, runStart: number): boolean {
  const t = toks[k]!;
  if (t.end - t.start > 3 || k + 1 >= toks.length) return false;
  // In capitals too, with the name after it in capitals: a dateline "ST. LOUIS —", "FT. WORTH".
  const capitals = !!t.upper && !!toks[k + 1]!.upper;
  if (!ABBREV_HEADS.has(capitals ? t.text[0] + t.text.slice(1).toLowerCase() : t.text)) return false;
  return (k === runStart || !toks[k - 1]!.cap) && toks[k + 1]!.cap && ABBREV_GAP_JOIN.test(text.slice(t.end, toks[k + 1]!.start));
}

export function detect(text: string, gaz: Gazetteer, data: DetectData, opts: DetectOptions = {}): Mention[] {
  const toks = tokenize(text);
  const maxWindow = opts.maxWindow ?? 6;
  const mentions: Mention[] = [];
  // Words that the text also writes in lower case are common words ("Reading" at a sentence start);
  // collected only when a sentence-initial name needs the check.
  const lowerSeen = new LowerWords(toks);

  const persons = personTokens(text, toks, gaz, data);
  // Minor places heading a building's name, dropped at the end unless the text names the place alone too.
  const heads = new Set<Mention>();
  // Other minor places heading a building's name, with the building: dropped when the text places the building
  // in another place.
  const headed: [Mention, Mention][] = [];

  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) {
      i++;
      continue;
    }
    // The name run: capitalised tokens joined by spaces, with connectors between capitalised words.
    let e = i + 1;
    // "St. Petersburg", "Mt. Pleasant", "Ft. Worth": an abbreviated head at the start of a run keeps its dot.
    if (abbrevJoin(text, toks, i, i)) e++;
    while (e < toks.length && (joined(text, toks[e - 1]!, toks[e]!) || abbrevJoin(text, toks, e - 1, i))) {
      const t = toks[e]!;
      if (t.cap && dateWordAt(text, toks, e)) break;
      if (t.cap) e++;
      else if (data.connectors.has(t.lower) && toks[e + 1]?.cap && joined(text, t, toks[e + 1]!)) e += 2;
      else break;
    }
    const before = mentions.length;
    matchRun(text, toks, i, e, gaz, data, maxWindow, lowerSeen, persons, mentions);
    // "Barclays Center", "Karl Bremer Hospital": a building, where the run held no place.
    const f = buildingAt(text, toks, i, e, data, gaz);
    // A demonym inside ("Percy French Hotel", "Russian Embassy") gives way if the building is placed.
    if (f && !placeWithin(mentions, before, f)) mentions.push(f);
    if (f) {
      for (let k = before; k < mentions.length; k++) {
        const m = mentions[k]!;
        if (buildingHead(toks, m, f, gaz, data)) heads.add(m);
        else if (m.t0 === f.t0 && m.t1 < f.t1 && !m.demonym && !m.facility && !m.hint && !gaz.strongKey(m.key) && !divisionWord(toks[m.t1 - 1]!.lower, data) && !runHasAnd(toks, f))
          headed.push([m, f]);
      }
    }
    i = e;
  }
  if (headed.length) dropHeadsPlacedElsewhere(text, mentions, headed, gaz);
  if (heads.size) dropBuildingHeads(mentions, heads);
  return mentions.some((m) => m.facility) ? anchorBuildings(text, mentions) : mentions;
}

/**
 * The first words of a building's name that are a minor place's name, followed by another name before the
 * building word ("Woodfield Shopping Center", "Pleasant Lane School", "Drayton Hall Elementary School"):
 * schools, malls and churches are named after neighbourhoods, founders and streets as often as after the
 * town they stand in. "Middletown High School", "Princeton Community Hospital" (only words of kind between:
 * lexicon institutionWords) name the town, as do a division ("Dawson County Jail") and a famous place
 * ("Texas Southern University").
 */
function buildingHead(toks: Tok[], m: Mention, f: Mention, gaz: Gazetteer, data: DetectData): boolean {
  if (m.t0 !== f.t0 || m.t1 >= f.t1 - 1 || m.facility || m.demonym || m.fallback || m.hint || gaz.strongKey(m.key)) return false;
  if (divisionWord(toks[m.t1 - 1]!.lower, data)) return false;
  for (let k = m.t1; k < f.t1 - 1; k++) {
    const w = toks[k]!.lower;
    // "Eastern Creek and Centennial Park": two names.
    if (w === 'and') return false;
    if (!data.institutionWords.has(w) && !data.facilityWords.has(w) && !data.connectors.has(w)) return true;
  }
  return false;
}

/** An admin or city word ("County", "Township") ends a division's name: "Dawson County Jail" is the county's. */
function divisionWord(w: string, data: DetectData): boolean {
  return data.adminSuffixes.has(w) || data.citySuffixes.has(w);
}

/** The building's run joins two names with "and" ("Eastern Creek and Centennial Park"). */
function runHasAnd(toks: Tok[], f: Mention): boolean {
  for (let k = f.t0; k < f.t1; k++) if (toks[k]!.lower === 'and') return true;
  return false;
}

/**
 * "Lipscomb University in Nashville", "Smith College in Northampton", "LaBelle Theater in South Charleston":
 * a building the text places in another town is named after a person or a neighbourhood, not after a town
 * ("Parkers Prairie High School" stays, and "Dresden Zoo in Dresden").
 */
function dropHeadsPlacedElsewhere(text: string, mentions: Mention[], headed: [Mention, Mention][], gaz: Gazetteer): void {
  const drop = new Set<Mention>();
  for (const [m, f] of headed) {
    let y: Mention | undefined;
    for (const x of mentions) if (x.start >= f.end && !x.facility && (y = x)) break;
    // The other place is a town: "Donington Park, Leicestershire" names the county the park's village lies in.
    if (!y || y.demonym || y.hint || y.key === m.key || !WITHIN_GAP.test(text.slice(f.end, y.start))) continue;
    if (gaz.placesForKey(y.key).some((c) => c.featureClass === 'P')) drop.add(m);
  }
  if (drop.size) for (let k = mentions.length - 1; k >= 0; k--) if (drop.has(mentions[k]!)) mentions.splice(k, 1);
}

/**
 * Drop building heads whose name the text never uses alone as a place: "Middletown High School" after
 * "MIDDLETOWN —" names the town, "Woodfield Shopping Center" alone names the mall.
 */
function dropBuildingHeads(mentions: Mention[], heads: Set<Mention>): void {
  const alone = new Set<string>();
  for (const m of mentions) if (!heads.has(m) && !m.facility) alone.add(m.key);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (heads.has(m) && !alone.has(m.key)) mentions.splice(k, 1);
  }
}

function matchRun(
  text: string,
  toks: Tok[],
  s: number,
  e: number,
  gaz: Gazetteer,
  data: DetectData,
  maxWindow: number,
  lowerSeen: LowerWords,
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
    // A place modifier alone ("Metro" of "to Metro Nashville") is no unknown name.
    if (stretch >= 0 && end - stretch <= 4 && !(end - stretch === 1 && data.modifiers.has(toks[stretch]!.lower))) {
      // Kept when the text marks it as a place, or lists it after one; otherwise unknownName can stop early.
      const listed = stretch > s && !toks[stretch - 1]!.cap && listedAfterPlace(toks, stretch, out, before, fallbacks, persons, data);
      const fb = unknownName(text, toks, stretch, end, data, persons, !listed);
      if (fb && (listed || fb.locative || fb.hint || fb.relation !== 'in')) fallbacks.push(fb);
    }
    stretch = -1;
  };
  while (i < e) {
    if (!toks[i]!.cap) flush(i);
    // "the White House", "United Russia", "a Dodge Caravan": names of organisations and cars, no places.
    const skip = toks[i]!.cap ? orgNameAt(toks, i, e, data) || vehicleAt(text, toks, i, e, gaz, data) : 0;
    if (skip) {
      flush(i);
      i += skip;
      prevUnmatchedCap = true;
      continue;
    }
    // "Camp Taji": the facility word is skipped so the town anchors the place.
    if (data.facilityPrefixes.has(toks[i]!.lower) && i + 1 < e && toks[i + 1]!.cap && !gaz.hasKey(fold(text.slice(toks[i]!.start, toks[i + 1]!.end)))) {
      i++;
      continue;
    }
    let found: Mention | null = null;
    if (i + 1 < e && toks[i + 1]!.text === 'Co') found = countyAbbrev(text, toks, i, gaz);
    const maxJ = Math.min(e, i + maxWindow);
    // Windows open only at a capitalised word (the loop below): none are keyed at a connector ("of", "al").
    const reach = found || !toks[i]!.cap ? i : windowKeys(toks, i, maxJ, gaz);
    for (let j = maxJ; !found && j > i && toks[i]!.cap; j--) {
      const last = toks[j - 1]!;
      if (!last.cap) continue;
      const key = WINDOW_KEYS[j - i]!;
      if (!key) continue;
      const single = j - i === 1;
      // Not in a dateline in capitals ("CLINTON — A town couple …"): there the word is the place.
      if (single && data.stopwords.has(key) && !(toks[i]!.upper && key.length > 3 && dateline(text, { start: toks[i]!.start, end: last.end } as Mention, true))) continue;
      // "A La Nina", "An East Sheen shop", "As Alexis Butler stood": an article or conjunction opening a sentence
      // is no word of the name ("A Coruña" is one).
      if (!single && (toks[i]!.lower === 'a' || toks[i]!.lower === 'an' || toks[i]!.lower === 'as')) {
        const rest = fold(text.slice(toks[i + 1]!.start, last.end));
        if (rest === key || !gaz.strongOwnKey(key)) continue;
      }
      // "The City Council", "The City of Edwardsville": "the" and a stop word ("city") name no place, even
      // where the gazetteer holds the pair as some town's nickname.
      if (j - i === 2 && toks[i]!.lower === 'the' && data.stopwords.has(fold(last.text))) continue;
      // "Metro Nashville", "Metro Police", "West Metro": a place modifier joined to another capitalised word
      // is a word of that name (the other word is read on its own), not the town the modifier also names.
      if (single && data.modifiers.has(toks[i]!.lower) && !toks[i]!.upper && capNeighbour(text, toks, i)) continue;
      // A generic head ("Tal", "Kafr", "Khirbet") is no place alone when a name follows it.
      if (single && data.placePrefixes.has(toks[i]!.lower) && i + 1 < e) continue;
      const dem = j - i <= 2 ? gaz.demonymCountry(key) : undefined;
      // "Clarke, Madison, Oconee and Oglethorpe counties": a name known only with its division word
      // ("Oconee County") is that division in a list that closes with the word's plural.
      const listed = !dem && single && (j > reach || !windowHasKey(j - i, gaz)) && listedDivision(text, toks, j, key, gaz, data);
      if (!dem && !listed && (j > reach || !windowHasKey(j - i, gaz))) continue;
      const spanText = text.slice(toks[i]!.start, last.end);
      // Two literals rather than a spread of an optional field (a runtime copy per span); same fields, same order.
      found = dem
        ? { start: toks[i]!.start, end: last.end, text: spanText, key, t0: i, t1: j, demonym: true, demonymCountry: dem, relation: 'in' }
        : { start: toks[i]!.start, end: last.end, text: spanText, key, t0: i, t1: j, demonym: false, relation: 'in' };
      // "Americans", "Nigerians": the plural of a demonym names people, not the place (GWN codes "Syrian
      // forces" as Syria but not "Syrians"); it still tells the resolver which countries the story is about.
      if (dem && key.endsWith('s') && gaz.demonymCountry(key.slice(0, -1)) === dem) found.people = true;
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
      // WINDOW_KEYS[1] is the fold of this token alone (windowKeys always keys the one-token window).
      if (t.cap && !data.modifiers.has(t.lower) && !data.stopwords.has(WINDOW_KEYS[1]!)) prevUnmatchedCap = true;
      if (t.cap && stretch < 0 && !prevUnmatchedCapBefore(toks, i, s)) stretch = i;
      i++;
      continue;
    }
    // Right after a place, joined by a comma or "and" ("Newark, Heath and Pataskala").
    const last = out[out.length - 1];
    const afterPlace = !!last && found.start - last.end <= 6 && LIST_GAP.test(text.slice(last.end, found.start));
    const partOfName =
      found.t1 - found.t0 === 1 &&
      (found.demonym ? demonymInsideName(text, toks, found, s, e, gaz, data) : partOfOtherName(text, toks, found, last, s, e, gaz));
    if (partOfName) persons.surnames.add(toks[found.t0]!.lower);
    if (!partOfName && !rejected(text, toks, found, prevUnmatchedCap, data, lowerSeen, persons, gaz, afterPlace, !!last && last.t1 === found.t0)) {
      flush(found.t0);
      placeCues(text, toks, found, data);
      if (found.t1 - found.t0 === 1 && toks[found.t0]!.upper && found.text.length <= 4) found.acronym = true;
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
    if (!gaz.strongKey(out[before]!.key) && !gaz.strongKey(out[before + 1]!.key)) {
      out.length = before;
      // "in Tirin Kot town", "near Jani Khel": a name whose last word is a generic part of place names, that
      // the text marks as a place, is one the gazetteer spells otherwise (Tarin Kot): the transliteration
      // fallback reads the whole name.
      if (data.placeSuffixes.has(toks[s + 1]!.lower)) {
        const fb = unknownName(text, toks, s, e, data, persons, true);
        if (fb && (fb.locative || fb.hint)) {
          out.push(fb);
          return;
        }
      }
      persons.surnames.add(toks[s + 1]!.lower);
      return;
    }
  }
  // "Sachin Pilot", "Viktoria Skripal", "Nash Riad": a minor place's name followed, in a two-word run, by a
  // plain capitalised word that names nothing is a first name and its surname.
  if (e - s === 2 && out.length === before + 1 && personPair(text, toks, s, out[before]!, gaz, data)) {
    persons.surnames.add(toks[s + 1]!.lower);
    persons.given.add(toks[s]!.lower);
    out.length = before;
    return;
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

/**
 * A name after a connector inside the run is a place's when the connector joins it to one: "Kafrnabel and
 * Maarat al-Numan" (the first a place), "Dennis Lopez of Thackerville" (a person of a town), "Tal al-Zahab";
 * not "Office of Planning", "Secretary of Defense", "Fire and Electricity" (names of organisations, titles).
 * `out` from index `from` and `fallbacks` hold the run's places so far.
 */
function listedAfterPlace(toks: Tok[], at: number, out: Mention[], from: number, fallbacks: Mention[], persons: Persons, data: DetectData): boolean {
  const conn = toks[at - 1]!.lower;
  if (conn !== 'of' && conn !== 'and' && conn !== 'or') return true;
  const w = toks[at - 2];
  if (!w) return true;
  for (let x = from; x < out.length; x++) if (out[x]!.t1 === at - 1) return true;
  for (const m of fallbacks) if (m.t1 === at - 1) return true;
  // "Department of Homeland Security" is a ministry, "the department of Yvelines" a division.
  return conn === 'of' && (persons.tokens.has(at - 2) || data.citySuffixes.has(w.lower) || (data.adminSuffixes.has(w.lower) && w.lower !== 'department'));
}

/** The two-word run at s is a person's name: its first word the only place found, its second a plain word. */
function personPair(text: string, toks: Tok[], s: number, m: Mention, gaz: Gazetteer, data: DetectData): boolean {
  if (m.t0 !== s || m.t1 !== s + 1 || m.demonym || m.locative || m.hint || gaz.strongKey(m.key)) return false;
  const a = toks[s]!;
  const b = toks[s + 1]!;
  if (a.upper || b.upper || a.hyph || b.text.length < 3 || !joined(text, a, b)) return false;
  const w = undot(b.lower);
  if (data.orgWords.has(w) || data.adminSuffixes.has(w) || data.citySuffixes.has(w) || data.streetWords.has(w) || data.facilityWords.has(w)) return false;
  if (data.modifiers.has(w) || data.titles.has(w) || data.nearAfter.has(w) || data.stopwords.has(w)) return false;
  const key = fold(b.text);
  return !gaz.hasKey(key) && !gaz.demonymCountry(key);
}

/** "Platte Co.", "Loudon Co.": the abbreviation of County after a name (token i), when the county is known. */
function countyAbbrev(text: string, toks: Tok[], i: number, gaz: Gazetteer): Mention | null {
  const co = toks[i + 1]!;
  if (text.charCodeAt(co.end) !== 46 || !toks[i]!.cap) return null;
  const key = `${fold(toks[i]!.text)} county`;
  if (!gaz.hasKey(key)) return null;
  return { start: toks[i]!.start, end: co.end + 1, text: text.slice(toks[i]!.start, co.end + 1), key, t0: i, t1: i + 2, demonym: false, relation: 'in' };
}

/**
 * A one-word minor place that is a word of another name; the word then recurs alone as that name.
 * - Glued: right after a place or demonym in one run of capitalised words ("Louisiana Purchase", "Washington
 *   Post", "Kobe Bryant", "Mexican Economy Secretary"); a two-word run of two minor places ("Conor McGregor")
 *   is left to the person rule of matchRun.
 * - Barrelled: the first half of a double-barrelled surname ("Macy-O'Toole", "Diaz-Balart"), unless a famous
 *   place; "Watertown-ML" (a school's initials after it) still names the town.
 */
function partOfOtherName(text: string, toks: Tok[], found: Mention, last: Mention | undefined, s: number, e: number, gaz: Gazetteer): boolean {
  const t0 = found.t0;
  if (!!last && last.t1 === t0 && !toks[t0 - 1]!.hyph && joined(text, toks[t0 - 1]!, toks[t0]!) && !gaz.strongKey(found.key))
    return !(e - s === 2 && last.t0 === s && !last.demonym && !gaz.strongKey(last.key));
  if (!toks[t0]!.hyph || gaz.strongKey(found.key) || found.t1 >= toks.length) return false;
  const next = toks[found.t1]!;
  return !next.upper && !gaz.hasKey(fold(next.text)) && !gaz.demonymCountry(fold(next.text));
}

/**
 * "Datu Saudi Ampatuan" (a Philippine town named after a person): a demonym between two capitalised words
 * that name no famous place, at the end of their run, the last a minor place's own name, is a word of
 * that longer name. "Royal Saudi Air Force" goes on past the next word, "Saudi Aramco" has no word before it.
 */
function demonymInsideName(text: string, toks: Tok[], found: Mention, s: number, e: number, gaz: Gazetteer, data: DetectData): boolean {
  const k = found.t0;
  if (k === s || k + 2 !== e) return false;
  const prev = toks[k - 1]!;
  const next = toks[k + 1]!;
  if (!prev.cap || !next.cap || prev.upper || next.upper || !joined(text, prev, toks[k]!) || !joined(text, toks[k]!, next)) return false;
  for (const w of [prev, next]) {
    const lw = undot(w.lower);
    if (data.orgWords.has(lw) || data.titles.has(lw) || data.modifiers.has(lw) || data.stopwords.has(lw) || data.connectors.has(lw)) return false;
    const key = fold(w.text);
    if (gaz.strongKey(key) || gaz.demonymCountry(key)) return false;
  }
  // The last word is itself a minor place's name, no English word ("Single European Sky", "Dutch Rail",
  // "Percy French Hotel" keep their demonym): the run is a longer place name the gazetteer lacks.
  return gaz.hasKey(fold(next.text)) && !data.commonWords.has(next.lower) && !data.facilityWords.has(next.lower);
}

/** A capitalised word joined to token i by spaces, before or after it. */
function capNeighbour(text: string, toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (!!prev && prev.cap && joined(text, prev, toks[i]!)) || (!!next && next.cap && joined(text, toks[i]!, next));
}

/** Keys of the windows [i, j) for j up to maxJ, by window length (WINDOW_KEYS[j - i]); reused across calls. */
const WINDOW_KEYS: string[] = [];
/** Whether the gazetteer holds WINDOW_KEYS[n], where windowKeys probed it already (1 yes, 0 no, -1 not asked). */
const WINDOW_HIT: number[] = [];

/** gaz.hasKey of the window of length n starting at the last windowKeys call's token. */
function windowHasKey(n: number, gaz: Gazetteer): boolean {
  const hit = WINDOW_HIT[n]!;
  return hit >= 0 ? hit === 1 : gaz.hasKey(WINDOW_KEYS[n]!);
}

/**
 * Fill WINDOW_KEYS with the folded key of each window starting at token i (equal to `fold` of the span's
 * text: the tokens of a run are separated by spaces only) and return the last j whose window can still
 * be a gazetteer key: growing a window past a key that no longer key continues cannot hit. Windows of up
 * to two tokens are always keyed, for the demonym list.
 */
function windowKeys(toks: Tok[], i: number, maxJ: number, gaz: Gazetteer): number {
  let core = '';
  let all = '';
  let reach = maxJ;
  for (let j = i + 1; j <= maxJ; j++) {
    for (const p of piecesOf(toks[j - 1]!)) {
      all = all ? `${all} ${p}` : p;
      if (p !== 'al') core = core ? `${core} ${p}` : p;
    }
    WINDOW_KEYS[j - i] = core || all;
    WINDOW_HIT[j - i] = -1;
    if (reach === maxJ && j < maxJ && core) {
      const probe = gaz.keyProbe(core);
      WINDOW_HIT[j - i] = probe.rows.length > 0 ? 1 : 0;
      if (probe.longer) continue;
      // Only a next word that folds to nothing but "al" keeps the key as it is.
      if (piecesOf(toks[j]!).some((p) => p !== 'al')) {
        reach = j;
        if (j >= i + 2) break;
      }
    }
  }
  return reach;
}

/**
 * `fold(t.text)` from the token's memoised pieces (a token holds no white space: its fold is its pieces,
 * without "al" unless nothing else is left), with no lookup of the text in fold's large memo.
 */
function foldTok(t: Tok): string {
  const ps = piecesOf(t);
  if (ps.length === 1) return ps[0]!;
  const core = ps.filter((p) => p !== 'al');
  return (core.length ? core : ps).join(' ');
}

function piecesOf(t: Tok): readonly string[] {
  return (t.pieces ??= foldPieces(t.text));
}

/** A capitalised word right before position i in the run that is not a connector: i continues a stretch. */
function prevUnmatchedCapBefore(toks: Tok[], i: number, s: number): boolean {
  return i > s && toks[i - 1]!.cap;
}

/** Relation, locative and hint words around an accepted span. */
function placeCues(text: string, toks: Tok[], m: Mention, data: DetectData, strict = false): void {
  Object.assign(m, relationBefore(text, m.start, data.directions));
  const prev = toks[m.t0 - 1];
  // "of" after a capitalised word ("Department of Human Resources", "Gates of History") belongs to a name,
  // unless the word is a settlement or division word ("the Town of Hanover", "Province of Laguna").
  const before = toks[m.t0 - 2];
  const nameOf =
    !!prev && prev.lower === 'of' && !!before && before.cap && joined(text, before, prev) &&
    !data.citySuffixes.has(before.lower) && !(data.adminSuffixes.has(before.lower) && before.lower !== 'department');
  if (prev && !prev.cap && data.locatives.has(prev.lower) && !(strict && prev.lower === 'of') && !nameOf && joined(text, prev, toks[m.t0]!)) m.locative = true;
  const hint = hintAfter(text, toks, m.t1, data);
  if (hint) m.hint = hint;
  // "the state of Washington", "the province of Alberta": the division.
  // Capitalised too where the division word follows "the": "the State of Mexico", "the Province of Sindh".
  else if (prev && prev.lower === 'of' && before && (!before.cap || toks[m.t0 - 3]?.lower === 'the') && data.adminSuffixes.has(before.lower) && before.lower !== 'department') m.hint = 'admin';
  if (hint === 'admin') {
    const next = toks[m.t1];
    const word = next && data.adminPlurals.get(next.lower) ? data.adminPlurals.get(next.lower)! : adminListWord(text, toks, m.t1, data);
    if (word) m.adminWord = word;
  }
  // "CLINTON — A town couple …": a dateline in capitals says the story is told from a place.
  if (!m.locative && !m.demonym && toks[m.t0]!.upper && toks[m.t1 - 1]!.upper && m.text.length > 3 && dateline(text, m, true)) m.locative = true;
  // "the Idlib countryside", "Aleppo's outskirts": around the place.
  const next = toks[m.t1];
  if (next && data.nearAfter.has(next.lower)) m.relation = 'near';
  if (m.demonym) m.relation = 'in';
}

/**
 * A candidate span for the transliteration fallback, unless it looks like a person, title or acronym.
 * `cuedOnly`: the caller keeps only a span the text marks as a place (locative, hint or relation), so the
 * list scan of closedByPlural (regular expressions) is skipped for the others.
 */
function unknownName(text: string, toks: Tok[], s: number, e: number, data: DetectData, persons: Persons, cuedOnly = false): Mention | null {
  for (let k = s; k < e; k++) {
    const t = toks[k]!;
    if (!t.cap || t.upper || persons.tokens.has(k) || data.orgWords.has(t.lower) || data.titles.has(t.lower)) return null;
  }
  const prev = toks[s - 1];
  if (prev && prev.cap && data.titles.has(undot(prev.lower))) return null;
  const spanText = text.slice(toks[s]!.start, toks[e - 1]!.end);
  const key = e - s === 1 ? foldTok(toks[s]!) : fold(spanText);
  if (!key || key.length < 4 || data.stopwords.has(key)) return null;
  const m: Mention = { start: toks[s]!.start, end: toks[e - 1]!.end, text: spanText, key, t0: s, t1: e, demonym: false, relation: 'in', fallback: true };
  placeCues(text, toks, m, data, true);
  if (cuedOnly && !m.locative && !m.hint && m.relation === 'in') return null;
  if (data.namePlurals.size && closedByPlural(text, toks[e - 1]!.end, data)) return null;
  return m;
}

/** "NAIROBI, Kenya (Reuters) -", "GAZA CITY (AP) —": a dateline at the start of a line. */
function dateline(text: string, m: Mention, upper = false): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') continue;
    // A dateline in capitals may follow the headline on the same line ("… drug counts. CLINTON — A town …").
    if (upper && (ch === '.' || ch === '!' || ch === '?') && /^\s*(?:—|–|-{1,2}\s)/.test(text.slice(m.end, m.end + 4))) return true;
    if (ch !== '\n') return false;
    break;
  }
  return /^\s*(?:,|\(|—|–|-{1,2}\s|:)/.test(text.slice(m.end, m.end + 4));
}

export const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|explained|testified|wrote|replied|stated|recalled)\b/;
const SPEECH_BEFORE = /\b(?:said|says|according\s+to)\s+$/;

/**
 * SPEECH_AFTER from position `end`, after a cheap test: the pattern opens with a comma or a space, so any other
 * printable ASCII character there rules it out.
 */
function speechAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c > 32 && c < 128 && c !== 44) return false;
  return SPEECH_AFTER.test(text.slice(end, end + 16));
}

/** SPEECH_BEFORE of the text before `start`, which must end with a space (not printable ASCII). */
function speechBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c > 32 && c < 128) return false;
  return SPEECH_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
/** "Stevens & Wilkinson", "Bed Bath & Beyond": an ampersand right after or before the span (one space at most). */
function ampersandBeside(text: string, m: Mention): boolean {
  const a = text.charCodeAt(m.end);
  const b = text.charCodeAt(m.start - 1);
  return a === 38 || (a === 32 && text.charCodeAt(m.end + 1) === 38) || b === 38 || (b === 32 && text.charCodeAt(m.start - 2) === 38);
}

const LANGUAGE_VERB_BEFORE = /\b(?:speaks?|spoke|spoken|speaking|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|stud(?:y|ies|ied|ying)|fluent\s+in|translated\s+(?:from|into))\s+(?:(?:only|little|some|good|fluent|perfect|broken|no)\s+)?$/i;
/** "in French", "in English and Spanish": another language may come first in the list. */
const LANGUAGE_PREP_BEFORE = /\b(?:in|into|from)\s+(?:\p{Lu}\p{Ll}+,?\s+(?:and|or)\s+)?$/iu;
const LANGUAGE_NOUN_AFTER = /^[\s-]+(?:language|languages|immersion|class|classes|course|courses|lessons?|teachers?|students?|speakers?|speaking|translation|version|subtitles|fries|toast|bulldog|horn|kiss|dressing|doors?)\b/i;
const LANGUAGE_END_AFTER = /^\s*(?:[.,;:)!?]|$|(?:and|or)\s+\p{Lu})/u;

/** A language's name used as the language: after "speak", "learn"…, before "language", "class"…, or "in French." */
function languageUse(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const after = text.slice(m.end, m.end + 16);
  if (LANGUAGE_VERB_BEFORE.test(before) || LANGUAGE_NOUN_AFTER.test(after)) return true;
  return LANGUAGE_PREP_BEFORE.test(before) && LANGUAGE_END_AFTER.test(after);
}

/** Locative words that take people as often as places ("led detectives to Henry", "from Jones"). */
const PERSONAL_PREPOSITIONS = new Set(['to', 'from', 'at', 'visit', 'visited', 'left']);
/** ", 6," / ", 51, and": an age after a name, in news style. */
const AGE_AFTER = /^,\s*\d{1,2},/;

/** A street, building or organisation word, not a natural feature's ("Academy", "Lane"; not "Bay"). */
function nameWord(w: string, data: DetectData): boolean {
  return data.streetWords.has(w) || ((data.facilityWords.has(w) || data.orgWords.has(w)) && !data.featureWords.has(w));
}

/** Cheap test before closedByPlural: a comma, "and", "or", "&" or a plural street word follows the span. */
function listGoesOn(text: string, m: Mention, next: Tok, data: DetectData): boolean {
  const c = text.charCodeAt(m.end);
  if (c === 44 || c === 38) return true;
  const w = next.lower;
  return !next.cap && (w === 'and' || w === 'or' || data.namePlurals.has(w) || data.institutionWords.has(w));
}

/** Sticky patterns read from a position in the text: the next item of a list, and the words after a name. */
const LIST_ITEM = /\s*(?:,|,?\s*and|,?\s*or|&)\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*/uy;
const PLURAL_AFTER = /\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\b/uy;

/** The text after a name goes on with a list of names closed by a plural street word ("and Charter streets"). */
function closedByPlural(text: string, end: number, data: DetectData): boolean {
  let at = end;
  for (let items = 0; items < 6; items++) {
    PLURAL_AFTER.lastIndex = at;
    const p = PLURAL_AFTER.exec(text);
    if (p && (data.namePlurals.has(p[1] ?? '') || (data.namePlurals.has(p[2]!) && (!p[1] || data.institutionWords.has(p[1]))))) return true;
    LIST_ITEM.lastIndex = at;
    const item = LIST_ITEM.exec(text);
    if (!item) return false;
    at += item[0].length;
  }
  return false;
}

/**
 * Capitalised words from token k (right after a name, or after its possessive ending) up to a building word
 * that ends them: "… United Methodist Church", "…'s Lutheran School".
 */
function buildingAfter(text: string, toks: Tok[], k: number, possessive: boolean, data: DetectData): boolean {
  const first = toks[k];
  if (!first || !first.cap || (!possessive && !joined(text, toks[k - 1]!, first))) return false;
  let e = k;
  while (e + 1 < toks.length && toks[e + 1]!.cap && joined(text, toks[e]!, toks[e + 1]!) && e - k < 4) e++;
  // A square is an open place of the town ("St. Peter's Square"), not a building.
  return data.facilityWords.has(toks[e]!.lower) && toks[e]!.lower !== 'square';
}

/** Heads of saints' names ("St. Mary", "Saint Patrick"). */
const SAINT_HEADS = new Set(['st', 'ste', 'saint', 'sainte']);
const POSSESSIVE_AFTER = /^['’](?:s\b|\s|$)/;

/** Rules that turn a gazetteer hit down: person names, titles, acronyms, common words at sentence starts. */
function rejected(
  text: string,
  toks: Tok[],
  m: Mention,
  prevUnmatchedCap: boolean,
  data: DetectData,
  lowerSeen: LowerWords,
  persons: Persons,
  gaz: Gazetteer,
  afterPlace = false,
  gluedToPlace = false,
): boolean {
  const single = m.t1 - m.t0 === 1;
  const first = toks[m.t0]!;
  const prev = toks[m.t0 - 1];
  const next = toks[m.t1];
  // "St. Patrick's Day", "St. Mary's High School", "St. John's Health System": a saint's name (a first name)
  // in the possessive names a feast, church or school, not the town of that saint's name.
  if (m.t1 - m.t0 === 2 && SAINT_HEADS.has(undot(first.lower)) && !m.demonym) {
    const last = toks[m.t1 - 1]!;
    // Not a famous place ("St. Louis's"), nor a name that ends with the possessive ("St. John's", Newfoundland).
    const possessive = POSSESSIVE_AFTER.exec(text.slice(m.end, m.end + 3));
    if (possessive && gaz.isFirstName(last.lower) && !gaz.strongOwnKey(m.key) && !gaz.strongOwnKey(fold(text.slice(m.start, m.end + 2)))) return true;
    // "St. John's Lutheran School", "St. James United Methodist Church": a saint's name heading a building's.
    if (gaz.isFirstName(last.lower) && !gaz.strongOwnKey(m.key) && buildingAfter(text, toks, m.t1, !!possessive, data)) return true;
  }
  // "his children, Hailey, 6, and Caleb, 4", "Paris, 51, was found": a name followed by an age is a person
  // (a famous place keeps its reading: "Paris, 1919").
  // Not the surname of a full name ("Issac Fisher, 26"): the rules for person names below read those.
  const inRun = !!prev && prev.cap && joined(text, prev, first);
  if (single && !m.demonym && !inRun && text.charCodeAt(m.end) === 44 && AGE_AFTER.test(text.slice(m.end, m.end + 8)) && !gaz.strongKey(m.key)) {
    persons.surnames.add(first.lower);
    return true;
  }
  // "A/California/7/2009": an influenza strain's name.
  if (text.charCodeAt(m.start - 1) === 47 && /^\/\d/.test(text.slice(m.end, m.end + 2))) return true;
  // "US$460 million", "$US 15 billion", "NZ$3": a currency.
  if (single && first.upper && (text.charCodeAt(m.end) === 36 || text.charCodeAt(m.start - 1) === 36)) return true;
  // Contractions ("We're", "I've") fold onto odd place names.
  if (single && /['’](re|ve|ll|d|m|t)$/i.test(first.text)) return true;
  // "She spoke French", "French immersion", "in French and Farsi": the language, not the country.
  if (single && m.demonym && data.languages.has(m.key) && languageUse(text, m)) return true;
  // A dateline in capitals ("BLOOMFIELD — …", after a headline that named a councilman of the town) is
  // the place the story is told from, whatever the name was taken for before.
  if (single && !m.demonym && first.upper && first.text.length > 3 && !(prev && prev.cap && m.start - prev.end <= 1) && dateline(text, m, true)) return false;
  // Acronyms ("NATO", "SANA", "APC", "BA") are organisations unless they are known place abbreviations
  // ("US", "UK", "UAE", "DRC") or a dateline at the start of a line.
  if (single && first.upper && first.text.length <= 5 && !data.acronyms.has(first.text) && !dateline(text, m)) return true;
  // Streets: "Main Street", "Jordan Road"; not "Florida Highway Patrol", "Texas Road Authority".
  if (next && next.cap && data.streetWords.has(undot(next.lower)) && joined(text, toks[m.t1 - 1]!, next)) {
    const after = toks[m.t1 + 1];
    const org = !!after && after.cap && joined(text, next, after) && data.orgWords.has(after.lower) && !data.streetWords.has(after.lower);
    // "Douglas County Road 4", "Meigs County Court": a county's road or court names the county; "the
    // Kentucky Court of Appeals" is a court, no street.
    const county = data.adminSuffixes.has(toks[m.t1 - 1]!.lower) && m.t1 - m.t0 > 1;
    const court = next.lower === 'court' && !m.demonym && !!after && after.lower === 'of' && !after.cap;
    if (!org && !county && !court) return true;
  }
  // "African-American", "Asian-Americans", "Native American": an ethnicity, not Africa, Asia or the US.
  if (single && m.demonym) {
    if (text.charCodeAt(m.end) === 45 && /^-Americans?\b/.test(text.slice(m.end, m.end + 11))) {
      if (m.demonymCountry?.startsWith('@')) return true;
    } else if (m.key.startsWith('american') && /(?:\b(?:African|Asian)-|\bNative\s+)$/.test(text.slice(Math.max(0, m.start - 8), m.start))) return true;
  }
  // "Monica French said", "French said": a demonym that is a surname (after a first name, or as a speaker).
  if (single && m.demonym && !m.people) {
    // The name ends with the demonym ("Percy French Hotel" is a building's name, placed by detect's caller).
    const ends = !(next && next.cap && joined(text, first, next));
    const afterGiven = ends && !!prev && prev.cap && joined(text, prev, first) && persons.tokens.has(m.t0) && gaz.isFirstName(prev.lower);
    if (afterGiven || speechAfter(text, m.end)) return true;
  }
  // Person names found by the first-name rule, and their surnames when they recur alone.
  if (!m.demonym) {
    for (let k = m.t0; k < m.t1; k++) if (persons.tokens.has(k)) return true;
    const locative = prev && !prev.cap && data.locatives.has(prev.lower) && joined(text, prev, first);
    // A surname the text gave a person keeps naming that person after a preposition that also takes people
    // ("led detectives to Henry", "alone with Servance"), and when it takes a possessive ("to Smith's head");
    // "in Henry" and "near Henry" still name the place.
    if (single && !locative && persons.surnames.has(first.lower)) return true;
    if (single && locative && persons.named.has(first.lower) && !gaz.strongKey(m.key)) {
      if (PERSONAL_PREPOSITIONS.has(prev!.lower) || POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) return true;
    }
    // "his brother Tyler", "her son, Sebastian": a relative's name; "Tyler" alone after "Tyler Williams".
    if (single && !locative && !gaz.strongKey(m.key) && persons.given.has(first.lower)) return true;
    // "his cousins Dillon and Connor": the second name of a pair after a kin word too.
    const pairKin = single && !!prev && prev.lower === 'and' && m.t0 >= 3 && toks[m.t0 - 2]!.cap && !toks[m.t0 - 3]!.cap && data.kin.has(toks[m.t0 - 3]!.lower);
    if (pairKin || (single && prev && !prev.cap && data.kin.has(prev.lower) && /^,?\s+$/.test(text.slice(prev.end, first.start)))) {
      persons.surnames.add(first.lower);
      return true;
    }
  }
  // "Mr. Jordan", "President Lincoln", "Col. Smith": a title right before. The name is a person's; when it
  // recurs alone later it is the person again.
  // Not across a comma ("HURRICANE, W.Va." is a dateline).
  if (prev && prev.cap && data.titles.has(undot(prev.lower)) && m.start - prev.end <= 2 && text.charCodeAt(prev.end) !== 44 && !m.demonym) {
    if (single && !gaz.strongKey(m.key)) persons.surnames.add(first.lower);
    return true;
  }
  // "Michael Jordan", "Conor McGregor": a capitalised non-place word right before, in the same run. Countries,
  // provinces and big cities survive ("Air Zimbabwe", "SME Mauritius"); others are remembered as surnames.
  if (single && prevUnmatchedCap && prev && prev.cap && joined(text, prev, first) && !m.demonym) {
    if (!gaz.strongKey(m.key)) {
      persons.surnames.add(first.lower);
      return true;
    }
  }
  // "Ministry of Foreign Affairs", "Models of Diversity": "of" after a capitalised word belongs to a name
  // (not after a settlement or division word: "the Town of Liberty").
  const before2 = toks[m.t0 - 2];
  const nameOf =
    !!prev && prev.lower === 'of' && !!before2 && before2.cap && joined(text, before2, prev) &&
    !data.citySuffixes.has(before2.lower) && !data.adminSuffixes.has(before2.lower);
  const locativeBefore = !!prev && !prev.cap && data.locatives.has(prev.lower) && joined(text, prev, first) && !nameOf;
  if (single && !m.demonym && !locativeBefore && !gaz.strongKey(m.key)) {
    // "Robertson said", "according to Taylor": a minor place name used as a speaker is a person's surname
    // ("said Avondale Mayor Ed Rieker", "according to DeKalb Police" name the place: a capitalised word follows).
    const speaker =
      speechAfter(text, m.end) ||
      (speechBefore(text, m.start) && !(next && next.cap && joined(text, first, next)) && !(next && data.orgWords.has(next.lower)));
    if (speaker) {
      persons.surnames.add(first.lower);
      return true;
    }
  }
  // "Johnson & Johnson", "Stevens & Wilkinson", "Bed Bath & Beyond": firms, after "from" too. The partners'
  // names are surnames: a later "McPherson's tabulation" is the firm's.
  if (single && !m.demonym && ampersandBeside(text, m) && !gaz.strongKey(m.key)) {
    persons.surnames.add(first.lower);
    persons.named.add(first.lower);
    return true;
  }
  // "Culver and Charter streets", "Owens and Harris roads": a name in a list that closes with a plural street
  // word is one of those streets ("Gaston and Swansea schools" are the towns' schools: no street word).
  if (single && !m.demonym && next && listGoesOn(text, m, next, data) && closedByPlural(text, m.end, data)) return true;
  // "Jay Lane", "Oak Parkway": a street word after a capitalised word is the street's (as a whole no place);
  // so is a building or organisation word ("Lee Academy", "Police Headquarters" no, "News Sentinel" yes).
  // Not a natural feature's word ("Farallon Islands", "Delaware Bay"), and not right after a place of the same
  // run ("Glennwood Academy"): that pair is read by the rules for two-word runs.
  if (single && !m.demonym && prev && prev.cap && joined(text, prev, first) && nameWord(first.lower, data) && (data.streetWords.has(first.lower) || !gluedToPlace) && !gaz.hasKey(fold(text.slice(prev.start, m.end))))
    return true;
  // "Section 2AA", "Metro police": a common English word that names only minor places is no
  // place alone unless the text marks it as one ("in Liberty", "Hope, Ark.", "Union County", a dateline).
  if (
    single &&
    !m.demonym &&
    !locativeBefore &&
    data.commonWords.has(first.lower) &&
    !first.upper &&
    // "D-Pa.", "Sulphur, La.", "Mass. legislators": a state's abbreviation with its dot.
    !(text.charCodeAt(m.end) === 46 && data.dottedAliases.has(first.lower)) &&
    !gaz.strongOwnKey(m.key) &&
    !hintAfter(text, toks, m.t1, data) &&
    !(text.charCodeAt(m.end) === 44 && /^,\s*\p{Lu}/u.test(text.slice(m.end, m.end + 3))) &&
    // Inside a name run ("Mt. Pleasant", "St. Cloud") only street words count ("Jay Lane"); after a house
    // number ("2231 Royal") it is an address; in a list of places ("Newark, Heath and Pataskala") a place.
    (!(prev && prev.cap && (joined(text, prev, first) || ABBREV_GAP.test(text.slice(prev.end, first.start)))) ||
      data.streetWords.has(first.lower)) &&
    !(prev && /^\d/.test(prev.text) && joined(text, prev, first)) &&
    !afterPlace
  )
    return true;
  if (single && !m.demonym) {
    // "500 BC", "250 B.C.": the era after a year, not British Columbia.
    if ((first.text === 'BC' || first.text === 'B.C') && /\d\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
    // "Tex Hill", "Little Miss": a state's abbreviation written without its dot is a word or a name ("Pa." and
    // "Tex." keep theirs); only an abbreviation in capitals ("PA") or a place's own name stays.
    if (data.dottedAliases.has(first.lower) && !first.upper && text.charCodeAt(m.end) !== 46 && !gaz.strongOwnKey(m.key)) return true;
    // "Mar. 21", "Sept. 3": a month with its day.
    if (MONTHS.has(first.lower) && dateWordAt(text, toks, m.t0)) return true;
    // "Reston ebolavirus", "Marburg virus", "Minamata disease": a disease named after a minor place ("United
    // States flu season" keeps its country), or after a longer name whose last word is the place ("West Nile
    // virus": the river's name).
    if (next && !next.cap && data.diseaseWords.has(next.lower) && /^\s+$/.test(text.slice(m.end, next.start)) && (!gaz.strongKey(m.key) || (!!prev && prev.cap && joined(text, prev, first)))) return true;
    // "Lot No. 15", "Section No. 3": a numbered lot, section or unit.
    if (text.charCodeAt(m.end + 1) === 78 && /^\s+No\.?\s*\d/.test(text.slice(m.end, m.end + 8))) return true;
    // "State Trooper David Lavoice", "Director Milan Kruszynski": a title word before a name is no place, and
    // the name after it is a person's (the title rule above reads it).
    if (data.titles.has(first.lower) && next && next.cap && joined(text, first, next) && !gaz.strongKey(m.key)) return true;
    // "E.J. Gardner", "J.M. Barrie": initials before a name make it a person's surname ("S.E. Paris" is a
    // part of the town).
    if (prev && prev.text.charCodeAt(1) === 46 && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(prev.text) && !/^[NSEW]\.[NSEW]$/.test(prev.text) && !data.acronyms.has(prev.text) && text.charCodeAt(prev.end) === 46 && /^\.\s+$/.test(text.slice(prev.end, first.start))) {
      persons.surnames.add(first.lower);
      return true;
    }
    // Sentence-initial common words that the text also uses in lower case ("Reading", "Mobile"); not a place
    // abbreviation in capitals ("US indifference" beside the pronoun "us").
    if (sentenceInitial(text, first) && lowerSeen.has(first.lower) && !(first.upper && data.acronyms.has(first.text))) return true;
    // A lower-case word is no name ("al-" prefixed names are capitalised after the prefix).
    if (first.text.length < 2) return true;
    // A title word itself ("Col.", "Gen.", "Rev.") is no place.
    if (data.titles.has(first.lower) && text[first.end] === '.') return true;
  }
  return false;
}
