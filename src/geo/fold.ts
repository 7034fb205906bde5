/**
 * Name folding: one key for the spellings of one name, used both when the gazetteer index is built and
 * when text spans are looked up, so "Dayr az Zawr", "Deir ez-Zor" and "Deir Ezzor" meet where they can.
 *
 * Steps: strip diacritics, lower-case, drop apostrophes and dots, hyphens to spaces, then fold tokens:
 * Arabic article variants (al-, el-, ar-, as-, ad-, az-, ash-, ez- …) → "al", Tal/Tell/Tel → "tel",
 * Dayr/Dair/Deir → "deir", Saint/St → "st", Mount/Mt → "mt", Fort/Ft → "ft"; word-final "ah" → "a"
 * (Raqqah/Raqqa) and doubled letters single (Raqqa/Raqa) so transliteration noise folds away.
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
}));

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`ʼʻ´]/g;

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
  if (w.length > 4 && w.endsWith('ah')) w = w.slice(0, -1);
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
    p = n ? n.split(' ').map(foldToken) : NO_PIECES;
    if (piecesCache.size > 100_000) piecesCache.clear();
    piecesCache.set(word, p);
  }
  return p;
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
