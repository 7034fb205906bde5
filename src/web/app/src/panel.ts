/**
 * The incident panel: the record's fields (with precision codes), the sources side by side (claimant,
 * outlet, date, claimed figures, the sentence with the claim highlighted), disputes, grade and history;
 * edit, merge, split and confirm when a token is present.
 */
import { api, getToken, type ArticleMeta, type Claim, type Incident, type IncidentDetail } from './api.js';
import { EVENT_COLORS, EVENT_TYPES } from './state.js';
import { append, h } from './dom.js';

const TIME_PREC: Record<number, string> = { 1: 'day', 2: 'week/within days', 3: 'month' };
const GEO_PREC: Record<number, string> = { 1: 'the place itself', 2: 'near / part of a place', 3: 'region (admin)' };

const EDITABLE = [
  'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'inter1', 'inter2', 'actor1_country', 'actor2_country',
  'assoc_actor_1', 'assoc_actor_2', 'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_low', 'fatalities_high', 'injuries', 'notes', 'grade',
];
const NUMERIC = new Set(['time_precision', 'inter1', 'inter2', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'fatalities_low', 'fatalities_high', 'injuries']);
const LISTS = new Set(['assoc_actor_1', 'assoc_actor_2']);

export interface PanelHooks {
  openIncident(id: string): void;
  openArticle(id: string, incident?: string): void;
  changed(id: string): void;
}

const fmt = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join('; ') || '—' : String(v));

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Where a claim's value reads in its sentence, for highlighting: the value itself, its number word, or the claim verb. */
export function claimNeedles(c: Claim): string[] {
  const out: string[] = [];
  if (typeof c.value === 'number') {
    out.push(String(c.value));
    if (c.value <= 20) out.push(NUMBER_WORDS[c.value]!);
  } else if (typeof c.value === 'string' && c.value.length > 1) {
    out.push(c.value);
    const short = c.value.replace(/\s*\(.*\)$/, '').replace(/^(Military Forces|Police Forces) of /, '');
    if (short !== c.value) out.push(short);
  }
  return out;
}

/** The quote as text nodes with each claimed value marked. */
export function highlightQuote(quote: string, claims: Claim[]): Node {
  const spans: { start: number; end: number; attr: string }[] = [];
  for (const c of claims) {
    for (const needle of claimNeedles(c)) {
      const re = new RegExp(`(?<![\\w])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
      const m = re.exec(quote);
      if (m) {
        spans.push({ start: m.index, end: m.index + m[0].length, attr: c.attribute });
        break;
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const frag = h('span', { class: 'quote' });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    append(frag, quote.slice(at, s.start), h('mark', { class: `claim claim-${s.attr}`, title: s.attr }, quote.slice(s.start, s.end)));
    at = s.end;
  }
  append(frag, quote.slice(at));
  return frag;
}

function sourcesTable(inc: Incident, articles: ArticleMeta[], hooks: PanelHooks): HTMLElement {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  // One row per sentence and claimant: the claims read from it side by side.
  const rows = new Map<string, Claim[]>();
  for (const c of inc.claims) {
    const key = `${c.article}\u0000${c.source}\u0000${c.quote}`;
    (rows.get(key) ?? rows.set(key, []).get(key)!).push(c);
  }
  const disputedBy = new Map<string, Set<string>>();
  for (const d of inc.disputes ?? []) for (const v of d.values) for (const s of v.sources) (disputedBy.get(d.attribute) ?? disputedBy.set(d.attribute, new Set()).get(d.attribute)!).add(s);
  const body = h('tbody');
  for (const claims of rows.values()) {
    const c0 = claims[0]!;
    const art = byArticle.get(c0.article);
    const disputed = claims.some((c) => disputedBy.get(c.attribute)?.has(c.source));
    body.appendChild(
      h(
        'tr',
        { class: disputed ? 'disputed' : '' },
        h(
          'td',
          { class: 'claimant' },
          c0.source,
          disputed ? h('span', { class: 'badge dispute', title: 'this source disagrees with another' }, 'disputed') : null,
          h('div', { class: 'outlet' }, h('span', { class: 'outlet-name' }, art?.outlet ?? 'outlet unknown'), ' · ', h('span', { class: 'published' }, art?.published ?? 'undated')),
        ),
        h('td', { class: 'figures' }, ...claims.map((c) => h('div', { class: disputedBy.get(c.attribute)?.has(c.source) ? 'claimed disputed-value' : 'claimed' }, `${c.attribute.replace('_', ' ')}: ${fmt(c.value)}`))),
        h('td', {}, highlightQuote(c0.quote, claims), ' ', h('a', { href: '#', class: 'article-link', onclick: (e: Event) => (e.preventDefault(), hooks.openArticle(c0.article, inc.id)) }, `article ${c0.article}`)),
      ),
    );
  }
  return h('table', { class: 'sources' }, h('thead', {}, h('tr', {}, h('th', {}, 'claimant · outlet · date'), h('th', {}, 'claimed'), h('th', {}, 'sentence (claim highlighted)'))), body);
}

function fieldsTable(inc: Incident): HTMLElement {
  const disputed = new Set((inc.disputes ?? []).map((d) => d.attribute));
  const analyst = inc.analyst ?? {};
  const row = (label: string, value: unknown, field: string, extra?: string) =>
    h(
      'tr',
      { 'data-field': field, class: [field in analyst ? 'analyst' : '', disputed.has(field) || (field === 'fatalities' && disputed.has('fatalities')) ? 'disputed' : ''].join(' ').trim() },
      h('th', {}, label),
      h('td', {}, fmt(value), extra ? h('span', { class: 'prec' }, extra) : null, field in analyst ? h('span', { class: 'badge analyst', title: `machine value: ${fmt(inc.machine?.[field])}` }, 'analyst') : null),
    );
  const figures = (v: number | null, lo: number | null, hi: number | null) => (v === null ? null : lo !== null && hi !== null && (lo !== v || hi !== v) ? `${v} (${lo}–${hi ?? '?'})` : v);
  return h(
    'table',
    { class: 'fields' },
    h(
      'tbody',
      {},
      row('date', inc.event_date, 'event_date', `time precision ${inc.time_precision} (${TIME_PREC[inc.time_precision] ?? '?'})`),
      row('event type', inc.event_type, 'event_type'),
      row('sub-event', inc.sub_event_type, 'sub_event_type'),
      row('actor 1', inc.actor1, 'actor1', inc.inter1 ? `inter ${inc.inter1}` : undefined),
      row('actor 2', inc.actor2, 'actor2', inc.inter2 ? `inter ${inc.inter2}` : undefined),
      row('location', [inc.location, inc.admin2, inc.admin1, inc.country].filter(Boolean).join(', '), 'location', `geo precision ${inc.geo_precision} (${GEO_PREC[inc.geo_precision] ?? '?'})`),
      row('coordinates', inc.latitude !== null ? `${inc.latitude}, ${inc.longitude}` : null, 'latitude'),
      row('fatalities', figures(inc.fatalities, inc.fatalities_low, inc.fatalities_high), 'fatalities', 'best (low–high)'),
      row('injuries', inc.injuries, 'injuries'),
      row('sources', (inc.sources as string[] | undefined)?.join('; '), 'sources'),
      row('notes', inc.notes, 'notes'),
    ),
  );
}

function disputesList(inc: Incident): HTMLElement | null {
  if (!inc.disputes?.length) return null;
  return h(
    'div',
    { class: 'disputes' },
    h('h3', {}, 'Disputes'),
    h('ul', {}, ...inc.disputes.map((d) => h('li', {}, h('strong', {}, d.attribute), ': ', d.values.map((v) => `${fmt(v.value)} (${v.sources.join(', ')})`).join(' vs. ')))),
  );
}

function historyTable(d: IncidentDetail): HTMLElement {
  return h(
    'table',
    { class: 'history' },
    h('thead', {}, h('tr', {}, h('th', {}, 'when'), h('th', {}, 'who'), h('th', {}, 'what'), h('th', {}, 'field'), h('th', {}, 'change'), h('th', {}, 'why'))),
    h(
      'tbody',
      {},
      ...d.history
        .slice()
        .reverse()
        .map((e) =>
          h(
            'tr',
            { class: `h-${e.action}` },
            h('td', {}, e.at.replace('T', ' ').slice(0, 19)),
            h('td', { class: 'who' }, e.who),
            h('td', {}, e.action),
            h('td', {}, e.field ?? ''),
            h('td', {}, e.action === 'create' ? '' : `${JSON.stringify(e.old) ?? '—'} → ${JSON.stringify(e.new) ?? '—'}`),
            h('td', {}, e.why ?? ''),
          ),
        ),
    ),
  );
}

function parseValue(field: string, raw: string): unknown {
  const t = raw.trim();
  if (t === '') return null;
  if (NUMERIC.has(field)) {
    const n = Number(t);
    if (!Number.isFinite(n)) throw new Error(`${field} takes a number`);
    return n;
  }
  if (LISTS.has(field)) return t.split(';').map((s) => s.trim()).filter(Boolean);
  return t;
}

function editTools(d: IncidentDetail, hooks: PanelHooks, status: HTMLElement): HTMLElement {
  const inc = d.incident;
  const report = async (p: Promise<unknown>, ok: string) => {
    status.textContent = 'saving…';
    status.className = 'status';
    try {
      await p;
      status.textContent = ok;
      hooks.changed(inc.id);
    } catch (e) {
      status.textContent = (e as Error).message;
      status.className = 'status error';
    }
  };
  const field = h('select', { name: 'field', 'aria-label': 'field' }, ...EDITABLE.map((f) => h('option', { value: f }, f)));
  const value = h('input', { name: 'value', placeholder: 'new value (empty: back to machine value)', size: 26, list: 'edit-values' });
  const values = h('datalist', { id: 'edit-values' });
  const fillValues = () => {
    while (values.firstChild) values.removeChild(values.firstChild);
    const f = field.value;
    const opts = f === 'event_type' ? Object.keys(EVENT_TYPES) : f === 'sub_event_type' ? Object.values(EVENT_TYPES).flat() : f === 'grade' ? ['weak', 'fair', 'confirmed', 'contested'] : [];
    for (const o of opts) values.appendChild(h('option', { value: o }));
    const cur = inc[f];
    value.value = cur === null || cur === undefined ? '' : Array.isArray(cur) ? cur.join('; ') : String(cur);
  };
  field.addEventListener('change', fillValues);
  fillValues();
  const why = h('input', { name: 'why', placeholder: 'why (for the history)', size: 26 });
  const edit = h(
    'form',
    {
      class: 'edit',
      onsubmit: (e: Event) => {
        e.preventDefault();
        let v: unknown;
        try {
          v = parseValue(field.value, value.value);
        } catch (err) {
          status.textContent = (err as Error).message;
          status.className = 'status error';
          return;
        }
        // An empty value on a field the analyst set goes back to the machine's value.
        const change = v === null && field.value in (inc.analyst ?? {}) ? { revert: [field.value] } : { set: { [field.value]: v } };
        void report(api(`/api/incidents/${encodeURIComponent(inc.id)}`, { method: 'PATCH', json: { ...change, ...(why.value ? { why: why.value } : {}) } }), `${field.value} saved`);
      },
    },
    h('h3', {}, 'Edit'),
    field,
    value,
    values,
    why,
    h('button', { type: 'submit' }, 'save'),
  );
  const mergeIds = h('input', { name: 'merge-ids', placeholder: 'incident ids, comma-separated', size: 24 });
  const merge = h(
    'form',
    {
      class: 'merge',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const ids = mergeIds.value.split(/[\s,]+/).filter(Boolean);
        if (!ids.length) return;
        void report(api(`/api/incidents/${encodeURIComponent(inc.id)}/merge`, { method: 'POST', json: { ids } }), `merged ${ids.join(', ')} into ${inc.id}`);
      },
    },
    h('h3', {}, 'Merge into this incident'),
    mergeIds,
    h('button', { type: 'submit' }, 'merge'),
  );
  const checks = inc.articles.map((a) => h('input', { type: 'checkbox', value: a, name: 'split-article' }));
  const split =
    inc.articles.length > 1
      ? h(
          'form',
          {
            class: 'split',
            onsubmit: async (e: Event) => {
              e.preventDefault();
              const arts = checks.filter((c) => c.checked).map((c) => c.value);
              if (!arts.length) return;
              status.textContent = 'splitting…';
              try {
                const r = await api<{ created: IncidentDetail }>(`/api/incidents/${encodeURIComponent(inc.id)}/split`, { method: 'POST', json: { articles: arts } });
                status.textContent = `split into ${r.created.incident.id}`;
                hooks.changed(inc.id);
              } catch (err) {
                status.textContent = (err as Error).message;
                status.className = 'status error';
              }
            },
          },
          h('h3', {}, 'Split articles out'),
          ...inc.articles.map((a, i) => h('label', { class: 'check' }, checks[i]!, d.articles.find((x) => x.id === a)?.outlet ?? a, ` (${a})`)),
          h('button', { type: 'submit' }, 'split'),
        )
      : null;
  const confirm = h(
    'button',
    { type: 'button', class: 'confirm', disabled: inc.confirmed, onclick: () => void report(api(`/api/incidents/${encodeURIComponent(inc.id)}/confirm`, { method: 'POST', json: {} }), 'confirmed') },
    inc.confirmed ? 'confirmed' : 'confirm incident',
  );
  return h('section', { class: 'tools' }, confirm, edit, merge, split);
}

export function renderIncident(d: IncidentDetail, hooks: PanelHooks): HTMLElement {
  const inc = d.incident;
  const status = h('div', { class: 'status', role: 'status' });
  return h(
    'article',
    { class: 'incident', 'data-id': inc.id },
    h(
      'header',
      {},
      h('span', { class: 'swatch', style: `background:${EVENT_COLORS[inc.event_type] ?? '#777'}` }),
      h('h2', {}, `${inc.id}: ${inc.sub_event_type || inc.event_type}`),
      h('span', { class: `badge grade grade-${inc.grade}`, title: 'grade of the evidence' }, inc.grade),
      inc.confirmed ? h('span', { class: 'badge confirmed' }, 'confirmed') : null,
      inc.disputes?.length ? h('span', { class: 'badge dispute' }, `${inc.disputes.length} dispute(s)`) : null,
    ),
    fieldsTable(inc),
    disputesList(inc),
    h('h3', {}, `Sources (${inc.articles.length} article${inc.articles.length === 1 ? '' : 's'})`),
    sourcesTable(inc, d.articles, hooks),
    getToken() ? editTools(d, hooks, status) : h('p', { class: 'hint' }, 'Sign in with a token (top right) to edit, merge, split or confirm.'),
    status,
    h('h3', {}, 'History'),
    historyTable(d),
  );
}
