/**
 * Actors: who acts and who is acted upon, typed with ACLED's inter codes.
 *
 * Three pattern families, tried in this order so that the more specific wins where spans overlap:
 *  1. named groups (data/lexicons/actors.json `groups`): SDF, Islamic State, al-Shabaab, Wagner …
 *  2. generic roles (`generic`): pro-government militias, "government troops", civilians, protesters,
 *     rioters, unidentified gunmen;
 *  3. state forces by country: a country form or demonym followed by a force noun ("Syrian troops",
 *     "U.S. patrol", "Iraqi Security Forces").
 * A country of `@event` means "the country where the event happens"; it is filled from the article's
 * country context here and re-resolved per incident, where a state's forces acting abroad become inter 8.
 */
import type { ActorMention, Component, Doc } from '../doc.js';
import type { Span } from '../types.js';
import { sentenceOf } from '../doc.js';
import type { Inter } from '../types.js';
import { capitalForms, countryForms, countryOfCapital, countryOfForm, militaryForcesOf, countryInfo } from './countries.js';
import { escapeRe, loadLexicon } from './lexicon.js';

interface ActorEntry {
  key: string;
  name: string;
  inter: Inter;
  country: string;
  patterns: string[];
  /** Match regardless of case (common nouns: "herders", "vigilantes"). */
  ci?: boolean;
  /** Who the actor is where the event happens, when the text names no one ("coalition warplanes" in Yemen). */
  byEventCountry?: Record<string, { country: string; name: string; inter?: Inter; key?: string }>;
  /** States whose troops serve in this multinational mission: where the mission is named, "Ugandan soldiers" are its troops. */
  contributors?: string[];
}
interface Regime {
  key: string;
  from: string;
  inter: Inter;
  name: string;
}
interface ActorLexicon {
  regimes?: Regime[];
  stateForceNouns: string;
  /** Capitalised names of a state's institutions: "the Nigerian Army", "Iraqi Security Forces", "Armed Forces of Ukraine". */
  stateForceNames: string;
  /** Words that make "Syrian … forces" someone other than the state: "Syrian opposition forces". */
  notStateForces: string;
  /** Verbs whose subject pronoun ("they opened fire", "it struck") stands for the armed actor just named. */
  pronounVerbs: string;
  groups: ActorEntry[];
  generic: ActorEntry[];
}

interface CompiledActor {
  entry: ActorEntry;
  re: RegExp;
  family: 'group' | 'generic';
}

let compiled: { actors: CompiledActor[]; state: RegExp; stateOf: RegExp; notState: RegExp; coordinated: RegExp; byCapital: RegExp } | null = null;

function compile() {
  const lex = loadLexicon<ActorLexicon>('actors');
  const actors: CompiledActor[] = [];
  for (const [family, list] of [['group', lex.groups], ['generic', lex.generic]] as const)
    // Generic roles are common nouns, capitalised at a sentence start ("Militants attacked …"): they match
    // in any case, as do groups marked "ci"; names are matched as written (AFP the agency, not "afp").
    for (const entry of list) actors.push({ entry, family, re: new RegExp(entry.patterns.map((p) => `(?:${p})`).join('|'), family === 'generic' || entry.ci ? 'gi' : 'g') });
  const forms = countryForms().map(escapeRe).join('|');
  // One lowercase word may qualify the force ("Syrian government troops"), not a function word ("the death
  // of an American in rockets fired on the base" is no American force).
  const QUALIFIER = '(?!(?:in|of|on|at|by|from|to|for|with|and|or|the|an?|who|that|was|were|is|are|as)\\s)[a-z]+';
  // "Syrian troops", "U.S. military personnel", "Syria's army", "the Turkish-backed" is left to groups.
  const nouns = `(?:${lex.stateForceNouns}|${lex.stateForceNames})`;
  const state = new RegExp(
    `(?<![\\w-])(${forms})(?:'s)?\\s+((?:[A-Z][a-z]+\\s+){0,2}(?:${QUALIFIER}\\s+)?${nouns})\\b`,
    'g',
  );
  // "Armed Forces of Ukraine", "the Army of the Philippines": the institution, then the country.
  // "Forces of the Government of Syria" (UCDP's side name with a force noun): the government's forces.
  const stateOf = new RegExp(`\\b(${lex.stateForceNames}|(?:[Ff]orces|[Tt]roops|[Ss]oldiers|[Uu]nits) (?:of|loyal to) the (?:[Gg]overnment|[Rr]egime)) of (?:the )?(${forms})\\b`, 'g');
  // "Kyiv's forces", "Moscow's troops": a capital names its state only with a possessive before a force noun.
  const byCapital = new RegExp(`(?<![\\w-])(${capitalForms().map(escapeRe).join('|')})'s\\s+((?:[a-z]+\\s+)?${nouns})\\b`, 'g');
  const coordinated = new RegExp(`(?<![\\w-])(${forms})\\s+(?:and|&)\\s+(?=(?:[A-Z][\\w.'-]*\\s+){1,4}(?:[a-z]+\\s+)?${nouns}\\b)`, 'g');
  return { actors, state, stateOf, coordinated, byCapital, notState: new RegExp(`\\b(?:${lex.notStateForces})\\b`, 'i') };
}

function compiledLexicon() {
  return (compiled ??= compile());
}

/** Replaces the `@event` placeholder of lexicon names with the country's name. */
export function actorName(template: string, country: string | null): string {
  if (!template.includes('@event')) return template;
  if (template === 'Military Forces of @event') return militaryForcesOf(country);
  if (template === 'Police Forces of @event') return militaryForcesOf(country).replace(/^Military/, 'Police');
  return template.replace('@event', countryInfo(country)?.name ?? 'unknown country');
}

/** All actor mentions in a text; `eventCountry` fills `@event` countries. Pure, for unit tests. */
export function findActors(text: string, eventCountry: string | null): Omit<ActorMention, 'sentence'>[] {
  const { actors, state, stateOf, notState, coordinated, byCapital } = compiledLexicon();
  // Curly apostrophes ("People’s Defence Force", "Da’esh") read as straight ones; offsets are unchanged.
  text = text.replace(/[’‘]/g, "'");
  // A state's forces are its own (1) at home and foreign (8) abroad.
  const stateInter = (iso: string): Inter => (eventCountry && iso !== eventCountry ? 8 : 1);
  const out: Omit<ActorMention, 'sentence'>[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const add = (m: Omit<ActorMention, 'sentence'>) => {
    if (!free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };
  const scan = (family: 'group' | 'generic') => {
    // Generic roles overlap ("armed men" and "men", "unidentified persons" and "persons"): the longest reading
    // wins. Named groups keep the lexicon's order, where the more specific names come first.
    const found: Omit<ActorMention, 'sentence'>[] = [];
    for (const { entry, re, family: f } of actors) {
      if (f !== family) continue;
      re.lastIndex = 0;
      for (let m; (m = re.exec(text)); ) {
        if (!m[0]) {
          re.lastIndex++;
          continue;
        }
        let country = entry.country === '@event' ? eventCountry : entry.country;
        let name = actorName(entry.name, country);
        // "Coalition warplanes" in Yemen are the Saudi-led coalition's; "US-led coalition" says whose it is.
        const local = eventCountry ? entry.byEventCountry?.[eventCountry] : undefined;
        let inter: Inter = entry.inter;
        let key = entry.key;
        // A local reading may be another actor altogether: "SNA" is the Somali National Army in Somalia.
        if (local && !/\b(?:US|U\.S\.|American|Inherent)\b/.test(m[0])) ({ country, name, inter = entry.inter, key = entry.key } = local);
        // Lexicon entries keyed "state:XX" are institutions of a state's forces (IDF, FARDC, CRPF).
        if (key.startsWith('state:') && country) inter = stateInter(country);
        // Any state's forces acting outside their country are external forces (the Houthis striking Saudi Arabia).
        else if (inter === 1 && country && eventCountry && country !== eventCountry) inter = 8;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], key, name, inter, country });
      }
    }
    if (family === 'generic') found.sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const f of found) add(f);
  };
  scan('group');
  state.lastIndex = 0;
  for (let m; (m = state.exec(text)); ) {
    const iso = countryOfForm(m[1]!);
    if (!iso) continue;
    // Ministries, media and officials are claimants, not forces.
    if (/\b(?:ministry|media|news|officials?|president|minister|spokes\w+|secretary|embassy|government)\b/i.test(m[2]!) && !/forces|troops|army/i.test(m[2]!)) continue;
    // "Syrian opposition forces", "Kurdish-led forces" are not the state's.
    if (notState.test(m[2]!)) continue;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], key: `state:${iso}`, name: militaryForcesOf(iso), inter: stateInter(iso), country: iso });
  }
  byCapital.lastIndex = 0;
  for (let m; (m = byCapital.exec(text)); ) {
    const iso = countryOfCapital(m[1]!);
    if (iso && !notState.test(m[2]!)) add({ start: m.index, end: m.index + m[0].length, text: m[0], key: `state:${iso}`, name: militaryForcesOf(iso), inter: stateInter(iso), country: iso });
  }
  // "US and Syrian Democratic Forces troops", "Russian and Syrian warplanes": the first state's forces too.
  coordinated.lastIndex = 0;
  for (let m; (m = coordinated.exec(text)); ) {
    const iso = countryOfForm(m[1]!);
    if (iso) add({ start: m.index, end: m.index + m[1]!.length, text: m[1]!, key: `state:${iso}`, name: militaryForcesOf(iso), inter: stateInter(iso), country: iso });
  }
  stateOf.lastIndex = 0;
  for (let m; (m = stateOf.exec(text)); ) {
    const iso = countryOfForm(m[2]!);
    if (iso) add({ start: m.index, end: m.index + m[0].length, text: m[0], key: `state:${iso}`, name: militaryForcesOf(iso), inter: stateInter(iso), country: iso });
  }
  scan('generic');
  out.sort((a, b) => a.start - b.start);
  return missionTroops(paramilitaryNamed(text, resolveGeneric(text, out)), eventCountry);
}

/**
 * "The paramilitary Rapid Support Forces": the word describes the named group that follows; it names no
 * state force of its own. One mention, the group's.
 */
function paramilitaryNamed<T extends Omit<ActorMention, 'sentence'>>(text: string, mentions: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!, next = mentions[i + 1];
    if (m.key === 'state-forces' && /^paramilitar(?:y|ies)$/i.test(m.text) && next && nonState(next) && /^\s+$/.test(text.slice(m.end, next.start))) {
      out.push({ ...next, start: m.start, text: text.slice(m.start, next.end) });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A multinational mission's contingents are the mission: where a text names AMISOM, "Ugandan soldiers" abroad
 * in Somalia are its troops (ACLED codes the mission as the external force, not a second foreign state).
 */
function missionTroops<T extends Omit<ActorMention, 'sentence'>>(mentions: T[], eventCountry: string | null): T[] {
  const missions = loadLexicon<ActorLexicon>('actors').groups.filter((g) => g.contributors?.length);
  const named = missions.find((g) => mentions.some((m) => m.key === g.key));
  if (!named) return mentions;
  const mission = mentions.find((m) => m.key === named.key)!;
  return mentions.map((m) =>
    m.key.startsWith('state:') && m.country && m.country !== eventCountry && named.contributors!.includes(m.country)
      ? { ...m, key: mission.key, name: mission.name, inter: mission.inter, country: mission.country }
      : m,
  );
}

/** What may stand between a group's name and its head noun: "SDF militia troops", "Wagner ground forces". */
// ("Islamic State-linked insurgents", "al-Qaeda-affiliated fighters": the group's own men.)
const HEAD_GAP = /^(?:-(?:linked|affiliated|allied|aligned|inspired|loyal)\s+|[\s-]*)(?:(?:militia|rebel|insurgent|guerrilla|cartel|gang|jihadist|Islamist|separatist|armed|special|elite|ground|allied|affiliated)\s+)?$/;
/** Generic words that another mention can name: "gunmen", "the militants", "the cartel". */
const GENERIC_KEYS = new Set(['unidentified', 'rebels', 'cartel']);
const nonState = (a: { key: string; inter: Inter }) => !GENERIC_KEYS.has(a.key) && !a.key.startsWith('state') && (a.inter === 2 || a.inter === 3 || a.inter === 4);

/**
 * Generic words that name a group already named:
 *  - right after the group's name they are its head noun ("Boko Haram gunmen", "Taliban militants"): one mention;
 *  - with a definite article after the only non-state group the text has named so far ("Al-Shabaab stormed the
 *    hotel … the militants held it for hours"): the group itself (definite anaphora).
 */
function resolveGeneric<T extends Omit<ActorMention, 'sentence'>>(text: string, mentions: T[]): T[] {
  const out: T[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    // ("Janjaweed militiamen": the militia word is the group's head noun too.)
    const headNoun = GENERIC_KEYS.has(m.key) || m.key === 'state-forces' || (m.key === 'pro-government' && /^(?:militiam[ae]n|militias?)$/i.test(m.text));
    if (headNoun && prev && nonState(prev) && HEAD_GAP.test(text.slice(prev.end, m.start))) {
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end) };
      continue;
    }
    // "Gunmen suspected to be bandits", "attackers believed to be Boko Haram fighters": one actor, named by the
    // more specific reading (a named group over a generic word).
    if (prev && prev.inter !== 7 && m.inter !== 7 && /^,?\s+(?:(?:who (?:are|were) )?(?:suspected|believed|thought|said|presumed) to (?:be|have been)|suspected(?: to be)? of being)\s+(?:the |an? )?(?:suspected |armed )?$/i.test(text.slice(prev.end, m.start))) {
      const keep = (GENERIC_KEYS.has(m.key) || m.key === 'state-forces') && !GENERIC_KEYS.has(prev.key) ? prev : GENERIC_KEYS.has(m.key) ? prev : m;
      out[out.length - 1] = { ...keep, start: prev.start, end: m.end, text: text.slice(prev.start, m.end) };
      continue;
    }
    // "AMISOM said only three of its troops were wounded": a possessive force noun right after a group or an
    // external force (with no other subject between) is that actor's, not the event country's army.
    if (m.key === 'state-forces' && /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, m.start - 7), m.start))) {
      const owner = [...out].reverse().find((a) => a.inter !== 7 && a.inter !== 6 && a.key !== 'state-forces');
      const gap = owner ? text.slice(owner.end, m.start) : '';
      if (owner && owner.inter !== 1 && !GENERIC_KEYS.has(owner.key) && gap.length <= 50 && !/[.;]|\b(?:the|a|an|government|army|military|police)\b/i.test(gap)) {
        out.push({ ...m, key: owner.key, name: owner.name, inter: owner.inter, country: owner.country });
        continue;
      }
    }
    if (GENERIC_KEYS.has(m.key) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) {
      const named = out.filter((a) => nonState(a) && m.start - a.end < 1500);
      const keys = new Set(named.map((a) => a.key));
      const group = named[named.length - 1];
      if (keys.size === 1 && group && (group.inter === m.inter || m.key !== 'cartel')) {
        out.push({ ...m, key: group.key, name: group.name, inter: group.inter, country: group.country });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

let pronounRe: RegExp | null = null;

/**
 * Subject pronouns of an attack verb stand for the armed actor just named, and become mentions of it:
 *  - in its sentence, with no other actor between ("ISWAP fighters entered Dikwa and they opened fire",
 *    "the army said it killed five militants");
 *  - opening the next sentence, where the previous one names one armed actor only ("Al-Shabaab fighters
 *    reached the base. They opened fire on soldiers").
 * Crowds and civilians are no antecedent ("residents said they heard gunfire" names no attacker).
 */
export function pronounMentions(text: string, sentences: readonly Span[], mentions: readonly ActorMention[]): ActorMention[] {
  if (!sentences.length) return [];
  // (Compiled once: this runs on every document.)
  const re = (pronounRe ??= new RegExp(`\\b(they|it)\\s+(?:then |also |later |reportedly |allegedly |had |have |has )?(?:${loadLexicon<ActorLexicon>('actors').pronounVerbs})\\b`, 'gi'));
  re.lastIndex = 0;
  const armed = (a: ActorMention) => a.inter !== 5 && a.inter !== 6 && a.inter !== 7;
  const out: ActorMention[] = [];
  for (let m; (m = re.exec(text)); ) {
    const start = m.index, end = start + m[1]!.length;
    const si = sentences.findIndex((s) => s.start <= start && start < s.end);
    if (si < 0) continue;
    const s = sentences[si]!;
    const before = mentions.filter((a) => a.sentence === si && a.end <= start);
    let antecedent: ActorMention | undefined;
    if (before.length) {
      const last = before[before.length - 1]!;
      if (armed(last)) antecedent = last;
    } else if (/^\W*$/.test(text.slice(s.start, start)) && si > 0) {
      // Opening its sentence: the previous sentence's one armed actor, named as a subject (not after "said").
      const prev = mentions.filter((a) => a.sentence === si - 1);
      const keys = new Set(prev.filter(armed).map((a) => a.key));
      const first = prev.find(armed);
      const ps = sentences[si - 1]!;
      if (first && keys.size === 1 && !/\b(?:said|says|told|according)\b/i.test(text.slice(ps.start, first.start))) antecedent = first;
    }
    if (antecedent) out.push({ ...antecedent, start, end, text: text.slice(start, end), sentence: si });
  }
  return out;
}

export const actorsComponent: Component = {
  name: 'actors',
  run(doc: Doc) {
    const found = findActors(doc.text, doc.country);
    const mentions = found.map((a) => ({ ...a, sentence: doc.sentences.length ? sentenceOf(doc, a.start) : 0 }));
    doc.actors = [...mentions, ...pronounMentions(doc.text, doc.sentences, mentions)].sort((a, b) => a.start - b.start);
  },
};

/** Actor keys of the kinds events need ("state", "nonstate", "protesters", "civilians"). */
export function actorKind(a: Pick<ActorMention, 'key' | 'inter'>): 'state' | 'nonstate' | 'protesters' | 'rioters' | 'civilians' {
  if (a.inter === 6) return 'protesters';
  if (a.inter === 5) return 'rioters';
  if (a.inter === 7) return 'civilians';
  if (a.inter === 1 || a.inter === 8) return 'state';
  return 'nonstate';
}

/** A group that took over a state is coded as that state's forces from the takeover on (Taliban, 2021). */
export function regimeOn(key: string, date: string | null): { inter: Inter; name: string } | null {
  if (!date) return null;
  const r = (loadLexicon<ActorLexicon>('actors').regimes ?? []).find((x) => x.key === key && date >= x.from);
  return r ? { inter: r.inter, name: r.name } : null;
}

/** Keys of the lexicon entries whose country is "the country where the event happens" (`@event`). */
export function eventCountryKeys(): Set<string> {
  const lex = loadLexicon<ActorLexicon>('actors');
  return new Set([...lex.groups, ...lex.generic].filter((e) => e.country === '@event').map((e) => e.key));
}
