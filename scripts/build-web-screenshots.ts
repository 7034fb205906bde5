/**
 * Screenshots of the dashboard for the README and docs: map, incident panel, article view.
 * Ingests the bundled samples and ../shared/eval/dev articles (when present) through the real pipeline
 * into a temporary store, serves the built dashboard, and drives Debian's Chromium.
 *
 *   npm run build:web && npx tsx scripts/build-web-screenshots.ts [--out docs/screenshots]
 */
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../src/store/index.js';
import { buildServer } from '../src/api/server.js';
import { ingestPaths } from '../src/cli/watch.js';
import { launch, repoRoot, webRoot } from '../test/web/browser.js';

async function main(): Promise<void> {
  const root = repoRoot();
  const outIdx = process.argv.indexOf('--out');
  const out = resolve(outIdx > 0 ? process.argv[outIdx + 1]! : join(root, 'docs', 'screenshots'));
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-shots-'));
  const store = await openStore(join(dir, 'store.db'));
  const inputs = [join(root, 'samples')];
  const dev = resolve(root, '../shared/eval/dev/articles.jsonl');
  if (existsSync(dev)) inputs.push(dev);
  const n = await ingestPaths(store, inputs);
  console.log(`ingested ${n.added} articles`);
  const token = 'screenshot-token-123';
  const app = await buildServer({ store, tokens: [{ name: 'analyst', token }], webRoot: webRoot() });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1500, height: 900 });
    await page.goto(url + '/');
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(out, 'map.png') });
    // The incident with the most sources.
    const list = (await (await fetch(`${url}/api/incidents?limit=1000`)).json()) as { items: { id: string; articles: string[]; disputes: unknown[] }[] };
    const best = list.items.sort((a, b) => b.articles.length - a.articles.length || b.disputes.length - a.disputes.length)[0]!;
    await page.evaluate((t) => sessionStorage.setItem('sitrep.token', t), token);
    await page.goto(`${url}/?incident=${best.id}`);
    await page.waitForSelector('article.incident');
    await page.waitForTimeout(800);
    // Scroll the panel so that the sources table is in view.
    await page.evaluate(() => {
      const h3 = Array.from(document.querySelectorAll('article.incident h3')).find((e) => e.textContent?.startsWith('Sources'));
      const view = document.querySelector('#view')!;
      if (h3) view.scrollTop = (h3 as HTMLElement).offsetTop - 220;
    });
    await page.screenshot({ path: join(out, 'incident.png') });
    await page.goto(`${url}/?article=${encodeURIComponent(best.articles[0]!)}`);
    await page.waitForSelector('.article-text');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, 'article.png') });
    console.log(`screenshots in ${out} (incident ${best.id}, article ${best.articles[0]})`);
  } finally {
    await b.close();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
