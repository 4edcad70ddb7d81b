import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/loadConfig.js';
import { chooseResultType } from '../http/sparql/chooseResultType.js';
import { rootLogger } from '../log/logger.js';
import { resultTypesFor } from '../sparql/resultTypes.js';
import { SparqlEngine } from '../sparql/SparqlEngine.js';
import { openCatalog } from './openCatalog.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { UsageError } from './UsageError.js';

/**
 * `faircat query '<sparql>' [--format F] [--default-graph IRI]… [--named-graph IRI]…` (DESIGN §5): runs one
 * query with the engine of `/sparql` (same checks, limits, federation and result formats) on the graph index
 * rebuilt from the journal, and prints the results to standard output. The query may also come from a file
 * (`--file`) or standard input (`-`). `--format` takes the short names and media types of the endpoint's
 * `format` parameter; the default is the endpoint's (SPARQL JSON, or Turtle for CONSTRUCT and DESCRIBE).
 * Exit codes: 0 answered, 1 the query was refused or failed, 2 wrong usage.
 */
export async function queryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    file: { type: 'string' },
    'default-graph': { type: 'string', multiple: true },
    'named-graph': { type: 'string', multiple: true },
  }, true);
  const query = readQuery(positionals, values.file);
  const config = loadConfig();
  const catalog = await openCatalog({ ...config, sparql: { ...config.sparql, workers: 1 } }, rootLogger, { withGraph: true });
  try {
    const engine = new SparqlEngine({
      graph: catalog.graph!,
      endpoint: `${config.baseUrl}sparql`,
      contextUrl: catalog.iris.context,
      limits: config.sparql,
      logger: rootLogger.child({ component: 'sparql' }),
    });
    let prepared;
    try {
      prepared = engine.prepare(query);
    } catch (error) {
      process.stderr.write(`faircat query: ${(error as Error).message}\n`);
      return 1;
    }
    const type = chooseResultType(prepared.form, undefined, values.format === undefined ? [] : [values.format]);
    if (type === undefined) throw new UsageError(`--format ${values.format} does not fit a ${prepared.form} query; use one of ${resultTypesFor(prepared.form).join(', ')}`);
    try {
      const result = await engine.execute(prepared, type, { defaultGraphs: values['default-graph'] ?? [], namedGraphs: values['named-graph'] ?? [] });
      await new Promise<void>((resolve, reject) => process.stdout.write(result.body, (error) => (error ? reject(error) : resolve())));
    } catch (error) {
      process.stderr.write(`faircat query: ${(error as Error).message}\n`);
      return 1;
    }
    return 0;
  } finally {
    await catalog.close();
  }
}

function readQuery(positionals: string[], file: string | undefined): string {
  if (file !== undefined) {
    if (positionals.length > 0) throw new UsageError('give the query either as an argument or with --file, not both');
    return readFileSync(file, 'utf8');
  }
  if (positionals.length !== 1) throw new UsageError('faircat query takes one query (quote it), "-" for standard input, or --file FILE');
  return positionals[0] === '-' ? readFileSync(0, 'utf8') : positionals[0]!;
}
