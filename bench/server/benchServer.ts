/**
 * The catalog server of the benchmark, run in its own process (`node dist/bench/server/benchServer.js <skills.nq>
 * <skill graph IRI>` with `FAIRCAT_CONFIG`, `FAIRCAT_DATA_DIR` and `PORT` set): what `faircat serve` does
 * (`openCatalog` → graph index from the journal → `createApp` → listen) without harvesting or schedules, plus the
 * synthetic skill tree as one more shared named graph. The catalog has no competency graph of its own yet, so the
 * benchmark brings one (docs/decisions/0031-benchmark-skill-tree-graph.md).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/loadConfig.js';
import { openCatalog } from '../../src/cli/openCatalog.js';
import { createApp } from '../../src/http/createApp.js';

async function main(): Promise<void> {
  const [skillsPath, skillGraph] = process.argv.slice(2);
  const config = loadConfig();
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination({ fd: 2, sync: true }));
  // As `faircat serve`: listen at once, the graph index loads in the background; the skill tree follows the load.
  const catalog = await openCatalog(config, logger, { withGraph: true, graphInBackground: true });
  if (skillsPath !== undefined && skillGraph !== undefined) {
    const skills = readFileSync(skillsPath, 'utf8');
    void catalog.graphLoaded.then(() => catalog.graph!.replaceGraphs([{ graph: skillGraph, nquads: skills }]));
  }
  const app = createApp({ config, journal: catalog.journal, graph: catalog.graph!, iris: catalog.iris, logger, runner: catalog.runner });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.server.port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const stop = (): void => {
    server.closeAllConnections();
    server.close(() => {
      void catalog.close().then(() => process.exit(0));
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchServer: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
