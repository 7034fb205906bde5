/**
 * Ingest: files, folders and JSONL batches → Articles, one at a time, with a clear one-line error for each
 * input that cannot be used (and the batch going on).
 *
 *   for await (const item of readInputs(['samples/'])) {
 *     if ('error' in item) console.error(item.error.message); else use(item.article);
 *   }
 *
 * Inputs: JSONL of articles (CONTRACT.md: `text` inline or `path` relative to the JSONL file), and files or
 * folders (recursive) of .txt, .md and .html/.htm. Missing metadata is inferred from the text (see
 * metadata.ts) or the page (html.ts). Limits are in limits.ts. Articles with an id or a text seen earlier
 * in the same call are skipped with a message.
 *
 * `error.message` is the whole line to show ("articles.jsonl:7: malformed JSON (…)"); `error.origin` the
 * input it names.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../types.js';
import { checkBytes, checkText, type CheckOptions } from './checks.js';
import { htmlToArticle } from './html.js';
import { formatBytes, MAX_ARTICLE_BYTES, MAX_HTML_BYTES, MAX_JSONL_LINE_BYTES } from './limits.js';
import { markdownToText } from './markdown.js';
import { headlineOf, inferMetadata, isoDateOf } from './metadata.js';

export { htmlToArticle, htmlToText } from './html.js';
export { inferMetadata } from './metadata.js';
export { parseFeed, FeedError, type FeedItem } from './feed.js';
export * from './limits.js';

export interface InputError {
  /** The input the error is about: a path, or "file.jsonl:LINE". */
  origin: string;
  /** One line naming the input and the reason. */
  message: string;
}
export type InputItem = { article: Article } | { error: InputError };

export interface ReadOptions extends CheckOptions {
  /** Skip articles whose id or text was seen earlier in the same call (default true). */
  dedupe?: boolean;
}

const TEXT_EXT = new Set(['.txt', '.text', '.md', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

const fail = (origin: string, reason: string): { error: InputError } => ({
  error: { origin, message: `${origin}: ${reason}` },
});

function firstLine(msg: string, max = 100): string {
  const line = msg.split('\n')[0]!.trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** Recursively list supported files of a folder, sorted, skipping hidden entries, node_modules and READMEs. */
async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    // A folder's own documentation is no report (a file named on the command line is still read).
    if (e.isFile() && /^(?:readme|license|licence|changelog|contributing)\b/i.test(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext)) out.push(p);
    }
  }
  return out;
}

/** Read one .txt/.md/.html file into an Article (id given by the caller), or a reason. */
async function readArticleFile(
  path: string,
  origin: string,
  id: string,
  opts: ReadOptions,
): Promise<{ article: Article } | { error: InputError }> {
  const ext = extname(path).toLowerCase();
  const isHtml = HTML_EXT.has(ext);
  if (!isHtml && !TEXT_EXT.has(ext)) return fail(origin, `unsupported file type "${ext || '(none)'}" (use .txt, .md, .html or .jsonl)`);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) return fail(origin, 'not a file');
    size = st.size;
  } catch {
    return fail(origin, 'no such file');
  }
  const limit = isHtml ? MAX_HTML_BYTES : (opts.maxBytes ?? MAX_ARTICLE_BYTES);
  // Refuse huge files before reading them.
  if (size > limit) return fail(origin, `${formatBytes(size)} exceeds the ${formatBytes(limit)} ${isHtml ? 'page' : 'article'} limit`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return fail(origin, `cannot read (${firstLine((e as Error).message)})`);
  }
  const checked = checkBytes(bytes, { ...opts, maxBytes: limit, englishOnly: isHtml ? false : opts.englishOnly });
  if ('error' in checked) return fail(origin, checked.error);

  if (isHtml) {
    let page: Article;
    try {
      page = htmlToArticle(checked.text, origin);
    } catch (e) {
      return fail(origin, `unreadable HTML (${firstLine((e as Error).message)})`);
    }
    const body = checkText(page.text, opts);
    if ('error' in body) return fail(origin, body.error === 'empty text' ? 'no article text found in the page' : body.error);
    return { article: { ...page, id, text: body.text, origin } };
  }
  const text = ext === '.md' || ext === '.markdown' ? markdownToText(checked.text) : checked.text;
  const meta = inferMetadata(text);
  return {
    article: { id, text, outlet: meta.outlet, url: null, published: meta.published, title: meta.title, origin },
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** One JSONL batch: each line an article (CONTRACT.md input format). */
async function* readJsonl(path: string, shown: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  const base = dirname(path);
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const rawLine of rl) {
    n++;
    const origin = `${shown}:${n}`;
    const line = rawLine.replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    if (Buffer.byteLength(line) > MAX_JSONL_LINE_BYTES) {
      yield fail(origin, `${formatBytes(Buffer.byteLength(line))} line exceeds the ${formatBytes(MAX_ARTICLE_BYTES)} article limit`);
      continue;
    }
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield fail(origin, `malformed JSON (${firstLine((e as Error).message, 80)})`);
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      yield fail(origin, 'not a JSON object');
      continue;
    }
    const r = rec as Record<string, unknown>;
    const id = typeof r.id === 'number' ? String(r.id) : str(r.id);
    if (!id) {
      yield fail(origin, 'missing "id"');
      continue;
    }
    let article: Article;
    if (typeof r.text === 'string') {
      const checked = checkText(r.text, opts);
      if ('error' in checked) {
        yield fail(origin, `article "${id}": ${checked.error}`);
        continue;
      }
      article = { id, text: checked.text, outlet: null, url: null, published: null, title: null, origin };
    } else if (str(r.path)) {
      const target = resolve(base, str(r.path)!);
      const read = await readArticleFile(target, origin, id, opts);
      if ('error' in read) {
        const reason = read.error.message.slice(origin.length + 2);
        yield fail(origin, `article "${id}", path "${str(r.path)}": ${reason}`);
        continue;
      }
      article = { ...read.article, origin };
    } else {
      yield fail(origin, `article "${id}": missing "text" or "path"`);
      continue;
    }
    // Metadata given in the batch wins; what it leaves null is inferred.
    const inferred = inferMetadata(article.text);
    article.outlet = str(r.outlet) ?? article.outlet ?? inferred.outlet;
    article.url = str(r.url) ?? article.url;
    article.published = isoDateOf(str(r.published)) ?? article.published ?? inferred.published;
    article.title = str(r.title) ?? article.title ?? headlineOf(article.text);
    yield { article };
  }
}

/** Everything readInputs reads, before duplicate checks. */
async function* readAll(paths: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      yield fail(p, 'no such file or directory');
      continue;
    }
    const files: { path: string; id: string }[] = [];
    if (st.isDirectory()) {
      let list: string[];
      try {
        list = await listFolder(p);
      } catch (e) {
        yield fail(p, `cannot read folder (${firstLine((e as Error).message)})`);
        continue;
      }
      if (!list.length) yield fail(p, 'no .txt, .md, .html or .jsonl files in this folder');
      for (const f of list) {
        const rel = relative(p, f);
        files.push({ path: f, id: rel.slice(0, rel.length - extname(rel).length).split('\\').join('/') });
      }
    } else files.push({ path: p, id: basename(p, extname(p)) });

    for (const f of files) {
      if (JSONL_EXT.has(extname(f.path).toLowerCase())) {
        try {
          yield* readJsonl(f.path, f.path, opts);
        } catch (e) {
          yield fail(f.path, `cannot read (${firstLine((e as Error).message)})`);
        }
      } else yield await readArticleFile(f.path, f.path, f.id, opts);
    }
  }
}

/** Read files, folders and JSONL batches; yields an article or an error for each input, in order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const seenIds = new Map<string, string>();
  const seenTexts = new Map<string, string>();
  for await (const item of readAll(paths, opts)) {
    if ('error' in item || opts.dedupe === false) {
      yield item;
      continue;
    }
    const a = item.article;
    const origin = a.origin ?? a.id;
    const firstId = seenIds.get(a.id);
    if (firstId !== undefined) {
      yield fail(origin, `duplicate article id "${a.id}" (first read from ${firstId}); skipped`);
      continue;
    }
    const hash = createHash('sha1').update(a.text.replace(/\s+/g, ' ').trim()).digest('hex');
    const sameText = seenTexts.get(hash);
    if (sameText !== undefined) {
      yield fail(origin, `same text as article "${sameText}"; skipped as a duplicate`);
      continue;
    }
    seenIds.set(a.id, origin);
    seenTexts.set(hash, a.id);
    yield item;
  }
}
