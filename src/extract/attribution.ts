/**
 * Attribution: who claims what. Each sentence's claimants ("SANA reported", "according to the Syrian
 * Observatory", "the statement reads", "state media said", "…, said a statement issued by X"), with
 * pronouns and statement quotes resolved to the last named claimant, and names normalised through
 * data/lexicons/sources.json ("Syrian state news agency" → "SANA").
 */
import type { Attribution, Component, Doc } from '../doc.js';
import { escapeRe, loadLexicon } from './lexicon.js';

interface SourcesLexicon {
  canonical: Record<string, string[]>;
  verbs: string;
  generic_claimants: string[];
}

interface Compiled {
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
      // Short all-caps aliases (AP, OIR) must match as written; longer ones case-insensitively.
      re: new RegExp(`(?<![\\w-])${escapeRe(alias)}(?![\\w-])`, /^[A-Z]{2,5}$/.test(alias) ? '' : 'i'),
    }));
  compiled = {
    // "<claimant> (has|have)? said …": the claimant is read backwards from the verb in attribution().
    before: new RegExp(`\\b(?:has |have |had |also |later |then |previously |earlier |separately )?${l.verbs}\\b`, 'g'),
    // "…, said Caggins." / ", tweeted Moammar Al-Eryani, Yemen's Minister of Information"
    // "told" is left out: after it comes the listener ("told Reuters"), not the claimant.
    after: new RegExp(`[,”"]\\s*${l.verbs.replace('told|tells|', '')}\\s+((?:the |a |an )?[A-Za-z](?:[^,.;“”"]|\\.(?=\\s?[A-Z]))+)`, 'g'),
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
function subjectBefore(sentence: string, at: number): string | null {
  let head = sentence.slice(0, at);
  // Drop parentheticals and appositives: "Caggins, a U.S. military spokesman in Iraq," / ", who was on board,"
  head = head.replace(/,\s*(?:who|which)\b[^,]*,\s*$/, ' ').replace(/,\s*(?:a|an|the)\s+[^,]{3,80},\s*$/, ' ').replace(/\([^)]*\)\s*$/, ' ');
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('”'), head.lastIndexOf('"'), head.lastIndexOf(':'), head.lastIndexOf(' that '));
  const np = head.slice(cut + 1).trim().replace(/^(?:that|and|but|while|as)\s+/i, '');
  const words = np.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return null;
  return looksLikeClaimant(np) ? np : null;
}

/** A claimant is a name (a capital letter) or a known generic claimant (officials, state media, witnesses). */
// Words that end up before a reporting verb without naming anyone: "no group has claimed", "Initial
// reports say", "A video posted … showed", "air strikes … characterized".
const NOT_CLAIMANT = /^(?:no|none|nobody|neither|initial|unconfirmed|earlier|later|local|early|first|recent|(?:a |the )?(?:video|videos|footage|photos?|images?|pictures?)|(?:air ?strikes?|rockets?|shells?|attacks?|clashes?|the attacks?|the strikes?))\b/i;

function looksLikeClaimant(np: string): boolean {
  np = np.replace(/^[“"‘']+/, '');
  if (NOT_CLAIMANT.test(np) || /\b(?:to|of|by|from|with|in|on|at|according)$/i.test(np)) return false;
  if (/^(?:it|this|that|there|he|she|they|we|i)\b/i.test(np) && np.split(/\s+/).length > 1) return false;
  if (/\b(?:and|or|but)$/i.test(np)) return false;
  return /[A-Z]/.test(np) || /\b(?:officials?|media|witness(?:es)?|residents|activists|sources?|observatory|monitor|group|authorities|police|military|army|spokes\w+|statement|reports?|agency|ministry|he|she|they|it|we|medics|doctors|coalition)\b/i.test(np);
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
  for (const m of sentence.matchAll(l.according)) add(m.index! + m[0].length - m[1]!.length, m[1]!);
  for (const m of sentence.matchAll(l.aired)) add(m.index! + m[0].length - m[1]!.length, m[1]!.replace(/^(?:Saudi|state|Syrian|Iranian)\s+(?:state\s+)?broadcaster\s+/i, ''));
  for (const m of sentence.matchAll(l.after)) {
    const raw = m[1]!.replace(/\s+(?:in|on|at|to|that|after|before|when)\s.*$/, '').trim();
    // "…, said no Americans were killed": a clause, not a claimant.
    if (looksLikeClaimant(raw) && !/\b(?:were|was|is|are|had|has|have|would|will|did|no|not)\b/i.test(raw)) add(m.index! + m[0].length - m[1]!.length, raw);
  }
  for (const m of sentence.matchAll(l.before)) {
    const np = subjectBefore(sentence, m.index!);
    if (!np) continue;
    // "state media and activists reported": each conjunct is a claimant.
    const at = m.index! - np.length - 1;
    for (const part of np.split(/\s+and\s+/)) if (looksLikeClaimant(part)) add(Math.max(0, at), part);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const attributionComponent: Component = {
  name: 'attribution',
  run(doc: Doc) {
    const out: Attribution[] = [];
    let last: string | null = null;
    let inQuote = false;
    let paragraph = -1;
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
