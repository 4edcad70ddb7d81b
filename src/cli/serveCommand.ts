import type { Server } from 'node:http';
import { Cron } from 'croner';
import { loadConfig } from '../config/loadConfig.js';
import { createApp } from '../http/createApp.js';
import { rootLogger } from '../log/logger.js';
import { openCatalog } from './openCatalog.js';
import { formatReports } from './harvestCommand.js';

/**
 * `faircat serve`: opens the journal, rebuilds the graph index from it, harvests into an empty journal
 * (the bundled demo snapshot on a fresh clone), starts the schedules and serves until SIGINT/SIGTERM.
 */
export async function serveCommand(_args: string[]): Promise<number> {
  const config = loadConfig();
  const logger = rootLogger;
  const catalog = await openCatalog(config, logger, { withGraph: true });
  const { journal, runner } = catalog;
  const harvestNow = config.harvest.onStart === 'always' || (config.harvest.onStart === 'if-empty' && journal.countActive() === 0);
  if (harvestNow && config.sources.some((s) => s.enabled)) {
    process.stdout.write(`Harvesting ${config.sources.filter((s) => s.enabled).length} sources into ${config.dataDir} …\n`);
    process.stdout.write(formatReports(await runner.runAll(undefined)));
  }
  const schedules = config.sources
    .filter((s) => s.enabled && s.schedule)
    .map((s) => new Cron(s.schedule!, { protect: true, name: s.id }, async () => {
      try {
        await runner.runSource(s.id);
      } catch (error) {
        logger.error({ err: error, source: s.id }, 'scheduled harvest failed');
      }
    }));

  const app = createApp({ config, journal, graph: catalog.graph!, iris: catalog.iris, logger, runner });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.server.port, config.server.host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const url = config.server.baseUrl ?? `http://localhost:${port}/`;
  process.stdout.write(`FAIRCat is serving ${journal.countActive()} materials at ${url}\n  SPARQL endpoint: ${url}sparql\n  JSON-LD feed:    ${url}materials\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      logger.info('shutting down');
      for (const job of schedules) job.stop();
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await catalog.close();
  return 0;
}
