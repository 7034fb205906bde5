/**
 * The API's links to the other parts, loaded lazily: the pipeline loads its NLP model and gazetteer
 * (seconds, hundreds of MB), which `serve` should pay only when an article view or an upload asks for it.
 */
import type { Article } from '../types.js';
import type { Doc } from '../doc.js';
import type { IncidentRecord } from '../types.js';

export async function analyzeArticle(article: Article): Promise<Doc> {
  const mod = await import('../extract/pipeline.js');
  return mod.analyze(article);
}

export async function htmlToArticle(html: string, origin: string): Promise<Article> {
  const mod = await import('../ingest/html.js');
  return mod.htmlToArticle(html, origin);
}

export async function formatRecords(records: IncidentRecord[], format: string): Promise<string> {
  const mod = await import('../export/index.js');
  return mod.formatRecords(records, format as never);
}
