/**
 * Bad-input checks: from raw bytes to trusted text, or a one-line reason naming the input.
 * Each check returns a message instead of throwing, so a batch goes on with its other inputs.
 */
import { detectLanguage } from './language.js';
import { formatBytes, MAX_ARTICLE_BYTES, MIN_TEXT_CHARS } from './limits.js';

export interface CheckOptions {
  /** Largest article body in bytes (default MAX_ARTICLE_BYTES). */
  maxBytes?: number;
  /** Refuse articles that are not in English (default true). */
  englishOnly?: boolean;
}

export type Checked = { text: string } | { error: string };

/** NUL bytes or many control characters in the first 64 kB mean binary content. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65_536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.01;
}

/** Decode UTF-8 strictly (a byte-order mark is dropped later); the offset of the first bad byte otherwise. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { badByte: firstInvalidUtf8(bytes) };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

/** Size, emptiness and binary checks on raw bytes, then strict UTF-8, then the text checks. */
export function checkBytes(bytes: Uint8Array, opts: CheckOptions = {}): Checked {
  const max = opts.maxBytes ?? MAX_ARTICLE_BYTES;
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > max) return { error: `${formatBytes(bytes.length)} exceeds the ${formatBytes(max)} article limit` };
  if (looksBinary(bytes)) return { error: 'binary content, not text' };
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) return { error: `invalid UTF-8 (byte ${decoded.badByte})` };
  return checkText(decoded.text, opts);
}

/** Checks on decoded text: empty, too large, control characters, language. */
export function checkText(text: string, opts: CheckOptions = {}): Checked {
  const max = opts.maxBytes ?? MAX_ARTICLE_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max) return { error: `${formatBytes(bytes)} exceeds the ${formatBytes(max)} article limit` };
  // Normalise line ends, so that offsets mean the same on every platform.
  let clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.includes('\u0000')) return { error: 'binary content, not text' };
  // Other control characters (form feeds, stray escapes) become spaces; offsets stay one per character.
  clean = clean.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
  const visible = clean.replace(/\s+/g, '').length;
  if (visible === 0) return { error: 'empty text' };
  if (visible < MIN_TEXT_CHARS) return { error: `text too short (${visible} characters)` };
  if (opts.englishOnly !== false) {
    const lang = detectLanguage(clean);
    if (!lang.english) {
      const why =
        lang.script !== 'Latin' ? `detected script: ${lang.script}` : `looks like ${lang.language ?? 'another language'}`;
      return { error: `not English (${why})` };
    }
  }
  return { text: clean };
}
