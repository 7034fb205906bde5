/** The OpenAPI 3.1 document, made from the routes' own schemas (the ones fastify validates with). */
import type { RouteOptions } from 'fastify';
import { errorSchema, incidentSchema } from './schemas.js';

export function buildOpenApi(routes: RouteOptions[]): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const methods = (Array.isArray(r.method) ? r.method : [r.method]).map((m) => m.toLowerCase()).filter((m) => m !== 'head');
    if (r.url.includes('*')) continue;
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const schema = (r.schema ?? {}) as Record<string, unknown>;
    const parameters: unknown[] = [];
    for (const [where, key] of [
      ['path', 'params'],
      ['query', 'querystring'],
    ] as const) {
      const s = schema[key] as { properties?: Record<string, unknown>; required?: string[] } | undefined;
      for (const [name, prop] of Object.entries(s?.properties ?? {}))
        parameters.push({ name, in: where, required: where === 'path' || (s?.required ?? []).includes(name), schema: prop });
    }
    for (const m of methods) {
      const write = m !== 'get';
      const op: Record<string, unknown> = {
        summary: schema.summary,
        ...(schema.description ? { description: schema.description } : {}),
        parameters,
        responses: {
          '200': { description: 'OK', content: { 'application/json': {} } },
          '400': { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
          ...(write ? { '401': { description: 'No or wrong bearer token', content: { 'application/json': { schema: errorSchema } } } } : {}),
        },
        ...(write ? { security: [{ bearer: [] }] } : {}),
      };
      const body = (schema['x-body'] ?? schema.body) as object | undefined;
      if (body && write) op.requestBody = { required: true, content: { 'application/json': { schema: body } } };
      (paths[path] ??= {})[m] = op;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '1',
      description:
        'Incident records (ACLED columns, UCDP low/best/high, claims and disputes) from conflict news. Reads are open on loopback; writes need `Authorization: Bearer <token>`. Errors are JSON `{error, message, statusCode}`.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: { Incident: incidentSchema, Error: errorSchema } },
    paths,
  };
}
