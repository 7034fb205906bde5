/** Checks on what enters the store: a malformed article or record is refused whole, with a message. */
import { EVENT_TYPES, type Article, type IncidentRecord } from '../types.js';

export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(s: unknown): boolean {
  return typeof s === 'string' && DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

export function validateArticle(a: Article): void {
  const where = a?.origin ? ` (${a.origin})` : '';
  if (!a || typeof a !== 'object') throw new StoreInputError('article: not an object');
  if (typeof a.id !== 'string' || !a.id.trim()) throw new StoreInputError(`article${where}: missing id`);
  if (typeof a.text !== 'string' || !a.text.trim()) throw new StoreInputError(`article ${a.id}${where}: empty text`);
  if (a.text.includes('\u0000')) throw new StoreInputError(`article ${a.id}${where}: binary text (NUL bytes)`);
  for (const k of ['outlet', 'url', 'title'] as const)
    if (a[k] != null && typeof a[k] !== 'string') throw new StoreInputError(`article ${a.id}${where}: ${k} is not a string`);
  if (a.published != null && !isDate(a.published)) throw new StoreInputError(`article ${a.id}${where}: published '${a.published}' is not YYYY-MM-DD`);
}

const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const count = (v: unknown) => v == null || (num(v) && (v as number) >= 0 && Number.isInteger(v));

/** Throws on the first problem; `textLength` bounds the claims' offsets. */
export function validateRecord(r: IncidentRecord, articleId: string, textLength: number): void {
  const at = `record ${r && typeof r === 'object' ? r.id ?? '?' : '?'} of article ${articleId}`;
  const fail = (m: string): never => {
    throw new StoreInputError(`${at}: ${m}`);
  };
  if (!r || typeof r !== 'object') fail('not an object');
  if (typeof r.event_type !== 'string' || !(r.event_type in EVENT_TYPES)) fail(`unknown event_type '${String(r.event_type)}'`);
  if (typeof r.sub_event_type !== 'string' || !r.sub_event_type) fail('missing sub_event_type');
  if (r.event_date != null && !isDate(r.event_date)) fail(`event_date '${String(r.event_date)}' is not YYYY-MM-DD`);
  if (![1, 2, 3].includes(r.time_precision)) fail(`time_precision ${String(r.time_precision)} is not 1, 2 or 3`);
  if (![1, 2, 3].includes(r.geo_precision)) fail(`geo_precision ${String(r.geo_precision)} is not 1, 2 or 3`);
  for (const k of ['inter1', 'inter2'] as const) if (r[k] != null && !(Number.isInteger(r[k]) && r[k]! >= 1 && r[k]! <= 8)) fail(`${k} ${String(r[k])} is not 1..8`);
  if ((r.latitude == null) !== (r.longitude == null)) fail('latitude and longitude must both be set or both null');
  if (r.latitude != null && !(num(r.latitude) && Math.abs(r.latitude) <= 90)) fail(`latitude ${String(r.latitude)} out of range`);
  if (r.longitude != null && !(num(r.longitude) && Math.abs(r.longitude) <= 180)) fail(`longitude ${String(r.longitude)} out of range`);
  for (const k of ['fatalities', 'fatalities_low', 'fatalities_high', 'injuries'] as const) if (!count(r[k])) fail(`${k} ${String(r[k])} is not a count`);
  if (r.country != null && (typeof r.country !== 'string' || !/^[A-Za-z]{2}$/.test(r.country))) fail(`country '${String(r.country)}' is not ISO alpha-2`);
  if (!Array.isArray(r.articles) || !r.articles.includes(articleId)) fail('articles must list the article');
  if (!Array.isArray(r.claims)) fail('claims is not a list');
  for (const k of ['assoc_actor_1', 'assoc_actor_2', 'sources', 'disputes'] as const) if (r[k] != null && !Array.isArray(r[k])) fail(`${k} is not a list`);
  r.claims.forEach((c, i) => {
    if (!c || typeof c !== 'object') fail(`claim ${i} is not an object`);
    if (typeof c.attribute !== 'string' || !c.attribute) fail(`claim ${i}: missing attribute`);
    if (typeof c.source !== 'string' || !c.source) fail(`claim ${i}: missing source`);
    if (c.article !== articleId) fail(`claim ${i}: cites article '${String(c.article)}'`);
    if (typeof c.quote !== 'string') fail(`claim ${i}: missing quote`);
    if (c.value != null && !['string', 'number', 'boolean'].includes(typeof c.value)) fail(`claim ${i}: value is not a scalar`);
    if ((c.attribute === 'fatalities' || c.attribute === 'injuries') && c.value != null && !count(c.value)) fail(`claim ${i}: ${c.attribute} '${String(c.value)}' is not a count`);
    if (c.start != null || c.end != null) {
      if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start! < 0 || c.end! < c.start! || c.end! > textLength)
        fail(`claim ${i}: offsets ${String(c.start)}..${String(c.end)} outside the article (${textLength} chars)`);
    }
  });
}
