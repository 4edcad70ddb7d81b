import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { parse as parseYaml } from 'yaml';
import { resolveConfig } from '../../src/config/loadConfig.js';
import type { ResolvedConfig } from '../../src/config/ResolvedConfig.js';
import { createApp } from '../../src/http/createApp.js';
import { openCatalog, type Catalog } from '../../src/cli/openCatalog.js';

/** A catalog served on a loopback port for an integration test. */
export interface RunningCatalog {
  /** Where to send requests: `http://127.0.0.1:<port>/`. */
  url: string;
  catalog: Catalog;
  config: ResolvedConfig;
  dataDir: string;
  /** Stops the server and closes the catalog; keeps the data directory unless `removeData`. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

export const TEST_BASE_URL = 'http://faircat.test/';
export const TEST_PID_BASE = 'https://w3id.org/faircat-test/';

/**
 * Starts a real catalog (journal in a temporary data directory, Oxigraph workers, Express on port 0) from a
 * config object. By default: the bundled demo config, with test base URLs. `configure` edits the parsed YAML
 * before it is validated; `configPath` decides which directory relative source paths resolve against.
 */
export async function startCatalog(options: {
  configure?: (raw: Record<string, unknown>) => void;
  configPath?: string;
  dataDir?: string;
  harvest?: boolean;
  /**
   * Use the server's own loopback URL (`http://127.0.0.1:<port>/`) as base URL instead of `TEST_BASE_URL`, so
   * that the URLs the catalog writes (its SPARQL endpoint in the service description and VoID, its JSON-LD
   * context) can really be fetched, e.g. by the W3C test runner, Python clients or another FAIRCat.
   */
  servedBaseUrl?: boolean;
} = {}): Promise<RunningCatalog> {
  const configPath = resolve(options.configPath ?? 'examples/demo.config.yaml');
  const raw = parseYaml(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'faircat-test-'));
  raw.dataDir = dataDir;
  const early = options.servedBaseUrl ? await listenOnLoopback(createServer()) : undefined;
  const baseUrl = early ? `http://127.0.0.1:${(early.address() as AddressInfo).port}/` : TEST_BASE_URL;
  raw.server = { ...(raw.server as object), baseUrl, pidBase: TEST_PID_BASE, port: 0 };
  raw.sparql = { ...(raw.sparql as object), workers: 1 };
  options.configure?.(raw);
  const config = resolveConfig(raw, configPath);
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const catalog = await openCatalog(config, logger, { withGraph: true });
  if (options.harvest ?? true) await catalog.runner.runAll(undefined);
  const app = createApp({ config, journal: catalog.journal, graph: catalog.graph!, iris: catalog.iris, logger, runner: catalog.runner });
  const server: Server = early ? early.on('request', app) : await new Promise((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    catalog,
    config,
    dataDir,
    async stop(stopOptions = {}) {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await catalog.close();
      if (stopOptions.removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listenOnLoopback(server: Server): Promise<Server> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
