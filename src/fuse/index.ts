/**
 * Cross-article fusion: one incident from many reports, every claim kept, figures recomputed
 * (ACLED's conservative best, UCDP's low/high) and disputes flagged.
 *
 * - `recompute(record)`: fatalities/injuries best, low, high, sources and disputes from the claims.
 * - `sameIncident(a, b)` / `isSameIncident(a, b)`: match score of two records from different articles.
 * - `mergeRecords(records)`: one record from records of one incident.
 * - `fuseBatch(records)`: cluster a batch and merge each cluster.
 */
export { recompute, summariseFigures, computeDisputes, distinctSources, UNATTRIBUTED, type RangedClaim } from './figures.js';
export {
  sameIncident,
  isSameIncident,
  matchEvidence,
  haversineKm,
  MATCH_THRESHOLD,
  type MatchEvidence,
} from './match.js';
export { mergeRecords, fuseBatch, clusterRecords, compareRecords, type FusedRecord } from './merge.js';
