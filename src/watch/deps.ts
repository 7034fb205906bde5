/** The watcher's links to ingest (feed parsing, HTML → article), loaded lazily. */
import type { Article } from '../types.js';

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD). */
  published: string | null;
  /** The item's own text (content:encoded, summary), as plain text. */
  content: string | null;
  outlet: string | null;
}

export async function parseFeedXml(xml: string, feedUrl: string): Promise<FeedItem[]> {
  const mod = await import('../ingest/feed.js');
  return mod.parseFeed(xml, feedUrl) as unknown as FeedItem[];
}

export async function htmlToArticle(html: string, origin: string): Promise<Article> {
  const mod = await import('../ingest/html.js');
  return mod.htmlToArticle(html, origin);
}
