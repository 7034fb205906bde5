// The dashboard's build: `vite build -c src/web/app/vite.config.ts` → dist/web (served by `sitrep serve`).
// The basemap (data/basemap, made by scripts/build-basemap.ts) is copied in as static files.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../../..');

export default defineConfig({
  root: here,
  base: './',
  publicDir: resolve(root, 'data/basemap/public'),
  build: { outDir: resolve(root, 'dist/web'), emptyOutDir: true, chunkSizeWarningLimit: 1000, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
