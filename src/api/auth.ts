/**
 * Bearer tokens for the API's writes (and for reads from non-loopback clients).
 *
 * Tokens have names, and the name is what history records as `who`. Where they come from, first match:
 * - `SITREP_TOKEN`: one token (`secret`, named `token`) or named ones (`alice:secret1,bob:secret2`);
 * - the token file beside the store (`<store>.tokens.json`, mode 0600), created at first start with one
 *   generated token named after the OS user; its secret is printed once then.
 * Secrets are compared in constant time over their SHA-256 digests.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';

export interface NamedToken {
  name: string;
  token: string;
}

export interface TokenSource {
  tokens: NamedToken[];
  /** Where they came from: 'env', or the token file's path. */
  origin: string;
  /** True when a token was generated now (the caller prints it). */
  generated: boolean;
}

const NAME_RE = /^[A-Za-z0-9_.@-]{1,64}$/;

export function parseTokenEnv(value: string): NamedToken[] {
  const out: NamedToken[] = [];
  for (const part of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    if (colon > 0 && NAME_RE.test(part.slice(0, colon))) out.push({ name: part.slice(0, colon), token: part.slice(colon + 1) });
    else out.push({ name: 'token', token: part });
  }
  for (const t of out) if (t.token.length < 8) throw new Error(`SITREP_TOKEN: the token named '${t.name}' is shorter than 8 characters`);
  return out;
}

function defaultName(): string {
  try {
    const u = userInfo().username;
    if (NAME_RE.test(u)) return u;
  } catch {
    /* no user database entry */
  }
  return 'analyst';
}

/** Loads tokens from the environment or the token file, creating the file with a new token when absent. */
export function loadTokens(tokenFile: string, env: NodeJS.ProcessEnv = process.env): TokenSource {
  if (env.SITREP_TOKEN) return { tokens: parseTokenEnv(env.SITREP_TOKEN), origin: 'env', generated: false };
  if (existsSync(tokenFile)) {
    const parsed = JSON.parse(readFileSync(tokenFile, 'utf8')) as { tokens?: NamedToken[] };
    const tokens = (parsed.tokens ?? []).filter((t) => typeof t?.name === 'string' && typeof t?.token === 'string' && t.token.length >= 8);
    if (!tokens.length) throw new Error(`${tokenFile}: no usable token (expected {"tokens":[{"name":…,"token":…}]})`);
    return { tokens, origin: tokenFile, generated: false };
  }
  const token: NamedToken = { name: defaultName(), token: randomBytes(24).toString('base64url') };
  mkdirSync(dirname(tokenFile), { recursive: true });
  writeFileSync(tokenFile, JSON.stringify({ tokens: [token] }, null, 2) + '\n', { mode: 0o600 });
  try {
    chmodSync(tokenFile, 0o600);
  } catch {
    /* best effort on filesystems without modes */
  }
  return { tokens: [token], origin: tokenFile, generated: true };
}

/** Where the token file of a store spec lives: beside an SQLite file; in the working directory otherwise. */
export function tokenFileFor(storeSpec: string | undefined): string {
  if (!storeSpec || /^postgres(ql)?:\/\//i.test(storeSpec) || storeSpec === ':memory:') return '.sitrep-tokens.json';
  return `${storeSpec.replace(/^sqlite:/i, '')}.tokens.json`;
}

export class TokenChecker {
  private readonly digests: { name: string; digest: Buffer }[];
  constructor(tokens: NamedToken[]) {
    this.digests = tokens.map((t) => ({ name: t.name, digest: createHash('sha256').update(t.token).digest() }));
  }
  /** The token's name when the Authorization header carries a known bearer token; null otherwise. */
  check(authorization: string | undefined): string | null {
    if (!authorization) return null;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) return null;
    const d = createHash('sha256').update(m[1]!).digest();
    let found: string | null = null;
    for (const t of this.digests) if (timingSafeEqual(d, t.digest) && found === null) found = t.name;
    return found;
  }
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
