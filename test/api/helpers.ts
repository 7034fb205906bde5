/** A real sitrep server on a random loopback port over a real SQLite store in a temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { buildServer } from '../../src/api/server.js';
import { syntheticBatch } from '../../scripts/gen-synthetic.js';

export const TOKEN = 'test-token-0123456789';
export const TOKEN_NAME = 'tester';

export interface TestServer {
  url: string;
  store: Store;
  app: FastifyInstance;
  dir: string;
  close(): Promise<void>;
}

export async function startServer(opts: { webRoot?: string | null; fill?: number; separated?: boolean } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const store = await openStore(join(dir, 'store.db'));
  if (opts.fill) {
    // Synthetic reports with their records (three reports an incident, some disagreeing on the toll),
    // fused by the store's real incremental fusion.
    for (const { article, records } of syntheticBatch(opts.fill, { reports: 3, separated: opts.separated ?? true }).items) await store.ingestArticle(article, { records });
  }
  const app = await buildServer({ store, tokens: [{ name: TOKEN_NAME, token: TOKEN }], webRoot: opts.webRoot ?? null, uploadLimit: 1024 * 1024 });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    store,
    app,
    dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function req(base: string, path: string, init: RequestInit & { json?: unknown; token?: string | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.token !== null && init.token !== undefined) headers.set('authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const res = await fetch(base + path, { ...init, headers, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, json };
}
