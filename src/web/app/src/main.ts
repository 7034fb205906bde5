/** The dashboard: filters (in the URL) → map + timeline + list; incident panel; article view; upload. */
import './style.css';
import { api, ApiError, getToken, qs, setToken, type IncidentDetail, type Incident } from './api.js';
import { $, clear, h } from './dom.js';
import { IncidentMap } from './map.js';
import { Timeline } from './timeline.js';
import { renderIncident } from './panel.js';
import { renderArticle, type ArticleView } from './article.js';
import { setupUpload } from './upload.js';
import { EVENT_COLORS, EVENT_TYPES, FILTER_KEYS, readState, toRows, writeState, type Filters, type Row, type ViewState } from './state.js';

const PAGE = 50;
let state: ViewState = readState();
let rows: Row[] = []; // incidents under the non-date filters (map + timeline)
let facetRows: Row[] = []; // every incident (filter choices)
let tab: 'list' | 'incident' | 'article' = state.article ? 'article' : state.incident ? 'incident' : 'list';

const form = $('#filters') as HTMLFormElement;
const view = $('#view');
const tabs = $('#tabs');
const map = new IncidentMap($('#map'), (id) => openIncident(id));
const timeline = new Timeline(
  $('#timeline'),
  (since, until) => setFilters({ ...state.filters, since: since ?? undefined, until: until ?? undefined }),
  (b) => {
    state.bucket = b;
    writeState(state);
    drawTimeline();
  },
);

function nonDate(f: Filters): Filters {
  const { since: _s, until: _u, ...rest } = f;
  return rest;
}

async function fetchRows(f: Filters): Promise<Row[]> {
  const r = await api<{ columns: string[]; items: unknown[][] }>(`/api/map${qs(f)}`);
  return toRows(r.columns, r.items);
}

function inDates(r: Row): boolean {
  const { since, until } = state.filters;
  if (!since && !until) return true;
  if (!r.date) return false;
  return (!since || r.date >= since) && (!until || r.date <= until);
}

function drawTimeline(): void {
  timeline.render(rows, state.filters.since ?? null, state.filters.until ?? null, state.bucket);
}

function drawMap(): void {
  map.show(rows.filter(inDates), state.incident);
}

function option(value: string, label = value, selected = false): HTMLOptionElement {
  const o = h('option', { value }, label);
  o.selected = selected;
  return o;
}

function fillFacets(): void {
  const f = state.filters;
  const count = (key: (r: Row) => string | null, within: Row[]) => {
    const m = new Map<string, number>();
    for (const r of within) {
      const k = key(r);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const country = form.elements.namedItem('country') as HTMLSelectElement;
  clear(country);
  country.appendChild(option('', 'all'));
  const countries = count((r) => r.country, facetRows);
  if (f.country && !countries.some(([c]) => c === f.country)) countries.push([f.country, 0]);
  for (const [c, n] of countries) country.appendChild(option(c, `${c} (${n})`, c === f.country));
  const admin1 = form.elements.namedItem('admin1') as HTMLSelectElement;
  clear(admin1);
  admin1.appendChild(option('', 'all'));
  const admins = count((r) => r.admin1, facetRows.filter((r) => !f.country || r.country === f.country));
  if (f.admin1 && !admins.some(([c]) => c === f.admin1)) admins.push([f.admin1, 0]);
  for (const [c, n] of admins) admin1.appendChild(option(c, `${c} (${n})`, c === f.admin1));
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  clear(type);
  type.appendChild(option('', 'all'));
  for (const [t, subs] of Object.entries(EVENT_TYPES)) {
    type.appendChild(option(t, t, f.type === t));
    const group = h('optgroup', { label: `  ${t}` });
    for (const s of subs) group.appendChild(option(s, s, f.type === s));
    type.appendChild(group);
  }
  const actors = $('#actors');
  clear(actors);
  for (const [a] of count((r) => r.actor1, facetRows).concat(count((r) => r.actor2, facetRows)).slice(0, 200)) actors.appendChild(h('option', { value: a }));
  for (const k of ['since', 'until', 'actor', 'min_fatalities'] as const) (form.elements.namedItem(k) as HTMLInputElement).value = f[k] ?? '';
}

function setFilters(f: Filters): void {
  const clean: Filters = {};
  for (const k of FILTER_KEYS) if (f[k]) clean[k] = f[k];
  const datesOnly = JSON.stringify(nonDate(clean)) === JSON.stringify(nonDate(state.filters));
  state = { ...state, filters: clean, page: 0 };
  writeState(state);
  if (datesOnly) {
    fillFacets();
    drawTimeline();
    drawMap();
    if (tab === 'list') void showList();
  } else void reload();
}

async function reload(): Promise<void> {
  document.body.classList.add('loading');
  try {
    [rows, facetRows] = await Promise.all([fetchRows(nonDate(state.filters)), facetRows.length ? Promise.resolve(facetRows) : fetchRows({})]);
    fillFacets();
    drawTimeline();
    drawMap();
    if (tab === 'list') await showList();
  } catch (e) {
    showError(e);
  } finally {
    document.body.classList.remove('loading');
  }
}

function showError(e: unknown): void {
  clear(view);
  view.appendChild(h('p', { class: 'status error' }, e instanceof ApiError ? `${e.status}: ${e.message}` : String((e as Error).message ?? e)));
}

function drawTabs(): void {
  clear(tabs);
  const t = (name: typeof tab, label: string, enabled: boolean, go: () => void) =>
    h('button', { type: 'button', class: name === tab ? 'on' : '', disabled: !enabled, onclick: go, 'data-tab': name }, label);
  tabs.appendChild(t('list', 'incidents', true, () => ((state = { ...state, incident: null, article: null }), writeState(state), showList())));
  tabs.appendChild(t('incident', state.incident ? `incident ${state.incident}` : 'incident', !!state.incident, () => state.incident && openIncident(state.incident)));
  tabs.appendChild(t('article', state.article ? `article` : 'article', !!state.article, () => state.article && openArticle(state.article)));
}

async function showList(): Promise<void> {
  tab = 'list';
  drawTabs();
  const f = state.filters;
  try {
    const r = await api<{ total: number; items: Incident[] }>(`/api/incidents${qs({ ...f, limit: PAGE, offset: state.page * PAGE })}`);
    if (tab !== 'list') return;
    clear(view);
    const pages = Math.max(1, Math.ceil(r.total / PAGE));
    view.appendChild(
      h(
        'div',
        { class: 'list-head' },
        h('strong', { id: 'total' }, `${r.total} incident${r.total === 1 ? '' : 's'}`),
        ` · page ${state.page + 1} of ${pages} `,
        h('button', { type: 'button', disabled: state.page === 0, onclick: () => ((state.page -= 1), writeState(state), showList()) }, '‹ prev'),
        h('button', { type: 'button', disabled: state.page + 1 >= pages, onclick: () => ((state.page += 1), writeState(state), showList()) }, 'next ›'),
        ' ',
        h('a', { href: `/api/export${qs({ ...f, format: 'acled-csv' })}`, download: 'incidents.csv' }, 'CSV'),
        ' ',
        h('a', { href: `/api/export${qs({ ...f, format: 'geojson' })}`, download: 'incidents.geojson' }, 'GeoJSON'),
        ' ',
        h('a', { href: `/api/export${qs({ ...f, format: 'jsonl' })}`, download: 'incidents.jsonl' }, 'JSONL'),
      ),
    );
    view.appendChild(
      h(
        'table',
        { class: 'incidents' },
        h('thead', {}, h('tr', {}, h('th', {}, 'id'), h('th', {}, 'date'), h('th', {}, 'type'), h('th', {}, 'location'), h('th', {}, 'killed'), h('th', {}, 'grade'))),
        h(
          'tbody',
          {},
          ...r.items.map((i) =>
            h(
              'tr',
              { 'data-id': i.id, class: 'incident-row', onclick: () => openIncident(i.id) },
              h('td', {}, h('span', { class: 'swatch', style: `background:${EVENT_COLORS[i.event_type] ?? '#777'}` }), i.id),
              h('td', {}, i.event_date ?? '—'),
              h('td', { class: 'type' }, i.sub_event_type || i.event_type),
              h('td', {}, [i.location, i.admin1, i.country].filter(Boolean).join(', ')),
              h('td', { class: 'num' }, i.fatalities ?? '—', i.disputes?.length ? h('span', { class: 'badge dispute', title: 'sources disagree' }, '!') : null),
              h('td', {}, h('span', { class: `badge grade grade-${i.grade}` }, i.grade)),
            ),
          ),
        ),
      ),
    );
  } catch (e) {
    showError(e);
  }
}

async function openIncident(id: string): Promise<void> {
  tab = 'incident';
  state = { ...state, incident: id, article: null };
  writeState(state);
  drawTabs();
  try {
    const d = await api<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}`);
    if (d.incident.id !== id) {
      state.incident = d.incident.id; // an absorbed id resolves to the incident that absorbed it
      writeState(state, false);
    }
    clear(view);
    view.appendChild(
      renderIncident(d, {
        openIncident: (x) => void openIncident(x),
        openArticle: (a) => void openArticle(a),
        changed: async (x) => {
          facetRows = [];
          await reload();
          await openIncident(x);
        },
      }),
    );
    drawMap();
    map.focus(d.incident.latitude, d.incident.longitude);
  } catch (e) {
    showError(e);
  }
}

async function openArticle(id: string): Promise<void> {
  tab = 'article';
  state = { ...state, article: id };
  writeState(state);
  drawTabs();
  clear(view);
  view.appendChild(h('p', { class: 'hint' }, 'reading the article…'));
  try {
    const v = await api<ArticleView>(`/api/articles/${encodeURIComponent(id)}`);
    clear(view);
    view.appendChild(renderArticle(v, (x) => void openIncident(x)));
  } catch (e) {
    showError(e);
  }
}

async function checkToken(): Promise<void> {
  const status = $('#token-status');
  const input = $('#token') as HTMLInputElement;
  const button = $('#token-save') as HTMLButtonElement;
  if (!getToken()) {
    status.textContent = '';
    input.hidden = false;
    button.textContent = 'sign in';
    return;
  }
  try {
    const me = await api<{ name: string }>('/api/whoami');
    status.textContent = `signed in as ${me.name}`;
    input.hidden = true;
    button.textContent = 'sign out';
  } catch {
    setToken(null);
    status.textContent = 'token refused';
    input.hidden = false;
    button.textContent = 'sign in';
  }
}

function setup(): void {
  form.addEventListener('change', () => {
    const fd = new FormData(form);
    const f: Filters = {};
    for (const k of FILTER_KEYS) {
      const v = String(fd.get(k) ?? '').trim();
      if (v) f[k] = v;
    }
    if (f.country !== state.filters.country) delete f.admin1;
    setFilters(f);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  $('#clear-filters').addEventListener('click', () => setFilters({}));
  $('#token-save').addEventListener('click', async () => {
    const input = $('#token') as HTMLInputElement;
    if (getToken()) setToken(null);
    else if (input.value.trim()) setToken(input.value.trim());
    input.value = '';
    await checkToken();
    if (tab === 'incident' && state.incident) await openIncident(state.incident);
  });
  window.addEventListener('popstate', () => {
    state = readState();
    tab = state.article ? 'article' : state.incident ? 'incident' : 'list';
    void reload().then(() => (tab === 'incident' && state.incident ? openIncident(state.incident) : tab === 'article' && state.article ? openArticle(state.article) : undefined));
  });
  setupUpload(async (ids) => {
    facetRows = [];
    await reload();
    if (ids[0]) await openIncident(ids[0]);
  });
}

async function start(): Promise<void> {
  setup();
  await map.init();
  await checkToken();
  await reload();
  if (tab === 'incident' && state.incident) await openIncident(state.incident);
  else if (tab === 'article' && state.article) await openArticle(state.article);
  document.body.dataset.ready = 'true';
}

void start();
