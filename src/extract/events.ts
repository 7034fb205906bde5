/**
 * Event mentions: trigger words typed with ACLED's sub-event types (data/lexicons/events.json), each
 * flagged when it does not describe an incident that happened:
 *  - negated ("the coalition did not conduct any airstrikes"),
 *  - hypothetical or threatened ("Turkey could attack", "if another soldier is injured"),
 *  - aggregate ("85 civilians were killed between February 1 and 10", "13 soldiers died in a week").
 * Like chrono-node's parsers, each trigger is one small pattern; the flags are refiners applied after.
 * Other refiners drop triggers that are not political violence at all (`notViolence`): accidents, the
 * docket of ordinary crime, sports, weapon nouns used as names; and flag history told in passing
 * ("Ten years ago, a gunman killed seven") as not this report's incident.
 */
import type { Component, Doc, EventMention, Sentence } from '../doc.js';
import type { EventType } from '../types.js';
import { actorKind } from './actors.js';
import { loadLexicon } from './lexicon.js';

interface Trigger {
  sub: string;
  weight: number;
  re: string;
  generic?: boolean;
  needs?: string[];
  /** "struck": a strike whose weapon the sentence does not name (the incident's other sentences may). */
  weaponUnnamed?: boolean;
  /** "an Israeli strike": counts only as the head noun of a state force's name (the actor's span ends on it). */
  stateHead?: boolean;
}
export interface EventsLexicon {
  triggers: Trigger[];
  eventTypeOf: Record<string, EventType>;
  violent: string[];
  cues: Record<string, string>;
}

interface Compiled {
  triggers: (Trigger & { rx: RegExp })[];
  cues: Record<'negation' | 'hypothetical' | 'aggregate' | 'background' | 'separate' | 'report' | 'accident' | 'crime' | 'political' | 'armed' | 'sports' | 'historical', RegExp>;
  eventTypeOf: Record<string, EventType>;
}
let compiled: Compiled | null = null;

export function eventsLexicon(): Compiled {
  if (compiled) return compiled;
  const lex = loadLexicon<EventsLexicon>('events');
  const cue = (k: string) => new RegExp(lex.cues[k]!, 'i');
  compiled = {
    triggers: lex.triggers.map((t) => ({ ...t, rx: new RegExp(t.re, 'gi') })),
    cues: {
      negation: cue('negation'),
      hypothetical: cue('hypothetical'),
      aggregate: cue('aggregate'),
      background: cue('background'),
      separate: cue('separate'),
      report: cue('report'),
      accident: cue('accident'),
      crime: cue('crime'),
      political: cue('political'),
      armed: cue('armed'),
      sports: cue('sports'),
      historical: cue('historical'),
    },
    eventTypeOf: lex.eventTypeOf,
  };
  return compiled;
}

export function eventTypeOf(sub: string): EventType {
  return eventsLexicon().eventTypeOf[sub] ?? 'Strategic developments';
}

/** The clause before a trigger: from the last clause boundary (, ; : — or a conjunction) to the trigger. */
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(' — '), head.lastIndexOf(' - '), head.lastIndexOf(', while '), head.lastIndexOf(', but '));
  return head.slice(cut + 1);
}

// "may have been a drone attack" speculates about what happened; it does not make the event hypothetical.
const SPECULATION = /\b(?:may|might|could|must) have been\b/i;

export interface TriggerHit {
  start: number;
  end: number;
  text: string;
  sub: string;
  weight: number;
  generic: boolean;
  negated: boolean;
  hypothetical: boolean;
  aggregate: boolean;
  weaponUnnamed?: boolean;
  stateHead?: boolean;
}

// Triggers an accident, a court docket or a game can carry: killings, shootings, fights and arrests in
// general words. A specific weapon trigger (a roadside bomb, an airstrike) is never the accident's.
const ORDINARY_SUBS = new Set(['Attack', 'Armed clash', 'Arrests', 'Sexual violence', 'Abduction/forced disappearance', 'Looting/property destruction', 'Violent demonstration']);
const ARMED_OR_POLITICAL = ['nonstate', 'protesters', 'rioters'];
/** Words for how (not whether) somebody was killed: a crash, a fire, a storm. */
export function isAccident(sentence: string): boolean {
  return eventsLexicon().cues.accident.test(sentence);
}
// A sentence in title case (a headline) names weapons with capitals too ("Car Bomb Kills 20").
const titleCase = (s: string) => {
  const words = s.match(/\b[A-Za-z][a-z]+\b/g) ?? [];
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
};

/**
 * Why a trigger is no political violence, or null: an accident's death ("killed in a crash"), ordinary
 * crime's docket ("arrested and charged with burglary") or a game ("a hard-fought match") with nobody armed
 * or political named; a weapon noun that is a name ("the Houston Rockets", "the Adamek Bomb").
 */
export function notViolence(sentence: string, hit: Pick<TriggerHit, 'start' | 'text' | 'sub' | 'weight' | 'generic'>, kinds: Set<string>): string | null {
  const { cues } = eventsLexicon();
  const armed = ARMED_OR_POLITICAL.some((k) => kinds.has(k));
  // (Generic weapon words stay: an accidental blast of a group's own explosives is still an explosion event.)
  const ordinary = ORDINARY_SUBS.has(hit.sub) && (hit.generic || hit.weight < 3 || hit.sub === 'Arrests' || hit.sub === 'Sexual violence' || hit.sub === 'Abduction/forced disappearance');
  if (hit.generic && /^[A-Z]/.test(hit.text) && hit.start > 0 && !/[.!?:"“]\s*$/.test(sentence.slice(0, hit.start)) && !titleCase(sentence)) return 'name';
  // "The judge fired Reams at the operations center": a dismissal (a name after 'fired' is nobody's target).
  if (hit.sub === 'Armed clash' && /^fired [A-Z]/.test(hit.text)) return 'dismissal';
  const political = cues.political.test(sentence);
  // ACLED codes arrests and rapes for their political side: by or of armed groups, protesters, activists,
  // opposition, journalists, or by state forces; a burglar's arrest told by the police docket is none, nor an
  // arrest or a rape told with no state or armed actor at all ("Fleeing suspect arrested.").
  if (!armed && !political && (hit.sub === 'Arrests' || hit.sub === 'Sexual violence') && (!kinds.has('state') || cues.crime.test(sentence))) return 'no political side';
  if (!ordinary || armed || political || cues.armed.test(sentence)) return null;
  if (cues.accident.test(sentence)) return 'accident';
  if (cues.crime.test(sentence)) return 'crime';
  if (!kinds.has('state') && cues.sports.test(sentence)) return 'sports';
  return null;
}

const ARSON = /^(?:torched|set (?:on )?fire to)$/i;
// Words that may stand between a force and its "struck": "the IDF said Tuesday it struck", "Russian forces also struck".
const STRIKER_BETWEEN = /^(?:[\s,]|\b(?:said|says|reported|announced|claimed|confirmed|stated|added|that|it|they|its|had|has|have|also|then|later|again|on|late|early|overnight|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|night|evening|afternoon)\b)*$/i;
/** A killing told after a verb in the same sentence: "…, killing 12 people", "and killed a guard". */
/** What an armed group strikes when it attacks the state's forces: "an army base", "a military convoy". */
/** The police are a state force but fly no strikes. */
const isPolice = (a: { key: string; name: string }) => a.key === 'police' || /^Police\b/.test(a.name);
const MILITARY_TARGET = /^\s+(?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:bases?|camps?|posts?|checkpoints?|checkposts?|convoys?|patrols?|positions?|barracks|outposts?|garrisons?|stations?|headquarters)\b/i;
const KILLING_AFTER = /^[^.;]*?\b(?:killing|killed|shooting dead|shot dead|massacring|beheading|wounding|injuring)\b/i;

/** Options of findTriggers: the publication date, to tell history told in passing ("in 1994") from news. */
export interface TriggerOptions {
  published?: string | null;
}

// "killed in 1994", "in September 2005", "in 2007 and 2008": a year well before publication, in a sentence
// that dates nothing more recent. ("Hamas, founded in 1987, attacked …" names the year of something else.)
const YEAR_IN = /\b(?:in|on|of|during|since|the)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/gi;
const FOUNDED = /\b(?:founded|established|formed|created|born|built|set up|elected|appointed|launched|began|started|since|than|worst|deadliest|biggest|largest)(?:\s+\w+)?$|\b(?:anniversary|commemorat\w+|memory|remembrance) of(?: the)?$/i;
// ("marking the anniversary of the 1990 protests": the year names what is remembered, not when this happened.)
const RECENT = /\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last (?:night|week)|(?:on |late |early )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
function historical(sentence: string, opts: TriggerOptions): boolean {
  if (RECENT.test(sentence)) return false;
  if (eventsLexicon().cues.historical.test(sentence)) return true;
  const year = opts.published ? Number(opts.published.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  YEAR_IN.lastIndex = 0;
  for (let m; (m = YEAR_IN.exec(sentence)); ) {
    if (FOUNDED.test(sentence.slice(Math.max(0, m.index - 30), m.index + m[0].indexOf(' ')))) continue;
    if (Number(m[1]) < year - 1) return true;
  }
  return false;
}

/**
 * Triggers in one sentence (offsets relative to the sentence). `kinds` are the actor kinds present.
 * Triggers that are no political violence (see `notViolence`) are left out; history told in passing is
 * flagged `aggregate`, like other mentions that are not the reported incident.
 */
export function findTriggers(sentence: string, kinds: Set<string>, opts: TriggerOptions = {}): TriggerHit[] {
  const { triggers, cues } = eventsLexicon();
  const hits: TriggerHit[] = [];
  const aggregate = cues.aggregate.test(sentence) || historical(sentence, opts);
  for (const t of triggers) {
    if (t.needs && !t.needs.some((k) => kinds.has(k))) continue;
    t.rx.lastIndex = 0;
    for (let m; (m = t.rx.exec(sentence)); ) {
      const why = notViolence(sentence, { start: m.index, text: m[0], sub: t.sub, weight: t.weight, generic: !!t.generic }, kinds);
      if (why) {
        if (process.env.SITREP_DEBUG_EVENTS) console.error(`[events] dropped '${m[0]}' (${t.sub}): ${why} | ${sentence.slice(0, 200)}`);
        continue;
      }
      const before = clauseBefore(sentence, m.index);
      const window = before.slice(-60);
      const negated = cues.negation.test(window);
      const hypothetical = cues.hypothetical.test(window) && !SPECULATION.test(window);
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], sub: t.sub, weight: t.weight, generic: !!t.generic, negated, hypothetical, aggregate, ...(t.weaponUnnamed ? { weaponUnnamed: true } : {}), ...(t.stateHead ? { stateHead: true } : {}) });
    }
  }
  // "Gunmen also torched a police vehicle": arson by an armed group, with no rioters or protesters named, is
  // no riot (ACLED codes a riot only for a crowd); it is property destruction, and told within an attack it
  // is that attack's (generic, so the attack's own triggers type the event).
  if (kinds.has('nonstate') && !kinds.has('rioters') && !kinds.has('protesters'))
    for (const h of hits) if (h.sub === 'Violent demonstration' && ARSON.test(h.text)) Object.assign(h, { sub: 'Looting/property destruction', weight: 2, generic: true });
  // "The gunmen also burned houses": with no crowd named, looting and burning are a side act of whatever
  // violence the incident tells (ACLED keeps the attack or the battle, and codes property destruction only where
  // nobody was attacked), so they are generic: the incident's violent triggers type it, else they do.
  if (!kinds.has('rioters') && !kinds.has('protesters')) for (const h of hits) if (h.sub === 'Looting/property destruction') h.generic = true;
  // One span, one reading: where triggers overlap keep the heavier one.
  hits.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export const eventsComponent: Component = {
  name: 'events',
  run(doc: Doc) {
    const out: EventMention[] = [];
    const bySentence = new Map<number, Set<string>>();
    for (const a of doc.actors) {
      let s = bySentence.get(a.sentence);
      if (!s) bySentence.set(a.sentence, (s = new Set()));
      s.add(actorKind(a));
    }
    doc.sentences.forEach((s: Sentence) => {
      for (const h of findTriggers(s.text, bySentence.get(s.index) ?? new Set(), { published: doc.article.published })) {
        // Who took the ground: the actor just before the verb ("Rebels took control of Kidal after government
        // troops withdrew") decides between the state regaining it and a non-state group taking it.
        if (h.sub === 'Government regains territory' || h.sub === 'Non-state actor overtakes territory') {
          const subject = doc.actors.filter((a) => a.sentence === s.index && a.end <= s.start + h.start && actorKind(a) !== 'civilians').pop();
          if (subject) h.sub = actorKind(subject) === 'state' ? 'Government regains territory' : actorKind(subject) === 'nonstate' ? 'Non-state actor overtakes territory' : h.sub;
        }
        // "stormed" counts with an armed group as its subject ("gunmen stormed a checkpoint"), or with a killing
        // told after it ("Fighters wearing army uniforms stormed a village, killing 12"), not the police storming
        // a flat where a suspect hid.
        if (/^stormed$/i.test(h.text)) {
          const subject = doc.actors.filter((a) => a.sentence === s.index && a.end <= s.start + h.start && actorKind(a) !== 'civilians').pop();
          const armedSubject = subject && actorKind(subject) === 'nonstate' && !/\b(?:police|SWAT|troops|soldiers|forces|army|commandos?)\b/i.test(s.text.slice(subject.end - s.start, h.start));
          if (!armedSubject && !KILLING_AFTER.test(s.text.slice(h.end))) continue;
        }
        // "The army said it struck a command centre": a state force's strike (not "police", not "soldiers said a
        // roadside bomb struck their convoy"): the subject is the last actor before the verb, with at most a
        // reporting verb, a pronoun or a time between.
        // "An Israeli strike hit a house": the strike is the state force's own name ("Israeli strike"), not a
        // labour or hunger strike; the police's is none.
        if (h.stateHead) {
          const force = doc.actors.find((a) => a.sentence === s.index && a.start < s.start + h.start && a.end === s.start + h.end && actorKind(a) === 'state');
          if (!force || isPolice(force)) continue;
        } else if (h.weaponUnnamed) {
          const subject = doc.actors.filter((a) => a.sentence === s.index && a.end <= s.start + h.start && actorKind(a) !== 'civilians').pop();
          const between = subject ? s.text.slice(subject.end - s.start, h.start) : '';
          const armedGroup = subject && actorKind(subject) === 'nonstate' && STRIKER_BETWEEN.test(between);
          // "Al-Shabaab said it struck an army base": an armed group's strike on a military target is a clash.
          if (armedGroup && MILITARY_TARGET.test(s.text.slice(h.end))) h.sub = 'Armed clash';
          else if (!subject || actorKind(subject) !== 'state' || isPolice(subject) || !STRIKER_BETWEEN.test(between)) continue;
        }
        out.push({
          start: s.start + h.start,
          end: s.start + h.end,
          text: h.text,
          sentence: s.index,
          event_type: eventTypeOf(h.sub),
          sub_event_type: h.sub,
          trigger: h.text,
          negated: h.negated,
          hypothetical: h.hypothetical,
          aggregate: h.aggregate,
          weight: h.weight,
          generic: h.generic,
          ...(h.weaponUnnamed ? { weaponUnnamed: true } : {}),
        } as EventMention);
      }
    });
    doc.events = out;
  },
};

/** Weight and generic flag travel on the mention as extra fields. */
export function triggerWeight(e: EventMention): { weight: number; generic: boolean; weaponUnnamed: boolean } {
  const x = e as EventMention & { weight?: number; generic?: boolean; weaponUnnamed?: boolean };
  return { weight: x.weight ?? 1, generic: !!x.generic, weaponUnnamed: !!x.weaponUnnamed };
}
