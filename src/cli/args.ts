/** Small shared argument parsing for the CLI commands, on node:util's parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(argv: string[], options: T, help: string) {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if ((r.values as Record<string, unknown>).help) {
      console.log(help);
      return null;
    }
    return r;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${help}`);
    return undefined;
  }
}
