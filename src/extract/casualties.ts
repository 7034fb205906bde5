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
 * Vague quantities ("dozens", "several") are flagged `vague` with the figure ACLED codes for them (12, 3; see
 * data/lexicons/casualties.json for the sources): fusion uses them only where no report gives a count.
 */
import type { CasualtyMention, Component, Doc } from '../doc.js';
import { countryForms, countryOfForm } from './countries.js';
import { eventsLexicon, findTriggers, isAccident } from './events.js';
import { escapeRe, loadLexicon } from './lexicon.js';

interface CasualtyLexicon {
  numbers: Record<string, number>;
  vague: Record<string, number>;
  qualifiers: Record<'atLeast' | 'moreThan' | 'upTo' | 'about', string[]>;
  killedVerbs: string;
  injuredVerbs: string;
  combinedVerbs: string;
  victimNouns: string;
  armedVictims: Record<string, string>;
}

/** A casualty figure with extras the incident builder uses. */
export interface Casualty extends Omit<CasualtyMention, 'sentence'> {
  /** "dead or injured": the figure bounds killed + injured together. */
  combined: boolean;
  /** A vague quantity ("dozens"): `value` is the figure ACLED codes for it (12), used only when no count is given. */
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
  bodies: RegExp;
  anyoneNeg: RegExp;
  objectList: RegExp;
  lives: RegExp;
  negative: RegExp;
  noneNeg: RegExp;
  generalNeg: RegExp;
  lex: CasualtyLexicon;
  sides: RegExp;
  /** "of the attackers", "of the soldiers": an armed group named before, whose dead are a count of their own. */
  ofArmed: RegExp;
  /** Each armed side's victim nouns, read at the start of a list item ("11 militants", "seven policemen"). */
  armedKinds: [string, RegExp][];
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
  const lead = `(?:(?:${qual}|another|a further|an additional|a total of)\\s+(?=\\d|between\\b|(?:${tens}|${units}|ten|eleven|twelve|dozen)\\b))?(?:(?:${qual})\\s+)?`;
  const single = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${tens})-(?:${units})|(?:${words})(?:\\s+hundred)?)`;
  // Ranges: "between 10 and 15", "10 to 15", "two or three", "10-15" (UCDP's low and high).
  const range = `(?:between\\s+${single}\\s+and\\s+${single}|${single}\\s+(?:to|or)\\s+${single}|\\d+\\s*[-–]\\s*\\d+)`;
  const num = `${lead}(?:${range}|${single})(?![\\w-])`;
  const K = lex.killedVerbs, I = lex.injuredVerbs, C = lex.combinedVerbs;
  const verbs = `(${C}|${K}|${I})`;
  // "was on August 24 killed", "were killed on Tuesday": a date between the auxiliary and the verb.
  const onDate = '(?:on\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?,?|\\(today\\))';
  const aux = `(?:(?:were|was|have|has|had|been|being|are|is|reportedly|also|later|all|both|confirmed|reported|initially|subsequently|seriously|critically|severely|slightly|fatally|mortally|lightly|badly|allegedly|believed|to|be|instantly|immediately|either|found|later|${onDate})\\s+){0,4}`;
  // The victims between the count and the verb: up to ten words, abbreviations in brackets ("Central Reserve
  // Police Force (CRPF) constable", "Police jawan (trooper)"), an age ("a 38 year old woman"), then an
  // apposition (", identified as X,", ", Sabz Ali Khan and Jawad Khan,", "named Shafiq,").
  const stopWord = '(?!(?:hit|struck|fired|launched|said|told|and|were|was|in|at|on|when|after|where|while|whom|which|who|whose|that|ago|days|weeks|months|years|hours|minutes|kilometers|kilometres|km|miles|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b)';
  const appositionStart = '(?:including|identified as|aged|named|a|an|the|all|both|most of them|was|were|[A-Z])';
  const npWord = `${stopWord}(?:[A-Za-z][\\w.'’-]*|\\([^()]{1,40}\\))(?:\\s+|(?=,\\s*${appositionStart}))`;
  const age = "(?:\\d{1,3}[- ]years?[- ]old\\s+)?";
  const name = "[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}(?:\\s*\\(\\d{1,3}\\))?";
  const apposition = `(?:,\\s*(?:(?:including|identified as|aged|named|a|an|the|all|both|most of them)\\b[^,]{1,60}|${name}(?:\\s+and\\s+${name})?),\\s+)?`;
  const identified = "(?:,?\\s*identified as (?:[A-Z][\\w.'’-]*\\s+){1,3}(?:\\(\\d{1,3}\\)\\s+)?(?:and\\s+(?:[A-Z][\\w.'’-]*\\s+){1,3}(?:\\(\\d{1,3}\\)\\s+)?)?)?";
  // One item of a list of victims ("2 American service members, 1 British soldier", "one civilian and a
  // BSF trooper"): no verb, no clause word inside it.
  const listWord = "(?!(?:were|was|are|is|have|has|had|and|or|but|while|when|after|in|at|on|killed|dead|died|injured|wounded|hurt|including|lost|lives|martyred|sustained|suffered|succumbed|shot|slain|perished|hospitali[sz]ed|injuries|ago)\\b)(?:[A-Za-z][\\w.'’-]*|\\([^()]{1,40}\\))";
  const listNp = `(?:${listWord}\\s+){0,7}?${listWord}`;
  const np = `(${age}(?:${npWord}){0,10}?)(?:\\(\\d{1,3}\\)\\s*)?${apposition}${identified}(?:,\\s+(?=(?:was|were)\\b))?`;
  return {
    num,
    lex,
    subject: new RegExp(`(?<![\\w-])(${num})(?:\\s+|(?=,))${np}${aux}${verbs}\\b`, 'gi'),
    object: new RegExp(`\\b(killing|killed|kill|kills|neutrali[sz](?:ed|ing)|shot dead|gunned down|murdered|assassinated|assassinating|executed|executing|beheaded|beheading|massacred|massacring|slaughtered|slaughtering|wounding|wounded|injuring|injured|hurting|hurt|maiming|maimed|left|leaving)\\s+(?:the\\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b))?(${num})(?:\\s+((?:(?!and\\b)[A-Za-z][\\w'’-]*\\s+){0,3}?)(${K}|${I}))?`, 'gi'),
    list: new RegExp(`(?<![\\w-])(${num})\\s+(${listNp})(?:,\\s+|\\s+and\\s+)(${num})\\s+(${listNp})(?:(?:,\\s+|,?\\s+and\\s+)(${num})\\s+(${listNp}))?\\s+${aux}(${K}|${I})\\b`, 'gi'),
    bodies: new RegExp(`\\b(?:(?:dead )?bodies of (?:the )?(${num})\\b|(?<![\\w-])(${num})\\s+(?:(?:dead|more|mutilated|decomposed|bullet-riddled|unidentified|charred)\\s+)?bodies\\b(?!\\s+of\\b))`, 'gi'),
    // "Fighting killed 12 rebels and three soldiers": the victims of one verb add up.
    objectList: new RegExp(`\\b(killing|killed|kill|kills|injuring|injured|wounding|wounded|hurting|hurt)\\s+(${num})\\s+(${listNp})\\s+and\\s+(${num})\\s+(${listNp})\\b(?!\\s+(?:were|was|are|is|have|has|had|later)\\b)`, 'gi'),
    // "claimed nine lives"
    lives: new RegExp(`\\bclaim(?:ed|ing|s)?\\s+(?:the\\s+)?(?:lives\\s+of\\s+)?(${num})\\s*(?:lives\\b|(?=people|persons|civilians|soldiers))`, 'gi'),
    // "the death toll from Sunday's attack in the Kabul blast rose to 26": up to six words between the noun and its figure.
    toll: new RegExp(`\\b(death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|people killed|those killed))\\s+(?:[\\w'’-]+\\s+){0,6}?(?:(?:to|at|of|reached|hit|was|is|had reached)\\s+|(?=between\\s))(${num})`, 'gi'),
    negative: new RegExp(`\\b(?:no|not a single|not one)\\s+((?:[\\w.'’-]+\\s+){0,4}?)(?:(?:were|was|had been|have been|has been|is|are)\\s+)?(?:reportedly\\s+|immediately\\s+)?(${K}|${I}|killed or injured|injured or killed)\\b`, 'gi'),
    noneNeg: new RegExp(`\\b(?:none|nobody|no one)((?:\\s+[\\w.'’-]+){0,4}?)\\s+(?:(?:were|was|had been|have been|has been)\\s+)?(${K}|${I})(?:\\s+or\\s+(${K}|${I}))?\\b`, 'gi'),
    // "did not kill anyone but hurt 30 people", "killed no one"
    anyoneNeg: /\b(?:did not|didn't|did n't|failed to) (kill|injure|hurt|wound)\s+(?:anyone|anybody)\b|\b(killed|injured|hurt|wounded) (?:no one|nobody)\b/gi,
    generalNeg: /\bno (?:immediate |initial |reported )?(?:reports? of )?(casualties|deaths|fatalities|injuries)\b|\bwithout (?:any )?(casualties|injuries)\b/gi,
    ofArmed: new RegExp(`^of\\s+the\\s+(?:${Object.values(lex.armedVictims).join('|')})\\b`, 'i'),
    armedKinds: Object.entries(lex.armedVictims).map(([k, nouns]) => [k, new RegExp(`^(?:[\\w'’-]+\\s+){0,2}?${nouns}$`, 'i')]),
    sides: new RegExp(`(?<![\\w-])(${countryForms().map(escapeRe).join('|')})(?![\\w-])`),
  };
}

function lexicon(): Compiled {
  return (compiled ??= compile());
}

/** A parsed count: `high` is set for ranges ("between 10 and 15"), whose `value` is the low end (ACLED's conservative figure). */
export interface ParsedNumber {
  value: number;
  vague: boolean;
  qualifier: Casualty['qualifier'];
  high?: number;
}

/** Parses a number phrase ("at least 26", "a dozen", "twenty-five", "dozens of", "between 10 and 15"). */
export function parseNumber(phrase: string): ParsedNumber | null {
  const range = /^(.*?)\b(?:between\s+)?(\S+(?:\s+hundred)?|\S+-\S+)\s*(?:\s(?:and|to|or)\s|[-–])\s*(\S+(?:\s+hundred)?)$/i.exec(phrase.trim().replace(/\s+/g, ' '));
  if (range && /\b(?:and|to|or)\b|\d\s*[-–]\s*\d/i.test(phrase) && !/^(?:[a-z]+)-(?:[a-z]+)$/i.test(phrase.trim())) {
    const a = parseSingle(`${range[1]}${range[2]}`), b = parseSingle(range[3]!);
    if (a && b && !a.vague && !b.vague && b.value > a.value) return { value: a.value, vague: false, qualifier: a.qualifier, high: b.value };
  }
  return parseSingle(phrase);
}

function parseSingle(phrase: string): ParsedNumber | null {
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
/** The country a victims' phrase names ("Ukrainian soldiers" → UA), for fusion's per-side counts. */
export const countryOfVictims = sideOf;

// One victim named by role after a killing or injuring verb, with a determiner ("the manager", "his aide",
// "a Supreme Court judge").
const PERSON = 'man|woman|boy|girl|child|driver|manager|owner|trader|shopkeeper|vendor|teacher|student|farmer|villager|resident|worker|leader|commander|chief|official|officer|policeman|policewoman|constable|soldier|trooper|jawan|journalist|reporter|activist|councill?or|judge|lawyer|doctor|civilian|passenger|guard|cadre|militant|informer|businessman|contractor|priest|imam|pastor|elder|aide|son|daughter|brother|sister|father|mother|wife|husband|relative|sarpanch|engineer|employee|politician|legislator|lawmaker|mayor|headman|teenager|youth|pilgrim|shepherd|herder|fisherman|labourer|laborer|worshipper';
/** The object pattern's verbs that kill ("neutralised" kills only terrorists, checked apart). */
const KILLING_VERB = /^(?:kill|shot dead|gunned|murder|assassinat|execut|behead|massacr|slaughter)/;
const AND_HIS_PERSON = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,3}?(?:${PERSON}|administrator|governor|mayor|commissioner|headman|chairman|legislator|candidate)\\s+and\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,1}?(?:${PERSON}|bodyguard|husband|wife|brother|sister|father|mother|daughter|nephew|cousin|driver|escort)\\b(?!\\s*s\\b)`, 'i');
const ONE_PERSON = new RegExp(`\\b(killed|killing|shot dead|gunned down|murdered|hacked to death|stabbed to death|beheaded|injured|injuring|wounded|wounding)\\s+(?:the|his|her|a|an|one|another)\\s+((?:(?!and\\b)[\\w-]+\\s+){0,3}?(?:${PERSON}))\\b(?!\\s+(?:of|and)\\s+(?:the\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+))`, 'gi');

/** All casualty figures in one sentence; offsets relative to it. Pure, for unit tests. */
// Most sentences name no casualties: one cheap test spares them the parsers.
const CASUALTY_WORD = /kill|dead|die|death|wound|injur|hurt|casualt|toll|slain|shot|murder|behead|lynch|perish|martyr|execut|gunned|fatalit|hospitali|succumb|lives|neutrali|eliminat|bodies|lost (?:their|his|her|an?|both|limbs?|legs?|arms?|eyes?)\b|maim|assassinat|massacr|slaughter/i;

const LIST_NOT_VICTIMS = /\b(?:attacks?|incidents?|blasts?|explosions?|strikes?|raids?|ambush(?:es)?|clash(?:es)?|night|day|morning|evening|afternoon|week|month|year|time|same|separate)\b/i;
export function findCasualties(sentence: string): Casualty[] {
  if (!CASUALTY_WORD.test(sentence)) return [];
  const c = lexicon();
  const { cues } = eventsLexicon();
  // The dead of a crash, a fire or a storm are no incident's figure, unless a weapon is told with them
  // ("killed when their vehicle hit a roadside bomb and crashed").
  const accident = isAccident(sentence) && findTriggers(sentence, new Set()).length === 0;
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
      high: n.high ?? (n.qualifier === 'upTo' ? n.value : n.qualifier === 'atLeast' || n.qualifier === 'moreThan' ? null : n.value),
      value: n.value,
      side: sideOf(victims),
      negative: false,
      aggregate: cues.aggregate.test(sentence) || accident,
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

  /**
   * A list whose items are the dead of two armed sides ("seven soldiers and 11 militants were killed") is
   * told item by item: fusion adds the sides up and compares each with other claimants' figures for it (a
   * claim of responsibility for "30 soldiers"). Other lists ("two Americans and a Briton", "four soldiers
   * and three civilians") stay one total, and so do lists naming one side twice ("two policemen, three
   * soldiers and four insurgents": fusion keeps one figure per kind of victims). Returns whether it pushed
   * the items.
   */
  const pushArmedItems = (at: number, whole: string, items: [string, string][], verb: string, verbAfter: boolean): boolean => {
    const kinds = items.map(([, noun]) => c.armedKinds.find(([, re]) => re.test(noun.trim()))?.[0]);
    if (kinds.some((k) => !k) || new Set(kinds).size !== kinds.length || kinds.length < 2) return false;
    // The incident builder keeps one claim per value and sentence: equal counts ("two policemen and two
    // militants") would lose an item, so they stay one total.
    if (new Set(items.map(([n]) => parseNumber(n)?.value)).size !== items.length) return false;
    let from = 0;
    const spans = items.map(([n, noun]) => {
      const s = whole.indexOf(n, from);
      const e = whole.indexOf(noun, s + n.length) + noun.length;
      from = e;
      return [s, e] as const;
    });
    if (spans.some(([s, e]) => s < 0 || e < s)) return false;
    // The last item keeps the verb, as a subject-form figure would ("11 militants were killed").
    spans.forEach(([s, e], k) => push(at + s, at + (verbAfter && k === spans.length - 1 ? whole.length : e), items[k]![0], verb, items[k]![1]));
    return true;
  };
  for (const m of sentence.matchAll(c.list)) {
    const i = m.index!;
    // "killed 12 rebels and three soldiers were wounded": the first count is the object of another verb.
    if (/\b(?:killing|killed|kill|kills|wounding|wounded|injuring|injured|left|leaving)\s+$/i.test(sentence.slice(Math.max(0, i - 12), i))) continue;
    // "Five soldiers and an unknown number of militants": an article before a plural counts nobody; the
    // known items still add up.
    const items = [[m[1], m[2]], [m[3], m[4]], [m[5], m[6]]].filter((x): x is [string, string] => !!x[0] && !(/^an?$/i.test(x[0].trim()) && /s\s*$/.test(x[1]!.trim())));
    // "In a separate attack the same night, two people were killed": an event or a time is no item of a list.
    if (items.some(([, np]) => LIST_NOT_VICTIMS.test(np))) continue;
    const parts = items.map(([n]) => parseNumber(n));
    if (!parts.length || parts.some((x) => !x || x.vague || x.high != null)) continue;
    if (items.length === [m[1], m[3], m[5]].filter(Boolean).length && pushArmedItems(i, m[0], items, m[7]!, true)) continue;
    const total = parts.reduce((n, x) => n + x!.value, 0);
    push(i, i + m[0].length, String(total), m[7]!, '', { low: total, high: total, value: total });
  }
  for (const m of sentence.matchAll(c.subject)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    // "No one was injured": a negative, read below.
    if (/\b(?:no|not)\s*$/i.test(sentence.slice(Math.max(0, i - 4), i))) continue;
    // A year or a calibre is not a count ("in 2019 killed", "107mm rockets").
    if (/^\d{4}$/.test(m[1]!.trim()) && Number(m[1]) > 1900) continue;
    // "five of whom", "two of the dead": a part of a figure given elsewhere. "Five of the bandits were killed"
    // counts the dead of an armed group named before: a figure of its own.
    if (/^of (?:them|whom|those|the)\b/.test(m[2] ?? '') && !c.ofArmed.test(m[2] ?? '')) continue;
    // "A roadside bomb killed four civilians": an active verb with its object, not "N were killed".
    const verbAt = i + m[0].length;
    const passive = /\b(?:were|was|been|being|are|is)\s+(?:\w+\s+){0,3}$/i.test(m[0].slice(0, m[0].length - m[3]!.length));
    // ("Four gunmen shot dead the policeman": the gunmen killed, one died.)
    if (!passive && /^(?:killed|wounded|injured|shot|murdered|hurt|shot dead|gunned down|beheaded|executed)$/i.test(m[3]!) && /^\s+(?:\d|an?\b|the\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|dozens\b|several\b|at least\b|more than\b|scores\b|hundreds\b|[A-Z][a-z]+\s+[A-Z])/.test(sentence.slice(verbAt, verbAt + 20))) continue;
    // "a bomb was neutralised", "the threat was eliminated": only people die.
    if (/^(?:neutrali[sz]ed|eliminated)$/i.test(m[3]!) && !/\b(?:militants?|terrorists?|insurgents?|rebels?|fighters?|gunmen|attackers?|assailants?|cadres?|jihadists?|infiltrators?|Maoists?|Naxal\w*|members?|commanders?|soldiers?|people|persons?|men)\b/i.test(m[2] ?? '')) continue;
    // "a 38 year old woman": an age, not a count.
    if (/^(?:-|\s)?year[- ]old\b/i.test(m[2] ?? '') || /^\s*[- ]?year[- ]old/i.test(sentence.slice(i + m[1]!.length, i + m[1]!.length + 10))) continue;
    push(i, i + m[0].length, m[1]!, m[3]!, m[2] ?? '');
  }
  for (const m of sentence.matchAll(c.objectList)) {
    const i = m.index!;
    const a = parseNumber(m[2]!), b = parseNumber(m[4]!);
    if (!a || !b || a.vague || b.vague || a.high != null || b.high != null) continue;
    const verb = /^kill/i.test(m[1]!) ? 'killed' : 'injured';
    if (pushArmedItems(i, m[0], [[m[2]!, m[3]!], [m[4]!, m[5]!]], verb, false)) continue;
    const total = a.value + b.value;
    push(i, i + m[0].length, String(total), verb, `${m[3]} ${m[5]}`, { low: total, high: total, value: total });
  }
  for (const m of sentence.matchAll(c.lives)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    push(i, i + m[0].length, m[1]!, 'killed', '');
  }
  for (const m of sentence.matchAll(c.object)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    const verb = m[1]!.toLowerCase();
    // "wish the injured a speedy recovery": a lone article counts one victim only after a killing verb.
    if (/^an?$/i.test(m[2]!.trim()) && !KILLING_VERB.test(verb)) continue;
    // "neutralised two terrorists" (security forces' word for killed), not "neutralised three explosive devices".
    if (/^neutrali/.test(verb) && !/^\s+(?:[\w'’-]+\s+){0,2}?(?:terrorists?|militants?|insurgents?|fighters?|rebels?|attackers?|gunmen|members|cadres|assailants|soldiers|troops|jihadists|bandits|Khawarij|khwarij|suspects|criminals|outlaws|dacoits|people)\b/i.test(sentence.slice(i + m[0].length, i + m[0].length + 40))) continue;
    let kindVerb = KILLING_VERB.test(verb) || /^neutrali/.test(verb) ? 'killed' : /^(?:wound|injur|hurt|maim)/.test(verb) ? 'injured' : m[4] ?? '';
    if (!kindVerb) continue; // "left 3" without dead/injured
    if (/^(?:left|leaving)$/.test(verb) && m[4]) kindVerb = m[4];
    // "killed a district administrator and his bodyguard", "shot dead a village chief and his son": two people.
    if (/^an?$/i.test(m[2]!.trim()) && kindVerb === 'killed' && AND_HIS_PERSON.test(sentence.slice(i + m[0].length, i + m[0].length + 80))) {
      push(i, i + m[0].length, 'two', kindVerb, m[3] ?? '');
      continue;
    }
    push(i, i + m[0].length, m[2]!, kindVerb, m[3] ?? '');
  }
  // "killed Devendra Modem", "shot dead Head Constable Ashfaq Qazi": one named victim.
  for (const m of sentence.matchAll(/\b(killed|shot dead|gunned down|murdered|beheaded|abducted and killed)\s+(?:(?:[A-Z][a-z]+\.?\s+){0,3})[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/g)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    if (/^(?:killed|shot dead|gunned down|murdered)\s+(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|At|More|Over|About|Several|Dozens|Many)\b/.test(m[0])) continue;
    push(i, i + m[0].length, 'one', 'killed', m[0].slice(m[1]!.length));
  }
  // "killed the manager … and injured his aide", "shot dead a Supreme Court judge": one person, by role.
  for (const m of sentence.matchAll(ONE_PERSON)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    const verb = m[1]!.toLowerCase();
    push(i, i + m[0].length, 'one', /^(?:injur|wound)/.test(verb) ? 'injured' : 'killed', m[2] ?? '');
  }
  // "shot dead the caretaker of a shrine": these verbs only ever take people, so one singular object is one
  // victim whatever the role noun (the role list above is needed for "killed", which also takes plans).
  for (const m of sentence.matchAll(/\b(?:shot dead|gunned down|hacked to death|stabbed to death|beheaded)\s+(?:the|a|an|his|her|their|its)\s+((?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?!and\b|or\b)[a-z-]*[a-rt-z])\b(?!\s+(?:and|&)\s)/gi)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    push(i, i + m[0].length, 'one', 'killed', m[1] ?? '');
  }
  // "…, Durga Prasad Gupta, was shot dead": a named person killed.
  for (const m of sentence.matchAll(/\b((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)(?:\s*\(\d{1,3}\))?,?\s+(?:was|has been|had been)\s+(?:\w+\s+)?(killed|shot dead|gunned down|murdered|beheaded|stabbed to death|lynched|assassinated)\b/g)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length) || /^(?:The|A|An|One|It|This|He|She)\b/.test(m[1]!)) continue;
    push(i, i + m[0].length, 'one', 'killed', m[1]!);
  }
  // "…, who was shot at on Monday, succumbed to his injuries": one victim, named before.
  for (const m of sentence.matchAll(/\b(?:succumbed to|died (?:of|from|due to)) (?:(?:his|her) )?(?:injuries|wounds)\b/gi)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length) || out.some((x) => x.kind === 'killed' && !x.negative)) continue;
    push(i, i + m[0].length, 'one', 'killed', '');
  }
  // "the bodies of two cadres were recovered", "three bodies were found": the dead, as UCDP counts them.
  for (const m of sentence.matchAll(c.bodies)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    push(i, i + m[0].length, (m[1] ?? m[2])!, 'killed', m[0]);
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
  // "… but AMISOM said only three of its troops were wounded": a count of the wounded brought down with "only",
  // and no dead told after it, says that in this voice nobody died (a denial of the other side's toll).
  const only = /\bonly\s+(?=\S+\s+(?:of\s+|\w+\s+){0,4}(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b)/i.exec(sentence);
  if (only) {
    const hurt = out.find((x) => x.kind === 'injured' && !x.negative && x.start >= only.index && x.start - only.index <= 12);
    // A toll told before it in the same voice ("two were killed and only three wounded") is no denial: one before
    // a contrast ("… killed 12 soldiers, but AMISOM said only …") is the other side's claim.
    const dead = out.filter((x) => x.kind === 'killed' && !x.negative);
    const contrast = dead.every((x) => x.start < only.index && /\b(?:but|however|while|whereas)\b/i.test(sentence.slice(x.end, only.index)));
    if (hurt && contrast) zero(hurt.start, hurt.end, 'killed', hurt.side);
  }
  for (const m of sentence.matchAll(c.noneNeg)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    // "none were hurt" speaks of a group named before ("American advisers … though none were injured").
    const side = sideOf(sentence.slice(0, i)) ?? 'restricted';
    for (const v of [m[2], m[3]]) if (v) zero(i, i + m[0].length, kindOf(v) === 'injured' ? 'injured' : 'killed', side);
  }
  for (const m of sentence.matchAll(c.anyoneNeg)) {
    const i = m.index!;
    if (overlaps(i, i + m[0].length)) continue;
    zero(i, i + m[0].length, /^kill/i.test(m[1] ?? m[2]!) ? 'killed' : 'injured', null);
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
