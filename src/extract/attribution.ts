/**
 * Attribution: who claims what. Each sentence's claimants ("SANA reported", "according to the Syrian
 * Observatory", "the statement reads", "state media said", "…, said a statement issued by X"), with
 * pronouns and statement quotes resolved to the last named claimant, and names normalised through
 * data/lexicons/sources.json ("Syrian state news agency" → "SANA").
 */
import { readDateline } from '../ingest/dateline.js';
import type { Attribution, Component, Doc } from '../doc.js';
import { escapeRe, loadLexicon } from './lexicon.js';

interface SourcesLexicon {
  canonical: Record<string, string[]>;
  verbs: string;
  generic_claimants: string[];
  back_references?: Record<string, string[]>;
  back_reference_heads?: string[];
}

interface Compiled {
  /** Everything up to and including a reporting verb at the head of a claimant phrase. */
  upToVerb: RegExp;
  /** A reporting verb alone. */
  verbOnly: RegExp;
  before: RegExp;
  after: RegExp;
  according: RegExp;
  aired: RegExp;
  aliases: { alias: string; re: RegExp; canonical: string }[];
}
let compiled: Compiled | null = null;

function lex(): Compiled {
  if (compiled) return compiled;
  const l = loadLexicon<SourcesLexicon>('sources');
  const aliases = Object.entries(l.canonical)
    .flatMap(([canonical, list]) => list.map((alias) => ({ alias, canonical })))
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ alias, canonical }) => ({
      alias,
      canonical,
      // Short all-caps aliases (AP, OIR) and single capitalised words (Dawn, Punch) must match as written:
      // "residents at dawn" is no newspaper. Longer names match in any case.
      re: new RegExp(`(?<![\\w-])${escapeRe(alias)}(?![\\w-])`, /^[A-Z]{2,5}$/.test(alias) || /^[A-Z][a-z]+$/.test(alias) ? '' : 'i'),
    }));
  compiled = {
    upToVerb: new RegExp(`^.*\\b${l.verbs}\\b\\s+(?:that\\s+)?(?=\\S)`, 'i'),
    verbOnly: new RegExp(`^${l.verbs}$`, 'i'),
    // "<claimant> (has|have)? said …": the claimant is read backwards from the verb in attribution().
    before: new RegExp(`\\b(?:(?:has|have|had|also|later|then|now|still|previously|earlier|separately|reportedly|further|again|publicly|officially|initially|first) )*${l.verbs}\\b`, 'g'),
    // "…, said Caggins." / ", tweeted Moammar Al-Eryani, Yemen's Minister of Information"
    // "told" is left out: after it comes the listener ("told Reuters"), not the claimant.
    after: new RegExp(`(?:[,”"]|,'|[^\\s]'')\\s*${l.verbs.replace('told|tells|', '')}\\s+((?:the |a |an )?[A-Za-z](?:[^,.;“”"]|\\.(?=\\s?[A-Z]))+)`, 'g'),
    according: /\b(?:according to|citing|quoted by|cited by)\s+((?:the |a |an )?(?:[^,.;“”"]|\.(?=\s?[A-Z][a-z]))+)/gi,
    aired: /\b(?:aired|broadcast|published|posted|released) (?:on|by) ((?:the )?[^,.;“”"]{2,60}?)(?= showed| shows|,|\.|$)/gi,
    aliases,
  };
  return compiled;
}

const PRONOUN = /^(?:he|she|they|it|we|the statement|the release|the statement added|he added|she added)$/i;

/** Normalises a claimant phrase: drops determiners and titles' clutter, maps known aliases. */
export function normaliseClaimant(phrase: string): string {
  let p = phrase
    .replace(/^[“"‘'\s]+/, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:and|but|while|as|that|which|who|because)\s+/i, '')
    .replace(/^(?:the|a|an|one of the|some|other|another)\s+/i, '')
    .replace(/\s+(?:on|in|at) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|X|Telegram|Facebook)\b.*$/i, '')
    .replace(/\s+(?:on|in)\s+(?:a|its|his|her|their)\s+(?:statement|tweet|post|report|briefing).*$/i, '')
    .replace(/['’]s$/, '')
    .trim();
  // "a statement released by Operation Inherent Resolve" → the issuer
  const by = /\b(?:statement|release|report|video|footage)s? (?:released|issued|published|posted|quoted)? ?by (.+)$/i.exec(p);
  if (by) p = by[1]!.replace(/^(?:the|a|an)\s+/i, '');
  for (const a of lex().aliases) if (a.re.test(p)) return a.canonical;
  return p;
}

/** The noun phrase that ends right before `at` (the subject of a reporting verb). */
function subjectBefore(sentence: string, at: number, verb: string): string | null {
  // "EL FASHER — The RSF denied": the dateline is where the report was filed, not part of the subject.
  const dateline = readDateline(sentence, 0);
  let head = sentence.slice(dateline && dateline.end <= at ? dateline.end : 0, at);
  // Not a claim: a passive ("was reported", "is said to"), a negation ("did not say", "neither confirmed"),
  // a modal ("would not say", "can say"), or the noun ("an earlier report", "the final say").
  if (/\b(?:was|were|is|are|be|been|being|not|never|neither|nor|to|will|would|can|could|may|might|should|must)\s+(?:\w+ly\s+|first\s+)?$/i.test(head)) return null;
  if (/^(?:report|reports|claim|claims|say|states|put|puts|gives|estimate|count)$/i.test(verb) && /\b(?:a|an|the|this|that|its|his|her|their|earlier|latest|initial|new|final|media|news|press|these|those|unconfirmed|local)\s+$/i.test(head)) return null;
  // A clause already closed by a sentence end ("… the area. Transport authorities said").
  // Titles ("Brig. Gen.", "Lt. Col.", "Mr.") are not sentence ends: a word of four or more letters is.
  const end = [...head.matchAll(/(?:[a-z]{4,}|\d|\))[.!?]["”’']?\s+(?=[A-Z“"])/g)].pop();
  if (end) head = head.slice(end.index! + end[0].length);
  // Drop parentheticals, relative and participle clauses: "Caggins (…)", ", who was on board,", ", speaking on
  // condition of anonymity,".
  head = head.replace(/\([^)]*\)\s*$/, ' ');
  for (let i = 0; i < 2; i++) head = head.replace(/,\s*(?:who|which|whose|where|\w+ing)\b[^,]*,\s*$/, ' ');
  // Appositives: "Masoud Dalman, head of the province's emergency affairs," / "The Foreign Secretary, Boris
  // Johnson," — a name in the appositive is the claimant; otherwise the name before it.
  for (let i = 0; i < 2; i++) {
    const app = /([A-Za-z][\w'’.-]*)\s*,\s*([^,]{2,90}),\s*$/.exec(head);
    if (!app) break;
    if (/^(?:[A-Z][\w'’.-]*\s*){1,4}$/.test(app[2]!.trim()) && !/^(?:The|A|An)\b/.test(app[2]!.trim())) return looksLikeClaimant(app[2]!.trim()) ? app[2]!.trim() : null;
    if (!/^(?:a|an|the|another|one|head|chief|director|spokes\w+|commander|president|leader|minister|governor|owner|member|deputy|senior|former|an? \w+)\b/i.test(app[2]!.trim()) && !/^[A-Z]/.test(app[1]!)) break;
    head = head.slice(0, app.index + app[1]!.length) + ' ';
  }
  // "…, Lt Gen Talib Shaghati, said.": the comma before the verb closes a subject that is a name; a clause
  // before the comma ("The pirates turned away, said the spokesman") is what was said, not who said it.
  if (/,\s*$/.test(head)) {
    // A name, with its title ("Levies official Sanaullah,"): capitalised at both ends, short, no verb.
    const name = /(?:^|[,;:”"'])\s*([A-Z][^,;:”"]*?[A-Z][\w'’.-]*),\s*$/.exec(head)?.[1]?.trim();
    return name && name.split(/\s+/).length <= 7 && looksLikeClaimant(name) ? name : null;
  }
  // "One worker said he told police after Abedi said …": the subject comes after the last reporting verb.
  head = head.replace(lex().upToVerb, '');
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('”'), head.lastIndexOf('"'), head.lastIndexOf("''"), head.lastIndexOf(':'), head.lastIndexOf(' that '), head.includes(' but ') ? head.lastIndexOf(' but ') + 4 : -1);
  let np = head.slice(cut + 1).replace(/^'/, '').trim().replace(/^(?:that|and|but|while|as|so|meanwhile|after|before|when|since|until|because|once|although|though|whereas|where|then|which|whom)\s+/i, '');
  // "The PCE energetically denied", "an analyst meanwhile reported": the adverb is not part of the name.
  np = np.replace(/\s+(?:\w+ly|meanwhile|however|too|also|though|again|now|still|later|then)$/i, '');
  // "… Amir Riaz on December 20 said", "… Ehsan in a telephone call from an unidentified place claimed".
  np = np.replace(/\s+on (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))$/, '');
  np = np.replace(/\s+(?:in|via|through) (?:a|an|his|her|its|their) (?:telephone call|phone call|statement|video|message|post|tweet|email|e-mail|interview)\b.*$/i, '');
  // "The committee condemned the attack and said": the subject of the first verb speaks too.
  const vp = /^(.+?)\s+[a-z]{3,}ed\s+.*\s+and$/.exec(np);
  if (vp && vp[1]!.split(/\s+/).length <= 6 && !CLAUSED.test(vp[1]!)) np = vp[1]!;
  // "Residents who fled at dawn said": the speaker is the noun before the relative clause.
  const rel = /^(.+?)\s+(?:who|whose)\s/.exec(np);
  if (rel && rel[1]!.split(/\s+/).length <= 6) np = rel[1]!;
  const words = np.split(/\s+/).filter(Boolean);
  // "A statement issued by the Independent faction of …" is read as its issuer, however long.
  const issued = /^(?:a |the )?(?:statement|release|video|report)s? (?:issued|released|published|posted)? ?by /i.test(np);
  if (!words.length || (words.length > 12 && !issued)) return null;
  // "PTI reported citing officials": the first verb's subject is read there, not "PTI reported".
  if (words.length > 1 && lex().verbOnly.test(words[words.length - 1]!)) return null;
  return looksLikeClaimant(np) ? np : null;
}

/** A claimant is a name (a capital letter) or a known generic claimant (officials, state media, witnesses). */
// Words that end up before a reporting verb without naming anyone: "no group has claimed", "Initial
// reports say", "A video posted … showed", "air strikes … characterized".
// ("claimed responsibility for the attack on 16 Assam Rifles convoy, killing …, reports X": what was claimed.)
const NOT_CLAIMANT = /^(?:responsibility|credit for|no|none|nobody|neither|initial|unconfirmed|earlier|later|local (?:media )?reports?|local time|early|first|recent|(?:a |the )?(?:video|videos|footage|photos?|images?|pictures?)|(?:air ?strikes?|rockets?|shells?|attacks?|clashes?|the attacks?|the strikes?|the (?:blast|explosion|bombing|fire|death toll|toll|attack|incident|damage|deal|results?|campaign|details)))\b/i;
// A verb in the past with its object: a clause, not a name ("attacked the post", "arrested two men").
const CLAUSED = /\b[a-z]{3,}ed\s+(?:the|a|an|two|three|four|five|several|some|his|her|their|its|\d+)\b/;
// A finite verb or a clause word inside the phrase: the subject of something else.
const CLAUSE = /\b(?:was|were|is|are|has|have|had|will|would|did|does|do|could|should|can|may|might|been|being|not|who|which|when|if|because|although|while)\b/i;
// People and bodies who speak for an incident: "a prosecutor", "the mayor", "her son", "the newspaper".
const SPEAKER = /\b(?:officials?|media|witness(?:es)?|residents?|activists?|sources?|observatory|monitor|group|authorities|police|military|army|spokes\w+|statement|reports?|agency|ministry|he|she|they|it|we|medics|doctors?|coalition|leaders?|commanders?|governor|mayor|chief|head|director|prosecutors?|investigators?|officers?|captain|colonel|general|minister|secretary|president|ambassador|envoy|diplomats?|analysts?|experts?|observers?|journalists?|reporters?|correspondents?|newspapers?|daily|channel|broadcaster|television|radio|outlet|website|release|message|note|communiqu[eé]|charges|indictment|complaint|documents?|records|survivors?|relatives|neighbou?rs?|villagers|locals|elders|farmers|nurses?|paramedics|rescuers|hospital|clinic|morgue|lawyers?|attorneys?|family|father|mother|son|daughter|brother|sister|wife|husband|uncle|cousin|friend|owner|manager|employees?|workers?|teachers?|students?|pastor|imam|priest|cleric|chairman|spokesperson|candidate|team|club|company|firm|organi[sz]ation|station|network|paper|magazine|office|department|service|bureau|embassy|government|administration|campaign|party|movement|navy|navy|source|representative|rep|publicist|agent|coroner|councillor|councilor|legislator|lawmaker|senator|mp|deputy|inspector|superintendent|constable|sheriff|marshal|trooper|firefighters?|commissioner|administrator|ngo|charity|union|council|committee|commission|court|judge|tribunal|un|icrc|msf|unicef|who)$/i;

function looksLikeClaimant(np: string): boolean {
  np = np.replace(/^[“"‘']+/, '');
  if (NOT_CLAIMANT.test(np) || /\b(?:to|of|by|from|with|in|on|at|according|the|a|an)$/i.test(np)) return false;
  // "…, said in a statement", "said on Twitter", "said before Kelly appeared": a circumstance, not a speaker.
  // ("As reported earlier, …", "As previously reported": the wire's own back reference, nobody's claim.)
  if (/^(?:as|with|in|on|at|by|for|from|to|of|during|before|after|until|over|under|into|via|through|yesterday|today|tonight|last|this|next|earlier|later|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i.test(np)) return false;
  if (/^(?:it|this|that|there|he|she|they|we|i)\b/i.test(np) && np.split(/\s+/).length > 1) return false;
  if (/^(?:identified|described|named|known|believed|dressed|accused|killed|injured|wounded|said|reported|apparently|recording)\b/i.test(np)) return false;
  if (/^(?:that|this|these|those|there|here)$/i.test(np) || (/(?<!-)\b(?:he|she|they|we|it|i)$/i.test(np) && np.split(/\s+/).length > 1)) return false;
  if (/\b(?:and|or|but)$/i.test(np) || CLAUSE.test(np)) return false;
  const words = np.split(/\s+/);
  const last = words[words.length - 1]!.replace(/['’]s?$/, '');
  // "the carpenter", "another neighbour", "both attorneys", "the young father of two": a short noun phrase
  // with a determiner names a speaker.
  const determined = /^(?:the|a|an|another|one|both|two|three|his|her|their|its|our|my)\s/i.test(np) && words.length <= 5 && /^[a-z]+$/.test(last) && !/ly$/.test(last);
  // The head noun ends the phrase ("the mayor") or comes before its complement ("officials at the scene").
  const head = (/^(?:the|a|an|local|senior|two|three|several)$/i.test(words[0]!) ? words[1] : words[0]) ?? '';
  return /[A-Z]/.test(np) || SPEAKER.test(last) || SPEAKER.test(head) || determined || generic().has(np.toLowerCase().replace(/^(?:the|a|an)\s+/, ''));
}
let genericSet: Set<string> | null = null;
function generic(): Set<string> {
  return (genericSet ??= new Set(loadLexicon<SourcesLexicon>('sources').generic_claimants.map((g) => g.toLowerCase().replace(/^(?:the|a|an)\s+/, ''))));
}


/**
 * The claimant a short form points back to, among those the article has named before (in order): "the
 * Observatory" or "the war monitor" after "Syrian Observatory for Human Rights", "the ministry" after
 * "Russian Defence Ministry". One claimant, so a per-source update ("the toll later rose to 18") replaces
 * its earlier figure instead of disputing it.
 */
export function backReference(claimant: string, named: readonly string[]): string | null {
  const l = loadLexicon<SourcesLexicon>('sources');
  const key = claimant.toLowerCase().replace(/^(?:the|a|an)\s+/, '').trim();
  for (const [canonical, forms] of Object.entries(l.back_references ?? {})) {
    if (named.includes(canonical) && forms.some((f) => f.toLowerCase() === key)) return canonical;
  }
  if (!(l.back_reference_heads ?? []).includes(key)) return null;
  for (let i = named.length - 1; i >= 0; i--) {
    const words = named[i]!.toLowerCase().split(/[\s-]+/);
    if (words.length > 1 && words.includes(key)) return named[i]!;
  }
  return null;
}

export interface Claimant {
  start: number;
  end: number;
  claimant: string;
  raw: string;
}

/** Claimants named in one sentence, with their offsets (relative to the sentence). Pure. */
export function findClaimants(sentence: string): Claimant[] {
  const l = lex();
  const out: Claimant[] = [];
  const add = (start: number, raw: string) => {
    const claimant = normaliseClaimant(raw);
    if (claimant.length < 2 || out.some((o) => o.claimant === claimant)) return;
    out.push({ start, end: start + raw.length, claimant, raw });
  };
  // "SOHR: Seven members of regime forces were killed …": a known source heading its own report.
  const head = /^\s*([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,5}):\s/.exec(sentence);
  if (head && l.aliases.some((a) => a.alias === head[1])) add(sentence.indexOf(head[1]!), head[1]!);
  for (const m of sentence.matchAll(l.according)) {
    // "According to the country's election commission the turnout was high": the source ends where a clause
    // begins; a long run without a comma keeps its first noun phrase.
    let raw = m[1]!;
    const clause = /\s(?:the|a|an|some|at least|more than|\d|[a-z]+ (?:was|were|is|are|has|have|had))\b/.exec(raw.slice(4));
    if (CLAUSE.test(raw) && clause) raw = raw.slice(0, clause.index + 4);
    raw = raw.replace(/\s+(?:who|which|whose|hired|acting|published|released|posted|on the|in the)\b.*$/, '');
    if (raw.split(/\s+/).length > 8) continue;
    add(m.index! + m[0].length - m[1]!.length, raw.trim());
  }
  for (const m of sentence.matchAll(l.aired)) add(m.index! + m[0].length - m[1]!.length, m[1]!.replace(/^(?:Saudi|state|Syrian|Iranian)\s+(?:state\s+)?broadcaster\s+/i, ''));
  for (const m of sentence.matchAll(l.after)) {
    // "Rob Jones, Felt's grandson, said his grandfather died": the verb has its subject before it.
    const verbAt = m.index! + m[0].length - m[1]!.length;
    if (subjectBefore(sentence, sentence.lastIndexOf(' ', verbAt - 2) + 1, '')) continue;
    const raw = m[1]!.replace(/\s+(?:in|on|at|to|that|after|before|when)\s.*$/, '').trim();
    // "…, said no Americans were killed": a clause, not a claimant.
    if (looksLikeClaimant(raw) && !/\b(?:were|was|is|are|had|has|have|would|will|did|no|not)\b/i.test(raw)) add(m.index! + m[0].length - m[1]!.length, raw);
  }
  for (const m of sentence.matchAll(l.before)) {
    const np = subjectBefore(sentence, m.index!, m[0].split(' ').pop()!);
    if (!np) continue;
    // "state media and activists reported": each conjunct is a claimant.
    // "state media and activists reported": each conjunct is a claimant; "the militants attacked the post and
    // police said": a clause before "and" is not.
    for (const part of np.split(/\s+and\s+/)) if (looksLikeClaimant(part) && !CLAUSED.test(part)) add(Math.max(0, sentence.lastIndexOf(part, m.index!)), part);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "The group claimed …", "the militants said": a definite back reference to the armed group named before. */
const GROUP_BACK = /^the (?:(?:armed|militant|rebel|insurgent|jihadist|extremist|terrorist|separatist|Islamist) )?(?:group|outfit|organi[sz]ation|militants|rebels|insurgents|jihadists|militia)$/i;

/** The last armed non-state group (a named one, not "gunmen") the article names before `offset`. */
function groupBefore(doc: Doc, offset: number): string | null {
  const named = doc.actors.filter((a) => a.end <= offset && (a.inter === 2 || a.inter === 3 || a.inter === 4) && !['unidentified', 'rebels', 'cartel'].includes(a.key) && !a.key.startsWith('state'));
  return named.length ? named[named.length - 1]!.name : null;
}

export const attributionComponent: Component = {
  name: 'attribution',
  run(doc: Doc) {
    const out: Attribution[] = [];
    let last: string | null = null;
    let inQuote = false;
    let paragraph = -1;
    const named: string[] = [];
    for (const s of doc.sentences) {
      // A quote left open by a stray mark does not run past its paragraph.
      if (s.paragraph !== paragraph) {
        paragraph = s.paragraph;
        inQuote = false;
      }
      const found = findClaimants(s.text);
      for (const c of found) {
        let claimant = c.claimant;
        if (PRONOUN.test(claimant) || /^(?:he|she|they|it)$/i.test(c.raw.trim())) {
          if (!last) continue;
          claimant = last;
        } else if (GROUP_BACK.test(c.raw.trim()) && groupBefore(doc, s.start + c.start)) {
          claimant = groupBefore(doc, s.start + c.start)!;
        } else {
          claimant = backReference(claimant, named) ?? claimant;
          if (!named.includes(claimant)) named.push(claimant);
        }
        out.push({ start: s.start + c.start, end: s.start + c.end, text: c.raw, claimant, sentence: s.index });
        last = claimant;
      }
      // A sentence inside a quoted statement speaks for the statement's issuer.
      const opens = (s.text.match(/[“"]/g) ?? []).length, closes = (s.text.match(/[”"]/g) ?? []).length;
      if (!found.length && last && (inQuote || /^\s*[“"]/.test(s.text))) {
        out.push({ start: s.start, end: s.start, text: '', claimant: last, sentence: s.index });
      }
      if (/[“"]/.test(s.text)) inQuote = opens > closes ? true : closes > opens ? false : inQuote;
      // A claimant carries over only to the next sentence or inside a quote; a new paragraph ends it.
      if (!found.length && !inQuote) last = last && s.text.trim().endsWith(':') ? last : last;
    }
    doc.attributions = out;
  },
};
