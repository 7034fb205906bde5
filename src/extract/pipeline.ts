/**
 * The extraction pipeline: the ordered list of components that turn an article into an analysed Doc,
 * then into incident records. Each component is a named step (spaCy-style) that can be run alone.
 */
import { createDoc, type Component, type Doc } from '../doc.js';
import type { Article, IncidentRecord } from '../types.js';
import { fuseBatch } from '../fuse/index.js';
import { segmentComponent } from './segment.js';
import { datesComponent } from './dates.js';
import { placesComponent } from './places.js';
import { actorsComponent } from './actors.js';
import { eventsComponent } from './events.js';
import { casualtiesComponent } from './casualties.js';
import { attributionComponent } from './attribution.js';
import { buildIncidents } from './incidents.js';

export const PIPELINE: readonly Component[] = [
  segmentComponent,
  datesComponent,
  placesComponent,
  actorsComponent,
  eventsComponent,
  casualtiesComponent,
  attributionComponent,
];

/** Runs every component over the article: the Doc with all annotations (for the article view). */
export function analyze(article: Article, components: readonly Component[] = PIPELINE): Doc {
  const doc = createDoc(article);
  for (const c of components) c.run(doc);
  return doc;
}

/** The incident records of one article, not yet fused with other articles. */
export function extractArticle(article: Article): IncidentRecord[] {
  return buildIncidents(analyze(article));
}

/** Extracts every article and fuses the records of one incident across the batch. */
export function extractBatch(articles: readonly Article[]): IncidentRecord[] {
  return fuseBatch(articles.flatMap((a) => extractArticle(a)));
}
