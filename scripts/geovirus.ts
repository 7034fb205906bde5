/**
 * GeoVirus (Gritta et al. 2018: WikiNews articles, locations with coordinates and Wikipedia pages, no
 * GeoNames ids) in the shape of ../shared/eval/geo: `{id, text, published}` articles and `{id, toponyms}`
 * gold. Read from ../shared/data/geovirus at evaluation time and written to a temporary folder only: the
 * data set is never copied into the repo. A development set (see ../shared/data/README.md).
 *
 * Usage: tsx scripts/geovirus.ts OUT_DIR   (writes OUT_DIR/geovirus.articles.jsonl and .gold.jsonl)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { projectRoot } from '../src/geo/paths.js';

export function geovirusPath(): string {
  return join(projectRoot(), '..', 'shared', 'data', 'geovirus', 'data', 'Corpora', 'GeoVirus.xml');
}

interface XmlLocation {
  name: string | number;
  start: number;
  end: number;
  lat: number;
  lon: number;
  page?: string;
}

function bestShift(text: string, locs: XmlLocation[]): number {
  let best = -1;
  let bestHits = -1;
  for (const k of [-1, 0, 1]) {
    const hits = locs.filter((l) => text.slice(Number(l.start) + k, Number(l.end) + k) === String(l.name)).length;
    if (hits > bestHits) [best, bestHits] = [k, hits];
  }
  return best;
}

/** Convert GeoVirus.xml into OUT_DIR/geovirus.{articles,gold}.jsonl; returns the number of articles, or 0 when absent. */
export function convertGeovirus(outDir: string, xmlPath = geovirusPath()): number {
  if (!existsSync(xmlPath)) return 0;
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: true, trimValues: false, isArray: (n) => n === 'article' || n === 'location' });
  const doc = parser.parse(readFileSync(xmlPath, 'utf8')) as { articles: { article: Array<{ text: string; source?: string; locations?: { location?: XmlLocation[] } | '' }> } };
  const articles: string[] = [];
  const gold: string[] = [];
  doc.articles.article.forEach((a, i) => {
    const id = `geovirus${i}`;
    const text = String(a.text);
    articles.push(JSON.stringify({ id, text, published: null }));
    const locs = typeof a.locations === 'object' ? (a.locations.location ?? []) : [];
    // The file's offsets are one past the text's as the XML parser gives it (the article's own shift is the
    // one under which most names read as written); a name that reads elsewhere within 30 characters is moved.
    const shift = bestShift(text, locs);
    const toponyms = locs
      .map((l) => {
        let start = Number(l.start) + shift;
        const len = Number(l.end) - Number(l.start);
        const name = String(l.name);
        if (text.slice(start, start + len) !== name) {
          for (let k = 1; k <= 30; k++) {
            if (text.slice(start - k, start - k + len) === name) { start -= k; break; }
            if (text.slice(start + k, start + k + len) === name) { start += k; break; }
          }
        }
        return { start, end: start + len, text: text.slice(start, start + len), lat: Number(l.lat), lon: Number(l.lon), geonameid: null };
      })
      .filter((t) => Number.isFinite(t.lat) && Number.isFinite(t.lon) && t.start >= 0 && t.end <= text.length);
    gold.push(JSON.stringify({ id, toponyms }));
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'geovirus.articles.jsonl'), articles.join('\n') + '\n');
  writeFileSync(join(outDir, 'geovirus.gold.jsonl'), gold.join('\n') + '\n');
  return articles.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx scripts/geovirus.ts OUT_DIR');
    process.exit(2);
  }
  const n = convertGeovirus(resolve(out));
  console.error(n ? `geovirus: ${n} articles → ${out}` : `geovirus: ${geovirusPath()} not found`);
}
