/**
 * Casualty figures: killed and injured counts with their qualifiers and the victims' side.
 *
 * Small parsers, each one surface form (chrono-node's style):
 *  - subject form   "Three service members were killed", "at least 26 people were killed", "five killed"
 *  - object form    "killing one and injuring two", "killed 21 and injured 125", "left 16 dead"
 *  - list form      "2 American service members, 1 British soldier killed" (the figures add up)
 *  - toll form      "the death toll rose to 40"
 *  - negative form  "No US personnel were injured", "none were injured or killed", "no casualties"
 * Refiners then flag figures in aggregate, negated or hypothetical clauses, and mark side-specific counts.
 * Vague quantities ("dozens") keep a low bound but give no figure, after ACLED's conservative practice.
 */
import type { CasualtyMention, Component, Doc } from '../doc.js';
import { countryForms, countryOfForm } from './countries.js';
import { eventsLexicon } from './events.js';
import { escapeRe, loadLexicon } from './lexicon.js';

interface CasualtyLexicon {
  numbers: Record<string, number>;
  vague: Record<string, number>;
  qualifiers: Record<'atLeast' | 'moreThan' | 'upTo' | 'about', string[]>;
  killedVerbs: string;
  injuredVerbs: string;
  combinedVerbs: string;
  victimNouns: string;
}

/** A casualty figure with extras the incident builder uses. */
export interface Casualty extends Omit<CasualtyMention, 'sentence'> {
  /** "dead or injured": the figure bounds killed + injured together. */
  combined: boolean;
  /** A vague quantity ("dozens"): `value` is its low bound, not a figure to code. */
  vague: boolean;
  qualifier: 'atLeast' | 'moreThan' | 'upTo' | 'about' | null;
  hypothetical: boolean;
  negated: boolean;
}

interface Compiled {
  num: string;
  subject: RegExp;
  object: RegExp;
  list: RegExp;
  toll: RegExp;
  negative: RegExp;
  noneNeg: RegExp;
  generalNeg: RegExp;
  lex: CasualtyLexicon;
  sides: RegExp;
}
let compiled: Compiled | null = null;

const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');

function compile(): Compiled {
  const lex = loadLexicon<CasualtyLexicon>('casualties');
  const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
  const units = 'one|two|three|four|five|six|seven|eight|nine';
  const words = alt([...Object.keys(lex.numbers), ...Object.keys(lex.vague)]);
  const qual = alt(Object.values(lex.qualifiers).flat());
  // "another 15", "a further 20": the count that follows.
  const num = `(?:(?:${qual}|another|a further|an additional|a total of)\\s+(?=\\d|(?:${tens}|${units}|ten|eleven|twelve|dozen)\\b))?(?:(?:${qual})\\s+)?(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${tens})-(?:${units})|(?:${words})(?:\\s+hundred)?)(?![\\w-])`;
  const K = lex.killedVerbs, I = lex.injuredVerbs, C = lex.combinedVerbs;
  const verbs = `(${C}|${K}|${I})`;
  const aux = '(?:(?:were|was|have|has|had|been|being|are|is|reportedly|also|later|all|both|confirmed|reported|initially|subsequently|seriously|critically|severely|slightly|fatally|mortally|lightly|badly|allegedly|believed|to|be|instantly|immediately|either)\\s+){0,4}';
  const np = "((?:(?!(?:hit|struck|fired|launched|said|told|and|were|was|in|at|on|when|after|where|while|whom|which|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b)[A-Za-z][\\w.'’-]*(?:\\s+|(?=,\\s*(?:including|identified as|aged|a|an|the|all|both|most of them|[A-Z])))){0,6}?)(?:\\(\\d{1,2}\\)\\s*)?(?:,\\s*(?:(?:including|identified as|aged|a|an|the|all|both|most of them)\\b[^,]{1,60}|[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}(?:\\s*\\(\\d{1,2}\\))?),\\s+)?(?:identified as (?:[A-Z][\\w.'’-]*\\s+){1,3}(?:and\\s+(?:[A-Z][\\w.'’-]*\\s+){1,3})?)?";
  return {
    num,
    lex,
    subject: new RegExp(`(?<![\\w-])(${num})\\s+${np}${aux}${verbs}\\b`, 'gi'),
    object: new RegExp(`\\b(killing|killed|kill|kills|shot dead|gunned down|murdered|wounding|wounded|injuring|injured|left|leaving)\\s+(${num})(?:\\s+((?:(?!and\\b)[A-Za-z][\\w'’-]*\\s+){0,3}?)(${K}|${I}))?`, 'gi'),
    list: new RegExp(`(?<![\\w-])(${num})\\s+([A-Za-z][\\w .'’-]{0,40}?),\\s+(${num})\\s+([A-Za-z][\\w .'’-]{0,40}?)\\s+(?:(?:were|was|have been)\\s+)?(${K}|${I})\\b`, 'gi'),
    toll: new RegExp(`\\b(death toll|toll)\\s+(?:\\w+\\s+){0,4}?(?:to|at|of|reached|hit)\\s+(${num})`, 'gi'),
    negative: new RegExp(`\\b(?:no|not a single|not one)\\s+((?:[\\w.'’-]+\\s+){0,4}?)(?:(?:were|was|had been|have been|has been|is|are)\\s+)?(?:reportedly\\s+|immediately\\s+)?(${K}|${I}|killed or injured|injured or killed)\\b`, 'gi'),
    noneNeg: new RegExp(`\\b(?:none|nobody|no one)((?:\\s+[\\w.'’-]+){0,4}?)\\s+(?:(?:were|was|had been|have been|has been)\\s+)?(${K}|${I})(?:\\s+or\\s+(${K}|${I}))?\\b`, 'gi'),
    generalNeg: /\bno (?:immediate |initial |reported )?(?:reports? of )?(casualties|deaths|fatalities|injuries)\b|\bwithout (?:any )?(casualties|injuries)\b/gi,
    sides: new RegExp(`(?<![\\w-])(${countryForms().map(escapeRe).join('|')})(?![\\w-])`),
  };
}

function lexicon(): Compiled {
  return (compiled ??= compile());
}

/** Parses a number phrase ("at least 26", "a dozen", "twenty-five", "dozens of"). */
export function parseNumber(phrase: string): { value: number; vague: boolean; qualifier: Casualty['qualifier'] } | null {
  const { lex } = lexicon();
  let p = phrase.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:another|a further|an additional|a total of) (?=\S)/, (m) => (/^(?:another|a further|an additional|a total of) (?:at|more|about|some|over|up|nearly|around)/.test(phrase.toLowerCase()) ? m : ''));
  let qualifier: Casualty['qualifier'] = null;
  for (const [k, list] of Object.entries(lex.qualifiers) as [NonNullable<Casualty['qualifier']>, string[]][]) {
    const q = list.sort((a, b) => b.length - a.length).find((w) => p.startsWith(w + ' '));
    if (q) {
      qualifier = k;
      p = p.slice(q.length + 1);
      break;
    }
  }
  if (/^\d/.test(p)) return { value: Number(p.replace(/,/g, '')), vague: false, qualifier };
  const hy = /^(\w+)-(\w+)$/.exec(p);
  if (hy && lex.numbers[hy[1]!] && lex.numbers[hy[2]!]) return { value: lex.numbers[hy[1]!]! + lex.numbers[hy[2]!]!, vague: false, qualifier };
  const hundred = /^(\w+) hundred$/.exec(p);
  if (hundred && lex.numbers[hundred[1]!]) return { value: lex.numbers[hundred[1]!]! * 100, vague: false, qualifier };
  if (p in lex.numbers) return { value: lex.numbers[p]!, vague: false, qualifier };
  if (p in lex.vague) return { value: lex.vague[p]!, vague: true, qualifier };
  return null;
}

function kindOf(verb: string): 'killed' | 'injured' | 'combined' {
  const { lex } = lexicon();
  if (new RegExp(`^${lex.combinedVerbs}$`, 'i').test(verb)) return 'combined';
  if (new RegExp(`^${lex.injuredVerbs}$`, 'i').test(verb)) return 'injured';
  return 'killed';
}

function sideOf(phrase: string): string | null {
  const m = lexicon().sides.exec(phrase);
  return m ? countryOfForm(m[1]!) : null;
}

/** All casualty figures in one sentence; offsets relative to it. Pure, for unit tests. */
// Most sentences name no casualties: one cheap test spares them the parsers.
const CASUALTY_WORD = /kill|dead|die|death|wound|injur|hurt|casualt|toll|slain|shot|murder|behead|lynch|perish|martyr|execut|gunned|fatalit|hospitali|succumb|lives/i;

export function findCasualties(sentence: string): Casualty[] {
  if (!CASUALTY_WORD.test(sentence)) return [];
  const c = lexicon();
  const { cues } = eventsLexicon();
  const out: Casualty[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const push = (start: number, end: number, numPhrase: string, verb: string, victims: string, extra: Partial<Casualty> = {}) => {
    const n = parseNumber(numPhrase);
    if (!n) return;
    // "on January 18 killed four", "November 26 where five …": a day of the month, not a count.
    if (/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i.test(sentence.slice(Math.max(0, start - 12), start)) && /^\d/.test(numPhrase.trim())) return;
    const kind = kindOf(verb);
    // "one of them", a lone article "a" before a plural noun, and similar are not counts.
    if (/^an?$/i.test(numPhrase.trim()) && /s\s*$/.test(victims.trim()) && !/\b(?:others|more)\b/.test(victims)) return;
    const window = sentence.slice(Math.max(0, start - 60), end);
    const clause = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf(' if '), 0));
    const mention: Casualty = {
      start,
      end,
      text: sentence.slice(start, end),
      kind: kind === 'combined' ? 'killed' : kind,
      low: n.value,
      high: n.qualifier === 'upTo' ? n.value : n.qualifier === 'atLeast' || n.qualifier === 'moreThan' ? null : n.value,
      value: n.value,
      side: sideOf(victims),
      negative: false,
      aggregate: cues.aggregate.test(sentence),
      combined: kind === 'combined',
      vague: n.vague,
      qualifier: n.qualifier,
      hypothetical: cues.hypothetical.test(clause) && !/\b(?:may|might|could) have been\b/i.test(clause),
      negated: false,
      ...extra,
    };
    taken.push([start, end]);
    out.push(mention);
  };

  for (const m of sentence.matchAll(c.list)) {
    const i = m.index!;
    const a = parseNumber(m[1]!), b = parseNumber(m[3]!);
    if (!a || !b || a.vague || b.vague) continue;
    const total = a.value + b.value;
    push(i, i + m[0].length, String(total), m[5]!, '', { low: total, high: total, value: total });
  }
  for (const m of sentence.matchAll(c.subject)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    // A year or a calibre is not a count ("in 2019 killed", "107mm rockets").
    if (/^\d{4}$/.test(m[1]!.trim()) && Number(m[1]) > 1900) continue;
    // "five of whom", "two of the dead": a part of a figure given elsewhere.
    if (/^of (?:them|whom|those|the)\b/.test(m[2] ?? '')) continue;
    // "A roadside bomb killed four civilians": an active verb with its object, not "N were killed".
    const verbAt = i + m[0].length;
    const passive = /\b(?:were|was|been|being|are|is)\s+(?:\w+\s+){0,3}$/i.test(m[0].slice(0, m[0].length - m[3]!.length));
    if (!passive && /^(?:killed|wounded|injured|shot|murdered|hurt)$/i.test(m[3]!) && /^\s+(?:\d|an?\b|the\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|dozens\b|several\b|at least\b|more than\b|scores\b|hundreds\b|[A-Z][a-z]+\s+[A-Z])/.test(sentence.slice(verbAt, verbAt + 20))) continue;
    // "a 38 year old woman": an age, not a count.
    if (/^(?:-|\s)?year[- ]old\b/i.test(m[2] ?? '') || /^\s*[- ]?year[- ]old/i.test(sentence.slice(i + m[1]!.length, i + m[1]!.length + 10))) continue;
    push(i, i + m[0].length, m[1]!, m[3]!, m[2] ?? '');
  }
  for (const m of sentence.matchAll(c.object)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    const verb = m[1]!.toLowerCase();
    // "wish the injured a speedy recovery": a lone article counts one victim only after a killing verb.
    if (/^an?$/i.test(m[2]!.trim()) && !/^(?:kill|shot dead|gunned|murder)/.test(verb)) continue;
    let kindVerb = /^(?:kill|shot dead|gunned|murder)/.test(verb) ? 'killed' : /^(?:wound|injur)/.test(verb) ? 'injured' : m[4] ?? '';
    if (!kindVerb) continue; // "left 3" without dead/injured
    if (/^(?:left|leaving)$/.test(verb) && m[4]) kindVerb = m[4];
    push(i, i + m[0].length, m[2]!, kindVerb, m[3] ?? '');
  }
  // "killed Devendra Modem", "shot dead Head Constable Ashfaq Qazi": one named victim.
  for (const m of sentence.matchAll(/\b(killed|shot dead|gunned down|murdered|beheaded|abducted and killed)\s+(?:(?:[A-Z][a-z]+\.?\s+){0,3})[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/g)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    if (/^(?:killed|shot dead|gunned down|murdered)\s+(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|At|More|Over|About|Several|Dozens|Many)\b/.test(m[0])) continue;
    push(i, i + m[0].length, 'one', 'killed', m[0].slice(m[1]!.length));
  }
  // "…, Durga Prasad Gupta, was shot dead": a named person killed.
  for (const m of sentence.matchAll(/\b((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)(?:\s*\(\d{1,3}\))?,?\s+(?:was|has been|had been)\s+(?:\w+\s+)?(killed|shot dead|gunned down|murdered|beheaded|stabbed to death|lynched|assassinated)\b/g)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length) || /^(?:The|A|An|One|It|This|He|She)\b/.test(m[1]!)) continue;
    push(i, i + m[0].length, 'one', 'killed', m[1]!);
  }
  for (const m of sentence.matchAll(c.toll)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    push(i, i + m[0].length, m[2]!, 'killed', '');
  }
  const zero = (start: number, end: number, kind: 'killed' | 'injured', side: string | null) => {
    out.push({ start, end, text: sentence.slice(start, end), kind, low: 0, high: 0, value: 0, side, negative: true, aggregate: false, combined: false, vague: false, qualifier: null, hypothetical: false, negated: false });
  };
  for (const m of sentence.matchAll(c.negative)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    const side = sideOf(m[1] ?? '') ?? ((m[1] ?? '').trim() ? 'restricted' : null);
    const v = m[2]!.toLowerCase();
    if (/killed or injured|injured or killed/.test(v)) {
      zero(i, i + m[0].length, 'killed', side);
      zero(i, i + m[0].length, 'injured', side);
    } else zero(i, i + m[0].length, kindOf(v) === 'injured' ? 'injured' : 'killed', side);
  }
  for (const m of sentence.matchAll(c.noneNeg)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    // "none were hurt" speaks of a group named before ("American advisers … though none were injured").
    const side = sideOf(sentence.slice(0, i)) ?? 'restricted';
    for (const v of [m[2], m[3]]) if (v) zero(i, i + m[0].length, kindOf(v) === 'injured' ? 'injured' : 'killed', side);
  }
  for (const m of sentence.matchAll(c.generalNeg)) {
    const i = m.index!;
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    if (w !== 'injuries') zero(i, i + m[0].length, 'killed', null);
    if (w !== 'deaths' && w !== 'fatalities') zero(i, i + m[0].length, 'injured', null);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const casualtiesComponent: Component = {
  name: 'casualties',
  run(doc: Doc) {
    const out: CasualtyMention[] = [];
    for (const s of doc.sentences)
      for (const k of findCasualties(s.text)) out.push({ ...k, start: s.start + k.start, end: s.start + k.end, sentence: s.index } as CasualtyMention);
    doc.casualties = out;
  },
};
