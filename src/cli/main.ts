#!/usr/bin/env node
/**
 * The `sitrep` command. Each subcommand lives in its own module exporting
 * `run(argv: string[]): Promise<number>` (the exit code); modules load lazily so that
 * `sitrep places` does not pay for the store or the web server.
 */
const COMMANDS: Record<string, { module: string; summary: string }> = {
  extract: { module: './extract.js', summary: 'extract incidents from articles, fused across the batch' },
  eval: { module: './eval.js', summary: 'run extraction and score it against gold incidents' },
  places: { module: './places.js', summary: 'geoparse articles: places with coordinates and GeoNames ids' },
  gazetteer: { module: './gazetteer.js', summary: 'gazetteer tools (import a GeoNames country dump)' },
  ingest: { module: './ingest.js', summary: 'add articles to the incident store (incremental fusion)' },
  incidents: { module: './incidents.js', summary: 'query incidents in the store' },
  export: { module: './export.js', summary: 'export the store (acled-csv, ucdp-csv, geojson, jsonl)' },
  edit: { module: './edit.js', summary: 'set a field of an incident (analyst value)' },
  merge: { module: './merge.js', summary: 'merge incidents' },
  split: { module: './split.js', summary: 'split articles out of an incident' },
  confirm: { module: './confirm.js', summary: 'confirm an incident' },
  history: { module: './history.js', summary: "show an incident's history" },
  serve: { module: './serve.js', summary: 'serve the HTTP API and the dashboard' },
  watch: { module: './watch.js', summary: 'poll RSS/Atom feeds and ingest new items' },
};

function usage(): string {
  const lines = ['usage: sitrep <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `sitrep <command> --help` for a command\'s options.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`sitrep: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  let mod: { run(argv: string[]): Promise<number> };
  try {
    mod = await import(cmd.module);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(e).includes(cmd.module.slice(2))) {
      console.error(`sitrep: command '${name}' is not available in this build`);
      return 2;
    }
    throw e;
  }
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`sitrep: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.SITREP_DEBUG) console.error(err);
    process.exitCode = 1;
  },
);
