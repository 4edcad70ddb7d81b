import type { Server } from 'node:http';
import { Cron } from 'croner';
import { loadConfig } from '../config/loadConfig.js';
import { SourceBusyError } from '../harvest/SourceLock.js';
import { createApp } from '../http/createApp.js';
import { rootLogger } from '../log/logger.js';
import { followJournal } from './followJournal.js';
import { openCatalog } from './openCatalog.js';
import { formatReports } from './harvestCommand.js';

/**
 * `faircat serve`: opens the journal, rebuilds the graph index from it, harvests into an empty journal
 * (the bundled demo snapshot on a fresh clone), starts the schedules and serves until SIGINT/SIGTERM.
 *
 * Schedules (croner, one per enabled source with a `schedule`): a tick never overlaps the previous run of its
 * source (`protect`), and the source's journal lock keeps it from running while another process (a
 * `faircat harvest` from cron, another replica) harvests the same source; such a tick is skipped with a warning.
 * On shutdown running harvests are aborted (nothing of them is applied) before the journal closes.
 */
export async function serveCommand(_args: string[]): Promise<number> {
  const config = loadConfig();
  const logger = rootLogger;
  // The graph index loads in the background: records, feeds and search are served from the journal at once, and
  // SPARQL answers 503 with Retry-After until the index holds the catalog (docs/decisions/0036).
  const catalog = await openCatalog(config, logger, { withGraph: true, graphInBackground: true });
  const { journal, runner } = catalog;
  const shutdown = new AbortController();
  const harvestNow = config.harvest.onStart === 'always' || (config.harvest.onStart === 'if-empty' && journal.countActive() === 0);
  if (harvestNow && config.sources.some((s) => s.enabled)) {
    process.stdout.write(`Harvesting ${config.sources.filter((s) => s.enabled).length} sources into ${config.dataDir} …\n`);
    process.stdout.write(formatReports(await runner.runAll(undefined, { signal: shutdown.signal })));
  }
  const schedules = config.sources
    .filter((s) => s.enabled && s.schedule)
    .map((s) => new Cron(s.schedule!, { protect: true, name: s.id, catch: true }, async () => {
      try {
        await runner.runSource(s.id, { signal: shutdown.signal });
      } catch (error) {
        if (error instanceof SourceBusyError) logger.warn({ source: s.id, heldBy: error.heldBy }, `scheduled harvest skipped: ${error.message}`);
        else logger.error({ err: error, source: s.id }, 'scheduled harvest failed');
      }
    }));
  for (const job of schedules) logger.info({ source: job.name, next: job.nextRun()?.toISOString() }, 'harvest scheduled');
  const stopFollowing = followJournal(catalog, logger, { intervalMs: 5_000, isHarvesting: () => runner.runningSources().length > 0 });

  const app = createApp({ config, journal, graph: catalog.graph!, iris: catalog.iris, logger, runner });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.server.port, config.server.host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const url = config.server.baseUrl ?? `http://localhost:${port}/`;
  process.stdout.write(`FAIRCat is serving ${journal.countActive()} materials at ${url}\n  SPARQL endpoint: ${url}sparql\n  JSON-LD feed:    ${url}materials\n  Harvests:        ${url}harvests\n`);
  if (!catalog.graph!.isLoaded()) {
    process.stdout.write('  (the SPARQL endpoint answers once the graph index has loaded the catalog)\n');
    void catalog.graphLoaded.then(() => process.stdout.write(`SPARQL endpoint ready: ${url}sparql\n`));
  }

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      logger.info('shutting down');
      for (const job of schedules) job.stop();
      stopFollowing();
      shutdown.abort(new Error('the server is shutting down'));
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await waitForRuns(() => runner.runningSources(), 10_000);
  await catalog.close();
  return 0;
}

/** Waits (at most `ms`) until no harvest is running, so that the journal is not closed under one. */
async function waitForRuns(running: () => string[], ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (running().length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}
