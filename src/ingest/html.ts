/**
 * HTML page → Article: @mozilla/readability over linkedom finds the story; we turn its HTML into text with
 * paragraph breaks as blank lines (segmentation relies on them), and read metadata from the page itself:
 * `article:published_time` and similar meta tags, JSON-LD `datePublished`, `<time datetime>`, the site name,
 * the canonical URL. Figure captions are kept, prefixed "Image: ", so segmentation flags them as captions.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../types.js';
import { inferMetadata, isoDateOf } from './metadata.js';

/** Elements whose content starts and ends a paragraph. */
const BLOCK = new Set(
  (
    'p div section article header footer aside main nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre ' +
    'table thead tbody tfoot tr figure figcaption address hr form fieldset details summary center'
  ).split(' '),
);
const SKIP = new Set('script style noscript template svg iframe object button select textarea head'.split(' '));

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Text of an HTML fragment or element: blocks separated by blank lines, inline whitespace collapsed. */
function blockText(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'figcaption') parts.push('Image: ');
    if (tag === 'td' || tag === 'th') parts.push(' ');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/^Image:\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text of an HTML string (for feed summaries and fragments). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as NodeLike);
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(document: Doc, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** Walk JSON-LD blocks for the first value of `key` in an article-like object. */
function jsonLd(document: Doc): { published: string | null; publisher: string | null; headline: string | null } {
  const out = { published: null as string | null, publisher: null as string | null, headline: null as string | null };
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and harmless
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (!out.published && typeof o.datePublished === 'string') out.published = o.datePublished;
        if (!out.headline && typeof o.headline === 'string') out.headline = o.headline;
        const pub = o.publisher as Record<string, unknown> | undefined;
        if (!out.publisher && pub && typeof pub === 'object' && typeof pub.name === 'string') out.publisher = pub.name;
        for (const k of Object.keys(o)) if (typeof o[k] === 'object') stack.push(o[k]);
      }
    }
  }
  return out;
}

/** An article id from where it came from: a file's name without extension, or a hash of a URL. */
export function idFromOrigin(origin: string): string {
  if (/^https?:\/\//i.test(origin)) return 'url-' + createHash('sha1').update(origin).digest('hex').slice(0, 12);
  return basename(origin, extname(origin));
}

/** Title without the site suffix ("Headline - Example News" → "Headline"). */
function cleanTitle(title: string | null, site: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, ' ').trim();
  if (site) {
    const re = new RegExp(`\\s*[-–—|:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    t = t.replace(re, '');
  }
  return t || null;
}

export function htmlToArticle(html: string, origin: string): Article {
  const { document } = parseHTML(html);
  // Metadata first: Readability changes the document it reads.
  const ld = jsonLd(document);
  const published =
    isoDateOf(
      meta(document, [
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dc.date"]',
        'meta[name="parsely-pub-date"]',
        'meta[name="sailthru.date"]',
      ]),
    ) ??
    isoDateOf(ld.published) ??
    isoDateOf(meta(document, ['time[pubdate]', 'time[itemprop="datePublished"]', 'time[datetime]']));
  const site = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? ld.publisher;
  const url =
    meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']) ?? (/^https?:\/\//i.test(origin) ? origin : null);
  const pageTitle =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    ld.headline ??
    (document.querySelector('title')?.textContent ?? null);

  let text = '';
  let title: string | null = cleanTitle(pageTitle, site);
  try {
    const parsed = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
    if (parsed?.content) {
      text = htmlToText(parsed.content);
      title ??= cleanTitle(parsed.title ?? null, site);
    }
  } catch {
    /* Readability gives up on some malformed pages; fall back to the body text below. */
  }
  if (!text.trim()) {
    const { document: fresh } = parseHTML(html);
    text = fresh.body ? blockText(fresh.body as unknown as NodeLike) : '';
  }
  // Readability usually removes the headline from the body; drop it when it is still the first line.
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^\s+/, '');

  const inferred = inferMetadata(text);
  return {
    id: idFromOrigin(origin),
    text,
    outlet: site ?? inferred.outlet,
    url,
    published: published ?? inferred.published,
    title,
    origin,
  };
}
