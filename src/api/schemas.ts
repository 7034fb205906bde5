/**
 * JSON schemas of the API's requests and responses. Fastify validates requests against them (ajv), and
 * the same objects make up the OpenAPI document, so the two cannot drift apart.
 */
import { EVENT_TYPES } from '../types.js';
import { EDITABLE_FIELDS } from '../store/types.js';

const nullableString = { type: ['string', 'null'] } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES);

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' }, statusCode: { type: 'integer' } },
  required: ['error', 'message'],
} as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
} as const;

/** The filters of `sitrep incidents`, as query parameters. */
export const incidentFilterProps = {
  country: { type: 'string', minLength: 2, maxLength: 3, description: 'ISO alpha-2 or alpha-3' },
  admin1: { type: 'string', maxLength: 200 },
  since: { ...isoDate, description: 'event_date on or after (YYYY-MM-DD)' },
  until: { ...isoDate, description: 'event_date on or before (YYYY-MM-DD)' },
  type: { type: 'string', maxLength: 100, description: 'event_type or sub_event_type' },
  actor: { type: 'string', maxLength: 200, description: 'substring of actor1, actor2 or associated actors' },
  min_fatalities: { type: 'integer', minimum: 0 },
  grade: { type: 'string', enum: ['weak', 'fair', 'confirmed', 'contested'] },
  article: { type: 'string', maxLength: 200, description: 'incidents citing this article id' },
  bbox: { type: 'string', pattern: '^-?[\\d.]+,-?[\\d.]+,-?[\\d.]+,-?[\\d.]+$', description: 'west,south,east,north' },
  q: { type: 'string', maxLength: 200, description: 'free text over location, admin1, actors, notes' },
} as const;

export const incidentQuery = {
  type: 'object',
  properties: {
    ...incidentFilterProps,
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
    offset: { type: 'integer', minimum: 0, default: 0 },
    order: { type: 'string', enum: ['event_date', 'updated', 'fatalities', 'id'], default: 'event_date' },
  },
  additionalProperties: false,
} as const;

export const mapQuery = {
  type: 'object',
  properties: { ...incidentFilterProps, limit: { type: 'integer', minimum: 1, maximum: 200000, default: 50000 } },
  additionalProperties: false,
} as const;

export const summaryQuery = {
  type: 'object',
  properties: { ...incidentFilterProps, bucket: { type: 'string', enum: ['day', 'week'], default: 'day' } },
  additionalProperties: false,
} as const;

export const exportQuery = {
  type: 'object',
  properties: { ...incidentFilterProps, format: { type: 'string', enum: ['jsonl', 'acled-csv', 'ucdp-csv', 'geojson', 'csv'], default: 'jsonl' } },
  additionalProperties: false,
} as const;

const claimSchema = {
  type: 'object',
  properties: {
    attribute: { type: 'string' },
    value: {},
    source: { type: 'string' },
    article: { type: 'string' },
    quote: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
  },
} as const;

/** The incident record (CONTRACT.md plus the store's fields); open to extra fields. */
export const incidentSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    articles: { type: 'array', items: { type: 'string' } },
    event_date: nullableString,
    time_precision: { type: 'integer' },
    event_type: { type: 'string', enum: EVENT_TYPE_NAMES },
    sub_event_type: { type: 'string' },
    actor1: nullableString,
    actor2: nullableString,
    country: nullableString,
    admin1: nullableString,
    location: nullableString,
    latitude: { type: ['number', 'null'] },
    longitude: { type: ['number', 'null'] },
    geo_precision: { type: 'integer' },
    fatalities: { type: ['integer', 'null'] },
    injuries: { type: ['integer', 'null'] },
    claims: { type: 'array', items: claimSchema },
    disputes: { type: 'array' },
    grade: { type: 'string' },
    confirmed: { type: 'boolean' },
  },
  additionalProperties: true,
} as const;

export const articleInput = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200 },
    text: { type: 'string', minLength: 1, maxLength: 2_000_000 },
    outlet: nullableString,
    url: nullableString,
    published: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}' },
    title: nullableString,
    html: { type: 'string', maxLength: 5_000_000, description: 'an HTML page instead of text' },
  },
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
} as const;

export const articlesBody = {
  description:
    'application/json: one article or an array of them (or {articles: [...]}); application/x-ndjson: one article per line; text/html: one page (metadata from ?url=&outlet=&published=); text/plain: one article.',
  oneOf: [
    articleInput,
    { type: 'array', items: articleInput, minItems: 1, maxItems: 1000 },
    { type: 'object', properties: { articles: { type: 'array', items: articleInput, minItems: 1, maxItems: 1000 } }, required: ['articles'] },
    { type: 'string' },
  ],
} as const;

export const articlesQuery = {
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    url: { type: 'string', maxLength: 2000 },
    outlet: { type: 'string', maxLength: 200 },
    published: isoDate,
    title: { type: 'string', maxLength: 500 },
  },
  additionalProperties: false,
} as const;

const editableProps: Record<string, object> = {};
for (const f of EDITABLE_FIELDS) editableProps[f] = {};
Object.assign(editableProps, {
  event_date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  time_precision: { type: ['integer', 'null'], enum: [1, 2, 3, null] },
  geo_precision: { type: ['integer', 'null'], enum: [1, 2, 3, null] },
  event_type: { type: ['string', 'null'], enum: [...EVENT_TYPE_NAMES, null] },
  sub_event_type: { type: ['string', 'null'], maxLength: 100 },
  inter1: { type: ['integer', 'null'], minimum: 1, maximum: 8 },
  inter2: { type: ['integer', 'null'], minimum: 1, maximum: 8 },
  assoc_actor_1: { type: ['array', 'null'], items: { type: 'string' } },
  assoc_actor_2: { type: ['array', 'null'], items: { type: 'string' } },
  latitude: { type: ['number', 'null'], minimum: -90, maximum: 90 },
  longitude: { type: ['number', 'null'], minimum: -180, maximum: 180 },
  fatalities: { type: ['integer', 'null'], minimum: 0 },
  fatalities_low: { type: ['integer', 'null'], minimum: 0 },
  fatalities_high: { type: ['integer', 'null'], minimum: 0 },
  injuries: { type: ['integer', 'null'], minimum: 0 },
  grade: { type: ['string', 'null'], enum: ['weak', 'fair', 'confirmed', 'contested', null] },
});
for (const f of ['actor1', 'actor2', 'actor1_country', 'actor2_country', 'country', 'admin1', 'admin2', 'location', 'notes'])
  editableProps[f] = { type: ['string', 'null'], maxLength: f === 'notes' ? 10000 : 300 };

export const patchBody = {
  type: 'object',
  description: 'Set analyst values of fields, or revert fields to the machine values.',
  properties: {
    set: { type: 'object', properties: editableProps, additionalProperties: false, minProperties: 1, description: 'analyst values (null: the analyst says unknown)' },
    revert: { type: 'array', items: { type: 'string', enum: [...EDITABLE_FIELDS] }, minItems: 1, description: 'drop analyst values: the machine values show again' },
    why: { type: 'string', maxLength: 2000 },
  },
  anyOf: [{ required: ['set'] }, { required: ['revert'] }],
  additionalProperties: false,
} as const;

export const mergeBody = {
  type: 'object',
  properties: {
    ids: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, minItems: 1, maxItems: 100, description: 'incidents merged into :id' },
    why: { type: 'string', maxLength: 2000 },
  },
  required: ['ids'],
  additionalProperties: false,
} as const;

export const splitBody = {
  type: 'object',
  properties: {
    articles: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, minItems: 1, maxItems: 1000 },
    why: { type: 'string', maxLength: 2000 },
  },
  required: ['articles'],
  additionalProperties: false,
} as const;

export const confirmBody = {
  type: ['object', 'null'],
  properties: { why: { type: 'string', maxLength: 2000 } },
  additionalProperties: false,
} as const;
