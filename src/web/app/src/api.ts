/** Calls to sitrep's API; the token (for writes) lives in sessionStorage. */
export const TOKEN_KEY = 'sitrep.token';

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}
export function setToken(t: string | null): void {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T = any>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = getToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const res = await fetch(path, { ...init, headers, body });
  const ctype = res.headers.get('content-type') ?? '';
  const data = ctype.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof data === 'object' && data?.message ? data.message : `HTTP ${res.status}`);
  return data as T;
}

export function qs(params: Record<string, string | number | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export interface Claim {
  attribute: string;
  value: string | number | boolean | null;
  source: string;
  article: string;
  quote: string;
  start?: number;
  end?: number;
}
export interface Incident {
  id: string;
  articles: string[];
  event_date: string | null;
  time_precision: number;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number;
  fatalities: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  injuries: number | null;
  claims: Claim[];
  disputes: { attribute: string; values: { value: unknown; sources: string[] }[] }[];
  grade: string;
  confirmed: boolean;
  analyst: Record<string, unknown>;
  machine: Record<string, unknown>;
  notes: string;
  [k: string]: unknown;
}
export interface HistoryEntry {
  seq: number;
  at: string;
  who: string;
  action: string;
  field: string | null;
  old: unknown;
  new: unknown;
  why: string | null;
  article: string | null;
}
export interface ArticleMeta {
  id: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
}
export interface IncidentDetail {
  incident: Incident;
  history: HistoryEntry[];
  articles: ArticleMeta[];
}
