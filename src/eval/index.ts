/** The project's own scorer (same metrics as ../shared/eval/score.mjs) and its report. */
export { scoreIncidents, formatReport, parseJsonl, sameAdmin, type EvalReport, type GoldRecord, type Miss, type DetailRow, type ArticleRow } from './score.js';
