/**
 * Name folding: one key for the spellings of one name, used both when the gazetteer index is built and
 * when text spans are looked up, so "Dayr az Zawr", "Deir ez-Zor" and "Deir Ezzor" meet where they can.
 *
 * Steps: strip diacritics, lower-case, drop apostrophes (and the ayin and hamza marks ʿ ʾ) and dots,
 * hyphens to spaces, then fold tokens: Arabic article variants (al-, el-, ar-, as-, ad-, az-, ash-, ez- …)
 * → "al", Tal/Tall/Tell/Tel → "tel", Dayr/Dair/Deir → "deir", the generic heads of Arabic, Persian and
 * Pashto place names to one spelling each (Ain/Ayn/Ein, Beit/Bayt, Kafr/Kfar, Jebel/Jabal, Qala/Kala,
 * Khel/Khail, Deh/Dih, Kowt/Kot, Wadi/Oued, Sheikh/Shaykh, Khirbet/Khirbat, Qasr/Kasr), Saint/St → "st",
 * Mount/Mt → "mt", Fort/Ft → "ft"; word-final "ah" and "eh" → "a" (Raqqah/Raqqa, Nashabiyeh/Nashabiya)
 * and doubled letters single (Raqqa/Raqa) so transliteration noise folds away. Within one hyphenated
 * word, the Persian ezafe joins its head ("Pul-e Alam", "Pul-i-Alam" → "puli alam", as "Puli Alam").
 */

const TOKEN_FOLDS = new Map<string, string>(Object.entries({
  el: 'al',
  ar: 'al',
  as: 'al',
  ad: 'al',
  an: 'al',
  az: 'al',
  ash: 'al',
  at: 'al',
  ez: 'al',
  es: 'al',
  ed: 'al',
  ul: 'al',
  tal: 'tel',
  tell: 'tel',
  dayr: 'deir',
  dair: 'deir',
  deyr: 'deir',
  saint: 'st',
  ste: 'st',
  sainte: 'st',
  mount: 'mt',
  fort: 'ft',
  // Generic heads of Arabic, Persian and Pashto place names, each to one spelling: news, GeoNames and
  // UCDP write them differently ("Ein Issa"/"‘Ayn ‘Īsá", "Beit Jinn"/"Bayt Jinn", "Jebel"/"Jabal").
  ain: 'ayn',
  ein: 'ayn',
  ayin: 'ayn',
  beit: 'bayt',
  beyt: 'bayt',
  bait: 'bayt',
  kfar: 'kafr',
  kefr: 'kafr',
  jebel: 'jabal',
  jbel: 'jabal',
  djebel: 'jabal',
  jabel: 'jabal',
  kala: 'qala',
  qalah: 'qala',
  qaleh: 'qala',
  khail: 'khel',
  khayl: 'khel',
  kheyl: 'khel',
  dih: 'deh',
  kowt: 'kot',
  wady: 'wadi',
  oued: 'wadi',
  sheikh: 'shaykh',
  sheik: 'shaykh',
  shaikh: 'shaykh',
  cheikh: 'shaykh',
  khirbet: 'khirbat',
  khirbit: 'khirbat',
  kherbet: 'khirbat',
  kasr: 'qasr',
}));

const DIACRITICS = /[\u0300-\u036f]/g;
// Apostrophes, and the ayin and hamza marks (ʿ ʾ) of scholarly transliteration ("Maʿarrat", "Saʿdah").
const APOSTROPHES = /['’‘`ʼʻ´ʿʾ′]/g;

/** Lower-cased, diacritic-free, punctuation-light form: the first step of folding. */
export function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(APOSTROPHES, '')
    .replace(/\./g, ' ')
    .replace(/[-‐‑–—_/,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function foldToken(t: string): string {
  const f = TOKEN_FOLDS.get(t); // a Map: "constructor" is a word, not Object's
  if (f) return f;
  let w = t;
  // Word-final taa marbuta written "ah" or "eh" (Raqqah, Nashabiyeh, Qal'eh) as "a".
  // "eh" only in longer words: "Saleh" is a name more often than a place.
  if ((w.length > 4 && w.endsWith('ah')) || (w.length > 5 && w.endsWith('eh'))) w = `${w.slice(0, -2)}a`;
  // Doubled letters single: Raqqa/Raqa, Tall/Tal; keeps keys stable across transliterations.
  w = w.replace(/([a-z])\1+/g, '$1');
  return w;
}

const foldCache = new Map<string, string>();

/** The lookup key of a name (memoised: news repeats names). Returns '' for names with nothing Latin left. */
export function fold(s: string): string {
  let k = foldCache.get(s);
  if (k === undefined) {
    k = foldUncached(s);
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(s, k);
  }
  return k;
}

const SPACES = /\s+/;

/**
 * Folding is word by word (normalisation never joins or splits across white space), so a name is folded
 * from its words' memoised pieces: a new name made of known words costs no regular expressions.
 */
function foldUncached(s: string): string {
  const folded: string[] = [];
  for (const w of s.split(SPACES)) if (w) for (const p of foldPieces(w)) folded.push(p);
  if (!folded.length) return '';
  // "al" glued to the next word ("Alraqqa") is left alone: too many real names start with "al".
  // The Arabic article is dropped as a word: reports write "Qamishli" for GeoNames' "Al Qamishli" and
  // "Tal al-Zahab" beside "Tall Dhahab". A lone "al" stays.
  const core = folded.filter((t) => t !== 'al');
  return (core.length ? core : folded).join(' ');
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const piecesCache = new Map<string, readonly string[]>();
const NO_PIECES: readonly string[] = [];

/**
 * The folded words of one word of text (no white space): "al-Numan" → ["al", "numan"], "U.S" → ["u", "s"].
 * Joining the pieces of consecutive words, without the "al" pieces unless nothing else is left, gives
 * `fold` of the text they make up: span matching folds each word once instead of every window.
 */
export function foldPieces(word: string): readonly string[] {
  let p = piecesCache.get(word);
  if (p === undefined) {
    // Plain ASCII words (most of them) need lower-casing only.
    const n = PLAIN_WORD.test(word) ? word.toLowerCase() : normalise(word);
    p = n ? joinEzafe(n.split(' ').map(foldToken)) : NO_PIECES;
    if (piecesCache.size > 100_000) piecesCache.clear();
    piecesCache.set(word, p);
  }
  return p;
}

/**
 * The Persian ezafe inside one hyphenated word joins the word before it: "Pul-e" → "puli", "Qala-i-Naw" →
 * "qalai naw", as news also writes them ("Puli Alam", "Qalai Naw"). A lone "e" or "i" written as its own
 * word is left alone ("Pul e Alam" is rare; a lone "I" is a numeral). The gazetteer build also indexes each
 * name with its ezafe dropped ("Nad Ali" for "Nād-e ‘Alī"): see `withoutEzafe`.
 */
function joinEzafe(parts: string[]): string[] {
  if (parts.length < 2 || !parts.some((x, i) => i > 0 && (x === 'e' || x === 'i'))) return parts;
  const out: string[] = [];
  for (const x of parts) {
    if ((x === 'e' || x === 'i') && out.length && out[out.length - 1]!.length > 1) out[out.length - 1] += 'i';
    else out.push(x);
  }
  return out;
}

/** The name with its ezafe dropped ("Nād-e ‘Alī" → "Nād ‘Alī"), or null when it has none. */
export function withoutEzafe(name: string): string | null {
  // Only before another word: a final "-i" is another language's syllable (Wade-Giles "Lin-i" for Linyi).
  const out = name.replace(/(\p{L})[-‐‑]\s*[eEiI](?:[-‐‑]|\s+)(?=\S)/gu, '$1 ').trim();
  return out !== name.trim() ? out : null;
}

/** True when the name is written in Latin letters (after diacritics are removed). */
export function isLatin(s: string): boolean {
  const n = normalise(s);
  return n.length > 0 && /^[a-z0-9 ()&]+$/.test(n) && /[a-z]/.test(n);
}

/**
 * The consonant skeleton of a folded key: the phonetic fallback for transliterations that folding does not
 * join ("Tal al-Zahab" / "Tall Dhahab", "Khirbet Ammu" / "Khirbat Amo", "Qamishli" / "Kamishly").
 * Digraphs to one letter (kh→h, dh→z, sh/ch→s, gh→g, dj→j, th→t, ou→u), q/c/k alike, p→b, v→f, then all
 * vowels and the glides w and y dropped, word-final h dropped, doubled letters single and spaces removed
 * ("Kafr Nabl" / "Kafrnabl"). Only used where the text itself says a place is named and the article's
 * country context agrees (see Geoparser.fallback).
 */
export function skeleton(key: string): string {
  return key
    .split(' ')
    .map((w) =>
      w
        .replace(/kh/g, 'h')
        .replace(/dh|zh/g, 'z')
        .replace(/sh|ch/g, 's')
        .replace(/gh/g, 'g')
        .replace(/dj/g, 'j')
        .replace(/th/g, 't')
        .replace(/ph/g, 'f')
        .replace(/[qck]/g, 'k')
        .replace(/p/g, 'b')
        .replace(/v/g, 'f')
        .replace(/[aeiouyw]/g, '')
        .replace(/h$/, ''),
    )
    .join('')
    .replace(/([a-z])\1+/g, '$1');
}
