/**
 * Event mentions: trigger words typed with ACLED's sub-event types (data/lexicons/events.json), each
 * flagged when it does not describe an incident that happened:
 *  - negated ("the coalition did not conduct any airstrikes"),
 *  - hypothetical or threatened ("Turkey could attack", "if another soldier is injured"),
 *  - aggregate ("85 civilians were killed between February 1 and 10", "13 soldiers died in a week").
 * Like chrono-node's parsers, each trigger is one small pattern; the flags are refiners applied after.
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
}
export interface EventsLexicon {
  triggers: Trigger[];
  eventTypeOf: Record<string, EventType>;
  violent: string[];
  cues: Record<string, string>;
}

interface Compiled {
  triggers: (Trigger & { rx: RegExp })[];
  cues: Record<'negation' | 'hypothetical' | 'aggregate' | 'background' | 'separate' | 'report', RegExp>;
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
}

/** Triggers in one sentence (offsets relative to the sentence). `kinds` are the actor kinds present. */
export function findTriggers(sentence: string, kinds: Set<string>): TriggerHit[] {
  const { triggers, cues } = eventsLexicon();
  const hits: TriggerHit[] = [];
  const aggregate = cues.aggregate.test(sentence);
  for (const t of triggers) {
    if (t.needs && !t.needs.some((k) => kinds.has(k))) continue;
    t.rx.lastIndex = 0;
    for (let m; (m = t.rx.exec(sentence)); ) {
      const before = clauseBefore(sentence, m.index);
      const window = before.slice(-60);
      const negated = cues.negation.test(window);
      const hypothetical = cues.hypothetical.test(window) && !SPECULATION.test(window);
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], sub: t.sub, weight: t.weight, generic: !!t.generic, negated, hypothetical, aggregate });
    }
  }
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
      for (const h of findTriggers(s.text, bySentence.get(s.index) ?? new Set())) {
        // Who took the ground: the actor just before the verb ("Rebels took control of Kidal after government
        // troops withdrew") decides between the state regaining it and a non-state group taking it.
        if (h.sub === 'Government regains territory' || h.sub === 'Non-state actor overtakes territory') {
          const subject = doc.actors.filter((a) => a.sentence === s.index && a.end <= s.start + h.start && actorKind(a) !== 'civilians').pop();
          if (subject) h.sub = actorKind(subject) === 'state' ? 'Government regains territory' : actorKind(subject) === 'nonstate' ? 'Non-state actor overtakes territory' : h.sub;
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
        } as EventMention);
      }
    });
    doc.events = out;
  },
};

/** Weight and generic flag travel on the mention as extra fields. */
export function triggerWeight(e: EventMention): { weight: number; generic: boolean } {
  const x = e as EventMention & { weight?: number; generic?: boolean };
  return { weight: x.weight ?? 1, generic: !!x.generic };
}
