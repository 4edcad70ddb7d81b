import { join } from 'node:path';
import { Writer } from 'n3';
import type { Logger } from 'pino';
import { HARVESTERS } from '../../harvesters/index.js';
import type { ResolvedConfig } from '../config/ResolvedConfig.js';
import { DumpService } from '../dumps/DumpService.js';
import { GraphLoadError } from '../graph/GraphLoadError.js';
import { OxigraphWorkerPool } from '../graph/OxigraphWorkerPool.js';
import { HarvestRunner } from '../harvest/HarvestRunner.js';
import { Journal } from '../journal/Journal.js';
import { readActiveNquads } from '../journal/readActiveNquads.js';
import { catalogIris, type CatalogIris } from '../model/CatalogIris.js';
import { providersToQuads } from '../model/providersToQuads.js';
import { recordSerialiser } from '../model/RecordSerialiser.js';
import { RecordValidator } from '../model/RecordValidator.js';

/** The wired parts of a catalog: what the composition root hands to the server and the commands. */
export interface Catalog {
  config: ResolvedConfig;
  iris: CatalogIris;
  journal: Journal;
  runner: HarvestRunner;
  graph?: OxigraphWorkerPool;
  /**
   * Settles when the graph index has loaded the catalog (at once without a graph). With `graphInBackground`
   * the catalog is handed out before that, so that a server can listen meanwhile.
   */
  graphLoaded: Promise<void>;
  /** Loads the graph index again from the journal (after another process applied a harvest). */
  reloadGraph(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the journal and, when asked, starts the graph index from it: the composition root's one place that
 * wires journal, graph, validator, harvesters and runner together (STYLE principle 4).
 */
export async function openCatalog(config: ResolvedConfig, logger: Logger, options: { withGraph: boolean; graphInBackground?: boolean }): Promise<Catalog> {
  const iris = catalogIris(config.pidBase, config.baseUrl);
  const journal = Journal.open(join(config.dataDir, 'journal.sqlite'), recordSerialiser(iris));
  const providerNquads = new Writer({ format: 'N-Quads' }).quadsToString(providersToQuads(config.providers, iris));
  const dataset = async (): Promise<string[]> => [providerNquads, ...(await readActiveNquads(journal))];
  let graph: OxigraphWorkerPool | undefined;
  let graphLoaded = Promise.resolve();
  if (options.withGraph) {
    const pool = new OxigraphWorkerPool({ workers: config.sparql.workers, reload: dataset, logger: logger.child({ component: 'graph' }) });
    graph = pool;
    const started = Date.now();
    graphLoaded = dataset().then((documents) => loadGraph(pool, documents, logger)).then(() => {
      logger.info({ ms: Date.now() - started, materials: journal.countActive() }, 'graph index loaded');
    });
    if (options.graphInBackground) {
      graphLoaded = graphLoaded.catch((error: unknown) => logger.error({ err: error }, 'the graph index could not load the catalog; SPARQL stays unavailable'));
    } else {
      await graphLoaded;
    }
  }
  // Dumps follow the applied runs (DESIGN §4) once per harvest, not once per source run: a full dump of a large catalog
  // takes minutes, and a harvest of 40 sources would regenerate it 40 times. An applied run marks them stale; when no
  // source is being harvested any more (after the last run of `runAll`, or a scheduled run) they are regenerated in
  // the background (the /dumps routes wait for them), and `close` regenerates stale ones before a CLI run exits.
  const dumps = new DumpService({ journal, iris, providers: config.providers }, config.dataDir, logger.child({ component: 'dumps' }));
  let dumping: Promise<void> = Promise.resolve();
  let stale = false;
  let closing = false;
  const refreshDumps = (): Promise<void> => {
    stale = false;
    dumping = dumps.current().then(() => undefined, (error: unknown) => logger.error({ err: error }, 'the dumps could not be regenerated'));
    return dumping;
  };
  const onApplied = (): void => {
    stale = true;
    // After this turn: `runAll` starts its next source run in the same turn as this one ends.
    setTimeout(() => {
      if (stale && !closing && runner.runningSources().length === 0) void refreshDumps();
    }, 0);
  };
  const runner = new HarvestRunner({
    config, journal, validator: RecordValidator.fromOntology(), harvesters: HARVESTERS, logger: logger.child({ component: 'harvest' }),
    ...(graph ? { graph } : {}), onApplied,
  });
  return {
    config, iris, journal, runner, ...(graph ? { graph } : {}), graphLoaded,
    async reloadGraph() {
      if (graph) await loadGraph(graph, await dataset(), logger);
    },
    async close() {
      closing = true;
      await dumping;
      if (stale) await refreshDumps();
      await graph?.close();
      journal.close();
    },
  };
}

/**
 * Loads the whole dataset into the graph index. A record whose stored N-Quads cannot be parsed is logged and
 * left out (every other record is loaded): one bad document must not stop the server from starting.
 */
async function loadGraph(graph: OxigraphWorkerPool, documents: readonly string[], logger: Logger): Promise<void> {
  try {
    await graph.loadAll(documents);
  } catch (error) {
    if (!(error instanceof GraphLoadError)) throw error;
    logger.error({ failures: error.failures }, `graph index loaded without ${error.failures.length} unreadable document(s)`);
  }
}
