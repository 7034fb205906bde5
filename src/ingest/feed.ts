/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items, with fast-xml-parser. A malformed document or one that is
 * no feed raises FeedError with a one-line message naming the feed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText } from './html.js';
import { isoDateOf } from './metadata.js';

export interface FeedItem {
  /** guid (RSS) or id (Atom); else the link. */
  id: string | null;
  guid: string | null;
  link: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) of publication (or of the last update when no publication date is given). */
  published: string | null;
  /** The summary / description as plain text. */
  summary: string | null;
  /** Full content (content:encoded, Atom content) as plain text, when the feed carries it. */
  content: string | null;
  /** The feed's own title (the outlet, usually). */
  outlet: string | null;
}

export class FeedError extends Error {}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The text of a node that may be a string, {#text}, or an Atom text construct. */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') {
    const o = v as Node;
    if ('#text' in o) return text(o['#text']);
  }
  return null;
}

function plain(v: unknown): string | null {
  const t = text(v);
  return t ? htmlToText(t) || null : null;
}

function atomLink(links: unknown): string | null {
  const all = asArray(links as Node | Node[]);
  const alt = all.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? all[0];
  if (!alt) return null;
  if (typeof alt === 'string') return alt;
  return (alt['@_href'] as string | undefined) ?? text(alt);
}

export function parseFeed(xml: string, origin = 'feed'): FeedItem[] {
  if (!xml || !xml.trim()) throw new FeedError(`${origin}: empty feed`);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    const e = valid.err;
    throw new FeedError(`${origin}: malformed feed (line ${e.line}: ${e.msg})`);
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new FeedError(`${origin}: malformed feed (${(e as Error).message.split('\n')[0]})`);
  }

  const rss = doc.rss as Node | undefined;
  const rdf = (doc['rdf:RDF'] ?? doc.RDF) as Node | undefined;
  const atom = doc.feed as Node | undefined;

  if (rss || rdf) {
    const channel = (asArray((rss ?? rdf)!.channel as Node | Node[])[0] ?? {}) as Node;
    const outlet = text(channel.title);
    const items = asArray(((rss ? channel.item : rdf!.item) ?? channel.item) as Node | Node[]);
    return items.map((it) => {
      const guid = text(it.guid) ?? (typeof it['@_rdf:about'] === 'string' ? (it['@_rdf:about'] as string) : null);
      const link = text(asArray(it.link as unknown[])[0]);
      return {
        id: guid ?? link,
        guid,
        link,
        title: plain(it.title),
        published: isoDateOf(text(it.pubDate) ?? text(it['dc:date'])),
        summary: plain(it.description),
        content: plain(it['content:encoded']),
        outlet,
      };
    });
  }
  if (atom) {
    const outlet = text(atom.title);
    return asArray(atom.entry as Node | Node[]).map((e) => {
      const id = text(e.id);
      const link = atomLink(e.link);
      return {
        id: id ?? link,
        guid: id,
        link,
        title: plain(e.title),
        published: isoDateOf(text(e.published) ?? text(e.updated)),
        summary: plain(e.summary),
        content: plain(e.content),
        outlet,
      };
    });
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
  throw new FeedError(`${origin}: not an RSS or Atom feed (root element <${root}>)`);
}
