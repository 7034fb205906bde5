/**
 * The article view: the text (as text nodes) with the extracted dates, places, actors, figures, events
 * and claimants marked; each mark links to the incident it was read into.
 */
import { append, h, safeUrl } from './dom.js';
import type { ArticleMeta } from './api.js';

export interface Annotation {
  kind: 'date' | 'place' | 'actor' | 'figure' | 'event' | 'claimant';
  start: number;
  end: number;
  text: string;
  label: string;
  incidents: string[];
}

export interface ArticleView {
  article: ArticleMeta & { text: string; incidents: string[] };
  incidents: { id: string; event_type: string; sub_event_type: string; event_date: string | null; location: string | null; fatalities: number | null }[];
  annotations: Annotation[];
  annotation_error?: string;
}

const KINDS: Annotation['kind'][] = ['date', 'place', 'actor', 'figure', 'event', 'claimant'];

export function renderArticle(v: ArticleView, openIncident: (id: string) => void): HTMLElement {
  const a = v.article;
  const text = a.text;
  const body = h('div', { class: 'article-text' });
  // Non-overlapping marks: the earliest (and longest at a tie) wins; nested ones are left out.
  let at = 0;
  for (const ann of v.annotations) {
    if (ann.start < at || ann.end > text.length || ann.end <= ann.start) continue;
    append(body, text.slice(at, ann.start));
    const target = ann.incidents[0];
    const mark = h(
      'mark',
      {
        class: `ann ann-${ann.kind}${target ? ' linked' : ''}`,
        title: `${ann.kind}: ${ann.label}${ann.incidents.length ? ` → ${ann.incidents.join(', ')}` : ''}`,
        'data-kind': ann.kind,
        'data-incidents': ann.incidents.join(' '),
        tabindex: target ? 0 : null,
        onclick: target ? () => openIncident(target) : null,
      },
      text.slice(ann.start, ann.end),
    );
    body.appendChild(mark);
    at = ann.end;
  }
  append(body, text.slice(at));
  return h(
    'article',
    { class: 'article-view', 'data-id': a.id },
    h('h2', {}, a.title ?? a.id),
    h(
      'p',
      { class: 'meta' },
      [a.outlet, a.published].filter(Boolean).join(' · ') || 'no outlet or date',
      ' ',
      safeUrl(a.url) ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source-url' }, a.url) : a.url ? h('span', { class: 'source-url-text' }, a.url) : null,
    ),
    h(
      'p',
      { class: 'incident-links' },
      'incidents: ',
      ...(v.incidents.length
        ? v.incidents.map((i) => h('button', { type: 'button', class: 'link', onclick: () => openIncident(i.id) }, `${i.id} (${i.sub_event_type}, ${i.event_date ?? 'undated'}, ${i.fatalities ?? '?'} killed)`))
        : ['none']),
    ),
    h('p', { class: 'legend-ann' }, ...KINDS.map((k) => h('mark', { class: `ann ann-${k}` }, k))),
    v.annotation_error ? h('p', { class: 'status error' }, v.annotation_error) : null,
    body,
  );
}
