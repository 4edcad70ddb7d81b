import { ConfigError } from '../config/ConfigError.js';
import { UsageError } from './UsageError.js';

const HELP = `faircat — a federated linked-data catalog of FAIR training materials

Usage: faircat <command> [options]

Commands:
  serve                         run the catalog server (harvests the configured sources into an empty journal first)
  harvest [--source ID]… [--dry-run] [--force]
                                run sources now and print a report per source
  map <kind> <path|url>         print, without storing anything, the materials a harvester kind reads from a
                                local lesson directory, file or URL, as JSON-LD
  sources [--json]              each source's health, last run, last success and counts (exit 1 if one is failing)
  export --format nq|ttl|jsonld [--output FILE]
                                write the whole catalog (records, providers, provenance) to stdout or FILE
  import <dump|feed url> --provider ID [--source ID]
                                read another FAIRCat's JSON-LD dump or feed once into this catalog
  query '<sparql>' [--format F] [--file FILE]
                                run one SPARQL query with the /sparql engine and print the results (F: json, xml,
                                csv, tsv, ttl, nt, nq, jsonld, rdfxml or a media type)
  help                          this text

Environment: PORT, FAIRCAT_CONFIG, FAIRCAT_DATA_DIR, FAIRCAT_BASE_URL, FAIRCAT_PID_BASE, FAIRCAT_ADMIN_TOKEN, LOG_LEVEL.
Exit codes: 0 success, 1 a run or item failed, 2 wrong usage or configuration.
`;

/** The CLI entry point (DESIGN §5): dispatches to one command per file and turns errors into exit codes. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Each command is loaded only when it runs: `faircat harvest` need not load the server, SPARQL or export code.
  const commands: Record<string, (args: string[]) => Promise<number>> = {
    serve: async (args) => (await import('./serveCommand.js')).serveCommand(args),
    harvest: async (args) => (await import('./harvestCommand.js')).harvestCommand(args),
    map: async (args) => (await import('./mapCommand.js')).mapCommand(args),
    export: async (args) => (await import('./exportCommand.js')).exportCommand(args),
    import: async (args) => (await import('./importCommand.js')).importCommand(args),
    sources: async (args) => (await import('./sourcesCommand.js')).sourcesCommand(args),
    query: async (args) => (await import('./queryCommand.js')).queryCommand(args),
  };
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  const run = commands[command];
  if (!run) throw new UsageError(`unknown command "${command}"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`faircat: ${error.message}\n${error instanceof UsageError ? 'Run "faircat help" for usage.\n' : ''}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`faircat: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);

