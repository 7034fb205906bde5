/**
 * The article view's annotations: the pipeline's mentions (dates, places, actors, figures, events,
 * claimants) as character spans, each linked to the incidents whose claims quote the sentence it sits in.
 */
import type { StoredArticle, StoredIncident } from '../store/types.js';
import type { Article } from '../types.js';
import { analyzeArticle } from './deps.js';

export type AnnotationKind = 'date' | 'place' | 'actor' | 'figure' | 'event' | 'claimant';

export interface Annotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  text: string;
  /** What the mention resolved to: the ISO date, the gazetteer name, the actor name, "3 killed" … */
  label: string;
  incidents: string[];
}

interface Range {
  start: number;
  end: number;
  incident: string;
}

/** Where each incident's claims from this article sit in its text. */
export function claimRanges(articleId: string, text: string, incidents: StoredIncident[]): Range[] {
  const out: Range[] = [];
  for (const inc of incidents) {
    for (const c of inc.claims ?? []) {
      if (c.article !== articleId) continue;
      let start = typeof c.start === 'number' ? c.start : -1;
      let end = typeof c.end === 'number' ? c.end : -1;
      if (start < 0 && c.quote) {
        start = text.indexOf(c.quote);
        end = start >= 0 ? start + c.quote.length : -1;
      }
      if (start >= 0 && end > start) out.push({ start, end, incident: inc.id });
    }
  }
  return out;
}

function link(ranges: Range[], start: number, end: number, sentence: { start: number; end: number } | undefined, fallback: string[]): string[] {
  const ids = new Set<string>();
  for (const r of ranges) {
    const overlapsSpan = r.start < end && start < r.end;
    const sameSentence = sentence && r.start < sentence.end && sentence.start < r.end;
    if (overlapsSpan || sameSentence) ids.add(r.incident);
  }
  return ids.size ? [...ids] : fallback;
}

export async function annotateArticle(
  art: StoredArticle,
  incidents: StoredIncident[],
): Promise<{ annotations: Annotation[]; annotation_error?: string }> {
  const text = art.text ?? '';
  const article: Article = { id: art.id, text, outlet: art.outlet, url: art.url, published: art.published, title: art.title };
  let doc;
  try {
    doc = await analyzeArticle(article);
  } catch (e) {
    return { annotations: [], annotation_error: `the pipeline could not annotate this article: ${(e as Error).message}` };
  }
  const ranges = claimRanges(art.id, text, incidents);
  const fallback = incidents.length === 1 ? [incidents[0]!.id] : [];
  const out: Annotation[] = [];
  const add = (kind: AnnotationKind, m: { start: number; end: number; text: string; sentence?: number }, label: string) =>
    out.push({ kind, start: m.start, end: m.end, text: m.text, label, incidents: link(ranges, m.start, m.end, m.sentence !== undefined ? doc.sentences[m.sentence] : undefined, fallback) });
  for (const d of doc.dates) add('date', d, d.endDate ? `${d.date} – ${d.endDate}` : d.date);
  for (const p of doc.places) if (!p.demonym) add('place', p, [p.name, p.admin1, p.country].filter(Boolean).join(', '));
  for (const a of doc.actors) add('actor', a, a.name);
  for (const c of doc.casualties) add('figure', c, `${c.negative ? 'no' : c.value} ${c.kind}${c.high && c.high !== c.low ? ` (${c.low}–${c.high})` : ''}`);
  for (const e of doc.events) if (!e.negated) add('event', e, `${e.event_type}: ${e.sub_event_type}`);
  for (const a of doc.attributions) add('claimant', a, a.claimant);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { annotations: out };
}
