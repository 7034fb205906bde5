/** Debian's Chromium driven by playwright-core, and the built dashboard (dist/web). */
import { chromium, type BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot as repoRoot } from '../../src/geo/paths.js';
export { projectRoot as repoRoot } from '../../src/geo/paths.js';


/** The built dashboard; built now (npm run build:web) when a fresh checkout has not built it yet. */
export function webRoot(): string {
  const root = repoRoot();
  const dir = join(root, 'dist', 'web');
  if (!existsSync(join(dir, 'index.html'))) execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  return dir;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A browser context on a new, empty profile (playwright takes the profile folder itself, as --user-data-dir). */
export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run .ci/chromium.sh (apt-get install chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
