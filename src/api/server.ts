/**
 * `sitrep serve`'s HTTP API and static dashboard, on fastify.
 *
 * Reads are open to loopback clients (and to all with `publicReads`); every write needs a bearer token,
 * whose name goes into the incident history as `who`. Request bodies and query strings are validated
 * against the JSON schemas of ./schemas.ts, which also make up /api/openapi.json. Errors are JSON:
 * `{error, message, statusCode}`.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Ajv } from 'ajv';
import type { Store, IncidentFilters, StoredIncident, StoredArticle, Grade } from '../store/types.js';
import type { Article } from '../types.js';
import { TokenChecker, isLoopback, type NamedToken } from './auth.js';
import * as S from './schemas.js';
import { buildOpenApi } from './openapi.js';
import { annotateArticle } from './annotations.js';
import { formatRecords, htmlToArticle } from './deps.js';

export interface ServerOptions {
  store: Store;
  tokens: NamedToken[];
  /** Folder of the built dashboard (index.html); null serves the API only. */
  webRoot?: string | null;
  /** Open reads to non-loopback clients too. */
  publicReads?: boolean;
  logger?: boolean;
  /** Largest article upload in bytes (default 10 MiB); other bodies are limited to 256 KiB. */
  uploadLimit?: number;
  /** Called after articles were ingested through the API or a watcher (for logs). */
  version?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    tokenName: string | null;
  }
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

type Q = Record<string, unknown>;

export function filtersFromQuery(q: Q): IncidentFilters {
  const f: IncidentFilters = {};
  for (const k of ['country', 'admin1', 'since', 'until', 'type', 'actor', 'article', 'q'] as const) {
    const v = q[k];
    if (typeof v === 'string' && v.trim() !== '') f[k] = v.trim();
  }
  if (typeof q.min_fatalities === 'number') f.minFatalities = q.min_fatalities;
  if (typeof q.grade === 'string') f.grade = q.grade as Grade;
  if (typeof q.bbox === 'string') {
    const b = q.bbox.split(',').map(Number) as [number, number, number, number];
    if (b.some((n) => !Number.isFinite(n))) throw new HttpError(400, 'bbox: four numbers west,south,east,north');
    f.bbox = b;
  }
  if (f.since && f.until && f.since > f.until) throw new HttpError(400, `since (${f.since}) is after until (${f.until})`);
  return f;
}

/** Every incident matching the filters, read page by page (the store caps one page). */
async function* allIncidents(store: Store, filters: IncidentFilters, max = Infinity): AsyncGenerator<StoredIncident> {
  const pageSize = 2000;
  let offset = 0;
  let seen = 0;
  for (;;) {
    const page = await store.queryIncidents(filters, { limit: pageSize, offset, order: 'id' });
    for (const it of page.items) {
      if (seen++ >= max) return;
      yield it;
    }
    if (page.items.length < pageSize) return;
    offset += pageSize;
  }
}

const articleValidator = new Ajv({ allErrors: false, strict: false }).compile(S.articleInput);

function ajvMessage(errors: typeof articleValidator.errors): string {
  const e = errors?.[0];
  if (!e) return 'invalid article';
  return `${e.instancePath || 'article'} ${e.message ?? 'is invalid'}`.trim();
}

function hash8(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Parses an upload into raw article objects, one per entry (errors per entry, not for the batch). */
function parseUpload(contentType: string, body: unknown): { items: unknown[]; errors: { index: number; error: string }[] } {
  const errors: { index: number; error: string }[] = [];
  if (typeof body === 'string') {
    if (/ndjson|jsonl|jsonlines/.test(contentType)) {
      const items: unknown[] = [];
      body.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim()) return;
        try {
          items.push(JSON.parse(line));
        } catch (e) {
          items.push(undefined);
          errors.push({ index: items.length - 1, error: `line ${i + 1}: ${(e as Error).message}` });
        }
      });
      if (!items.length) throw new HttpError(400, 'empty JSONL body');
      return { items, errors };
    }
    if (/html/.test(contentType)) return { items: [{ html: body }], errors };
    return { items: [{ text: body }], errors };
  }
  if (Array.isArray(body)) return { items: body, errors };
  if (body && typeof body === 'object' && Array.isArray((body as Q).articles)) return { items: (body as Q).articles as unknown[], errors };
  return { items: [body], errors };
}

async function toArticle(raw: Q, defaults: Q): Promise<Article> {
  const merged: Q = { ...defaults, ...raw };
  let article: Article;
  if (typeof merged.html === 'string') {
    const origin = typeof merged.url === 'string' ? merged.url : 'upload.html';
    const a = await htmlToArticle(merged.html, origin);
    article = {
      ...a,
      outlet: (merged.outlet as string) ?? a.outlet,
      url: (merged.url as string) ?? a.url,
      published: (merged.published as string) ?? a.published,
      title: (merged.title as string) ?? a.title,
    };
  } else {
    const text = String(merged.text);
    article = {
      id: '',
      text,
      outlet: (merged.outlet as string) ?? null,
      url: (merged.url as string) ?? null,
      published: typeof merged.published === 'string' ? merged.published.slice(0, 10) : null,
      title: (merged.title as string) ?? null,
      origin: 'api',
    };
  }
  if (!article.text || !article.text.trim()) throw new Error('the article has no text');
  article.id = typeof merged.id === 'string' && merged.id ? merged.id : article.id || `api-${hash8(article.text)}`;
  return article;
}

function mapRow(r: StoredIncident) {
  return [
    r.id,
    r.latitude,
    r.longitude,
    r.event_date,
    r.event_type,
    r.sub_event_type,
    r.fatalities,
    r.country,
    r.admin1,
    r.location,
    r.actor1,
    r.actor2,
    r.grade,
    r.disputes?.length ?? 0,
  ];
}
export const MAP_COLUMNS = ['id', 'latitude', 'longitude', 'event_date', 'event_type', 'sub_event_type', 'fatalities', 'country', 'admin1', 'location', 'actor1', 'actor2', 'grade', 'disputes'];

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const checker = new TokenChecker(opts.tokens);
  const uploadLimit = opts.uploadLimit ?? 10 * 1024 * 1024;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 256 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
  });
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (r) => {
    if (r.url.startsWith('/api/')) routes.push(r);
  });

  for (const type of ['text/html', 'text/plain', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/xhtml+xml'])
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: uploadLimit }, (_req, body, done) => done(null, body));

  app.decorateRequest('tokenName', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    req.tokenName = checker.check(req.headers.authorization);
    const write = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const needsToken = write || (!opts.publicReads && !isLoopback(req.socket.remoteAddress));
    if (needsToken && !req.tokenName) {
      reply.header('www-authenticate', 'Bearer realm="sitrep"');
      throw new HttpError(401, req.headers.authorization ? 'the bearer token is not valid' : 'this request needs a bearer token (Authorization: Bearer <token>)');
    }
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string }, _req, reply) => {
    let status = err instanceof HttpError ? err.statusCode : (err.statusCode ?? 500);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') status = 413;
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') status = 415;
    if (status >= 500) app.log.error(err);
    reply.status(status).send({ error: STATUS_NAMES[status] ?? 'Error', message: err.message, statusCode: status });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}`, statusCode: 404 });
  });

  const actor = (req: FastifyRequest, why?: unknown) => ({ who: req.tokenName ?? undefined, why: typeof why === 'string' ? why : undefined });
  const mustGet = async (id: string) => {
    const inc = await store.getIncident(id);
    if (!inc) throw new HttpError(404, `no incident ${id}`);
    return inc;
  };
  /** Store operations fail on bad input (unknown ids, bad values) with plain errors: those are 400s. */
  const op = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof HttpError) throw e;
      const msg = (e as Error).message ?? String(e);
      const name = (e as Error).name ?? '';
      if (name === 'NotFoundError') throw new HttpError(404, msg);
      if (name === 'StoreInputError') throw new HttpError(400, msg);
      if (/not found|no incident|unknown incident/i.test(msg)) throw new HttpError(404, msg);
      if (/SQLITE_BUSY|ECONNREFUSED|connection/i.test(msg)) throw e;
      throw new HttpError(400, msg);
    }
  };
  const detail = async (inc: StoredIncident) => {
    const [history, articles] = await Promise.all([store.history(inc.id), store.articles({ ids: inc.articles })]);
    return { incident: inc, history, articles: articles.map(articleMeta) };
  };

  app.get('/api/openapi.json', { schema: { summary: 'This document' } as object }, async () => buildOpenApi(routes));

  app.get('/api/stats', { schema: { summary: 'Store statistics' } as object }, async () => store.stats());

  app.get('/api/whoami', { schema: { summary: 'The name of the bearer token sent (401 without one)' } as object }, async (req) => {
    if (!req.tokenName) throw new HttpError(401, 'no valid bearer token');
    return { name: req.tokenName };
  });

  app.get(
    '/api/incidents',
    { schema: { summary: 'Query incidents (filters of `sitrep incidents`), paginated', querystring: S.incidentQuery } as object },
    async (req) => {
      const q = req.query as Q;
      const filters = filtersFromQuery(q);
      const limit = q.limit as number;
      const offset = q.offset as number;
      const res = await store.queryIncidents(filters, { limit, offset, order: q.order as 'event_date' });
      return { total: res.total, limit, offset, next: offset + res.items.length < res.total ? offset + res.items.length : null, items: res.items };
    },
  );

  app.get(
    '/api/map',
    {
      schema: {
        summary: 'Compact rows of every matching incident for the map and timeline',
        description: `items are arrays in the order of columns: ${MAP_COLUMNS.join(', ')}`,
        querystring: S.mapQuery,
      } as object,
    },
    async (req) => {
      const q = req.query as Q;
      const filters = filtersFromQuery(q);
      const items: unknown[][] = [];
      for await (const r of allIncidents(store, filters, q.limit as number)) items.push(mapRow(r));
      return { columns: MAP_COLUMNS, total: items.length, items };
    },
  );

  app.get('/api/incidents/:id', { schema: { summary: 'One incident with claims, disputes, grade, history and its articles', params: S.idParams } as object }, async (req) => {
    const inc = await mustGet((req.params as { id: string }).id);
    return detail(inc);
  });

  app.get('/api/incidents/:id/history', { schema: { summary: "An incident's history", params: S.idParams } as object }, async (req) => {
    const inc = await mustGet((req.params as { id: string }).id);
    return { items: await store.history(inc.id) };
  });

  app.patch(
    '/api/incidents/:id',
    { schema: { summary: 'Set analyst values of fields, or revert them to the machine values', params: S.idParams, body: S.patchBody } as object },
    async (req) => {
      const { id } = req.params as { id: string };
      const body = req.body as { set?: Record<string, unknown>; revert?: string[]; why?: string };
      await mustGet(id);
      let inc: StoredIncident | null = null;
      if (body.revert?.length) {
        // `revert` is the SQL store's (not in the Store interface yet).
        const revert = (store as Store & { revert?: (id: string, fields: string[], a?: object) => Promise<StoredIncident> }).revert;
        if (typeof revert !== 'function') throw new HttpError(400, 'this store cannot revert fields');
        inc = await op(() => revert.call(store, id, body.revert!, actor(req, body.why)));
      }
      if (body.set && Object.keys(body.set).length) inc = await op(() => store.edit(id, body.set!, actor(req, body.why)));
      return detail(inc ?? (await mustGet(id)));
    },
  );

  app.post(
    '/api/incidents/:id/merge',
    { schema: { summary: 'Merge the given incidents into this one', params: S.idParams, body: S.mergeBody } as object },
    async (req) => {
      const { id } = req.params as { id: string };
      const body = req.body as { ids: string[]; why?: string };
      await mustGet(id);
      for (const other of body.ids) await mustGet(other);
      const inc = await op(() => store.merge([id, ...body.ids.filter((x) => x !== id)], actor(req, body.why)));
      return detail(inc);
    },
  );

  app.post(
    '/api/incidents/:id/split',
    { schema: { summary: "Move the given articles' records out into a new incident", params: S.idParams, body: S.splitBody } as object },
    async (req) => {
      const { id } = req.params as { id: string };
      const body = req.body as { articles: string[]; why?: string };
      const inc = await mustGet(id);
      const unknown = body.articles.filter((a) => !inc.articles.includes(a));
      if (unknown.length) throw new HttpError(400, `not articles of ${inc.id}: ${unknown.join(', ')}`);
      if (unknown.length === 0 && body.articles.length >= inc.articles.length) throw new HttpError(400, 'cannot split out every article of an incident');
      const res = await op(() => store.split(id, body.articles, actor(req, body.why)));
      return { original: (await detail(res.original)), created: (await detail(res.created)) };
    },
  );

  app.post(
    '/api/incidents/:id/confirm',
    { schema: { summary: 'Confirm an incident', params: S.idParams, body: S.confirmBody } as object },
    async (req) => {
      const { id } = req.params as { id: string };
      await mustGet(id);
      const inc = await op(() => store.confirm(id, actor(req, (req.body as Q | null)?.why)));
      return detail(inc);
    },
  );

  app.delete('/api/incidents/:id', { schema: { summary: 'Delete an incident (recorded; restorable)', params: S.idParams } as object }, async (req, reply) => {
    const { id } = req.params as { id: string };
    await mustGet(id);
    await op(() => store.delete(id, actor(req, (req.query as Q).why)));
    reply.status(204).send();
  });

  app.post(
    '/api/articles',
    {
      bodyLimit: uploadLimit,
      schema: {
        summary: 'Ingest articles (JSON, JSONL, HTML or plain text); returns the incidents touched',
        querystring: S.articlesQuery,
        body: { description: S.articlesBody.description },
        'x-body': S.articlesBody,
      } as object,
    },
    async (req, reply) => {
      const ct = String(req.headers['content-type'] ?? '');
      const { items, errors } = parseUpload(ct, req.body);
      if (items.length > 1000) throw new HttpError(413, `at most 1000 articles a request (got ${items.length})`);
      const defaults = req.query as Q;
      const results: unknown[] = [];
      const touched = new Set<string>();
      const failed = new Map(errors.map((e) => [e.index, e.error]));
      for (let i = 0; i < items.length; i++) {
        const raw = items[i];
        if (failed.has(i)) {
          results.push({ index: i, error: failed.get(i) });
          continue;
        }
        if (!articleValidator(raw)) {
          results.push({ index: i, error: ajvMessage(articleValidator.errors) });
          continue;
        }
        try {
          const article = await toArticle(raw as Q, items.length === 1 ? defaults : {});
          const r = await store.ingestArticle(article, { who: req.tokenName ?? undefined });
          for (const id of [...r.created, ...r.updated]) touched.add(id);
          results.push({ index: i, ...r });
        } catch (e) {
          results.push({ index: i, error: (e as Error).message });
        }
      }
      const incidents: StoredIncident[] = [];
      for (const id of touched) {
        const inc = await store.getIncident(id);
        if (inc) incidents.push(inc);
      }
      const ok = results.filter((r) => !(r as Q).error).length;
      if (ok === 0) {
        // Nothing stored: an error body, with each entry's reason.
        reply.status(422);
        return { error: 'Unprocessable Entity', message: `no article ingested: ${String((results[0] as Q).error)}`, statusCode: 422, results };
      }
      return { ingested: ok, failed: results.length - ok, results, incidents };
    },
  );

  app.get('/api/articles', { schema: { summary: 'List articles (optionally of one incident)', querystring: { type: 'object', properties: { incident: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 } }, additionalProperties: false } } as object }, async (req) => {
    const q = req.query as { incident?: string; limit: number; offset: number };
    const items = await store.articles(q.incident ? { incident: q.incident } : {}, { limit: q.limit, offset: q.offset });
    return { items: items.map(articleMeta) };
  });

  app.get('/api/articles/:id', { schema: { summary: 'An article: text, metadata, extracted annotations linked to incidents', params: S.idParams } as object }, async (req) => {
    const { id } = req.params as { id: string };
    const art = await store.getArticle(id, { text: true });
    if (!art) throw new HttpError(404, `no article ${id}`);
    const incidents: StoredIncident[] = [];
    for (const iid of art.incidents) {
      const inc = await store.getIncident(iid);
      if (inc && !incidents.some((x) => x.id === inc.id)) incidents.push(inc);
    }
    const annotations = await annotateArticle(art, incidents);
    return {
      article: { ...articleMeta(art), text: art.text ?? '' },
      incidents: incidents.map((i) => ({ id: i.id, event_type: i.event_type, sub_event_type: i.sub_event_type, event_date: i.event_date, location: i.location, fatalities: i.fatalities })),
      ...annotations,
    };
  });

  app.get('/api/export', { schema: { summary: 'Export matching incidents (jsonl, acled-csv, ucdp-csv, geojson)', querystring: S.exportQuery } as object }, async (req, reply) => {
    const q = req.query as Q;
    const format = q.format === 'csv' ? 'acled-csv' : (q.format as string);
    const records: StoredIncident[] = [];
    for await (const r of allIncidents(store, filtersFromQuery(q))) records.push(r);
    const body = await formatRecords(records, format);
    const types: Record<string, [string, string]> = {
      jsonl: ['application/x-ndjson; charset=utf-8', 'jsonl'],
      'acled-csv': ['text/csv; charset=utf-8', 'csv'],
      'ucdp-csv': ['text/csv; charset=utf-8', 'csv'],
      geojson: ['application/geo+json; charset=utf-8', 'geojson'],
    };
    const [ctype, ext] = types[format] ?? ['text/plain; charset=utf-8', 'txt'];
    reply.header('content-type', ctype).header('content-disposition', `attachment; filename="sitrep-incidents.${ext}"`);
    return body;
  });

  app.all('/api/*', async (req) => {
    throw new HttpError(404, `no route ${req.method} ${req.url.split('?')[0]}`);
  });

  if (opts.webRoot && existsSync(opts.webRoot)) {
    app.addHook('onSend', async (req, reply, payload) => {
      if (!req.url.startsWith('/api/')) {
        reply.header(
          'content-security-policy',
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        );
        reply.header('x-content-type-options', 'nosniff');
      }
      return payload;
    });
    await app.register(fastifyStatic, { root: opts.webRoot, prefix: '/', index: ['index.html'], wildcard: true });
  } else {
    app.get('/', async (_req: FastifyRequest, reply: FastifyReply) => {
      reply.type('text/plain').send('sitrep API: the dashboard is not built (npm run build:web); see /api/openapi.json\n');
    });
  }
  return app;
}

export function articleMeta(a: StoredArticle) {
  return { id: a.id, outlet: a.outlet, url: a.url, published: a.published, title: a.title, ingested_at: a.ingested_at, incidents: a.incidents };
}
