/**
 * A light language check: which script the letters are in, and, for Latin script, whether English
 * function words are there. No models, no network; enough to keep non-English articles out of English
 * lexicons with a clear message.
 */

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana/Katakana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Tamil', /\p{Script=Tamil}/u],
];

/** Common function words per language (a handful each suffices to tell them apart). */
const STOPWORDS: Record<string, string[]> = {
  English: 'the of and to in a is was that for on with said by were are as at from it has have be this an'.split(' '),
  French: 'le la les des et est une un dans du que qui pour sur au pas avec par ont été ce'.split(' '),
  Spanish: 'el la los las de y en que del se por un una con para es al fue según'.split(' '),
  Portuguese: 'o a os as de do da e em que um uma para com não foi pelo pela dos das'.split(' '),
  German: 'der die das und ist nicht mit den von zu im ein eine sich auch auf dem des wurde'.split(' '),
  Italian: 'il lo la gli le di e che è un una per con non del della sono nel stato'.split(' '),
  Turkish: 've bir bu da de ile için olarak olan daha çok ama gibi ise'.split(' '),
  Indonesian: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga oleh'.split(' '),
  Dutch: 'de het een en van is dat op te in zijn niet met voor werd'.split(' '),
};
const STOP_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));

export interface LanguageVerdict {
  english: boolean;
  /** The dominant script of the letters. */
  script: string;
  /** For Latin script: the language whose function words are most frequent. */
  language: string | null;
}

/** Look at (up to) the first 20,000 characters. */
export function detectLanguage(text: string): LanguageVerdict {
  const sample = text.slice(0, 20_000);
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch < '\u0250') {
      counts.set('Latin', (counts.get('Latin') ?? 0) + 1);
      continue;
    }
    const found = SCRIPTS.find(([, re]) => re.test(ch));
    const name = found ? found[0] : 'other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (letters === 0) return { english: false, script: 'none', language: null };
  const [script, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  if (script !== 'Latin' || n / letters < 0.6) {
    return { english: false, script: script === 'Latin' ? 'mixed' : script, language: null };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Too short to judge by words: take Latin script as English.
  if (words.length < 25) return { english: true, script, language: null };
  let best = 'English';
  let bestScore = -1;
  const scores: Record<string, number> = {};
  for (const [lang, set] of Object.entries(STOP_SETS)) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    scores[lang] = hits / words.length;
    if (scores[lang]! > bestScore) {
      bestScore = scores[lang]!;
      best = lang;
    }
  }
  // English news prose has 25–40% function words from the list; accept when English is at least close to
  // the best-scoring language and clearly present (quotes in other languages do not flip an article).
  const english = scores.English! >= 0.08 && scores.English! >= bestScore * 0.8;
  return { english, script, language: english ? 'English' : best };
}
