/**
 * A hash index over the sorted names file (names.tsv), written at build time as names.hash: the line of a
 * key in one or two probes, and whether longer keys continue a key with another word ("deir" → "deir al
 * zor"). It replaces, for lookups, a binary search whose twenty steps each touch a random part of a 10 MB
 * string: a cache miss each, most of the cost of every first lookup of a name. Loaded as one typed array
 * (no parsing); checked against the names file's line count and length, and ignored when stale.
 *
 * Layout (int32): magic, lines, names text length, key slots K, prefix slots P; then K slots of line + 1
 * (0 empty, linear probing by hash); then P slots of prefix hashes (0 empty; hash 0 stored as 1).
 */

const MAGIC = 0x4b485331;
const HEADER = 5;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of s[0, to). */
export function hashKey(s: string, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

function slotsFor(n: number): number {
  let c = 1024;
  while (c < n * 2) c *= 2;
  return c;
}

/** Build the index of sorted keys (line i holds keys[i]) over a names text of the given length. */
export function buildKeyHash(keys: string[], textLength: number): Int32Array {
  const prefixes = new Set<number>();
  for (const k of keys) {
    let h = FNV_OFFSET;
    for (let i = 0; i < k.length; i++) {
      const ch = k.charCodeAt(i);
      if (ch === 32) prefixes.add(h || 1);
      h = Math.imul(h ^ ch, FNV_PRIME);
    }
  }
  const K = slotsFor(keys.length);
  const P = slotsFor(prefixes.size);
  const out = new Int32Array(HEADER + K + P);
  out.set([MAGIC, keys.length, textLength, K, P]);
  keys.forEach((k, line) => {
    for (let i = hashKey(k) & (K - 1); ; i = (i + 1) & (K - 1)) {
      if (out[HEADER + i] === 0) {
        out[HEADER + i] = line + 1;
        break;
      }
    }
  });
  for (const h of prefixes) {
    for (let i = h & (P - 1); ; i = (i + 1) & (P - 1)) {
      if (out[HEADER + K + i] === 0) {
        out[HEADER + K + i] = h;
        break;
      }
    }
  }
  return out;
}

export class KeyHash {
  private readonly K: number;
  private readonly P: number;

  private constructor(
    private readonly table: Int32Array,
    private readonly text: string,
    private readonly starts: Int32Array,
  ) {
    this.K = table[3]!;
    this.P = table[4]!;
  }

  /** The index for this names text, or null when the table is missing, malformed or of another build. */
  static open(table: Int32Array | null, text: string, starts: Int32Array): KeyHash | null {
    if (!table || table.length < HEADER || table[0] !== MAGIC) return null;
    if (table[1] !== starts.length - 1 || table[2] !== text.length || table.length !== HEADER + table[3]! + table[4]!) return null;
    return new KeyHash(table, text, starts);
  }

  /** The line whose key is exactly `key`, or -1. */
  lineOf(key: string, h: number): number {
    const mask = this.K - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const l = this.table[HEADER + i]!;
      if (l === 0) return -1;
      const s = this.starts[l - 1]!;
      if (this.text.charCodeAt(s + key.length) === 9 && this.text.startsWith(key, s)) return l - 1;
    }
  }

  /** Some key continues `key` with another word (a 32-bit hash collision may rarely say yes wrongly). */
  hasLonger(h: number): boolean {
    if (h === 0) h = 1;
    const mask = this.P - 1;
    const base = HEADER + this.K;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = this.table[base + i]!;
      if (v === h) return true;
      if (v === 0) return false;
    }
  }
}
