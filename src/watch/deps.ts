/** The watcher's links to ingest (feed parsing, HTML → article), loaded lazily. */
import type { Article } from '../types.js';

export interface FeedItem {
  /** guid (RSS) or id (Atom); else the link. */
  guid: string | null;
  link: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD). */
  published: string | null;
  /** The item's own text (content, else summary), as plain text. */
  content: string | null;
  outlet: string | null;
}

export async function parseFeedXml(xml: string, feedUrl: string): Promise<FeedItem[]> {
  const { parseFeed } = await import('../ingest/feed.js');
  return parseFeed(xml, feedUrl).map((i) => ({
    guid: i.id ?? i.guid ?? i.link,
    link: i.link,
    title: i.title,
    published: i.published,
    content: i.content ?? i.summary,
    outlet: i.outlet,
  }));
}

export async function htmlToArticle(html: string, origin: string): Promise<Article> {
  const { htmlToArticle } = await import('../ingest/html.js');
  return htmlToArticle(html, origin);
}
