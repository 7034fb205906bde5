/** The view's state, kept in the URL (?country=SY&type=Battles&incident=SYR3…) so that a view can be shared. */
export const FILTER_KEYS = ['since', 'until', 'country', 'admin1', 'type', 'actor', 'min_fatalities'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface ViewState {
  filters: Filters;
  incident: string | null;
  article: string | null;
  bucket: 'day' | 'week' | 'auto';
  page: number;
}

export function readState(): ViewState {
  const p = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const b = p.get('bucket');
  return {
    filters,
    incident: p.get('incident'),
    article: p.get('article'),
    bucket: b === 'day' || b === 'week' ? b : 'auto',
    page: Math.max(0, Number(p.get('page') ?? 0) || 0),
  };
}

export function writeState(s: ViewState, push = true): void {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.incident) p.set('incident', s.incident);
  if (s.article) p.set('article', s.article);
  if (s.bucket !== 'auto') p.set('bucket', s.bucket);
  if (s.page) p.set('page', String(s.page));
  const url = `${location.pathname}${p.toString() ? '?' + p.toString() : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export const EVENT_COLORS: Record<string, string> = {
  Battles: '#d7301f',
  'Explosions/Remote violence': '#ff7f00',
  'Violence against civilians': '#6a3d9a',
  Protests: '#1f78b4',
  Riots: '#e7298a',
  'Strategic developments': '#33a02c',
};

export const EVENT_TYPES: Record<string, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};

/** A compact map row (the /api/map columns). */
export interface Row {
  id: string;
  lat: number | null;
  lon: number | null;
  date: string | null;
  type: string;
  sub: string;
  fatalities: number | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  actor1: string | null;
  actor2: string | null;
  grade: string;
  disputes: number;
}

export function toRows(columns: string[], items: unknown[][]): Row[] {
  const ix = (c: string) => columns.indexOf(c);
  const c = {
    id: ix('id'), lat: ix('latitude'), lon: ix('longitude'), date: ix('event_date'), type: ix('event_type'), sub: ix('sub_event_type'),
    fat: ix('fatalities'), country: ix('country'), admin1: ix('admin1'), location: ix('location'), a1: ix('actor1'), a2: ix('actor2'), grade: ix('grade'), disputes: ix('disputes'),
  };
  return items.map((r) => ({
    id: r[c.id] as string,
    lat: r[c.lat] as number | null,
    lon: r[c.lon] as number | null,
    date: r[c.date] as string | null,
    type: r[c.type] as string,
    sub: r[c.sub] as string,
    fatalities: r[c.fat] as number | null,
    country: r[c.country] as string | null,
    admin1: r[c.admin1] as string | null,
    location: r[c.location] as string | null,
    actor1: r[c.a1] as string | null,
    actor2: r[c.a2] as string | null,
    grade: r[c.grade] as string,
    disputes: (r[c.disputes] as number) ?? 0,
  }));
}
