/**
 * Limits on what ingest accepts, and why.
 *
 * - MAX_ARTICLE_BYTES (5 MB): a long news article is 10–50 kB; 5 MB is a hundred times that and still
 *   segments in about a second. Anything larger is a dump or a mistake, not an article, and would stall a
 *   batch.
 * - MAX_HTML_BYTES (10 MB): web pages carry scripts and markup several times their text.
 * - MIN_TEXT_CHARS (20): fewer non-space characters than a one-line headline is no report.
 * - Binary: a NUL byte, or more than 1% control characters (other than tab, CR, LF, FF) in the first
 *   64 kB, means the file is not text.
 * - Language: English only (the extractors' lexicons are English). A text whose letters are mostly in
 *   another script, or a Latin-script text with almost no English function words, is refused.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const MAX_HTML_BYTES = 10 * 1024 * 1024;
export const MIN_TEXT_CHARS = 20;
/** Lines of a JSONL batch longer than this are refused without parsing (an inline article plus metadata). */
export const MAX_JSONL_LINE_BYTES = MAX_ARTICLE_BYTES + 64 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
