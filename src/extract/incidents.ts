/**
 * Incidents of one article: event mentions grouped into incident records, each field traced to the
 * sentence and the claimant it came from.
 *
 * Steps (each a small function below):
 *  1. mention groups — one per story sentence with a real event trigger (not negated, hypothetical,
 *     aggregate or in a caption), carrying that sentence's dates, places, actors, figures and claimant;
 *  2. assignment — the lead group opens the main incident; a later group opens its own incident when it
 *     has its own date that disagrees, a "second blast"/"in a separate attack" cue, background cues, or
 *     other belligerents; otherwise it reports the main (or the incident it continues);
 *  3. fields — date (explicit outranks weekday), place (the most specific, relative phrases → precision 2),
 *     event type by ACLED's hierarchy, actors with inter codes, claims (figures, initiator, civilian
 *     status, weapon) with their quotes, and figures recomputed from the claims.
 */
import { sentenceOf, type ActorMention, type CasualtyMention, type Doc, type EventMention, type PlaceMention } from '../doc.js';
import { VIOLENT_EVENT_TYPES, type Claim, type EventType, type Span, type IncidentRecord, type Inter, type TimePrecision } from '../types.js';
import { recompute } from '../fuse/index.js';
import { haversineKm } from '../fuse/match.js';
import { canDateEvent, eventDateFor, isReportingDate, undatedEventDate, yearNamesOtherTime } from './dates.js';
import { eventsLexicon, eventTypeOf, triggerWeight } from './events.js';
import { actorName, eventCountryKeys, findActors, regimeOn } from './actors.js';
import { capitalName, countryInfo, countryLabel, countryOfForm, militaryForcesOf } from './countries.js';
import { admin1Name, getGeoparser, lookup, type Candidate } from '../geo/index.js';
import type { Casualty } from './casualties.js';
import { findClaimants } from './attribution.js';
import { loadLexicon } from './lexicon.js';
import { readDateline } from '../ingest/dateline.js';

interface Group {
  sentence: number;
  paragraph: number;
  events: EventMention[];
  strength: number;
  ownDate: { date: string; precision: TimePrecision; kind?: string } | null;
  places: PlaceMention[];
  actors: ActorMention[];
  casualties: CasualtyMention[];
  background: boolean;
  separate: boolean;
  /** Dated only after publication: something planned. */
  future?: boolean;
  /** Its own date ends more than OLD_DAYS before publication: history told for context, not this report's news. */
  old?: boolean;
}

interface Draft {
  groups: Group[];
  main: boolean;
  /** Opened by a "second blast" / "separate attack" cue: the text itself says another event happened. */
  separate?: boolean;
  /** The cue's ordinal ("second", "another"), to join later mentions of the same second incident. */
  cue?: string;
  /** The main incident's date, for an incident opened on the same day ("a second blast"). */
  inherit?: { date: string; precision: TimePrecision } | null;
  /** A background event recalled as context, told only to the week, month or year or long before the news. */
  recalled?: boolean;
}

const DAY = 86_400_000;
// A claim of responsibility, or a blame that names the perpetrator: "IS claimed responsibility", "militias
// were most likely behind the assault", "Kataeb Hezbollah was blamed for", "the sources blamed ISWAP".
const CLAIMED_BEFORE = /\b(?:claimed (?:responsibility|the attack|the bombing|the killing)|took responsibility|(?:is|are) (?:the )?(?:most )?(?:likely|suspected)(?: culprits?| perpetrators?)?[.,;]|(?:was|were|is|are) (?:(?:most )?likely |believed to be |thought to be )?(?:behind|responsible for) (?:the (?:attack|bombing|blast|killing|assault|strike)|it\b|this\b)|(?:was|were) blamed\b)/i;
const CLAIMED_AFTER = /\bblamed (?:the )?(?!by\b)/i;
// "No group has yet claimed responsibility, but IS has carried out similar attacks": nobody claimed it.
const NO_CLAIM = /\b(?:no (?:group|one|organi[sz]ation|faction)|nobody|none)\s+(?:\w+\s+){0,3}?(?:claimed|took responsibility)\b|\b(?:not|yet to be|never) (?:been )?claimed\b/i;
const CLAIMED = { test: (t: string) => !NO_CLAIM.test(t) && (CLAIMED_BEFORE.test(t) || CLAIMED_AFTER.test(t)) };

// "Residents said the attackers were Boko Haram fighters", "police identified the gunmen as ISWAP members": the
// group named right after is who attacked.
const IDENTIFIED = /\b(?:attackers|gunmen|assailants|armed men|perpetrators|killers|raiders|attacker|gunman|assailant)\s+(?:(?:were|was|are|is)\s+(?:(?:suspected|believed|thought|said|presumed)\s+to\s+be\s+|likely\s+|probably\s+|members\s+of\s+|from\s+)?|as\s+)(?:the\s+|an?\s+|suspected\s+)*$/i;
/** The mention is named as the attackers by the words just before it, within its sentence. */
function namedAsAttackers(doc: Doc, s: Span, a: ActorMention): boolean {
  return IDENTIFIED.test(doc.text.slice(Math.max(s.start, a.start - 60), a.start));
}

/** The actor mentions a sentence names as perpetrators (the subject of the claim, or the object of "blamed"). */
function perpetrators(doc: Doc, sentence: number): Set<ActorMention> {
  const s = doc.sentences[sentence];
  const out = new Set<ActorMention>();
  if (!s || NO_CLAIM.test(s.text)) return out;
  const here = doc.actors.filter((a) => a.sentence === sentence && a.inter !== 7);
  const before = CLAIMED_BEFORE.exec(s.text);
  if (before) {
    const at = s.start + before.index;
    const subject = here.filter((a) => a.end <= at).pop();
    if (subject) out.add(subject);
  }
  for (const a of here) if (namedAsAttackers(doc, s, a)) out.add(a);
  const after = CLAIMED_AFTER.exec(s.text);
  if (after) {
    const at = s.start + after.index + after[0].length;
    const object = here.find((a) => a.start >= at && a.start - at < 40);
    if (object) out.add(object);
  }
  return out;
}

/** data/lexicons/incidents.json: blame, denial and other-incident wording, compiled once. */
interface IncidentsLexicon {
  blame: RegExp;
  blameNeedsSubject: RegExp;
  denial: RegExp;
  otherIncident: RegExp;
  orgNameAfter: RegExp;
}
let incidentsLex: IncidentsLexicon | null = null;
function incidentsLexicon(): IncidentsLexicon {
  if (incidentsLex) return incidentsLex;
  const raw = loadLexicon<Record<string, string>>('incidents');
  return (incidentsLex = {
    blame: new RegExp(raw.blame!, 'gi'),
    blameNeedsSubject: new RegExp(raw.blameNeedsSubject!, 'i'),
    denial: new RegExp(raw.denial!, 'gi'),
    otherIncident: new RegExp(raw.otherIncident!, 'i'),
    orgNameAfter: new RegExp(raw.orgNameAfter!),
  });
}

// "Afghan officials blamed the Taliban, but the Taliban denied involvement": each clause has its own speaker.
// (Not ", and": "the U.S. military said its force came under fire, and that troops responded" is one voice.)
const CLAUSE_BREAK = /\s*(?:[;:]|,?\s+(?:but|while|whereas|although|though)\s+)\s*/gi;
/** Clause spans of a sentence, relative to it. */
function clausesOf(text: string): [number, number][] {
  const clauses: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    clauses.push([from, m.index!]);
    from = m.index! + m[0].length;
  }
  clauses.push([from, text.length]);
  return clauses;
}
// A response to a claim keeps a clause's subject ("the SDF said Turkish-backed factions were behind it").
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i;
const RESPONSIBILITY = /\b(?:claimed|took) (?:responsibility|the attack|the bombing|the killing)|\btook responsibility\b/i;

// What a blame is for: an attack ("blamed the SDF for the bombing", "accused soldiers of killing villagers").
const ATTACK_COMPLEMENT = /\b(?:attacks?|attacking|bomb\w*|blasts?|explosions?|kill\w*|murder\w*|massacres?|assaults?|strikes?|striking|shell\w*|ambush\w*|raids?|raiding|shoot\w*|firing|fired|launch\w*|carry\w* out|carried out|stag\w*|abduct\w*|kidnap\w*|violence|deaths?|incident)\b/i;
/** A blame's complement: none ("officials blamed the Taliban") or one about the attack. */
function blamesForAttack(rest: string): boolean {
  const m = /^\S*\s*(?:fighters|militants|members|forces|troops|soldiers|gunmen|rebels|insurgents)?\s*(?:of|for|over|in)\s+([^,;]*)/i.exec(rest);
  return !m || ATTACK_COMPLEMENT.test(m[1]!);
}

/** An armed actor a source can blame: a named group or a state's forces, not "gunmen" or civilians. */
const blameable = (a: ActorMention) => a.inter !== 5 && a.inter !== 6 && a.inter !== 7 && !GENERIC_KEYS.has(a.key) && !/^Unidentified\b/.test(a.name);
// "US troops killed, injured in Iraq attack": a passive told without its auxiliary names the victims.
const PASSIVE_AFTER = /^\s*(?:\w+\s+){0,2}?(?:killed|shot|wounded|injured|attacked)\s*(?:,|\b(?:in|by|during|and (?:wounded|injured))\b|$)/i;

/**
 * Who each source says carried the attack out, from one sentence: a claim of responsibility ("al-Shabaab
 * claimed responsibility": the group's own word), a blame ("state media blamed the SDF", "officials suspect
 * Kataib Hezbollah", "X was blamed"), a denial ("the Taliban denied involvement": `not Taliban`), and an
 * attributed account naming the attacker ("the army said Boko Haram fighters attacked the village").
 * Different values from different sources make a `perpetrator` dispute (fuse/figures.ts).
 */
function perpetratorClaims(doc: Doc, sentence: number, attackers = true): { value: string; source: string; at: number }[] {
  const s = doc.sentences[sentence];
  if (!s || NO_CLAIM.test(s.text)) return [];
  const lex = incidentsLexicon();
  const text = s.text;
  const out: { value: string; source: string; at: number }[] = [];
  const push = (value: string, source: string, at: number) => {
    if (!out.some((o) => o.value === value && o.source === source)) out.push({ value, source, at });
  };
  const here = doc.actors.filter((a) => a.sentence === sentence);
  const attrs = doc.attributions.filter((a) => a.sentence === sentence && a.end > a.start);
  const clauses = clausesOf(text);
  const rel = (x: { start: number; end: number }) => ({ start: x.start - s.start, end: x.end - s.start });
  for (const [cs, ce] of clauses) {
    const clause = text.slice(cs, ce);
    const inside = (x: { start: number; end: number }) => rel(x).start >= cs && rel(x).end <= ce;
    const actors = here.filter(inside);
    const subjectActor = (v: number) => actors.filter((a) => rel(a).end <= v && blameable(a)).pop();
    // The claimant just before a verb ("State media blamed", "Afghan officials suspect").
    const speaker = (v: number, word: string): string | null => {
      const a = attrs.filter((x) => inside(x) && rel(x).end <= v && v - rel(x).end <= 3).pop();
      if (a) return a.claimant;
      // "suspect" is no reporting verb to the attribution lexicon: read the clause as if it said "blamed".
      const swapped = text.slice(0, v) + 'blamed' + text.slice(v + word.length);
      const c = findClaimants(swapped).filter((x) => x.end <= v && v - x.end <= 3).pop();
      // ("We suspect the device was planted by al-Shabaab," she said: "we" is the quoted speaker's side; the
      // sentence's attribution names who that is.)
      if (c && /^(?:we|i|they|he|she)$/i.test(c.claimant.trim())) return attrs[0]?.claimant ?? claimantAt(doc, sentence, v);
      return c ? c.claimant : null;
    };
    for (const m of clause.matchAll(lex.denial)) {
      const v = cs + m.index!;
      const subject = subjectActor(v);
      if (subject) push(`not ${subject.name}`, speaker(v, m[0].split(/\s+/)[0]!) ?? subject.name, subject.start);
    }
    for (const m of clause.matchAll(lex.blame)) {
      const v = cs + m.index!;
      const word = m[0];
      if (PASSIVE_BEFORE.test(text.slice(Math.max(0, v - 30), v))) {
        // "ISWAP was blamed for the attack", "gunmen suspected of …": the subject is the one blamed.
        // (The one blamed is the clause's subject, told just before: "It is suspected that …" names nobody; and
        // the blame is for an attack: "was suspected to have told the police" is none.)
        const near = subjectActor(v);
        const subject = near && v - rel(near).end <= 25 && ATTACK_COMPLEMENT.test(text.slice(v, Math.min(ce, v + 80))) ? near : undefined;
        // "… was blamed by the U.S. for a rocket attack": the one after "by" blames.
        const by = /^\s+by\s+((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})/.exec(text.slice(v + word.length));
        if (subject) push(subject.name, by ? findClaimants(`${by[1]} said.`)[0]?.claimant ?? by[1]!.replace(/^the\s+/i, '') : claimantAt(doc, sentence, v), subject.start);
        continue;
      }
      // "the suspects", "two suspected militants": a noun or an adjective, no blame.
      if (lex.blameNeedsSubject.test(word) && /\b(?:the|a|an|of|were|are|was|is|by|two|three|four|five|several|some|many|other|alleged|main|prime|key|possible|all|these|those|\d+)\s+$/i.test(text.slice(Math.max(0, v - 12), v))) continue;
      const claimant = speaker(v, word);
      if (!claimant && lex.blameNeedsSubject.test(word)) continue;
      const after = v + word.length;
      const object = actors.find((a) => rel(a).start >= after && rel(a).start - after < 80 && blameable(a) && !attrs.some((x) => x.start <= a.start && a.end <= x.end));
      if (!object) continue;
      const between = text.slice(after, rel(object).start);
      // The blamed is the verb's object, not a word further on ("accusing him of being a Police informer").
      if (/\b(?:him|her|them|us|me|it|being|as)\b|[,;]/i.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 10) continue;
      if (/^hold|^held/i.test(word) && !/^\S*\s+(?:\w+\s+){0,2}responsible\b/i.test(text.slice(rel(object).end, rel(object).end + 40))) continue;
      if (/^attribut/i.test(word) && !/\bto\s+(?:the\s+)?$/i.test(between)) continue;
      // "accusing the United States of being in the nation illegally": blamed for something else.
      if (!blamesForAttack(text.slice(rel(object).end, ce))) continue;
      push(object.name, claimant ?? claimantAt(doc, sentence, v), object.start);
    }
    const claimed = CLAIMED_BEFORE.exec(clause);
    if (claimed) {
      const v = cs + claimed.index;
      const subject = subjectActor(v);
      if (RESPONSIBILITY.test(claimed[0])) {
        // The group's own word; "the group claimed responsibility" names it through the attribution.
        const named = subject?.name ?? attrs.filter((x) => inside(x) && rel(x).end <= v && doc.actors.some((a) => a.name === x.claimant && blameable(a))).pop()?.claimant;
        if (named) push(named, named, s.start + v);
      } else if (subject && !/\bblamed\b/i.test(claimed[0])) {
        // "militias were most likely behind the assault, officials said" ("X was blamed" is read above).
        const others = attrs.filter((x) => !(x.start <= subject.start && subject.end <= x.end));
        push(subject.name, others.length ? others.reduce((b, x) => (Math.abs(x.start - subject.start) < Math.abs(b.start - subject.start) ? x : b)).claimant : claimantAt(doc, sentence, v), subject.start);
      }
    }
  }
  // "Residents said the attackers were Boko Haram fighters": the group named as the attackers, in the speaker's voice.
  for (const a of here)
    if (blameable(a) && !attrs.some((x) => x.start <= a.start && a.end <= x.end) && namedAsAttackers(doc, s, a)) push(a.name, claimantAt(doc, sentence, a.start), a.start);
  // "The army said Boko Haram fighters attacked the village": an account names the attacker (in the outlet's own
  // voice when nobody is cited: two outlets naming different groups disagree once fused).
  for (const a of here) {
    if (!attackers) break;
    if (!blameable(a) || attrs.some((x) => x.start <= a.start && a.end <= x.end) || attackRole(doc, a) !== 'attacker' || PASSIVE_AFTER.test(doc.text.slice(a.end, a.end + 60))) continue;
    push(a.name, claimantAt(doc, sentence, a.start), a.start);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Groups that only some sources name as the perpetrator ("the army said Boko Haram fighters attacked …, but
 * residents blamed ISWAP"): alternatives for one side, not two sides of a fight. The first told is kept as
 * the actor; the others stay in the perpetrator claims and the dispute. Returns the mentions to leave out.
 */
function alternativePerpetrators(doc: Doc, d: Draft): Set<ActorMention> {
  const claims = d.groups.flatMap((g) => perpetratorClaims(doc, g.sentence)).filter((c) => !c.value.startsWith('not '));
  const values = [...new Set(claims.map((c) => c.value))];
  const out = new Set<ActorMention>();
  if (values.length < 2 || new Set(claims.map((c) => c.source.toLowerCase())).size < 2) return out;
  const blameSentences = new Set(d.groups.filter((g) => perpetratorClaims(doc, g.sentence).length).map((g) => g.sentence));
  const drop = new Set(values.slice(1));
  for (const g of d.groups) for (const a of g.actors) if (drop.has(a.name) && blameSentences.has(a.sentence)) out.add(a);
  return out;
}

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;

function datesAgree(a: { date: string; precision: TimePrecision } | null, b: { date: string; precision: TimePrecision } | null): boolean {
  if (!a || !b) return true;
  if (a.precision === 3 || b.precision === 3) return a.date.slice(0, 7) === b.date.slice(0, 7);
  return Math.abs(dayOf(a.date) - dayOf(b.date)) <= (a.precision === 2 || b.precision === 2 ? 7 : 1);
}

/** Distance between two places, by the fusion's haversine. */
const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);

/**
 * Per-call state of one buildIncidents run: the document, and the spans of actors and claimants, whose
 * place names ("US troops", "SANA") do not locate an event. Passed along instead of kept in module state,
 * so that concurrent or nested calls cannot see each other's document.
 */
interface Ctx {
  doc: Doc;
  blocked: [number, number][];
}
const blockedSpans = (doc: Doc) => [...doc.actors, ...doc.attributions].map((a) => [a.start, a.end] as [number, number]);
// "Esper said in Brussels", "speaking in Geneva": where a claim was made, not where the event happened.
const REPORTED_FROM = /\b(?:said|says|speaking|spoke|told reporters|announced|visiting|visit to|meeting|summit|conference|briefing|based|headquartered|travell?ing|hearing)\b[^.,;]{0,40}\b(?:in|at|from)\s+$/i;
// "KABUL, Afghanistan (AP) —", "MOSCOW, March 7. /TASS/.": the dateline says where the reporter files from
// (read by the project's one dateline reader, at the start of the mention's line). The reader takes a place
// in title case only with a date or a credit after it (a title-case word before a dash is often the story's
// subject); a gazetteer place opening a line with a colon ("Raipur: Four Naxals were killed …", Indian
// outlets' style) is a dateline too.
const isDateline = (text: string, p: PlaceMention) => {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  const d = readDateline(text, lineStart);
  if (d) return p.start >= d.place.start && p.end <= d.place.end;
  return text.slice(lineStart, p.start).trim() === '' && /^:[ \t]/.test(text.slice(p.end, p.end + 2));
};
// "taken to a hospital in Y", "treated in Y": where the wounded went, not where they were hurt.
const TREATED_AT = /\b(?:(?:taken|rushed|evacuated|transferred|transported|flown|airlifted|moved|admitted|referred) to (?:an? |the )?(?:[\w'-]+ ){0,3}(?:hospitals?|clinics?|medical (?:centre|center|facility))|(?:being )?treated|receiving treatment)\s+(?:in|at)\s+(?:the\s+)?$/i;
// "the victims, all from Punjab", "labourers hailing from Bihar", "a native of Kano": where the victims come from.
const ORIGIN = /\b(?:(?:all|both|most|many|mostly|several|some|originally|who (?:were|was|are|is)|hail(?:ed|ing|s)?|who hailed) from|natives? of|hail(?:ed|ing|s)? from|domiciled in|residents? of (?:the )?(?:neighbou?ring|nearby) )\s*$/i;
/** Places that can locate an event: not demonyms, not names inside an actor ("US troops") or a claimant ("SANA"). */
const locating = (ctx: Ctx, p: PlaceMention) => {
  if (p.demonym || ctx.blocked.some(([a, b]) => p.start < b && a < p.end) || isDateline(ctx.doc.text, p)) return false;
  const before = ctx.doc.text.slice(Math.max(0, p.start - 60), p.start);
  return !REPORTED_FROM.test(before) && !TREATED_AT.test(before) && !ORIGIN.test(before);
};

/**
 * The country where the article's events happen: the country of its locating places, towns and provinces
 * counting more than country names (the geoparser's own country context counts "US" in "US troops").
 */
function eventCountry(ctx: Ctx): string | null {
  const { doc } = ctx;
  const tally = new Map<string, number>();
  const eventSentences = new Set(doc.events.filter((e) => !e.negated && !e.hypothetical).map((e) => e.sentence));
  for (const p of doc.places) {
    if (!locating(ctx, p) || !p.country || doc.sentences[p.sentence]?.caption) continue;
    const isCountry = p.featureCode.startsWith('PCL');
    // A country's name used as an adjective ("Saudi ambassador", "Saudi state broadcaster") is no location.
    if (isCountry && p.text !== p.name && /^\s+[a-z]/.test(doc.text.slice(p.end, p.end + 3))) continue;
    const w = (isCountry ? 1 : 2) * (eventSentences.has(p.sentence) ? 3 : 1);
    tally.set(p.country, (tally.get(p.country) ?? 0) + w);
  }
  // Nowhere the gazetteer knows ("in Dantewada district"): armed groups that belong to one country (the CPI
  // (Maoist), the TTP) fight at home, so they say where, when they agree.
  const own = eventCountryKeys();
  const homes = new Set(doc.actors.filter((a) => [2, 3, 4].includes(a.inter) && a.country && !own.has(a.key) && !GENERIC_KEYS.has(a.key) && !a.key.startsWith('state')).map((a) => a.country!));
  // A tie ("West Shewa zone, Oromia region": a namesake town in Afghanistan against Ethiopia's region) goes
  // to the geoparser's country context (votes of unambiguous names), then to the armed groups' home country.
  const backing = (c: string) => (c === doc.country ? 2 : 0) + (homes.size === 1 && homes.has(c) ? 1 : 0);
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || backing(b[0]) - backing(a[0]))[0];
  if (best) return best[0];
  if (homes.size === 1) return [...homes][0]!;
  return doc.country;
}
const specificity = (p: PlaceMention) =>
  p.featureCode.startsWith('PCL') ? 0 : p.featureClass === 'A' && p.featureCode === 'ADM1' ? 1 : p.featureClass === 'A' ? 2 : 3;

/**
 * A figure in the thousands told without an event of its own ("70,000 deaths to the Salvadoran people") is a
 * war's toll, not an incident's: single events of that size come with their own trigger.
 */
const warToll = (c: CasualtyMention) => c.value >= 1000 && !c.negative;

/** "Officials suspect Kataib Hezbollah", "the Taliban denied involvement": a sentence on who did it. */
/** "Residents said the attackers were Boko Haram fighters": a sentence that names who the attackers were. */
function identifiesAttackers(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return !!s && doc.actors.some((a) => a.sentence === sentence && blameable(a) && namedAsAttackers(doc, s, a));
}

function blamesOrDenies(text: string): boolean {
  const lex = incidentsLexicon();
  lex.denial.lastIndex = 0;
  lex.blame.lastIndex = 0;
  const found = lex.denial.test(text) || [...text.matchAll(lex.blame)].some((m) => (!lex.blameNeedsSubject.test(m[0]) || /^suspects?$/i.test(m[0])) && blamesForAttack(text.slice(m.index! + m[0].length).replace(/^\s*(?:the\s+)?(?:[A-Z][\w'-]*\s*)+/, '')));
  lex.denial.lastIndex = 0;
  lex.blame.lastIndex = 0;
  return found;
}

const LATER_SAME_DAY = /\b(?:later (?:in the|that|the same) (?:day|night|evening|afternoon)|(?:hours|a few hours) later|earlier (?:that|the same|in the) (?:day|night|morning))\b/i;
// A demonstration told as the answer to the violence ("protested against the killings", "to denounce the attack").
const REACTION = /\b(?:against|over|to protest|protesting|to denounce|denouncing|condemn\w*|to mourn|mourning|in reaction to|in response to)\s+(?:the\s+|this\s+|these\s+)?(?:[\w'’-]+\s+){0,2}?(?:killings?|deaths?|attacks?|murders?|massacres?|violence|shootings?|bombings?|insecurity|abductions?|kidnappings?)\b/i;
const PRIOR_EVENT = /\b(?:came|comes|coming|follows|followed|following|occurred|took place|was carried out)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?)\s+after\b/i;
// "… the deadliest since a 2016 attack, in which 19 troopers were killed": an older event named for comparison.
const OLD_EVENT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|massacres?|ambush(?:es)?|raids?|assaults?|strikes?|shootings?|killings?|clashes|fighting|battles?|offensive|siege|incident|violence|uprising|war)\b|^\s*,?\s*(?:when|in which|during which)\b/i;
const OLD_EVENT_BEFORE = /\b(?:since|than|like|as in|including|recalling)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?$|\b(?:(?:a|an|the)\s+)?(?:attacks?|bombings?|massacres?|ambush|raid|assault|strike|incident|war|offensive|one)\s+(?:in|on|of)\s+$/i;
/**
 * Where a sentence that tells this report's event turns to an older one it is compared with ("Four soldiers
 * were killed on Saturday, the deadliest attack since a 2016 attack, in which 19 troopers were killed"): the
 * offset of the older event's date, when something of this event is told before it; else null. Triggers and
 * figures after it belong to the older event.
 */
function olderEventFrom(doc: Doc, sentence: number): number | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const told = (at: number) => doc.events.some((e) => e.sentence === sentence && e.end <= at && !e.negated) || doc.casualties.some((c) => c.sentence === sentence && c.end <= at);
  // "The attack came two days after militants killed five soldiers in North Waziristan": what follows is the
  // earlier event the report compares this one with (told with "this" event's words before it, or alone).
  const prior = PRIOR_EVENT.exec(s.text);
  if (prior) return s.start + prior.index;
  if (!doc.article.published) return null;
  for (const d of doc.dates.filter((x) => x.sentence === sentence).sort((a, b) => a.start - b.start)) {
    if (!olderThanNews(d, doc.article.published)) continue;
    const before = doc.text.slice(Math.max(s.start, d.start - 50), d.start);
    if (!OLD_EVENT_AFTER.test(doc.text.slice(d.end, d.end + 40)) && !OLD_EVENT_BEFORE.test(before)) continue;
    // The older event's phrase starts at its preposition ("since a 2016 attack"), not at the year.
    const m = OLD_EVENT_BEFORE.exec(before);
    const from = m ? d.start - before.length + m.index : d.start;
    if (told(from)) return from;
  }
  return null;
}

function buildGroups(ctx: Ctx): Group[] {
  const { doc } = ctx;
  const { cues } = eventsLexicon();
  const bySentence = new Map<number, EventMention[]>();
  const olderFrom = new Map<number, number | null>();
  const inOlder = (x: { sentence: number; start: number }) => {
    if (!olderFrom.has(x.sentence)) olderFrom.set(x.sentence, olderEventFrom(doc, x.sentence));
    const from = olderFrom.get(x.sentence);
    return from != null && x.start >= from;
  };
  for (const e of doc.events) {
    if (e.negated || e.hypothetical || e.aggregate || plannedEvent(doc, e) || inOlder(e)) continue;
    const s = doc.sentences[e.sentence];
    if (!s || s.caption) continue;
    let list = bySentence.get(e.sentence);
    if (!list) bySentence.set(e.sentence, (list = []));
    list.push(e);
  }
  // Sentences with figures but no trigger ("There were no immediate reports of casualties in the second
  // incident") report on an incident told nearby: they join as groups without events.
  for (const c of doc.casualties) {
    const s = doc.sentences[c.sentence];
    if (!s || s.caption || c.aggregate || bySentence.has(c.sentence) || (c as unknown as Casualty).hypothetical || warToll(c) || inOlder(c)) continue;
    bySentence.set(c.sentence, []);
  }
  // "The Islamic State group claimed responsibility": the perpetrator, told in a sentence of its own.
  doc.sentences.forEach((s) => {
    // ("The group claimed responsibility": the attribution names the group it points back to.)
    const groupVoice = doc.attributions.some((a) => a.sentence === s.index && doc.actors.some((x) => x.name === a.claimant && [2, 3, 4].includes(x.inter)));
    if (!s.caption && !bySentence.has(s.index) && (CLAIMED.test(s.text) || blamesOrDenies(s.text) || identifiesAttackers(doc, s.index)) && (groupVoice || doc.actors.some((a) => a.sentence === s.index && a.inter !== 7))) bySentence.set(s.index, []);
  });
  const groups: Group[] = [];
  for (const [sentence, events] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const s = doc.sentences[sentence]!;
    const casualties = doc.casualties.filter((c) => c.sentence === sentence && !c.aggregate && !(c as unknown as Casualty).hypothetical && !inOlder(c) && !(warToll(c) && !events.some((e) => !triggerWeight(e).generic)));
    const strength = events.reduce((n, e) => n + triggerWeight(e).weight, 0) + (casualties.some((c) => c.value > 0 && !c.negative) ? 2 : 0);
    // "the Feb. 1 coup", "since the 2014 war": a date naming another event is not this one's.
    // ("who have held the town since 2012", "the 2014 offensive": a year naming another time, yearNamesOtherTime.)
    const dated = doc.dates.filter((d) => d.sentence === sentence && !d.caption && !namesOtherEvent(doc, d) && !yearNamesOtherTime(doc, d) && !isReportingDate(doc, d));
    // A date after publication is a plan ("the opposition will rally on April 9"), not this event's day.
    const dateHere = dated.filter((d) => canDateEvent(doc, d));
    // An explicit date outranks a weekday or a relative word in the same sentence.
    const rank = (k: string) => (k === 'explicit' ? 0 : k === 'range' ? 1 : k === 'weekday' ? 2 : 3);
    const own = [...dateHere].sort((a, b) => a.precision - b.precision || rank(a.kind) - rank(b.kind))[0];
    groups.push({
      sentence,
      paragraph: s.paragraph,
      events,
      strength,
      ownDate: own ? { date: own.date, precision: own.precision, kind: own.kind } : null,
      places: doc.places.filter((p) => p.sentence === sentence && locating(ctx, p)),
      actors: doc.actors.filter((a) => a.sentence === sentence),
      casualties,
      background: cues.background.test(s.text),
      future: dated.length > 0 && dateHere.length === 0,
      separate: cues.separate.test(s.text),
      old: own != null && (olderThanNews(own, doc.article.published) || oldNearTrigger(doc, dateHere, events)),
    });
  }
  return groups;
}


// "He was arrested in Indianapolis on Dec. 31, 2005", "in 2007 when he was arrested": a date this long before
// publication tells the background of the story, not the incident it reports.
const OLD_DAYS = 60;
function olderThanNews(d: { date: string; precision: TimePrecision; kind?: string }, published: string | null | undefined): boolean {
  if (!published || !/^\d{4}-\d\d-\d\d/.test(published) || !/^\d{4}-\d\d-\d\d/.test(d.date)) return false;
  // The last day the date may mean: the year's or the month's end when told only to the year or the month.
  const y = Number(d.date.slice(0, 4));
  const m = Number(d.date.slice(5, 7));
  const end = d.kind === 'year' ? Date.UTC(y, 11, 31) / DAY : d.precision === 3 ? Date.UTC(y, m, 0) / DAY : dayOf(d.date);
  return dayOf(published.slice(0, 10)) - end > OLD_DAYS;
}

/** "in 2007 when he was arrested, …, but today I have no problem": the date told next to the trigger is the event's. */
function oldNearTrigger(doc: Doc, dates: { start: number; end: number; date: string; precision: TimePrecision; kind?: string }[], events: EventMention[]): boolean {
  const e = events[0];
  if (!e || dates.length < 2) return false;
  const gap = (d: { start: number; end: number }) => (d.end <= e.start ? e.start - d.end : d.start >= e.end ? d.start - e.end : 0);
  const near = [...dates].sort((a, b) => gap(a) - gap(b))[0]!;
  return olderThanNews(near, doc.article.published);
}

// "violence during opposition protests next month", "the upcoming rally": a planned event, told with a
// relative time the date parser does not resolve, is no incident yet.
const PLANNED_AFTER = /^[^.;,]{0,30}?\b(?:next (?:week|month|year|weekend)|later this (?:week|month|year)|tomorrow)\b/i;
const PLANNED_BEFORE = /\b(?:upcoming|planned|scheduled|next (?:week|month|weekend)'s|tomorrow's)\s+(?:\w+\s+){0,2}$/i;
function plannedEvent(doc: Doc, e: EventMention): boolean {
  return PLANNED_AFTER.test(doc.text.slice(e.end, e.end + 60)) || PLANNED_BEFORE.test(doc.text.slice(Math.max(0, e.start - 40), e.start));
}

// Strategic developments that are no violence, when nothing else happened and nobody was hurt: an arrest on a
// police docket ("A DeKalb man has been arrested after …"), a ceasefire named in diplomacy, a withdrawal called
// for. ACLED codes them for their political side: a political or armed actor (opposition activists, militants,
// protesters) named in them, or strong evidence (a sentence that tells the event with weight of its own).
const QUIET_STRATEGIC = new Set<string>(['Arrests', 'Agreement', 'Change to group/activity', 'Headquarters or base established']);
function strongStrategic(doc: Doc, d: Draft): boolean {
  const events = d.groups.flatMap((g) => g.events);
  if (!events.length || !events.every((e) => QUIET_STRATEGIC.has(e.sub_event_type)) || hurtAny(d.groups)) return true;
  const { cues } = eventsLexicon();
  const withEvents = d.groups.filter((g) => g.events.length);
  if (withEvents.some((g) => g.strength >= 3)) return true;
  return withEvents.some((g) => cues.political.test(doc.sentences[g.sentence]!.text) || g.actors.some((a) => [2, 3, 4, 5, 6].includes(a.inter)));
}

const OTHER_EVENT = /^\s*(?:military\s+)?(?:coup|election|elections|vote|referendum|agreement|accord|ceasefire|truce|deal|anniversary|uprising|revolution|invasion|war|offensive|takeover|massacre|attack|attacks|bombing|protests?|summit|talks)\b/i;
function namesOtherEvent(doc: Doc, d: { start: number; end: number }): boolean {
  const before = doc.text.slice(Math.max(0, d.start - 12), d.start);
  return /\b(?:the|since|since the|after the|before the|of the)\s+$/i.test(before) && OTHER_EVENT.test(doc.text.slice(d.end, d.end + 25));
}

// Two named armed groups of one country are two sides (the Taliban and the NRF); generic words ("gunmen",
// "rebels") may name either, so they are told apart only by type and country.
const actorSig = (a: ActorMention) => `${a.inter === 8 ? 1 : a.inter}:${a.country}${[2, 3, 4].includes(a.inter) && !GENERIC_KEYS.has(a.key) && !a.key.startsWith('state') ? `:${a.key}` : ''}`;

/** Belligerents of a group that are not ordinary state forces of the event country or civilians. */
function distinctiveActors(actors: ActorMention[]): Set<string> {
  // A state's forces and the militias fighting for it count as one side.
  return new Set(actors.filter((a) => a.inter !== 7 && a.inter !== 6).map((a) => `${a.inter === 1 || a.inter === 3 ? 'gov' : a.inter}:${a.country}`));
}

/** A definite reference back to the event just told ("in the fighting", "during the attack"). */
const RETELLS = /\b(?:in|during|after|since|from) the (?:fighting|attack|clash(?:es)?|assault|ambush|raid|blast|explosion|gunfight|shootout|firefight|incident|battle|bombing|violence)\b/i;

function assign(doc: Doc, groups: Group[], mainCountry: string | null): Draft[] {
  const drafts: Draft[] = [];
  const story = eventDateFor(doc, groups[0]?.sentence ?? 0);
  let main: Draft | null = null;
  let previous: { draft: Draft; group: Group } | null = null;
  const pending: Group[] = [];
  for (const g of groups) {
    if (!g.events.length) {
      // Figures without an event: they belong to the incident told just before (or the one the sentence
      // points back to, "the second incident"), never open one.
      if (!main) {
        pending.push(g);
        continue;
      }
      // ("In 2021, 22 security personnel were killed in a Maoist ambush": figures of a dated background event,
      // whose trigger the history filter dropped, are neither the lead's nor an incident of their own.)
      // (Kept as a recalled draft, so that its places locate nothing else either: "on the Sukma-Bijapur border".)
      if (g.old || (g.background && g.ownDate != null && !datesAgree(g.ownDate, draftDate(doc, main) ?? story))) {
        drafts.push({ groups: [g], main: false, recalled: true });
        continue;
      }
      const back = /\b(?:second|other|separate|latter|earlier|first) (?:incident|blast|explosion|attack|strike)\b/i.exec(doc.sentences[g.sentence]!.text);
      const target = back && /second|other|separate|latter/i.test(back[0]) ? [...drafts].reverse().find((x) => !x.main) ?? main
        : previous && g.sentence - previous.group.sentence <= 2 ? previous.draft : main;
      target.groups.push(g);
      continue;
    }
    if (!main) {
      // The lead incident: the first strong group (weak generic mentions before it wait for it).
      if (g.strength < 2 && groups.some((x) => x.strength >= 2)) continue;
      // Nor does history told first ("He was arrested in Indianapolis on Dec. 31, 2005"): it is background,
      // and an article that tells no newer event (a retrospective) makes no record.
      if (g.old) continue;
      // Nor a plan told first ("violence during opposition protests next month"): dated only after publication.
      if (g.future) continue;
      // Figures told before the lead event sentence ("A soldier was injured … Militants fired rockets")
      // (Not figures dated long before: "killing four policemen on March 3, 2019" is another, older attack.)
      main = { groups: [...pending.filter((p) => p.sentence >= g.sentence - 2 && !p.old), g], main: true };
      drafts.push(main);
      previous = { draft: main, group: g };
      continue;
    }
    const mainDate = draftDate(doc, main) ?? story;
    // The lead told no date ("insurgents killed at least 30 people in an attack on a village, residents said
    // on Monday"); the next lines date it ("arrived on Saturday night and opened fire"): the same story.
    const mainFirst = main.groups.find((x) => x.events.length) ?? main.groups[0]!;
    const datesTheLead = !main.groups.some((x) => x.ownDate) && g.ownDate != null && !g.background && !g.separate && g.paragraph - mainFirst.paragraph <= 1 && g.sentence - mainFirst.sentence <= 3;
    const dateDiffers = g.ownDate != null && !datesTheLead && !datesAgree(g.ownDate, mainDate);
    const mainPlace = bestPlace(main.groups, mainCountry, doc.text);
    const inCountry = g.places.filter((p) => !mainCountry || p.country === mainCountry);
    const farPlace = inCountry.length > 0 && mainPlace != null && specificity(mainPlace) >= 2 && inCountry.every((p) => km(p, mainPlace) > 150 && specificity(p) >= 2);
    const mainActors = distinctiveActors(main.groups.flatMap((x) => x.actors));
    const own = distinctiveActors(g.actors);
    // A headline that names nobody ("At Least 17 Slain in Dagestani Battle.") has no belligerents to differ
    // from: the lead that names them retells it.
    // "… 20 militants were killed in the fighting": a sentence that points back at the event tells it, whoever
    // it names.
    const pointsBack = RETELLS.test(doc.sentences[g.sentence]?.text ?? '');
    const otherBelligerents = !pointsBack && mainActors.size > 0 && own.size >= 2 && [...own].filter((k) => !mainActors.has(k)).length >= 2;
    // The same belligerents the same day somewhere the geocoder puts far away are, first, the same story.
    // ("Gunmen" here and "unidentified assailants" there are nobody in particular: they share nothing.)
    const named = (xs: ActorMention[]) => distinctiveActors(xs.filter((a) => !GENERIC_KEYS.has(a.key)));
    const mainNamed = named(main.groups.flatMap((x) => x.actors));
    const sharesBelligerents = [...named(g.actors)].some((k) => mainNamed.has(k));
    // Another day (both told to the day) and another town: "On Friday, soldiers clashed with gunmen in the
    // state capital" after "Gunmen killed eight people at a party in Guasave late Saturday".
    const otherDayElsewhere = !dateDiffers && g.ownDate?.precision === 1 && mainDate?.precision === 1 && dayOf(g.ownDate.date) !== dayOf(mainDate.date) &&
      inCountry.length > 0 && mainPlace != null && specificity(mainPlace) >= 2 && inCountry.every((p) => km(p, mainPlace) > 30 && specificity(p) >= 2);
    const headlineOnly = main.groups.length === 1 && mainActors.size === 0 && main.groups[0]!.sentence === 0;
    // A background cue in a sentence dated like the main ("shot Saturday, the deadliest day … since 15 years
    // ago") still tells the main incident; one dated only to the month ("earlier this month") does not.
    const background = g.background || !!g.old;
    const backgroundDated = background && g.ownDate != null && (!datesAgree(g.ownDate, mainDate) || !mainDate || g.ownDate.precision > mainDate.precision);
    // Another place (a town of its own, not within a few km of the lead's) told with a sequencing cue ("hours
    // later", "the same day", "in an unrelated attack") or with an armed group the lead does not name: "Soldiers
    // raided a village near Monywa … PDF fighters ambushed a convoy near Pakokku the same day" is two events
    // (ACLED: one event per actor pair, place and day). A definite back reference ("in the fighting") retells.
    const elsewhere = !pointsBack && inCountry.length > 0 && mainPlace != null && specificity(mainPlace) >= 2 &&
      inCountry.every((p) => specificity(p) >= 2 && p.name !== mainPlace.name && km(p, mainPlace) > NEAR_KM);
    const groupKeys = (xs: ActorMention[]) => new Set(xs.filter((a) => [2, 3, 4].includes(a.inter) && !GENERIC_KEYS.has(a.key) && !a.key.startsWith('state')).map((a) => a.key));
    const mainGroups = groupKeys(main.groups.flatMap((x) => x.actors));
    const newGroup = [...groupKeys(g.actors)].some((k) => !mainGroups.has(k));
    const cued = incidentsLexicon().otherIncident.test(doc.sentences[g.sentence]!.text);
    // (A lead told at a village the gazetteer lacks has no place to compare: a town of its own with both a cue and
    // a new group still tells another event, "In Beledweyne, clan militiamen clashed with troops the same day".)
    const unplacedLead = !pointsBack && mainPlace == null && inCountry.some((p) => specificity(p) >= 2) && cued && newGroup;
    // (A lead told only by its province, "in the eastern countryside of Deir Ezzor", then a cued sentence told
    // only at a town, "On the other hand, gunmen assassinated a civilian near Al-Mayadeen city": the town is
    // the roundup's next item, not a closer look at the lead.)
    const provinceLead = !pointsBack && mainPlace != null && specificity(mainPlace) < 2 && cued && inCountry.length > 0 && inCountry.every((p) => specificity(p) >= 2);
    const elsewhereEvent = (elsewhere && (cued || newGroup)) || unplacedLead || provinceLead;
    // A roundup's next item ("On the other hand, SOHR activists reported that gunmen assassinated a civilian …
    // yesterday evening", after an ambush "at dawn today"): a sequencing cue with another day, both told to the
    // day, is another event wherever the lead happened (a lead told only by its province cannot be compared).
    const cuedOtherDay = cued && !pointsBack && g.ownDate?.precision === 1 && mainDate?.precision === 1 && dayOf(g.ownDate.date) !== dayOf(mainDate.date);
    // "Later in the day, the army carried out airstrikes on IS hideouts" after a checkpoint attack: a sequencing
    // cue and another kind of act (ACLED: one event per sub-event type too) is another event.
    const strongSubs = (xs: Group[]) => new Set(xs.flatMap((x) => x.events).filter((e) => !triggerWeight(e).generic && !e.negated).map((e) => e.sub_event_type));
    // (A lead told only with generic words, "an attack … killed", is of the kinds those words name.)
    const mainSubs = strongSubs(main.groups).size ? strongSubs(main.groups) : new Set(main.groups.flatMap((x) => x.events).filter((e) => !e.negated).map((e) => e.sub_event_type));
    const ownSubs = strongSubs([g]);
    const cuedOtherKind = LATER_SAME_DAY.test(doc.sentences[g.sentence]!.text) && !pointsBack && ownSubs.size > 0 && mainSubs.size > 0 && [...ownSubs].every((x) => !mainSubs.has(x) && eventTypeOf(x) !== 'Strategic developments');
    // "Hundreds of youths protested against the killings the next day": a protest told after a violent lead is
    // the reaction to it, an event of its own (ACLED codes the demonstration apart), never the lead's type.
    const reaction = REACTION.test(doc.sentences[g.sentence]!.text) && ownSubs.size > 0 && [...ownSubs].every((x) => ['Protests', 'Riots'].includes(eventTypeOf(x))) && [...mainSubs].concat(main.groups.flatMap((x) => x.events).map((e) => e.sub_event_type)).some((x) => VIOLENT_EVENT_TYPES.has(eventTypeOf(x)) && !['Protests', 'Riots'].includes(eventTypeOf(x))) && hurtAny(main.groups) && !g.casualties.some((c) => c.value > 0 && !c.negative);
    const opensNew = dateDiffers || otherDayElsewhere || cuedOtherDay || cuedOtherKind || reaction || g.separate || backgroundDated || (farPlace && !sharesBelligerents && !headlineOnly) || otherBelligerents || elsewhereEvent;
    if (g.background && g.ownDate == null && !dateDiffers) continue; // "in the past", undated: no incident of its own
    if (process.env.SITREP_DEBUG_ASSIGN && opensNew) console.error(`[assign] s${g.sentence} new: date=${dateDiffers} dayElsewhere=${otherDayElsewhere} cuedDay=${cuedOtherDay} sep=${g.separate} bg=${g.background} far=${farPlace} others=${otherBelligerents} elsewhere=${elsewhereEvent}`);
    if (opensNew && g.future) continue;
    // A background event told only to the week, month or year ("Earlier this month, six soldiers were killed in a
    // suicide attack in North Waziristan", "In December, gunmen killed 12 people in Salvatierra"), or long before
    // the news, recalls an earlier incident as context: no record of its own (UCDP and ACLED code it from its own
    // report). A sequencing cue ("in a separate attack", "the same day") still opens one.
    // (Its draft is still opened, so that the lines that go on about it join it rather than the lead; it is
    // dropped when records are built.)
    const recalled = opensNew && (g.background || !!g.old) && !g.separate && !cued && !otherDayElsewhere && g.ownDate != null && g.ownDate.precision > 1;
    if (opensNew) {
      // Its own incident needs its own evidence: a specific violent trigger, a generic one with victims,
      // or a "second blast" cue, which says by itself that another event happened.
      const hasVictims = g.casualties.some((c) => c.value > 0 && !c.negative);
      const violent = g.events.some((e) => e.event_type !== 'Strategic developments' && (!triggerWeight(e).generic || hasVictims));
      // A paragraph opener ("Meanwhile,", "Elsewhere,", "Separately,") says another story begins, not that
      // another event happened: that still needs evidence of its own.
      const discourse = g.separate && /^\s*(?:Elsewhere|Meanwhile|In other|In another development|Separately)\b/i.test(doc.sentences[g.sentence]!.text);
      if ((!g.separate || discourse) && (g.strength < 2 || !violent)) continue;
      // "a second blast hit …" then "no casualties in the second blast": the same second incident.
      const cue = g.separate ? separateCue(doc, g) : null;
      const sameSecond = cue ? [...drafts].reverse().find((d) => d.separate && d.cue === cue) : undefined;
      const into = sameSecond ?? drafts.find((d) => !d.main && datesAgree(draftDate(doc, d), g.ownDate ?? mainDate) && !g.separate && sameWhere(d, g));
      if (into) into.groups.push(g);
      else drafts.push({ groups: [g], main: false, separate: g.separate, cue: cue ?? undefined, inherit: dateDiffers || g.ownDate ? null : mainDate, recalled });
      previous = { draft: into ?? drafts[drafts.length - 1]!, group: g };
      continue;
    }
    // A passing "attack" far from where the incident is told ("militants continued to launch attacks",
    // in a paragraph on diplomacy) is background, not another account of it.
    // (A claim or blame of responsibility, "militias were most likely behind the assault", names who did it.)
    const weakOnly = g.strength < 2 && !g.casualties.length && !CLAIMED.test(doc.sentences[g.sentence]!.text);
    if (weakOnly && previous && g.sentence - previous.group.sentence > 2) continue;
    // A sentence that goes on about the incident just opened (same paragraph, nothing of its own) joins it.
    const target: Draft = previous && !previous.draft.main && previous.group.paragraph === g.paragraph && g.ownDate == null && !g.places.length ? previous.draft : main;
    target.groups.push(g);
    previous = { draft: target, group: g };
  }
  return drafts;
}

/** Places closer than this are one scene (a village and the town it is coded at, a district and its seat). */
const NEAR_KM = 25;

function separateCue(doc: Doc, g: Group): string | null {
  const m = eventsLexicon().cues.separate.exec(doc.sentences[g.sentence]!.text);
  return m ? m[0].toLowerCase().replace(/^(?:a|the|in a)\s+/, '').split(/\s+/)[0]! : null;
}

function sameWhere(d: Draft, g: Group): boolean {
  const p = bestPlace(d.groups, null);
  return !p || !g.places.length || g.places.some((q) => km(p, q) < 60);
}

/** A draft's date; `yearOnly` when nothing narrows it below the year ("in 2015", "last year"). */
function draftDate(doc: Doc, d: Draft): { date: string; precision: TimePrecision; yearOnly?: boolean } | null {
  const own = d.groups.map((g) => g.ownDate).filter((x): x is NonNullable<typeof x> => x != null);
  if (own.length) {
    const rank = (k?: string) => (k === 'explicit' ? 0 : k === 'range' ? 1 : k === 'weekday' ? 2 : 3);
    own.sort((a, b) => a.precision - b.precision || rank(a.kind) - rank(b.kind));
    return { date: own[0]!.date, precision: own[0]!.precision, ...(own[0]!.kind === 'year' ? { yearOnly: true } : {}) };
  }
  if (d.inherit) return d.inherit;
  if (!d.main) return null;
  // Nothing in the text dates the story: most likely the day before publication, told to the week
  // (undatedEventDate says why).
  const first = d.groups[0]!.sentence;
  const told = eventDateFor(doc, first);
  if (!told) return undatedEventDate(doc.article.published);
  // eventDateFor falls back to a year only from the sentence itself.
  const here = doc.dates.filter((x) => x.sentence === first && x.date === told.date && x.precision === told.precision);
  return here.length && here.every((x) => x.kind === 'year') ? { ...told, yearOnly: true } : told;
}

// "the town of Tafas", "a village called Kiri": the sentence names the place where it happened as such.
const NAMED_AS_PLACE = /\b(?:town|village|city|hamlet|settlement|locality|neighbou?rhood|camp|district|area) (?:of|called|named)\s+$/i;
/**
 * The place that locates a set of groups: the most specific, then one named as a town ("the town of X in the
 * countryside of Y" is X, however often Y is named), then one always told as where it happened ('in', never
 * 'near' or a region of it), then the most mentioned, then the first.
 */
function bestPlace(groups: Group[], country?: string | null, text?: string): PlaceMention | null {
  let all = groups.flatMap((g) => g.places);
  if (country && all.some((p) => p.country === country)) all = all.filter((p) => p.country === country);
  else if (country) all = all.filter((p) => specificity(p) >= 2);
  if (!all.length) return null;
  const count = new Map<string, number>();
  for (const p of all) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  // (Per name: "Ras al-Ain countryside" then "the countryside of Tal Tamr and Ras al-Ain" is near it throughout.)
  const notIn = new Set(all.filter((p) => p.relation !== 'in').map((p) => p.name));
  const inside = (p: PlaceMention) => (notIn.has(p.name) ? 0 : 1);
  const named = (p: PlaceMention) => (text && NAMED_AS_PLACE.test(text.slice(Math.max(0, p.start - 30), p.start)) ? 1 : 0);
  // "a branch of Kabul Bank in Kandahar": a place inside an organisation's name ranks below every other place
  // of the story but a country (the organisation can stand anywhere; alone, it still says where).
  const orgName = (p: PlaceMention) => !!text && p.end > p.start && incidentsLexicon().orgNameAfter.test(text.slice(p.end, p.end + 20));
  const rank = (p: PlaceMention) => (orgName(p) ? Math.min(0.5, specificity(p)) : specificity(p));
  // "a village in Plateau state … struck Dutse village in Bokkos area": a town whose only reading lies in
  // another province than the ones the story names in its country (Dutse, Jigawa's capital) is a namesake
  // the gazetteer lacks; a town inside a named province ranks above it.
  const provinces = all.filter((p) => p.featureCode === 'ADM1' && p.admin1 && !p.demonym);
  const outside = (p: PlaceMention) => (specificity(p) === 3 && provinces.some((q) => q.country === p.country) && !provinces.some((q) => q.country === p.country && q.admin1 === p.admin1) ? 1 : 0);
  return [...all].sort((a, b) => rank(b) - rank(a) || outside(a) - outside(b) || specificity(b) - specificity(a) || named(b) - named(a) || inside(b) - inside(a) || (count.get(b.name) ?? 0) - (count.get(a.name) ?? 0) || a.start - b.start)[0]!;
}

/** The place for a draft: its own, else the nearest locating place in the preceding sentences, else the article's. */
function placeFor(ctx: Ctx, d: Draft, country: string | null, others: Draft[] = []): PlaceMention | null {
  const { doc } = ctx;
  const inCountry = (p: PlaceMention) => !country || p.country === country;
  // A place told with another incident of the article ("Earlier this month, three militants were killed in
  // Kulgam") locates that one, not this.
  // (The main incident's places still serve a second blast told in the same town.)
  const elsewhere = new Set(others.filter((o) => o !== d && !o.main).flatMap((o) => o.groups.map((g) => g.sentence)));
  // (Nor one told with an aggregate, "several similar attacks this year, including a bombing in Mazar-i-Sharif".)
  const aggregate = (i: number) => !d.groups.some((g) => g.sentence === i) && (doc.events.some((e) => e.sentence === i && e.aggregate) || doc.casualties.some((c) => c.sentence === i && c.aggregate));
  const usable = (p: PlaceMention) => locating(ctx, p) && inCountry(p) && !doc.sentences[p.sentence]?.caption && !elsewhere.has(p.sentence) && !aggregate(p.sentence);
  const own = bestPlace(d.groups, country, doc.text);
  if (own && (!country || own.country === country) && specificity(own) >= 2) return own;
  // Only the country or province is named where the event is told (or nothing): a town named just
  // before, else a town the article names elsewhere in that country (and province), locates it better.
  const first = d.groups[0]!.sentence;
  // A town in another province does not locate an event told with its own province ("gunmen shot dead a
  // village chief in Diyala province" after a bombing "north of Baghdad").
  const inOwnProvince = (p: PlaceMention) => !own || specificity(own) === 0 || p.admin1 === own.admin1;
  const before = doc.places.filter((p) => usable(p) && p.sentence < first && p.sentence >= first - 4 && specificity(p) >= 2 && inOwnProvince(p));
  if (before.length) return bestPlace([{ places: before } as Group], country, doc.text);
  const towns = doc.places.filter((p) => usable(p) && specificity(p) === 3 && inOwnProvince(p));
  if (towns.length) return bestPlace([{ places: towns } as Group], country, doc.text);
  // Only the country, or nothing: the province or town a speaker governs ("the governor of Norte de Santander
  // said") is where a local official speaks of, better than the country's centroid.
  if (!own || specificity(own) === 0) {
    const office = officePlace(ctx, d, country);
    if (office) return office;
  }
  // (A namesake abroad of a place the gazetteer lacks here does not locate it: "Kale township" is no Calais.)
  if (own && (!country || own.country === country)) return own;
  const rest = doc.places.filter(usable);
  if (rest.length) return bestPlace([{ places: rest.slice(0, 12) } as Group], country, doc.text);
  // Nothing in the story locates it: "the Somali capital", then the headline, then the dateline.
  return capitalNamed(doc, country) ?? titlePlace(doc, country) ?? datelinePlace(ctx, country);
}

// "the governor of X", "X's police chief", "Donetsk regional governor": a local office named by its place.
const OFFICE_BEFORE = /\b(?:governor|deputy governor|lieutenant governor|mayor|prefect|commissioner|administrator|police (?:chief|commissioner|commander|spokes(?:man|woman|person))|(?:state|provincial|regional|district|county|municipal) (?:governor|government|administration|authorities|officials?|police|council))(?: general)? (?:of|for|in)\s+(?:the\s+)?$/i;
const OFFICE_AFTER = /^(?:'s?|’s?)?\s+(?:(?:state|provincial|regional|district|county|municipal|city)\s+)?(?:governor|deputy governor|mayor|prefect|police (?:chief|commissioner|commander)|administrator|commissioner)\b/i;
/**
 * The place a speaker's local office names, in the draft's own sentences: a province or town inside a
 * claimant's span ("the governor of Norte de Santander said"), which `locating` leaves out with the rest of
 * the claimant. Never a country (a minister of a country speaks for all of it).
 */
function officePlace(ctx: Ctx, d: Draft, country: string | null): PlaceMention | null {
  const { doc } = ctx;
  const sentences = new Set(d.groups.map((g) => g.sentence));
  const found = doc.places.filter((p) => sentences.has(p.sentence) && !p.demonym && specificity(p) >= 1 && (!country || p.country === country) &&
    ctx.blocked.some(([a, b]) => p.start < b && a < p.end) && !isDateline(doc.text, p) &&
    (OFFICE_BEFORE.test(doc.text.slice(Math.max(0, p.start - 45), p.start)) || OFFICE_AFTER.test(doc.text.slice(p.end, p.end + 40))));
  return found.length ? bestPlace([{ places: found } as Group], country, doc.text) : null;
}

function asMention(c: Candidate, text: string, relation: PlaceMention['relation']): PlaceMention {
  return {
    start: 0, end: 0, text, sentence: 0, name: c.name, latitude: c.latitude, longitude: c.longitude, geonameid: c.geonameid,
    country: c.country || null, admin1: c.country && c.admin1Code ? admin1Name(c.country, c.admin1Code, c.admin2Code) : null, admin2: null,
    featureClass: c.featureClass, featureCode: c.featureCode, population: c.population, geo_precision: relation === 'in' ? 1 : 2, relation,
  };
}

const CAPITAL = /\bthe ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+capital\b|\b(?:the )?capital(?: city)? of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/;
function capitalNamed(doc: Doc, country: string | null): PlaceMention | null {
  const m = CAPITAL.exec(doc.text);
  if (!m) return null;
  const iso = countryOfForm((m[1] ?? m[2])!);
  if (!iso || (country && iso !== country)) return null;
  const name = capitalName(iso);
  const c = name ? lookup(name, { country: iso }).find((x) => x.featureCode === 'PPLC') ?? lookup(name, { country: iso })[0] : undefined;
  return c ? asMention(c, m[0], 'in') : null;
}

function titlePlace(doc: Doc, country: string | null): PlaceMention | null {
  if (!doc.article.title) return null;
  const places = getGeoparser().parse(doc.article.title).filter((p) => !p.demonym && (!country || p.country === country));
  const best = places.sort((a, b) => specificity({ ...b, sentence: 0 }) - specificity({ ...a, sentence: 0 }))[0];
  return best ? { ...best, start: 0, end: 0, sentence: 0, geo_precision: Math.max(best.geo_precision, 2) as PlaceMention['geo_precision'] } : null;
}

function datelinePlace(ctx: Ctx, country: string | null): PlaceMention | null {
  const p = ctx.doc.places.find((x) => isDateline(ctx.doc.text, x) && !x.demonym && (!country || x.country === country));
  return p ? { ...p, geo_precision: 2, relation: 'near' } : null;
}

// ACLED's hierarchy: a ground clash with strikes is one Battles event; otherwise the most specific
// remote-violence type; violence against civilians and demonstrations after that.
const PRIORITY: string[] = [
  'Suicide bomb', 'Chemical weapon', 'Armed clash', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade',
  'Excessive force against protesters', 'Protest with intervention', 'Violent demonstration', 'Mob violence', 'Peaceful protest',
  'Abduction/forced disappearance', 'Sexual violence', 'Attack', 'Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory',
  'Disrupted weapons use', 'Arrests', 'Looting/property destruction', 'Change to group/activity', 'Agreement', 'Headquarters or base established',
];

/** Remote attacks of another kind than a suicide bombing (a blast may be the bomber's own; gunmen storming a
 * place before a bomber blows himself up are one complex attack, coded as the suicide bombing). */
const OTHER_THAN_SUICIDE = new Set<string>(['Chemical weapon', 'Air/drone strike', 'Shelling/artillery/missile attack']);
const hurtAny = (groups: Group[]) => groups.some((g) => g.casualties.some((c) => c.value > 0 && !c.negative));

// Weapons fired from the ground: a strike told with one of them ("the strike with Iskander missiles") is no air strike.
const GROUND_WEAPON = /\b(?:missiles?|rockets?|artillery|mortars?|shells|shelling|howitzers?|MLRS|Grad|Iskanders?|HIMARS|ballistic|tanks?)\b/i;
// ACLED's Excessive force: state forces' lethal violence against a peaceful crowd; ACLED's Protests then take
// the event, not Violence against civilians or a clash.
const PROTEST_SUBS = new Set(['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']);

function eventTypeFor(doc: Doc, groups: Group[], actors: ActorMention[]): { event_type: EventType; sub_event_type: string } {
  const score = new Map<string, number>();
  const strong = new Set<string>();
  // "The army said it struck a command centre": the strike's weapon is the one the incident names elsewhere
  // (missiles, artillery: a shelling/missile attack), else, by a state force, ACLED's air/drone strike.
  const groundWeapon = groups.some((g) => g.events.some((e) => e.sub_event_type === 'Shelling/artillery/missile attack') || GROUND_WEAPON.test(doc.sentences[g.sentence]?.text ?? ''));
  for (const g of groups)
    for (const e of g.events) {
      const { weight, generic, weaponUnnamed } = triggerWeight(e);
      const sub = weaponUnnamed && groundWeapon ? 'Shelling/artillery/missile attack' : e.sub_event_type;
      score.set(sub, (score.get(sub) ?? 0) + weight);
      if (!generic) strong.add(sub);
    }
  // Who arrests suspects afterwards is no side of the fight: belligerents come from the violent sentences.
  // ("Police arrested two suspects in a raid": the raid is the arrest's, not a fight.)
  const isSD = (e: EventMention) => e.event_type === 'Strategic developments';
  const violentGroup = (g: Group) => !g.events.length || g.events.some((e) => !isSD(e) && !triggerWeight(e).generic) || (!g.events.some(isSD) && g.events.some((e) => !isSD(e)));
  const violentSentences = new Set(groups.filter(violentGroup).map((g) => g.sentence));
  const fighting = actors.some((a) => violentSentences.has(a.sentence)) ? actors.filter((a) => violentSentences.has(a.sentence)) : actors;
  const armedSides = new Set(fighting.filter((a) => [1, 2, 3, 4, 8].includes(a.inter)).map(actorSig));
  // "Gunmen attacked the village … the army said Boko Haram fighters attacked it": the gunmen are the one
  // named group's men (as pickActors reads them), not a second side.
  const namedGroups = [...armedSides].filter((k) => k.split(':').length === 3);
  const gunmen = fighting.filter((a) => a.key === 'unidentified');
  // (Only when the group is told acting too: "gunmen attacked a convoy carrying Taliban fighters" is a fight.)
  const groupActs = fighting.some((a) => actorSig(a) === namedGroups[0] && (attackRole(doc, a) === 'attacker' || [...perpetrators(doc, a.sentence)].some((p) => p.start === a.start)));
  if (namedGroups.length === 1 && groupActs && gunmen.length && armedSides.has(actorSig(gunmen[0]!)) && fighting.every((a) => actorSig(a) !== actorSig(gunmen[0]!) || a.key === 'unidentified')) armedSides.delete(actorSig(gunmen[0]!));
  const civiliansOnly = fighting.some((a) => a.inter === 7) && armedSides.size <= 1;
  // The incident's type comes from its lead sentence: a suicide bombing told further on ("a suicide car bomb
  // had also targeted a checkpoint nearby") does not retype army shelling the lead tells.
  const lead = groups.find((g) => g.events.length);
  const leadStrong = new Set(lead ? lead.events.filter((e) => !triggerWeight(e).generic).map((e) => e.sub_event_type) : []);
  if (strong.has('Suicide bomb') && !leadStrong.has('Suicide bomb') && [...leadStrong].some((s) => OTHER_THAN_SUICIDE.has(s))) {
    strong.delete('Suicide bomb');
    score.delete('Suicide bomb');
  }
  // A suicide bombing stays one, even when a firefight follows it.
  if (strong.has('Suicide bomb')) return { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' };
  // A real exchange of fire between two armed sides makes it Battles, whatever else was used.
  if (strong.has('Armed clash') && (score.get('Armed clash') ?? 0) >= 3 && armedSides.size >= 2) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  let candidates = [...score.keys()].filter((s) => strong.has(s) || !strong.size);
  // Arrests, seizures and burnt vehicles told alongside a killing or a clash are its aftermath: ACLED codes the
  // violent event, a strategic development only when nothing violent happened.
  // (A transfer "without a fight" is the territorial event itself, unless someone was hurt.)
  const aftermath = (s: string) => eventTypeOf(s) === 'Strategic developments' && (s !== 'Non-violent transfer of territory' || hurtAny(groups));
  if (candidates.some((s) => !aftermath(s))) candidates = candidates.filter((s) => !aftermath(s));
  // People killed or hurt with a specific violent trigger ("gunmen fired at a rally", "a shutdown to protest
  // the killing"): the violence is the event, the protest word its target or its aftermath.
  const hurt = hurtAny(groups);
  // "Police shot dead 11 people during protests", "police fired live rounds to disperse demonstrators": the
  // state's forces (and nobody else armed) killing or wounding people at a protest is ACLED's excessive force.
  const stateOnly = armedSides.size > 0 && fighting.filter((a) => [1, 2, 3, 4, 8].includes(a.inter)).every((a) => a.inter === 1 || a.inter === 8);
  const atProtest = [...score.keys()].some((s) => PROTEST_SUBS.has(s));
  const lethal = candidates.some((s) => s === 'Attack' || s === 'Excessive force against protesters');
  // (A crowd that threw stones or torched buildings rioted: ACLED's riot, not a peaceful protest met with force;
  // nor are policemen hurt by the crowd its victims.)
  const rioted = [...strong].some((s) => eventTypeOf(s) === 'Riots');
  const crowdHurt = groups.some((g) => (g.casualties as unknown as Casualty[]).some((c) => c.value > 0 && !c.negative && victimKind(doc, c) !== 'state forces'));
  if (crowdHurt && atProtest && lethal && stateOnly && !rioted) return { event_type: 'Protests', sub_event_type: 'Excessive force against protesters' };
  if (hurt && candidates.includes('Peaceful protest') && candidates.some((s) => VIOLENT_EVENT_TYPES.has(eventTypeOf(s)))) candidates = candidates.filter((s) => s !== 'Peaceful protest');
  else if (hurtAny(groups) && strong.size && [...score.keys()].some((s) => !strong.has(s) && eventTypeOf(s) !== 'Strategic developments' && (score.get(s) ?? 0) >= 2)) {
    // Only generic violent words ("killed", "attacked") besides a strong strategic one: the violence still decides.
    candidates = [...score.keys()].filter((s) => eventTypeOf(s) !== 'Strategic developments');
  }
  candidates.sort((a, b) => (score.get(b)! - score.get(a)!) || PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
  let sub = candidates[0] ?? 'Armed clash';
  // ACLED's abduction is one "without reports of further violence": people killed or wounded when others
  // were abducted ("killed 40 residents … and several women abducted") make it an attack.
  if (sub === 'Abduction/forced disappearance' && hurt) sub = 'Attack';
  if (sub === 'Armed clash' && civiliansOnly && !strong.has('Armed clash')) sub = 'Attack';
  // (Unless the dead are told as civilians and none as fighters, with no exchange of fire: "bandits attacked
  // the village, killing 40 residents", with the police only named as speaking of it, is an attack.)
  const killed = groups.flatMap((g) => g.casualties as unknown as Casualty[]).filter((c) => c.kind === 'killed' && c.value > 0 && !c.negative);
  const kinds = killed.map((c) => victimKind(doc, c));
  const exchanged = groups.some((g) => g.events.some((e) => e.sub_event_type === 'Armed clash' && triggerWeight(e).weight >= 3));
  const civiliansKilled = kinds.includes('civilians') && !kinds.some((k) => k === 'state forces' || k === 'militants') && !exchanged;
  if (sub === 'Attack' && armedSides.size >= 2 && !civiliansOnly && !civiliansKilled) sub = 'Armed clash';
  // One armed side firing on people no one calls fighters or forces ("gunmen opened fire on guests, killing
  // eight people"), with no exchange of fire told: ACLED's attack on civilians.
  if (sub === 'Armed clash' && armedSides.size <= 1) {
    const exchange = groups.some((g) => g.events.some((e) => e.sub_event_type === 'Armed clash' && triggerWeight(e).weight >= 3));
    const victims = groups.flatMap((g) => g.casualties as unknown as Casualty[]).filter((c) => c.value > 0 && !c.negative);
    const armedVictims = victims.some((c) => { const k = victimKind(doc, c); return k === 'state forces' || k === 'militants'; });
    if (!exchange && victims.length && !armedVictims) sub = 'Attack';
  }
  return { event_type: eventTypeOf(sub), sub_event_type: sub };
}

interface ActorPick {
  name: string;
  inter: Inter;
  country: string | null;
}

function pickActors(doc: Doc, d: Draft, eventCountry: string | null, type: { event_type: EventType; sub_event_type: string }, date: string | null, alternatives: Set<ActorMention> = new Set()): { a1: ActorPick | null; a2: ActorPick | null; assoc1: string[]; assoc2: string[] } {
  // An actor named inside a claimant ("Superintendent of Police X said") speaks; it does not fight.
  // "… but jihadists linked to al-Qaida are active in the area": groups said to be around, with no violent act
  // of their own in the sentence, are the background, not a side.
  const present = presentOnly(doc, d);
  const mentions = d.groups.flatMap((g) => g.actors).filter((a) => !speaksOnly(doc, a) && !present.has(a.sentence) && !alternatives.has(a) && !accusedOfOther(doc, a) && !noSide(doc, a));
  // Re-resolve per incident: state forces abroad are inter 8; `@event` groups take the event's country.
  // A mention as this incident codes it: a state's forces abroad are external (8), the lexicon's event-country
  // actors take the event's country, and a regime in power gives its own name and code.
  const resolve = (m: ActorMention) => {
    let inter = m.inter, country = m.country, name = m.name;
    if (m.key.startsWith('state:') || m.key === 'coalition-oir') inter = eventCountry && country && country !== eventCountry ? 8 : 1;
    else if (m.country === doc.country && eventCountry && doc.country !== eventCountry && isEventCountryActor(m, doc.country)) {
      // An actor the lexicon ties to "the event's country" was read against the article's country.
      country = eventCountry;
      name = m.key === 'pro-government-forces' || m.key === 'state-forces' ? militaryForcesOf(eventCountry) : m.key === 'police' ? actorName('Police Forces of @event', eventCountry) : actorName(nameTemplate(m), eventCountry);
    }
    const regime = regimeOn(m.key, date);
    if (regime) ({ inter, name } = regime);
    return { ...m, inter: inter as Inter, country, name };
  };
  const resolved = mentions.map(resolve);
  const score = new Map<string, { pick: ActorPick; score: number; first: number; victim: boolean; perpetrator?: boolean; attacker?: boolean; affiliation?: boolean }>();
  const keyOf = new Map<string, string>();
  const victimSides = new Set(d.groups.flatMap((g) => g.casualties).filter((c) => c.side && c.value > 0).map((c) => c.side!));
  // "killing seven soldiers": the state's forces are the ones hit.
  // Whose forces: a foreign state named in the sentence ("three service members …, including two Americans",
  // "personnel from the U.S.-led coalition"), else the event country's.
  const hitStates = new Set<string>();
  let homeHit = false;
  for (const g of d.groups)
    for (const c of g.casualties) {
      if (c.value <= 0 || c.negative || !/\b(?:soldiers?|troops|police\w*|officers|personnel|servicem[ae]n|service ?members|guards?|constables?|gendarmes?)\b/i.test(doc.text.slice(c.start, c.end + 40))) continue;
      const sentence = doc.sentences[g.sentence]!.text;
      const foreign = [...sentence.matchAll(FOREIGN_FORM)].map((m) => countryOfForm(m[1]!)).filter((x): x is string => !!x && x !== eventCountry);
      const coalition = doc.actors.filter((a) => a.sentence === g.sentence && a.key === 'coalition-oir').map((a) => a.country!);
      if (foreign.length || coalition.length) for (const x of [...foreign, ...coalition]) hitStates.add(x);
      else homeHit = true;
    }
  // The event country's forces count as hit only when no foreign forces are named among the dead.
  if (homeHit && !hitStates.size && eventCountry) hitStates.add(eventCountry);
  const civilianVictims = d.groups.some((g) => g.casualties.some((c) => c.value > 0 && !c.side) && g.actors.some((a) => a.inter === 7));
  for (const m of resolved) {
    const sig = `${m.inter}:${m.country}:${m.inter === 7 ? 'civ' : m.name}`;
    // A state's forces are one actor however they are named ("the army", "Yemeni soldiers"); a named group
    // that is a state's forces too (the Houthis) stays apart from them.
    const stateLike = m.key.startsWith('state:') || m.key === 'state-forces' || m.key === 'police' || m.key === 'pro-government-forces' || m.key === 'coalition-oir';
    const key = stateLike ? `${m.inter}:${m.country}` : sig;
    const s = score.get(key) ?? { pick: { name: m.name, inter: m.inter, country: m.country }, score: 0, first: m.start, victim: false };
    s.score += 1 + (d.groups.some((g) => g.sentence === m.sentence && g.events.some((e) => !triggerWeight(e).generic)) ? 1 : 0);
    // A side named by country ("four Cameroonian soldiers") is that state's forces or its people, not the
    // country's rebels.
    if (m.country && victimSides.has(m.country) && (stateLike || m.inter === 7)) s.victim = true;
    if (stateLike && m.country && hitStates.has(m.country)) s.victim = true;
    // A named group or a state's forces says more than "gunmen" or "people".
    if (m.key === 'unidentified' || m.key === 'civilians') s.score -= 0.5;
    // The subject of an attack verb is the attacker, its object the target ("gunmen attacked a convoy").
    const role = attackRole(doc, m);
    if (role === 'attacker') {
      s.score += 2;
      s.attacker = true;
    } else if (role === 'target') s.victim = true;
    // "Maulana X, spokesperson for ASWJ, succumbed to his injuries": a group named as the victim's affiliation.
    else if (!role && AFFILIATION_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start))) s.affiliation = true;
    // Whoever claimed the attack carried it out.
    if ([...perpetrators(doc, m.sentence)].some((p) => p.start === m.start)) {
      s.score += 3;
      s.perpetrator = true;
    }
    score.set(key, s);
    keyOf.set(key, m.key);
  }
  // "New People's Army rebels … three rebels dead": the generic word is the named group when one of that
  // type and country is in the incident.
  for (const [k, v] of [...score.entries()]) {
    if (!GENERIC_KEYS.has(keyOf.get(k) ?? '')) continue;
    const isNamed = ([k2, w]: [string, { pick: ActorPick }]) => k2 !== k && !GENERIC_KEYS.has(keyOf.get(k2) ?? '') && !(keyOf.get(k2) ?? '').startsWith('state') && w.pick.country === v.pick.country;
    let named = [...score.entries()].find((e) => isNamed(e) && e[1].pick.inter === v.pick.inter);
    // "Gunmen" (unidentified, 3) beside the one named rebel group of the country (the Taliban, 2) are its
    // men, unless the text sets them apart: gunmen who attacked are the group only when the group is told
    // attacking or claiming it too ("gunmen attacked a convoy carrying SDF troops" hit the SDF).
    if (!named && keyOf.get(k) === 'unidentified') {
      const groups = [...score.entries()].filter((e) => isNamed(e) && [2, 3, 4].includes(e[1].pick.inter));
      const g = groups.length === 1 ? groups[0]![1] : undefined;
      const acts = (x: { attacker?: boolean; perpetrator?: boolean }) => !!(x.attacker || x.perpetrator);
      const apart = g && (acts(v) ? !acts(g) : (g.victim && !acts(g)) || (v.victim && acts(g)));
      if (g && !apart) named = groups[0];
    }
    if (!named) continue;
    named[1].score += v.score;
    named[1].victim ||= v.victim;
    named[1].attacker ||= v.attacker;
    named[1].first = Math.min(named[1].first, v.first);
    score.delete(k);
  }
  const ranked = [...score.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  const armed = ranked.filter((r) => r.pick.inter !== 7 && r.pick.inter !== 6 && r.pick.inter !== 5);
  const civilians = ranked.find((r) => r.pick.inter === 7);
  const crowd = ranked.find((r) => r.pick.inter === 6 || r.pick.inter === 5);
  const country = eventCountry;
  const unidentified: ActorPick = { name: `Unidentified Armed Group (${countryInfo(country)?.name ?? 'unknown'})`, inter: 3, country };
  let a1: ActorPick | null = null, a2: ActorPick | null = null;
  if (type.event_type === 'Protests' || type.event_type === 'Riots') {
    a1 = crowd?.pick ?? (civilians ? { ...civilians.pick, name: `${type.event_type === 'Riots' ? 'Rioters' : 'Protesters'} (${countryInfo(country)?.name ?? 'unknown'})`, inter: type.event_type === 'Riots' ? 5 : 6 } : null);
    a2 = armed[0]?.pick ?? null;
    // "Security forces opened fire on protesters", "police fired tear gas at demonstrators": the force that
    // used violence on a peaceful crowd acted first and is actor 1, as the perpetrator is in violence against
    // civilians (ACLED's excessive force is lethal or serious violence against peaceful protesters; an
    // intervention puts the force first only when the report tells it acting on them).
    const force = armed[0];
    if (type.event_type === 'Protests' && force && a1 && (type.sub_event_type === 'Excessive force against protesters' || (type.sub_event_type === 'Protest with intervention' && force.attacker))) [a1, a2] = [force.pick, a1];
  } else if (type.event_type === 'Violence against civilians') {
    // (A group told only as the victim's affiliation is no perpetrator: the unnamed attackers are.)
    const perpetrator = armed.find((r) => r.perpetrator) ?? armed.find((r) => !r.affiliation || r.attacker);
    a1 = perpetrator?.pick ?? unidentified;
    a2 = civilians?.pick ?? { name: `Civilians (${countryInfo(country)?.name ?? 'unknown'})`, inter: 7, country };
  } else {
    // In a battle where both sides lost men every armed side is "hit"; then the strongest is actor 1.
    const notHit = armed.filter((r) => !r.victim || r.perpetrator || r.attacker);
    // Shelling or a bomb that only hit one side: the unnamed side fired it.
    const remote = type.event_type === 'Explosions/Remote violence';
    const attackers = (notHit.length || remote ? notHit : armed).slice().sort((a, b) => Number(!!b.perpetrator) - Number(!!a.perpetrator) || Number(!!b.attacker) - Number(!!a.attacker));
    const victims = armed.filter((r) => r.victim && !r.perpetrator && !r.attacker && r !== attackers[0]);
    a1 = attackers[0]?.pick ?? null;
    a2 = victims[0]?.pick ?? attackers[1]?.pick ?? null;
    // "Most of the victims were Taliban members": the article names whom the blast or the fight hit, in a
    // sentence of its own that tells no act (so no event group holds it).
    if (a1 && (!a2 || a2.inter === 7)) {
      // (In the incident's sentences or the two after them: another incident's victims are not these.)
      const told = d.groups.map((g) => g.sentence);
      const lo = Math.min(...told), hi = Math.max(...told) + 2;
      const hit = doc.actors.find((m) => m.sentence >= lo && m.sentence <= hi && m.inter !== 7 && m.inter !== 6 && m.inter !== 5 && VICTIMS_WERE.test(doc.text.slice(Math.max(0, m.start - 50), m.start)));
      if (hit) {
        const r = resolve(hit);
        if (r.name !== a1.name) a2 = { name: r.name, inter: r.inter, country: r.country };
      }
    }
    if (type.event_type === 'Explosions/Remote violence') {
      // "A military airstrike", "junta aircraft bombed the village" with no force named: only a state flies
      // warplanes, so the event country's military (ACLED's usual reading when no other air force is told).
      if (!a1 && type.sub_event_type === 'Air/drone strike' && d.groups.some((g) => STATE_AIR.test(doc.sentences[g.sentence]?.text ?? ''))) a1 = { name: militaryForcesOf(eventCountry), inter: 1, country };
      if (!a1) a1 = unidentified;
      if (!a2) a2 = civilians && (civilianVictims || armed.length <= 1) ? civilians.pick : armed.find((r) => r.pick !== a1)?.pick ?? civilians?.pick ?? null;
    } else if (!a2 && civilians && type.event_type === 'Battles' && armed.length < 2) {
      a2 = a1;
      a1 = unidentified;
    }
  }
  // "Armed men from two communities exchanged fire": one mention names both sides of a communal clash, each
  // an identity militia of its own community (ACLED codes both sides inter 4); the text's gunmen are theirs.
  const bothSides = type.event_type === 'Battles' ? resolved.find((m) => m.inter === 4 && BOTH_SIDES.test(m.text)) : undefined;
  if (bothSides && armed.every((r) => r.pick.inter !== 1 && r.pick.inter !== 8 && r.pick.inter !== 2)) {
    const side = armed.find((r) => r.pick.name === bothSides.name)?.pick ?? { name: bothSides.name, inter: bothSides.inter, country: bothSides.country };
    return { a1: side, a2: side, assoc1: [], assoc2: [] };
  }
  if (a1 && a2 && a1.inter === a2.inter && a1.country === a2.country && a1.name === a2.name) a2 = null;
  const used = new Set([a1?.name, a2?.name]);
  const assoc = armed.filter((r) => !used.has(r.pick.name) && r.score >= 2).map((r) => r.pick.name);
  return { a1, a2, assoc1: [], assoc2: assoc.slice(0, 2) };
}

/**
 * Mentions that are no side of the incident:
 *  - "The army, backed by local clan militias, killed 30 militants": the backer's ally;
 *  - "an attack blamed on jihadists": a blame that names no group but a kind of fighter; the attackers stay
 *    unidentified, as ACLED codes them (a named group blamed is the perpetrator).
 */
function noSide(doc: Doc, a: ActorMention): boolean {
  const before = doc.text.slice(Math.max(0, a.start - 40), a.start);
  return ALLY_BEFORE.test(before) || (GENERIC_KEYS.has(a.key) && /\bblamed on\s+(?:suspected\s+)?$/i.test(before));
}
const ALLY_BEFORE = /,\s*(?:(?:who (?:were|was) )?(?:backed|supported|aided|assisted) by|alongside|with the (?:help|support) of)\s+(?:the\s+|local\s+|allied\s+|some\s+)*$/i;
const VICTIMS_WERE = /\b(?:victims|dead|casualties|those killed)\s+(?:were|included)\s+(?:mostly\s+|mainly\s+|largely\s+|all\s+)?(?:members of\s+)?(?:the\s+)?$/i;
const BOTH_SIDES = /\b(?:two|both|rival|opposing) (?:communities|clans|tribes|ethnic groups)\b/i;
const STATE_AIR = /\b(?:military|army|junta|regime|government|air force|warplanes?|war planes?|fighter jets?|helicopter gunships?|bombers?)\b/i;
const FOREIGN_FORM = /\b(Americans?|U\.S\.|US|British|Britons?|French|Turkish|Russians?|Iranian|Israeli|Saudi|Emirati|Kenyan|Ugandan|Ethiopian|Rwandan|Chadian|Nigerien|Malian|Burkinabe)\b/g;
const GENERIC_KEYS = new Set(['rebels', 'unidentified', 'pro-government', 'cartel', 'vigilantes']);
/** The lexicon's actors that belong to the country where the event happens (`@event`). */
let eventKeys: Set<string> | null = null;
function isEventCountryActor(m: ActorMention, docCountry: string | null): boolean {
  eventKeys ??= eventCountryKeys();
  return eventKeys.has(m.key) && (m.name.startsWith('Military Forces of') || m.name.startsWith('Police Forces of') || m.name.endsWith(`(${countryInfo(docCountry)?.name})`) || m.key === 'isis' || m.key === 'al-qaeda');
}

function nameTemplate(m: ActorMention): string {
  return m.name.replace(/\(([^)]+)\)$/, '(@event)');
}

const VICTIM_CIVILIAN = /^\S+(?:\s+\S+){0,3}?\s+(?:civilians?|children|women|worshipp?ers|villagers|residents|passengers|students|pupils|shoppers|farmers|herders|fishermen|bystanders|aid workers|health workers|journalists|pilgrims|mourners|guests|customers|traders|miners|labou?rers|commuters|teachers|Christians|Muslims|Hindus|Sikhs|Shiites?|Shias?|Hazaras?)\b/i;
const VICTIM_COMBATANT = /^\S+(?:\s+\S+){0,3}?\s+(?:fighters|militants|insurgents|rebels|militiam[ae]n|jihadists|terrorists|gunmen|attackers|soldiers|troops|policemen|police officers|combatants)\b/i;
const CIVILIAN = /\b(?:was|were|is) (?:a |an )?(?:unarmed )?civilians?\b|\bcivilian (?:man|woman|men|women|boy|girl)\b/i;
const UNCLEAR = /\bnot (?:been )?(?:clear|identified|known|established|confirmed)\b[^.]*\b(?:civilian|armed|militia|combatant|fighter)/i;
const COMBATANT = /\b(?:member|militiam[ae]n|fighters?|soldiers?|combatants?|militants?)\b[^.]{0,20}\b(?:was|were) killed\b/i;
const WEAPONS: [string, RegExp][] = [
  ['air strike', /\b(?:air ?strikes?|airstrikes?|air raids?|warplanes?|jets?|helicopter gunships?)\b/i],
  ['drone', /\bdrones?\b/i],
  ['mortar', /\bmortars?\b/i],
  ['rocket', /\b(?:rockets?|katyushas?)\b/i],
  ['missile', /\bmissiles?\b/i],
  ['artillery', /\b(?:artillery|shelling|shells)\b/i],
  ['IED', /\b(?:IEDs?|roadside bombs?|landmines?|car bombs?|explosive devices?)\b/i],
  ['suicide bomb', /\bsuicide\b/i],
  ['small arms', /\b(?:small[- ]arms|gunfire|live ammunition|rifles?|machine guns?|opened fire|shot)\b/i],
];
const ACTIVE_ATTACK = /\b(?:(?:shot|fired|struck|attacked) first|(?:started|began|provoked) the (?:fighting|shooting|clash(?:es)?|firefight|exchange)|attacked|opened (?:several rounds of )?fire|fired (?:on|at|upon|live|(?:tear ?gas|rubber bullets|pellets|water cannons?|live rounds|bullets|shots|warning shots)(?: canisters)? (?:on|at|into))|initiated|launched an? (?:\w+ )?attack|ambushed|shot at|(?:beat|charged|attacked|dispersed) (?:the )?(?:protesters|demonstrators|marchers|crowds?))\b/i;
const REACTIVE = /\b(?:came under|were fired upon|was fired upon|under fire|returned fire|return(?:ed|ing)? (?:the )?fire|self-defen[cs]e|responded)\b/i;

/** An actor named inside a claimant ("police said", "Superintendent of Police X said") speaks; it does not fight. */
const OWN_PART =
  /^\s*(?:(?:members|fighters|commanders?|spokes(?:man|woman|person)|leaders?)\s+)?(?:said|say|says|told \w+|claimed)(?:\s+(?:on \w+|in a statement|late \w+|early \w+|earlier|today|yesterday|on \w+ (?:night|morning|evening)))?\s+(?:that\s+)?(?:they|we|it|its (?:fighters|forces|members|troops|men))\s+(?:had\s+|have\s+)?(?:clashed|attacked|ambushed|killed|fought|shot|repelled|repulsed|destroyed|captured|seized|fired|raided|struck|stormed|shelled|bombed|opened fire|blew up|targeted)\b/i;

/** Sentences of a draft that only say who is around ("… are active in the area"), with no violent act of their own. */
function presentOnly(doc: Doc, d: Draft): Set<number> {
  return new Set(d.groups.filter((g) => PRESENCE.test(doc.sentences[g.sentence]?.text ?? '') && !g.events.some((e) => !triggerWeight(e).generic && !/\bclaim/i.test(e.trigger))).map((g) => g.sentence));
}
const PRESENCE = /\b(?:are|is|have been|has been|remain|remains) (?:also |still |known to be |believed to be )?(?:active|present|operating|entrenched)\b|\b(?:operate|operates|roam|roams) (?:in|across|around) (?:the|this|that)\b/i;

/**
 * "The RSF denied targeting civilians, accusing the army of using residential areas as military bases": the one
 * accused of something other than the attack is named in the argument, not as a side of this event.
 */
function accusedOfOther(doc: Doc, a: ActorMention): boolean {
  if (!/\baccus(?:ed|es|ing|e)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, a.start - 20), a.start))) return false;
  const after = doc.text.slice(a.end, a.end + 60);
  return /^\s+(?:[\w'’-]+\s+){0,2}?of\s+/i.test(after) && !/^\s+(?:[\w'’-]+\s+){0,2}?of\s+(?:\w+\s+)?(?:attack|kill|shell|bomb|fir|target|carr|launch|stag|ambush|abduct|kidnap|shoot|shot|massacr|strik|murder|behead|loot|burn|torch|being behind|responsib)/i.test(after);
}

function speaksOnly(doc: Doc, a: ActorMention): boolean {
  // Who claims or is blamed does it ("IS claimed responsibility"); who blames ("the army blamed ISWAP") speaks.
  if (CLAIMED.test(doc.sentences[a.sentence]?.text ?? '') && (!CLAIMED_AFTER.test(doc.sentences[a.sentence]?.text ?? '') || [...perpetrators(doc, a.sentence)].some((p) => p.start === a.start))) return false;
  // A speaker telling its own part fights too: "PDF members said they clashed with the troops".
  if (OWN_PART.test(doc.text.slice(a.end, a.end + 120))) return false;
  if (doc.attributions.some((c) => c.start <= a.start && a.end <= c.end && c.end > c.start)) return true;
  // "the Houthi-run al-Masirah TV reported": the group owns the outlet that speaks; it does not fight here.
  if (/^[-‑–]?\s*(?:run|controlled|affiliated|owned|backed|aligned|linked|operated)\s+(?:[\w'’-]+\s+){0,3}?(?:TV|television|media|channel|outlet|news agency|agency|radio|newspaper|broadcaster|website|daily)\b/i.test(doc.text.slice(a.end, a.end + 60))) return true;
  // "The Houthi group has frequently accused Saudi border guards of firing at migrants": who accuses or
  // condemns speaks of the violence; the accused are the ones read as its side.
  if (/^\s*(?:(?:group|movement|forces|government|authorities|leadership|officials)\s+)?(?:(?:has|have|had|also|repeatedly|frequently|often|previously|again)\s+){0,2}(?:accused|accuses|blamed|blames|condemned|condemns|denounced|denounces)\b(?!\s+(?:for|by|of|in)\b)/i.test(doc.text.slice(a.end, a.end + 80))) return true;
  // "The spokesperson of the Zamfara State Police Command, Yazid Abubakar, confirmed the attack": the force
  // whose spokesperson speaks, in a sentence that reports someone's words.
  if (/\b(?:spokes(?:man|woman|person)|public relations officer|officials?|commissioner|commander|chief|head|director)\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i.test(doc.text.slice(Math.max(0, a.start - 80), a.start)) &&
    doc.attributions.some((c) => c.sentence === a.sentence && c.end > c.start)) return true;
  // "The police spokesperson, Gambo Isah, said …", "military sources said": the force names whose voice it is,
  // in a sentence that reports someone's words.
  return /^\s+(?:spokes(?:man|woman|person)|officials?|sources|statement|public relations officer)\b/i.test(doc.text.slice(a.end, a.end + 30)) &&
    doc.attributions.some((c) => c.sentence === a.sentence && c.end > c.start);
}

const ATTACK_VERB = '(?:carried out (?:the|an?|this|that|these|those) (?:\\w+ )?(?:attacks?|ambush(?:es)?|raids?|bombings?|assaults?|killings?|strikes?|massacres?)|attacked|ambushed|opened fire|fired (?:on|at|upon)|fired (?:tear ?gas|rubber bullets|pellets|water cannons?|live rounds|bullets|shots)(?: canisters)? (?:on|at|into)|launched an? (?:\\w+ )?attack|stormed|raided|shelled|struck|bombed|killed|shot|beat|charged|dispersed)';
const SUBJECT_VERB = new RegExp(`^\\s*(?:(?:fighters|militants|gunmen|members|forces|troops|soldiers|rebels|insurgents|cadres|militiamen)\\s+)?(?:,[^,]{0,40},\\s*)?(?:have |has |had |also |then |later |reportedly |allegedly )?${ATTACK_VERB}\\b`, 'i');

/** Words that tie a person to a group ("spokesperson for ASWJ", "a leader of the PDP"): the group is the person's. */
const AFFILIATION_BEFORE = /\b(?:spokes(?:man|woman|person)|leaders?|members?|chief|commander|head|activists?|workers?|supporters?|cadres?|official)\s+(?:of|for|from)\s+(?:the\s+)?(?:banned\s+|outlawed\s+|local\s+)?(?:[A-Z][\w'-]*\s+(?:[\w'-]+\s+){0,5}\()?$/i;

/** Whether an actor mention is the subject or the object of an active attack verb in its sentence. */
function attackRole(doc: Doc, m: ActorMention): 'attacker' | 'target' | null {
  const s = doc.sentences[m.sentence];
  if (!s) return null;
  const after = doc.text.slice(m.end, Math.min(s.end, m.end + 60));
  if (SUBJECT_VERB.test(after)) return 'attacker';
  // Coordinated subjects: "Al-Shabaab fighters and unidentified gunmen attacked …" (the next actor is named
  // right after "and", and attacks).
  const and = /^\s*(?:(?:fighters|militants|gunmen|members|forces|troops|soldiers|rebels|insurgents|cadres|militiamen)\s+)?and\s+(?:(?:the|some|other|several|suspected|unidentified)\s+)?$/i;
  const partner = doc.actors.find((a) => a.sentence === m.sentence && a.start > m.end && and.test(doc.text.slice(m.end, a.start)));
  if (partner && SUBJECT_VERB.test(doc.text.slice(partner.end, Math.min(s.end, partner.end + 60)))) return 'attacker';
  const before = doc.text.slice(Math.max(s.start, m.start - 40), m.start);
  // The agent of a passive or a nominal: "killed in an attack by ISIS cells", "an ambush carried out by the NPA".
  if (/\b(?:attacks?|assaults?|ambush(?:es)?|raids?|strikes?|shelling|bombings?|offensive|killed|shot(?: dead)?|gunned down|ambushed|attacked|targeted|carried out|launched|claimed)\s+by\s+(?:the\s+|an?\s+|suspected\s+)*$/i.test(before)) return 'attacker';
  if (/\b(?:attacked|ambushed|targeted|opened fire on|fired (?:on|at|upon)|attack on|attacks on|assault on|ambush on|killing|killed)\s+(?:a |an |the |several |two |three )?(?:(?!(?:when|after|as|while|in|on|at|by|during|near|and|but|because|since|before|until|if)\b)\w+ ){0,2}$/i.test(before)) return 'target';
  // "Al-Shabaab said it struck the base": the speaker tells its own attack.
  if (OWN_PART.test(doc.text.slice(m.end, m.end + 120))) return 'attacker';
  return null;
}

// What kind of victims a figure counts: figures for different kinds told in one voice add up.
const VICTIM_KINDS: [string, RegExp][] = [
  // Singular forms too: "a soldier", "a policeman", "a militant" are counted like their plurals.
  ['state forces', /\b(?:soldiers?|troops|troopers?|police\w*|officers?|personnel|servicem[ae]n|service ?members?|guards?(?:men)?|constables?|gendarmes?|jawans?|security forces|army)\b/i],
  // (Also people told by faith, trade or errand: "beheaded five Christians", "shot dead nine labourers".)
  ['civilians', /\b(?:civilians?|child|children|boys?|girls?|woman|women|worshipp?ers?|villagers?|residents?|passengers?|students?|pupils?|shoppers?|farmers?|herders?|fisherm[ae]n|bystanders?|aid workers?|health workers?|journalists?|pilgrims?|mourners?|guests?|customers?|traders?|vendors?|merchants?|miners?|labou?rers?|commuters?|motorists?|travell?ers?|teachers?|Christians?|Muslims?|Hindus?|Sikhs?|Shiites?|Shias?|Hazaras?)\b/i],
  ['militants', /\b(?:militants?|fighters?|insurgents?|rebels?|gunm[ae]n|attackers?|assailants?|jihadists?|terrorists?|bandits?|militiam[ae]n|cadres?|guerrillas?)\b/i],
];
function victimPhrase(doc: Doc, c: Casualty): string {
  // (What follows the figure only up to the next clause: "two others injured when militants attacked" are not
  // militants. The figure's own words may hold "at least", "as many as".)
  const after = doc.text.slice(c.end, Math.min(c.end + 25, doc.text.length)).split(/ (?:when|after|as|while|because|before|during|following|in|by|at|near|who|which|that) /)[0]!;
  return (doc.text.slice(c.start, c.end) + after).split(/[,;.]| and /)[0]!;
}
function victimKind(doc: Doc, c: Casualty): string | null {
  if (c.negative) return null;
  const phrase = victimPhrase(doc, c);
  // The noun nearest the figure names its victims ("killed three terrorists The killed Soldier" in an
  // unpunctuated summary are terrorists).
  let best: [string, number] | null = null;
  for (const [kind, re] of VICTIM_KINDS) {
    const m = re.exec(phrase);
    if (m && (!best || m.index < best[1])) best = [kind, m.index];
  }
  return best ? best[0] : null;
}
/** A named group the victims belong to ("12 Taliban militants"): a side, like a demonym ("nine fighters" names none). */
function victimGroup(doc: Doc, c: Casualty): string | null {
  if (c.negative) return null;
  const phrase = victimPhrase(doc, c);
  const group = doc.actors.find((a) => a.start >= c.start && a.start < c.start + phrase.length && !a.key.startsWith('state') && !['civilians', 'unidentified', 'state-forces', 'police', 'pro-government-forces', 'coalition-oir'].includes(a.key) && !GENERIC_KEYS.has(a.key));
  return group ? group.key : null;
}

function claimantAt(doc: Doc, sentence: number, offset: number): string {
  const here = doc.attributions.filter((a) => a.sentence === sentence);
  // The article's own voice: fusion treats it as the outlet's (one source per article).
  if (!here.length) return 'unattributed';
  return here.reduce((best, a) => (Math.abs(a.start - offset) < Math.abs(best.start - offset) ? a : best)).claimant;
}

function buildClaims(doc: Doc, d: Draft, a1: ActorPick | null, a2: ActorPick | null, battle = false): Claim[] {
  const claims: Claim[] = [];
  const articleId = doc.article.id;
  const seen = new Set<string>();
  const add = (c: Claim & Record<string, unknown>, victims?: string | null) => {
    // (And the kind of victims: "a soldier was killed and a militant was killed" are two figures of 1, one per
    // side; "Two soldiers were martyred … and two of the attackers were killed" are two counts of one value in
    // one sentence and voice; "three militants … killed three terrorists" in one long unpunctuated summary is
    // one count told twice.)
    const key = `${c.attribute}|${c.value}|${c.source}|${c.start}|${victims ?? (c.kind as string | undefined) ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    claims.push(c);
  };
  // A smaller count of a named group ("two cousins", "a policeman") within a larger toll is part of it.
  const maxOf = (kind: string) => Math.max(0, ...d.groups.flatMap((g) => g.casualties).filter((c) => c.kind === kind && !c.negative && !(c as unknown as Casualty).vague).map((c) => c.value));
  // ("A man was shot dead" is one victim, not a toll: 'dead' after a verb is no noun.)
  // ("Four soldiers were also among the dead" are some of them.)
  const TOTAL_NOUNS = /\b(?:people|persons|individuals|others|more|casualties|(?<!\b(?:shot|found|left|beaten|stabbed|hacked|burned|burnt|gunned|presumed|feared|pronounced|declared|confirmed|among(?: the)?)\s+)dead|deaths)\b/i;
  // (Told as the object, "killing six civilians", the kind of victims follows the count.)
  const isSubset = (c: Casualty) => c.value > 0 && c.value < maxOf(c.kind) && !TOTAL_NOUNS.test(c.text) &&
    (/[a-z]{3,}\s+(?:\w+\s+){0,3}(?:were|was|killed|died|injured|wounded)/i.test(c.text) || (/^(?:killing|killed|wounding|wounded|injuring|injured|shot dead|gunned down)\b/i.test(c.text) && victimKind(doc, c) != null && !TOTAL_NOUNS.test(victimPhrase(doc, c)) && totalAbove(c)));
  // (Only below a toll of nobody in particular, "at least 10 people": "killing nine fighters" per state media
  // is no part of a monitor's "12 civilians", a rival count.)
  const totalAbove = (c: Casualty) => d.groups.flatMap((g) => g.casualties as unknown as Casualty[]).some((o) => o !== c && o.kind === c.kind && !o.negative && !o.vague && o.value > c.value && victimKind(doc, o) == null);
  const allCasualties = d.groups.flatMap((g) => g.casualties as unknown as Casualty[]);
  const belowCeiling = (c: Casualty) => allCasualties.some((o) => o !== c && o.kind === c.kind && !o.vague && !o.negative && o.qualifier !== 'upTo' && o.value > 0 && o.value < c.value);
  for (const g of d.groups) {
    const s = doc.sentences[g.sentence]!;
    const base = { article: articleId, quote: s.text.trim(), start: s.start, end: s.end };
    for (const c of g.casualties as unknown as Casualty[]) {
      const source = claimantAt(doc, g.sentence, c.start);
      const attribute = c.kind === 'injured' ? 'injuries' : 'fatalities';
      if (c.vague) add({ ...base, attribute, value: null, source, low_bound: c.value, vague: c.text } as Claim & Record<string, unknown>);
      else if ((c as Casualty).combined) add({ ...base, attribute, value: null, source, combined: true, high: c.value } as Claim & Record<string, unknown>);
      // "as many as 40" beside "at least 30": a ceiling, UCDP's high, never the best figure.
      else if (c.qualifier === 'upTo' && belowCeiling(c)) add({ ...base, attribute, value: null, source, combined: true, high: c.value, ceiling: c.text } as Claim & Record<string, unknown>);
      else add({ ...base, attribute, value: c.value, low: c.low, high: c.high, side: c.side ?? victimGroup(doc, c) ?? (isSubset(c) ? 'part of the toll' : null), kind: victimKind(doc, c), source } as Claim & Record<string, unknown>, victimKind(doc, c));
    }
    const text = s.text;
    const source = claimantAt(doc, g.sentence, 0);
    // What kind of event each attributed source describes ("SANA reported that residents blocked …").
    const told = g.events.find((e) => !triggerWeight(e).generic) ?? g.events[0];
    if (told && told.event_type !== 'Strategic developments' && doc.attributions.some((a) => a.sentence === g.sentence)) add({ ...base, attribute: 'event', value: told.event_type, source: claimantAt(doc, g.sentence, told.start) });
    // Who the dead were, as each source calls them ("killing 12 civilians" / "killing nine fighters").
    for (const c of g.casualties as unknown as Casualty[]) {
      if (c.kind !== 'killed' || c.value <= 0 || c.negative) continue;
      const victims = doc.text.slice(c.start, c.end + 25);
      const status = VICTIM_CIVILIAN.test(victims) ? 'civilian' : VICTIM_COMBATANT.test(victims) ? 'combatant' : null;
      if (status) add({ ...base, attribute: 'civilian_status', value: status, source: claimantAt(doc, g.sentence, c.start) });
    }
    if (UNCLEAR.test(text)) add({ ...base, attribute: 'civilian_status', value: 'unclear', source });
    else if (CIVILIAN.test(text) && g.casualties.some((c) => c.kind === 'killed' && c.value > 0) || /\b(?:man|person|victim) (?:that |who )?(?:was )?killed was a civilian\b/i.test(text))
      add({ ...base, attribute: 'civilian_status', value: 'civilian', source });
    else if (COMBATANT.test(text)) add({ ...base, attribute: 'civilian_status', value: 'combatant', source });
    for (const [weapon, re] of WEAPONS) {
      const m = re.exec(text);
      if (m) add({ ...base, attribute: 'weapon', value: weapon, source: claimantAt(doc, g.sentence, m.index) });
    }
    // In a battle who attacked whom is the initiator's question (below): there only blame, claims and denials.
    for (const p of perpetratorClaims(doc, g.sentence, !battle)) add({ ...base, attribute: 'perpetrator', value: p.value, source: p.source });
    // Initiator: the subject of an active attack verb, or the other side of one who "came under fire". Each
    // clause has its own voice: "the army said Boko Haram attacked first, but residents said soldiers opened fire".
    for (const [cs, ce] of clausesOf(text)) {
      const clause = text.slice(cs, ce);
      const activeM = ACTIVE_ATTACK.exec(clause);
      const reactiveM = REACTIVE.exec(clause);
      const active = activeM ? { index: cs + activeM.index } : null;
      const reactive = reactiveM ? { index: cs + reactiveM.index } : null;
      const source = claimantAt(doc, g.sentence, s.start + cs);
      if ((active || reactive) && a1 && a2) {
        const at = (active ?? reactive)!.index;
        const before = g.actors.filter((a) => a.start - s.start < at);
        const subject = before.filter((a) => a.start - s.start >= cs).pop() ?? before.pop();
        // The side of the same type first: security forces firing on protesters of their own country are not
        // the protesters' side.
        const sideOf = (m: ActorMention | undefined) =>
          !m ? null
          : m.country === a1.country && m.inter === a1.inter ? a1
          : m.country === a2.country && m.inter === a2.inter ? a2
          : m.country === a1.country && m.inter !== 8 && a1.inter !== 8 ? a1
          : m.country === a2.country ? a2 : null;
        const subj = sideOf(subject);
        let initiator: ActorPick | null = null;
        if (active && (!reactive || active.index < reactive.index)) initiator = subj;
        else if (reactive) {
          const reactor = subj ?? (/coalition|US|U\.S\.|American/i.test(source) ? [a1, a2].find((x) => x.country === 'US') ?? null : null);
          initiator = reactor ? (reactor === a1 ? a2 : a1) : null;
        }
        // Name the side, not the unit: reports call the same side "pro-regime forces", "the NDF" or "the army".
        const sideName = (x: ActorPick) => (a1.country !== a2.country && x.country ? `${countryLabel(x.country)} side` : x.name);
        if (initiator) add({ ...base, attribute: 'initiator', value: sideName(initiator), source });
      }
    }
  }
  return claims;
}

function notesFor(doc: Doc, d: Draft): string {
  const lead = doc.sentences[d.groups[0]!.sentence]!.text.replace(/\s+/g, ' ').trim();
  return lead.length > 400 ? `${lead.slice(0, 397)}…` : lead;
}

/** The incident records of one analysed article (not yet fused with other articles). */
export function buildIncidents(doc: Doc): IncidentRecord[] {
  const ctx: Ctx = { doc, blocked: blockedSpans(doc) };
  const mainCountry = eventCountry(ctx);
  if (mainCountry && mainCountry !== doc.country) {
    // The actors were read against the geoparser's country context; read them again against the country
    // where the events happen, so "pro-regime forces" and "US troops" get the right country and inter code.
    doc.country = mainCountry;
    doc.actors = findActors(doc.text, mainCountry).map((a) => ({ ...a, sentence: sentenceOf(doc, a.start) }));
    ctx.blocked = blockedSpans(doc);
  }
  const groups = buildGroups(ctx);
  const drafts = assign(doc, groups, mainCountry);
  const records: IncidentRecord[] = [];
  drafts.forEach((d, n) => {
    const strength = d.groups.reduce((s, g) => s + g.strength, 0);
    // A lone "attacked" is enough for the article's main story when a named armed actor did it.
    const namedAttack = d.main && d.groups.some((g) => g.events.length > 0 && g.actors.some((a) => [1, 2, 3, 4, 8].includes(a.inter) && a.key !== 'unidentified' && a.key !== 'state-forces' && a.key !== 'police'));
    if (strength < 2 && !namedAttack && !d.separate) return;
    if (d.recalled) return;
    if (d.main && !strongStrategic(doc, d)) return;
    const date = draftDate(doc, d);
    // Known only to the year ("In 2015, militants attacked …" told in retrospect): ACLED's coarsest time
    // precision is the month, so such an event cannot be coded; a day or a month at another date still is.
    // (A report without a publication date may date even its main story by the year alone: that one stays.)
    const published = doc.article.published?.slice(0, 4);
    if (date?.yearOnly && (!d.main || (published && date.date.slice(0, 4) !== published))) return;
    // "Meanwhile, Russian shelling killed three civilians in Ukraine's Kherson region" in a story from Russia:
    // an incident told only with places of another country happened there.
    // (Only when the report names that country there too, "in Ukraine's Kherson region": a township the
    // gazetteer lacks in the story's country matches a namesake abroad, "Kale township" → Calais.)
    const ownCountries = new Set(d.groups.flatMap((g) => g.places).filter((p) => p.country && specificity(p) >= 1).map((p) => p.country!));
    const namesCountry = (iso: string) => d.groups.some((g) => doc.places.some((p) => p.sentence === g.sentence && p.country === iso && (p.featureCode.startsWith('PCL') || p.demonym)) || g.actors.some((a) => a.country === iso && a.key.startsWith('state:')));
    const draftCountry = !d.main && ownCountries.size === 1 && !ownCountries.has(mainCountry ?? '') && namesCountry([...ownCountries][0]!) ? [...ownCountries][0]! : mainCountry;
    const place = placeFor(ctx, d, draftCountry, drafts);
    const country = place?.country ?? draftCountry;
    const present = presentOnly(doc, d);
    const alternatives = alternativePerpetrators(doc, d);
    const actorsAll = d.groups.flatMap((g) => g.actors).filter((a) => !speaksOnly(doc, a) && !present.has(a.sentence) && !alternatives.has(a) && !accusedOfOther(doc, a) && !noSide(doc, a));
    const type = eventTypeFor(doc, d.groups, actorsAll);
    const picked = pickActors(doc, d, country, type, date?.date ?? null, alternatives);
    const { a2, assoc1, assoc2 } = picked;
    let { a1 } = picked;
    let claims = buildClaims(doc, d, a1, a2, type.event_type === 'Battles');
    // "Gunmen stormed a hotel … The group claimed responsibility": the attackers are the group that claims them
    // (ACLED codes a claimed attack to the claimant group), when no other source names someone else.
    const perps = claims.filter((c) => c.attribute === 'perpetrator' && !String(c.value).startsWith('not '));
    const own = perps.find((c) => c.value === c.source);
    if (own && a1?.name.startsWith('Unidentified') && perps.every((c) => c.value === own.value)) {
      const m = doc.actors.find((x) => x.name === own.value && [2, 3, 4].includes(x.inter));
      if (m) {
        a1 = { name: m.name, inter: m.inter, country: m.country };
        claims = buildClaims(doc, d, a1, a2, type.event_type === 'Battles');
      }
    }
    const relationNear = place ? place.relation !== 'in' : false;
    const geo_precision = !place ? 3 : place.featureClass === 'A' || place.featureCode.startsWith('PCL') ? 3 : relationNear || place.geo_precision === 2 ? 2 : place.geo_precision;
    const record: IncidentRecord = {
      id: `${doc.article.id}-${n + 1}`,
      articles: [doc.article.id],
      event_date: date?.date ?? null,
      time_precision: date?.precision ?? 3,
      event_type: type.event_type,
      sub_event_type: type.sub_event_type,
      actor1: a1?.name ?? null,
      actor2: a2?.name ?? null,
      inter1: a1?.inter ?? null,
      inter2: a2?.inter ?? null,
      actor1_country: a1?.country ?? null,
      actor2_country: a2?.country ?? null,
      assoc_actor_1: assoc1,
      assoc_actor_2: assoc2,
      country,
      admin1: place?.admin1 ?? null,
      admin2: place?.admin2 ?? null,
      location: place?.name ?? null,
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      geo_precision: geo_precision as 1 | 2 | 3,
      geonameid: place?.geonameid ?? null,
      // ACLED's convention: 0 where no source gives a figure (recompute replaces it when claims give one).
      fatalities: 0,
      fatalities_low: null,
      fatalities_high: null,
      injuries: 0,
      sources: [],
      claims,
      disputes: [],
      notes: notesFor(doc, d),
      outlets: doc.article.outlet ? [doc.article.outlet] : [],
    };
    // Fusion reads the publication dates: an article cannot report an event after it was published.
    if (doc.article.published) (record as IncidentRecord & { published?: string[] }).published = [doc.article.published.slice(0, 10)];
    records.push(recompute(record));
  });
  return records;
}
